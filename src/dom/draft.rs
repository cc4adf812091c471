//! Drafts in localStorage (or sessionStorage), opt-in with `draftKey`:
//! saved as the person types, restored into *empty* fields on the next
//! visit. A field the server filled in is never overwritten; the notice
//! offers the draft instead. A draft that cannot be read is ignored with a
//! notice — never a crash.
//!
//! What is stored, under `formkoll:draft:<draftKey>`, is the report of this
//! form's own fields (never the `report` context) with the time it was
//! saved, in milliseconds since 1970, as its first key:
//!
//! ```json
//! {"savedAt":1764838299000,"template":"resultatredovisning-2024-99","answers":{"1.1":"Text"}}
//! ```
//!
//! It is removed when a submit goes through (see `on_formdata`), by
//! `handle.clearDraft()`, by "Kasta utkastet", and — unread, with a notice —
//! once it is older than `draftDays` or carries no time (a draft of an
//! earlier formkoll: its age is unknown, so it counts as expired).

use crate::prelude::*;
use wasm_bindgen::JsValue;
use web_sys::{Document, Element, Event};

use crate::{render, Answer, Arg, Lang, Report};

use super::elements::{
    append, call0, call1, call2, concat, make, parse_digits, prop, prop_string, push_digits,
    set_prop, Dom,
};
use super::enhancer::Enhancer;

/// Attribute of the notice's buttons: "use" or "discard".
pub(crate) const DRAFT_ATTR: &str = "data-formkoll-draft";

/// A day in milliseconds.
const DAY_MS: f64 = 86_400_000.0;

/// Where drafts live: localStorage (or sessionStorage) under
/// "formkoll:draft:" + `draftKey`, so two forms (or two reports) never read
/// each other's drafts.
#[derive(Debug)]
pub(crate) struct Drafts {
    /// `window.localStorage` or `window.sessionStorage`, called through
    /// `Reflect` (no imported function per Storage method).
    storage: JsValue,
    key: JsValue,
    /// The window's `Date`, for `Date.now()` (through `Reflect` too).
    date: JsValue,
    /// `draftDays`.
    days: u32,
}

/// What was found in storage.
#[derive(Debug)]
pub(crate) enum Stored {
    /// No draft.
    Nothing,
    /// A draft that could not be read (not JSON, not a report, another template).
    Corrupt,
    /// A draft older than `draftDays`, or without the time it was saved.
    Expired,
    /// A draft.
    Draft(Report),
}

impl Drafts {
    /// Opens the store; `None` when the storage is unavailable (private
    /// mode, blocked storage): drafts are then simply off.
    pub(crate) fn open(
        window: &web_sys::Window,
        draft_key: &str,
        session: bool,
        days: u32,
    ) -> Option<Drafts> {
        // A getter that throws (blocked storage) reads as undefined.
        let storage = if session {
            prop(window, "sessionStorage")
        } else {
            prop(window, "localStorage")
        };
        if storage.is_undefined() || storage.is_null() {
            return None;
        }
        Some(Drafts {
            storage,
            key: JsValue::from_str(&concat("formkoll:draft:", draft_key)),
            date: prop(window, "Date"),
            days,
        })
    }

    /// `draftDays`.
    pub(crate) fn days(&self) -> u32 {
        self.days
    }

    /// `Date.now()`; 0 if `Date` is gone (every draft then reads as expired).
    fn now(&self) -> f64 {
        call0(&self.date, "now")
            .ok()
            .and_then(|v| v.as_f64())
            .unwrap_or(0.0)
    }

    /// The stored text; `Err` when the storage throws.
    fn text(&self) -> Result<Option<String>, JsValue> {
        call1(&self.storage, "getItem", &self.key).map(|v| v.as_string())
    }

    /// Reads the draft for `template_id`.
    pub(crate) fn load(&self, template_id: &str) -> Stored {
        match self.text() {
            Ok(None) => Stored::Nothing,
            Err(_) => Stored::Corrupt,
            Ok(Some(json)) => self.read(&json, template_id),
        }
    }

    /// What `json` is: a draft for `template_id` saved within `draftDays`,
    /// or why not. The time decides before the template does, so an
    /// expired draft is removed whatever it holds.
    fn read(&self, json: &str, template_id: &str) -> Stored {
        let Ok(report) = Report::from_json(json) else {
            return Stored::Corrupt;
        };
        let now = self.now();
        let max_age = f64::from(self.days) * DAY_MS;
        // Saved between `draftDays` ago and a day ahead (a clock put right
        // after a wrong date). The time is read where `save` writes it, the
        // first key; no time there is an earlier formkoll's draft (or one
        // written by hand), whose age is unknown.
        let fresh = json
            .strip_prefix("{\"savedAt\":")
            .and_then(|rest| rest.split_once(','))
            .and_then(|(t, _)| parse_digits(t))
            .is_some_and(|t| {
                let age = now - t as f64;
                age <= max_age && age >= -DAY_MS
            });
        if !fresh {
            return Stored::Expired;
        }
        match report.template.as_deref() {
            Some(t) if t != template_id => Stored::Corrupt,
            _ => Stored::Draft(report),
        }
    }

    /// The stored draft as a plain object (`JSON.parse` of what is
    /// stored) if it is one this form would restore; `null` otherwise.
    pub(crate) fn stored(&self, template_id: &str) -> Dom<JsValue> {
        match self.text()? {
            Some(json) if matches!(self.read(&json, template_id), Stored::Draft(_)) => {
                js_sys::JSON::parse(&json)
            }
            _ => Ok(JsValue::NULL),
        }
    }

    /// Saves `report` with the time, as `{"savedAt":…,` + the report's own
    /// keys. A full storage is not an error worth interrupting the person
    /// for: the text is still in the form.
    pub(crate) fn save(&self, report: &Report) {
        let mut json = String::from("{\"savedAt\":");
        push_digits(&mut json, self.now() as u64);
        json.push(',');
        // `Report::new` writes `{"template":…`: never an empty object.
        json.push_str(report.to_json().get(1..).unwrap_or("}"));
        let _ = call2(
            &self.storage,
            "setItem",
            &self.key,
            &JsValue::from_str(&json),
        );
    }

    /// Removes the draft.
    pub(crate) fn discard(&self) {
        let _ = call1(&self.storage, "removeItem", &self.key);
    }
}

/// What the notice says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NoticeKind {
    /// The draft filled `n` empty fields.
    Restored(u64),
    /// The draft differs from `n` fields the server filled in.
    Available(u64),
    /// The draft could not be read.
    Corrupt,
    /// A draft older than `n` days (`draftDays`) was removed.
    Expired(u64),
}

/// Builds the notice: a message and its buttons.
pub(crate) fn notice(doc: &Document, kind: NoticeKind, lang: Lang) -> Dom<Element> {
    // Filled before it is put in the page: it is a live region.
    let root = make(
        doc,
        None,
        "div",
        "formkoll-notice",
        &[("role", "status")],
        "",
    )?;
    let text = match kind {
        NoticeKind::Restored(n) => render(lang, "draft_restored", n, &[("count", Arg::Num(n))]),
        NoticeKind::Available(n) => render(lang, "draft_available", n, &[("count", Arg::Num(n))]),
        NoticeKind::Corrupt => render(lang, "draft_corrupt", 1, &[]),
        NoticeKind::Expired(n) => render(lang, "draft_expired", n, &[("count", Arg::Num(n))]),
    };
    make(doc, Some(&root), "p", "formkoll-notice__text", &[], &text)?;
    // An expired draft is gone already: nothing to choose.
    if matches!(kind, NoticeKind::Expired(_)) {
        return Ok(root);
    }
    let buttons = make(doc, Some(&root), "p", "formkoll-notice__actions", &[], "")?;
    if matches!(kind, NoticeKind::Available(_)) {
        button(doc, &buttons, "use", &render(lang, "draft_use", 1, &[]))?;
    }
    button(
        doc,
        &buttons,
        "discard",
        &render(lang, "draft_discard", 1, &[]),
    )?;
    Ok(root)
}

fn button(doc: &Document, parent: &Element, action: &str, label: &str) -> Dom<Element> {
    super::elements::button(
        doc,
        Some(parent),
        "formkoll-button formkoll-button--secondary",
        &[(DRAFT_ATTR, action)],
        label,
    )
}

impl Enhancer {
    /// The save timer fired.
    pub(super) fn on_save(&mut self, _: &web_sys::Event) -> Dom<()> {
        self.save_draft();
        Ok(())
    }

    /// Saves this form's own answers — never the `report` context, which
    /// is the server's and other steps' — unless the draft was cleared and
    /// nothing has been typed since.
    fn save_draft(&mut self) {
        self.save_timer.fired();
        let Some(d) = &self.drafts else { return };
        if self.draft.held {
            return;
        }
        let all = &self.session.report().answers;
        let mut own = Vec::with_capacity(self.fields.len());
        for f in &self.fields {
            if let Some(a) = all.get(&f.id) {
                own.push((f.id.clone(), a.clone()));
            }
        }
        d.save(&Report::new(self.template.id(), own));
    }

    /// Removes the stored draft (a submit went through, or
    /// `handle.clearDraft()`), with its notices, and saves nothing more
    /// until the person changes an answer — a page restored from the
    /// back-forward cache must not write the sent text back.
    pub(super) fn clear_draft(&mut self) {
        if let Some(d) = &self.drafts {
            d.discard();
        }
        self.save_timer.cancel(&self.window);
        self.draft.held = true;
        self.draft.restored.clear();
        self.draft.offered = None;
        self.summary.notices().set_text_content(None);
    }

    /// `handle.draft()`: what is stored, or `null`.
    pub(super) fn stored_draft(&self) -> Dom<JsValue> {
        match &self.drafts {
            Some(d) => d.stored(self.template.id()),
            None => Ok(JsValue::NULL),
        }
    }

    /// The form's `submit` listener keeps the event (under every `submit`
    /// mode): whether the submit goes through is known only after every
    /// listener of the page has run.
    pub(super) fn note_submit(&mut self, event: &Event) {
        if self.drafts.is_some() {
            self.draft.submit = Some(event.clone());
        }
    }

    /// `formdata` on the form: the browser builds the submission's data
    /// only for a submit that nobody cancelled, once its dispatch is over.
    /// A page's own `new FormData(form)` fires it too — inside its submit
    /// handler (the submit still dispatching: decided later) or after
    /// cancelling it (`defaultPrevented`): neither clears the draft.
    pub(super) fn on_formdata(&mut self, _: &Event) -> Dom<()> {
        let Some(submit) = &self.draft.submit else {
            return Ok(());
        };
        // `eventPhase` is 0 (NONE) once the dispatch has finished.
        if prop(submit, "eventPhase").as_f64() != Some(0.0) {
            return Ok(());
        }
        let prevented = prop(submit, "defaultPrevented").is_truthy();
        self.draft.submit = None;
        if !prevented {
            self.clear_draft();
        }
        Ok(())
    }

    /// Saves a pending draft at once (the page is going away).
    pub(super) fn save_now(&mut self) -> Dom<()> {
        if self.save_timer.is_pending() {
            self.save_timer.cancel(&self.window);
            self.save_draft();
        }
        Ok(())
    }

    /// Restores a saved draft into empty fields and offers it for the rest.
    pub(super) fn load_draft(&mut self) -> Dom<()> {
        let Some(drafts) = &self.drafts else {
            return Ok(());
        };
        let draft = match drafts.load(self.template.id()) {
            Stored::Nothing => return Ok(()),
            Stored::Corrupt => return self.notice(NoticeKind::Corrupt),
            Stored::Expired => {
                drafts.discard();
                let days = u64::from(drafts.days());
                return self.notice(NoticeKind::Expired(days));
            }
            Stored::Draft(r) => r,
        };
        let mut restored = Vec::new();
        let mut differing = 0;
        for i in 0..self.fields.len() {
            let Some(f) = self.fields.get(i) else {
                continue;
            };
            let Some(answer) = draft.answers.get(&f.id) else {
                continue;
            };
            let (text, choice) = (f.text(), f.choice());
            if answer.text() == text && answer.choice() == choice.as_deref() {
                continue;
            }
            if text.is_empty() && choice.is_none() {
                self.put(i, answer)?;
                restored.push(i);
            } else {
                differing += 1;
            }
        }
        if !restored.is_empty() {
            self.notice(NoticeKind::Restored(restored.len() as u64))?;
        }
        if differing > 0 {
            self.notice(NoticeKind::Available(differing))?;
            self.draft.offered = Some(draft);
        }
        self.draft.restored = restored;
        Ok(())
    }

    /// Writes an answer into field `i` and the session.
    pub(super) fn put(&mut self, i: usize, answer: &Answer) -> Dom<()> {
        let Some(f) = self.fields.get(i) else {
            return Ok(());
        };
        if let Some(t) = &f.textarea {
            set_prop(t, "value", &JsValue::from_str(answer.text()));
        }
        for r in &f.radios {
            let value = prop_string(r, "value");
            let checked = answer.choice().is_some_and(|c| f.page_value(c) == value);
            set_prop(r, "checked", &JsValue::from_bool(checked));
        }
        self.sync(i)
    }

    pub(super) fn notice(&mut self, kind: NoticeKind) -> Dom<()> {
        let el = notice(&self.doc, kind, self.lang)?;
        append(self.summary.notices(), &el)
    }

    pub(super) fn clear_notices(&mut self) {
        self.summary.notices().set_text_content(None);
        let _ = self.summary.focus_heading();
    }

    /// "Använd utkastet": the person chose the draft over the page's text.
    pub(super) fn use_draft(&mut self) -> Dom<()> {
        if let Some(draft) = self.draft.offered.take() {
            for i in 0..self.fields.len() {
                let answer = self
                    .fields
                    .get(i)
                    .and_then(|f| draft.answers.get(&f.id))
                    .cloned();
                if let Some(answer) = answer {
                    self.put(i, &answer)?;
                }
            }
        }
        self.clear_notices();
        self.refresh()
    }

    /// "Kasta utkastet": forget the draft and empty what it filled in.
    pub(super) fn discard_draft(&mut self) -> Dom<()> {
        if let Some(d) = &self.drafts {
            d.discard();
        }
        self.save_timer.cancel(&self.window);
        for i in core::mem::take(&mut self.draft.restored) {
            self.put(i, &Answer::Text(String::new()))?;
        }
        self.save_timer.cancel(&self.window);
        self.draft.offered = None;
        self.clear_notices();
        self.refresh()
    }
}
