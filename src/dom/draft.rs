//! Drafts in localStorage, opt-in with `draftKey`: saved as the person
//! types, restored into *empty* fields on the next visit. A field the server
//! filled in is never overwritten; the notice offers the draft instead. A
//! draft that cannot be read is ignored with a notice — never a crash.
//!
//! A draft is the report itself (`Report::to_json`), so it keeps the text
//! byte for byte and names its template.

use crate::prelude::*;
use wasm_bindgen::JsValue;
use web_sys::{Document, Element};

use crate::{render, Answer, Arg, Lang, Report};

use super::elements::{append, call1, call2, concat, make, prop, prop_string, set_prop, Dom};
use super::enhancer::Enhancer;

/// Attribute of the notice's buttons: "use" or "discard".
pub(crate) const DRAFT_ATTR: &str = "data-formkoll-draft";

/// Where drafts live: localStorage under "formkoll:draft:" + `draftKey`,
/// so two forms (or two reports) never read each other's drafts.
#[derive(Debug)]
pub(crate) struct Drafts {
    /// `window.localStorage`, called through `Reflect` (no imported
    /// function per Storage method).
    storage: JsValue,
    key: JsValue,
}

/// What was found in storage.
#[derive(Debug)]
pub(crate) enum Stored {
    /// No draft.
    Nothing,
    /// A draft that could not be read (not JSON, not a report, another template).
    Corrupt,
    /// A draft.
    Draft(Report),
}

impl Drafts {
    /// Opens the store; `None` when localStorage is unavailable (private
    /// mode, blocked storage): drafts are then simply off.
    pub(crate) fn open(window: &web_sys::Window, draft_key: &str) -> Option<Drafts> {
        // A getter that throws (blocked storage) reads as undefined.
        let storage = prop(window, "localStorage");
        if storage.is_undefined() || storage.is_null() {
            return None;
        }
        Some(Drafts {
            storage,
            key: JsValue::from_str(&concat("formkoll:draft:", draft_key)),
        })
    }

    /// Reads the draft for `template_id`.
    pub(crate) fn load(&self, template_id: &str) -> Stored {
        match call1(&self.storage, "getItem", &self.key).map(|v| v.as_string()) {
            Ok(None) => Stored::Nothing,
            Err(_) => Stored::Corrupt,
            Ok(Some(json)) => match Report::from_json(&json) {
                Ok(r) if r.template.as_deref().map_or(true, |t| t == template_id) => {
                    Stored::Draft(r)
                }
                _ => Stored::Corrupt,
            },
        }
    }

    /// Saves `report`. A full storage is not an error worth interrupting
    /// the person for: the text is still in the form.
    pub(crate) fn save(&self, report: &Report) {
        let json = JsValue::from_str(&report.to_json());
        let _ = call2(&self.storage, "setItem", &self.key, &json);
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
    };
    make(doc, Some(&root), "p", "formkoll-notice__text", &[], &text)?;
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
    make(
        doc,
        Some(parent),
        "button",
        "formkoll-button formkoll-button--secondary",
        &[("type", "button"), (DRAFT_ATTR, action)],
        label,
    )
}

impl Enhancer {
    /// The save timer fired.
    pub(super) fn on_save(&mut self, _: &web_sys::Event) -> Dom<()> {
        self.save_draft();
        Ok(())
    }

    fn save_draft(&mut self) {
        self.save_timer.fired();
        if let Some(d) = &self.drafts {
            d.save(self.session.report());
        }
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
