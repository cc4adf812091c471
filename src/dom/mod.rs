//! The form enhancer: `attach(form, options)` gives an existing HTML form
//! the template's rules while a person types — a counter under each answer,
//! a budget meter per section, a summary with the completeness score and
//! links to every problem, conditional follow-ups for choices, and opt-in
//! drafts.
//!
//! ```js
//! import init, { attach, Rules } from './pkg/formkoll.js';
//! await init();
//! const handle = attach(document.querySelector('form'), { lang: 'sv', draftKey: 'rapport-2024' });
//! handle.result();  // the same object as rules.check(report)
//! handle.detach();  // everything added is removed; the text stays
//! ```
//!
//! Markup: `<textarea data-formkoll-question="1.1">`, `<input type="radio"
//! data-formkoll-choice="5.1a" value="ja">`, optional `[data-formkoll-summary]`
//! and `[data-formkoll-budget="2"]` placeholders.
//!
//! What it never does: set `maxlength` (one found is removed, as GOV.UK
//! does), change a text unless a person clicks "Rensa texten", use
//! `innerHTML`, make a network request, or need inline script or style.
//! Counting is always the core's; a rule is never decided here.
//!
//! One concern per file: `config` (options), `counter` and
//! `live_region` (per answer), `budget` (per section), `summary`
//! (score, problems, "Rensa texten"), `choice` (follow-ups), `draft`
//! (localStorage), `elements` (safe DOM helpers).

#![deny(clippy::unwrap_used, clippy::expect_used)]

mod budget;
mod choice;
mod config;
mod counter;
mod draft;
mod elements;
mod live_region;
mod summary;

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    Document, Element, Event, EventTarget, HtmlElement, HtmlInputElement, HtmlTextAreaElement,
    Window,
};

use crate::{
    normalize, render, Answer, Arg, ErrorCode, Finding, Lang, QuestionKind, Report, Session,
    Template, Update,
};

use budget::BudgetMeter;
use choice::ChoiceUi;
use config::{coded_error, Config};
use counter::Counter;
use draft::{Drafts, NoticeKind, Stored, DRAFT_ATTR};
use elements::{
    document, event_element, insert_after, insert_before, window, Added, Debounce, Dom, Ids,
};
use summary::{Summary, CLEAN_ATTR, FOCUS_ATTR};

/// The full summary list is rebuilt this long after the last keystroke;
/// a keystroke itself only touches its counter, its meters and the score.
const REFRESH_MS: i32 = 250;
/// A draft is saved this long after the last keystroke (and on `pagehide`).
const SAVE_MS: i32 = 400;

#[wasm_bindgen(typescript_custom_section)]
const TS_ATTACH: &str = r#"
/** Options of `attach`. */
export interface AttachOptions {
  /** The template's rules; the embedded 2024:99 template by default. */
  rules?: Rules;
  /** Message language; the form's nearest `lang` attribute, else Swedish. */
  lang?: 'sv' | 'en';
  /** Turns drafts on, kept in localStorage under this key. */
  draftKey?: string;
}
"#;

/// Enhances `form` and returns the handle that can take it back.
///
/// Throws (a JS `Error` with `code` and `path`, the page untouched) when
/// `form` is not an element, an option is wrong (`options.invalid`,
/// `lang.unknown`), the markup names a question the template lacks
/// (`question.unknown`), radios belong to a text question
/// (`question.not_choice`), an answer field is not a single textarea
/// (`markup.invalid`) or the form is already enhanced (`form.attached`).
#[wasm_bindgen]
pub fn attach(
    #[wasm_bindgen(unchecked_param_type = "HTMLElement")] form: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "AttachOptions")] options: Option<JsValue>,
) -> Result<FormHandle, JsValue> {
    let options = options.unwrap_or(JsValue::UNDEFINED);
    let form: Element = form.dyn_into().map_err(|_| {
        coded_error(
            ErrorCode::ArgumentInvalid,
            "form",
            "form must be an element",
        )
    })?;
    let attached = LIVE
        .try_with(|live| {
            live.try_borrow().is_ok_and(|live| {
                live.iter()
                    .any(|a| a.state.try_borrow().is_ok_and(|s| s.form == form))
            })
        })
        .unwrap_or(false);
    if attached {
        return Err(coded_error(
            ErrorCode::FormAttached,
            "form",
            "the form is already enhanced; detach() first",
        ));
    }
    let config = Config::read(&options, &form)?;
    let markup = Markup::read(&form, &config.template)?;
    let enhancer = Enhancer::build(form, config, markup)?;
    let state = Rc::new(RefCell::new(enhancer));
    FormHandle::bind(state)
}

/// What `attach` returns: `result()` and `detach()`.
///
/// The enhancement does not live in this object: a page may drop the handle
/// (`attach(form)` without keeping the result) and wasm-bindgen's
/// FinalizationRegistry then frees it, which must not switch the form back.
/// The live enhancements are kept in `LIVE` until `detach()` — the one
/// deliberate "leak": an enhanced form lives as long as the page.
#[wasm_bindgen]
pub struct FormHandle {
    inner: Rc<Attachment>,
}

/// An enhanced form: its state and the callbacks that reach it.
struct Attachment {
    state: Rc<RefCell<Enhancer>>,
    /// Removed from their targets when dropped.
    listeners: RefCell<Vec<Listener>>,
    /// The timer callbacks; pending timers are cancelled before these go.
    timers: RefCell<Vec<Closure<dyn FnMut()>>>,
}

thread_local! {
    /// Every attached form, until it is detached.
    static LIVE: RefCell<Vec<Rc<Attachment>>> = const { RefCell::new(Vec::new()) };
}

#[wasm_bindgen]
impl FormHandle {
    /// The current result: the same object as `rules.check(report)`.
    #[wasm_bindgen(unchecked_return_type = "CheckResult")]
    pub fn result(&self) -> Result<JsValue, JsValue> {
        let state = self
            .inner
            .state
            .try_borrow()
            .map_err(|_| coded_error(ErrorCode::HandleBusy, "", "the form is being updated"))?;
        state
            .session
            .result()
            .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
            .map_err(JsValue::from)
    }

    /// Removes everything `attach` added and stops listening. The text in
    /// the fields stays exactly as it is. Calling it twice does nothing more.
    pub fn detach(&self) {
        if let Ok(mut state) = self.inner.state.try_borrow_mut() {
            state.detach();
        }
        if let Ok(mut listeners) = self.inner.listeners.try_borrow_mut() {
            listeners.clear();
        }
        if let Ok(mut timers) = self.inner.timers.try_borrow_mut() {
            timers.clear();
        }
        let _ = LIVE.try_with(|live| {
            if let Ok(mut live) = live.try_borrow_mut() {
                live.retain(|a| !Rc::ptr_eq(a, &self.inner));
            }
        });
    }
}

impl FormHandle {
    fn bind(state: Rc<RefCell<Enhancer>>) -> Result<FormHandle, JsValue> {
        let (form, summary, win) = {
            let s = state
                .try_borrow()
                .map_err(|_| JsValue::from_str("formkoll: busy"))?;
            (s.form.clone(), s.summary.root().clone(), s.window.clone())
        };
        let with = |f: fn(&mut Enhancer, &Event) -> Dom<()>| {
            let state = Rc::clone(&state);
            Closure::<dyn FnMut(Event)>::new(move |event: Event| {
                // A busy state means we are inside our own update: skip,
                // the next event or refresh catches up.
                if let Ok(mut s) = state.try_borrow_mut() {
                    if !s.detached {
                        let _ = f(&mut s, &event);
                    }
                }
            })
        };
        let timer = |f: fn(&mut Enhancer)| {
            let state = Rc::clone(&state);
            Closure::<dyn FnMut()>::new(move || {
                if let Ok(mut s) = state.try_borrow_mut() {
                    if !s.detached {
                        f(&mut s);
                    }
                }
            })
        };
        let listeners = vec![
            Listener::new(form.clone().into(), "input", with(Enhancer::on_input))?,
            Listener::new(form.into(), "change", with(Enhancer::on_change))?,
            Listener::new(summary.into(), "click", with(Enhancer::on_click))?,
            Listener::new(win.clone().into(), "pagehide", with(|s, _| s.save_now()))?,
            Listener::new(win.into(), "pageshow", with(Enhancer::on_pageshow))?,
        ];
        let timers = vec![
            timer(Enhancer::on_pause),
            timer(Enhancer::on_refresh),
            timer(Enhancer::on_save),
        ];
        {
            let mut s = state
                .try_borrow_mut()
                .map_err(|_| JsValue::from_str("formkoll: busy"))?;
            let f = |i: usize| {
                timers
                    .get(i)
                    .map(|c| c.as_ref().unchecked_ref::<js_sys::Function>().clone())
            };
            s.timer_fns = match (f(0), f(1), f(2)) {
                (Some(pause), Some(refresh), Some(save)) => Some(TimerFns {
                    pause,
                    refresh,
                    save,
                }),
                _ => None,
            };
        }
        let inner = Rc::new(Attachment {
            state,
            listeners: RefCell::new(listeners),
            timers: RefCell::new(timers),
        });
        let _ = LIVE.try_with(|live| {
            if let Ok(mut live) = live.try_borrow_mut() {
                live.push(Rc::clone(&inner));
            }
        });
        Ok(FormHandle { inner })
    }
}

/// An event listener that removes itself when dropped, so dropping the
/// handle can never leave a callback pointing at freed Rust memory.
struct Listener {
    target: EventTarget,
    kind: &'static str,
    closure: Closure<dyn FnMut(Event)>,
}

impl Listener {
    fn new(
        target: EventTarget,
        kind: &'static str,
        closure: Closure<dyn FnMut(Event)>,
    ) -> Dom<Listener> {
        target.add_event_listener_with_callback(kind, closure.as_ref().unchecked_ref())?;
        Ok(Listener {
            target,
            kind,
            closure,
        })
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self
            .target
            .remove_event_listener_with_callback(self.kind, self.closure.as_ref().unchecked_ref());
    }
}

/// The JS functions of the handle's timer closures.
struct TimerFns {
    pause: js_sys::Function,
    refresh: js_sys::Function,
    save: js_sys::Function,
}

/// The answer fields found in the form, checked before anything changes.
struct Markup {
    /// (template question index, textarea, radios), in template order.
    fields: Vec<(usize, Option<HtmlTextAreaElement>, Vec<HtmlInputElement>)>,
    summary: Option<Element>,
    budgets: Vec<Element>,
}

impl Markup {
    fn read(form: &Element, template: &Template) -> Result<Markup, JsValue> {
        let mut fields: Vec<(usize, Option<HtmlTextAreaElement>, Vec<HtmlInputElement>)> =
            Vec::new();
        let slot = |q: usize, fields: &mut Vec<_>| -> usize {
            match fields.iter().position(|(x, _, _): &(usize, _, _)| *x == q) {
                Some(i) => i,
                None => {
                    fields.push((q, None, Vec::new()));
                    fields.len() - 1
                }
            }
        };
        let question = |el: &Element, attr: &str| -> Result<(usize, String), JsValue> {
            let id = el.get_attribute(attr).unwrap_or_default();
            let q = template.question_index(&id).ok_or_else(|| {
                coded_error(
                    ErrorCode::QuestionUnknown,
                    &id,
                    "the template has no such question",
                )
            })?;
            Ok((q, id))
        };
        for el in elements_of(form, "[data-formkoll-question]")? {
            let (q, id) = question(&el, "data-formkoll-question")?;
            let textarea: HtmlTextAreaElement = el.dyn_into().map_err(|_| {
                coded_error(
                    ErrorCode::MarkupInvalid,
                    &id,
                    "data-formkoll-question belongs on a textarea",
                )
            })?;
            let i = slot(q, &mut fields);
            if let Some(entry) = fields.get_mut(i) {
                if entry.1.is_some() {
                    return Err(coded_error(
                        ErrorCode::MarkupInvalid,
                        &id,
                        "two textareas answer the same question",
                    ));
                }
                entry.1 = Some(textarea);
            }
        }
        for el in elements_of(form, "[data-formkoll-choice]")? {
            let (q, id) = question(&el, "data-formkoll-choice")?;
            if template.data().questions.get(q).map(|x| x.kind) != Some(QuestionKind::Choice) {
                return Err(coded_error(
                    ErrorCode::QuestionNotChoice,
                    &id,
                    "the question has no choices",
                ));
            }
            let radio: HtmlInputElement = el.dyn_into().map_err(|_| {
                coded_error(
                    ErrorCode::MarkupInvalid,
                    &id,
                    "data-formkoll-choice belongs on a radio",
                )
            })?;
            let i = slot(q, &mut fields);
            if let Some(entry) = fields.get_mut(i) {
                entry.2.push(radio);
            }
        }
        fields.sort_by_key(|(q, _, _)| *q);
        let doc = document()?;
        let summary = match form.query_selector("[data-formkoll-summary]")? {
            Some(el) => Some(el),
            None => doc.query_selector("[data-formkoll-summary]")?,
        };
        let mut budgets = elements_of(form, "[data-formkoll-budget]")?;
        if budgets.is_empty() {
            if let Some(root) = doc.document_element() {
                budgets = elements_of(&root, "[data-formkoll-budget]")?;
            }
        }
        Ok(Markup {
            fields,
            summary,
            budgets,
        })
    }
}

fn elements_of(root: &Element, selector: &str) -> Dom<Vec<Element>> {
    let list = root.query_selector_all(selector)?;
    Ok((0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect())
}

/// One answer field and what we added to it.
struct Field {
    q: usize,
    id: String,
    textarea: Option<HtmlTextAreaElement>,
    radios: Vec<HtmlInputElement>,
    /// The element a summary link focuses.
    focus_id: Option<String>,
    counter: Option<Counter>,
    choice: Option<ChoiceUi>,
    /// The page's own `aria-describedby`, kept in front of ours.
    described_by: Option<String>,
}

impl Field {
    fn text(&self) -> String {
        self.textarea
            .as_ref()
            .map(|t| t.value())
            .unwrap_or_default()
    }

    fn choice(&self) -> Option<String> {
        self.radios.iter().find(|r| r.checked()).map(|r| r.value())
    }
}

/// A draft restored into empty fields (undone by "Kasta utkastet"), or one
/// offered for fields the server filled in ("Använd utkastet").
#[derive(Default)]
struct DraftState {
    restored: Vec<usize>,
    offered: Option<Report>,
}

/// The enhancer's state, shared by the handle's callbacks.
struct Enhancer {
    window: Window,
    doc: Document,
    form: Element,
    template: Arc<Template>,
    session: Session,
    lang: Lang,
    fields: Vec<Field>,
    /// Template question index → index in `fields`.
    field_of: Vec<Option<usize>>,
    /// Template limit index → its meter, if one was placed.
    budgets: Vec<Option<BudgetMeter>>,
    summary: Summary,
    drafts: Option<Drafts>,
    draft: DraftState,
    added: Added,
    /// Fields typed in since the last pause (their live regions are due).
    live_pending: Vec<usize>,
    live_timer: Debounce,
    refresh_timer: Debounce,
    save_timer: Debounce,
    timer_fns: Option<TimerFns>,
    detached: bool,
}

impl Enhancer {
    fn build(form: Element, config: Config, markup: Markup) -> Result<Enhancer, JsValue> {
        let window = window()?;
        let doc = document()?;
        let template = config.template;
        let lang = config.lang;
        let mut ids = Ids::new();
        let mut added = Added::default();

        // The report as the server rendered it.
        let mut fields = Vec::with_capacity(markup.fields.len());
        let mut answers = Vec::with_capacity(markup.fields.len());
        for (q, textarea, radios) in markup.fields {
            let Some(question) = template.data().questions.get(q) else {
                continue;
            };
            let field = Field {
                q,
                id: question.id.clone(),
                described_by: textarea
                    .as_ref()
                    .and_then(|t| t.get_attribute("aria-describedby")),
                textarea,
                radios,
                focus_id: None,
                counter: None,
                choice: None,
            };
            let text = field.text();
            let answer = match question.kind {
                QuestionKind::Choice => Answer::Choice {
                    choice: field.choice(),
                    text,
                },
                QuestionKind::Text => Answer::Text(text),
            };
            answers.push((question.id.clone(), answer));
            fields.push(field);
        }
        let report = Report::new(template.id(), answers);
        let session = Session::new(Arc::clone(&template), report, lang)
            .map_err(|e| crate::bindings::js_error(&e))?;

        // The summary panel.
        let summary = Summary::new(&doc, &mut ids)?;
        match &markup.summary {
            Some(placeholder) => {
                placeholder.append_child(summary.root())?;
            }
            None => {
                form.prepend_with_node_1(summary.root())?;
            }
        }
        added.element(summary.root());

        // Counters and follow-ups.
        for field in &mut fields {
            if let Some(t) = &field.textarea {
                let el: &Element = t.as_ref();
                // GOV.UK removes a server-side maxlength once the counter
                // is there: a hard limit truncates pastes. It is not put
                // back on detach: formkoll never sets maxlength.
                el.remove_attribute("maxlength")?;
                if el.id().is_empty() {
                    added.set_attribute(el, "id", &ids.make(&format!("answer-{}", field.q)))?;
                }
                field.focus_id = Some(el.id());
                let counter = Counter::new(&doc, &mut ids)?;
                insert_after(el, counter.root())?;
                added.element(counter.root());
                field.counter = Some(counter);
                let is_choice = template.data().questions.get(field.q).map(|x| x.kind)
                    == Some(QuestionKind::Choice);
                if is_choice {
                    let ui = ChoiceUi::new(&doc, &mut ids)?;
                    insert_before(el, ui.status_el())?;
                    insert_before(el, ui.error_el())?;
                    added.element(ui.status_el());
                    added.element(ui.error_el());
                    field.choice = Some(ui);
                }
            } else if let Some(r) = field.radios.first() {
                let el: &Element = r.as_ref();
                if el.id().is_empty() {
                    added.set_attribute(el, "id", &ids.make(&format!("choice-{}", field.q)))?;
                }
                field.focus_id = Some(el.id());
            }
        }
        let mut field_of = vec![None; template.data().questions.len()];
        for (i, f) in fields.iter().enumerate() {
            if let Some(slot) = field_of.get_mut(f.q) {
                *slot = Some(i);
            }
        }

        // Budget meters: in a placeholder, else after the limit's last field.
        let mut budgets = Vec::with_capacity(template.data().limits.len());
        for (l, limit) in template.data().limits.iter().enumerate() {
            let last_field = template
                .limit_questions(l)
                .iter()
                .filter_map(|&q| field_of.get(q).copied().flatten())
                .max();
            let placeholder = markup.budgets.iter().find(|el| {
                let v = el.get_attribute("data-formkoll-budget").unwrap_or_default();
                Some(&v) == limit.section.as_ref() || v == limit.id
            });
            let anchor: Option<Element> =
                match (placeholder, last_field.and_then(|i| fields.get(i))) {
                    (Some(_), _) => None,
                    (None, Some(f)) => match (&f.counter, f.radios.last()) {
                        (Some(c), _) => Some(c.root().clone()),
                        (None, Some(r)) => r.parent_element(),
                        (None, None) => None,
                    },
                    (None, None) => None,
                };
            if placeholder.is_none() && anchor.is_none() {
                budgets.push(None);
                continue;
            }
            let meter = BudgetMeter::new(&doc, &mut ids, &limit.questions)?;
            match (placeholder, &anchor) {
                (Some(p), _) => {
                    p.append_child(meter.root())?;
                }
                (None, Some(a)) => insert_after(a, meter.root())?,
                (None, None) => {}
            }
            added.element(meter.root());
            budgets.push(Some(meter));
        }

        let drafts = config
            .draft_key
            .as_deref()
            .and_then(|k| Drafts::open(&window, k));
        let mut enhancer = Enhancer {
            window,
            doc,
            form,
            template,
            session,
            lang,
            fields,
            field_of,
            budgets,
            summary,
            drafts,
            draft: DraftState::default(),
            added,
            live_pending: Vec::new(),
            live_timer: Debounce::default(),
            refresh_timer: Debounce::default(),
            save_timer: Debounce::default(),
            timer_fns: None,
            detached: false,
        };
        for i in 0..enhancer.fields.len() {
            enhancer.describe(i)?;
        }
        enhancer.load_draft()?;
        enhancer.refresh()?;
        Ok(enhancer)
    }

    /// Sets a textarea's `aria-describedby`: the page's own ids, then the
    /// counter's description, the choice status and, while shown, the error.
    fn describe(&mut self, i: usize) -> Dom<()> {
        let Some(f) = self.fields.get(i) else {
            return Ok(());
        };
        let Some(t) = &f.textarea else { return Ok(()) };
        let mut ids: Vec<String> = f.described_by.iter().cloned().collect();
        if let Some(ui) = &f.choice {
            ids.push(ui.status_el().id());
            if ui.is_invalid() {
                ids.push(ui.error_el().id());
            }
        }
        if let Some(c) = &f.counter {
            ids.push(c.description_id());
        }
        let el: Element = t.clone().into();
        self.added
            .set_attribute(&el, "aria-describedby", &ids.join(" "))?;
        let invalid = f.choice.as_ref().is_some_and(ChoiceUi::is_invalid);
        if invalid {
            self.added.set_attribute(&el, "aria-invalid", "true")
        } else {
            self.added.remove_attribute(&el, "aria-invalid")
        }
    }

    /// Shows a keystroke's update: this answer's counter, its meters and
    /// the score. The rest waits for [`REFRESH_MS`].
    fn apply(&mut self, i: usize, update: &Update) -> Dom<()> {
        let lang = self.lang;
        let Some(field) = self.fields.get_mut(i) else {
            return Ok(());
        };
        let q = field.q;
        if let Some(c) = &mut field.counter {
            c.show(update.question.count, update.limits.first(), lang)?;
        }
        let mut described = false;
        if let (Some(ui), Some(question)) =
            (&mut field.choice, self.template.data().questions.get(q))
        {
            described = ui.show(question, &update.question, &update.findings, lang)?;
        }
        for (&l, result) in self.template.limits_of(q).iter().zip(&update.limits) {
            if let Some(Some(meter)) = self.budgets.get_mut(l) {
                meter.show_total(result, lang)?;
                meter.show_share(&update.question.id, update.question.count, lang);
            }
        }
        self.summary.show_score(update.score, lang)?;
        if described {
            self.describe(i)?;
        }
        if !self.live_pending.contains(&i) {
            self.live_pending.push(i);
        }
        if let Some(fns) = &self.timer_fns {
            self.live_timer
                .schedule(&self.window, &fns.pause, live_region::PAUSE_MS);
            self.refresh_timer
                .schedule(&self.window, &fns.refresh, REFRESH_MS);
            if self.drafts.is_some() {
                self.save_timer.schedule(&self.window, &fns.save, SAVE_MS);
            }
        }
        Ok(())
    }

    /// Re-reads one field from the page into the session.
    fn sync(&mut self, i: usize) -> Dom<()> {
        let Some(f) = self.fields.get(i) else {
            return Ok(());
        };
        let (id, text, choice, has_radios) =
            (f.id.clone(), f.text(), f.choice(), !f.radios.is_empty());
        let mut update = self
            .session
            .set(&id, &text)
            .map_err(|e| crate::bindings::js_error(&e))?;
        if has_radios {
            update = self
                .session
                .choose(&id, choice.as_deref())
                .map_err(|e| crate::bindings::js_error(&e))?;
        }
        self.apply(i, &update)
    }

    /// Redraws everything from a full result.
    fn refresh(&mut self) -> Dom<()> {
        let result = self.session.result();
        let lang = self.lang;
        for i in 0..self.fields.len() {
            let Some(field) = self.fields.get_mut(i) else {
                continue;
            };
            let Some(qr) = result.questions.get(field.q) else {
                continue;
            };
            let limit = self
                .template
                .limits_of(field.q)
                .first()
                .and_then(|&l| result.limits.get(l));
            if let Some(c) = &mut field.counter {
                c.show(qr.count, limit, lang)?;
            }
            let mut described = false;
            if let (Some(ui), Some(question)) = (
                &mut field.choice,
                self.template.data().questions.get(field.q),
            ) {
                described = ui.show(question, qr, &result.findings, lang)?;
            }
            if described {
                self.describe(i)?;
            }
        }
        for (l, meter) in self.budgets.iter_mut().enumerate() {
            let (Some(meter), Some(lr)) = (meter, result.limits.get(l)) else {
                continue;
            };
            meter.show_total(lr, lang)?;
            for &q in self.template.limit_questions(l) {
                if let Some(qr) = result.questions.get(q) {
                    meter.show_share(&qr.id, qr.count, lang);
                }
            }
        }
        let fields = &self.fields;
        let field_of = &self.field_of;
        let budgets = &self.budgets;
        let template = &self.template;
        let focus_of = |id: &str, radios_first: bool| -> Option<String> {
            let f = fields.get(
                template
                    .question_index(id)
                    .and_then(|q| field_of.get(q).copied().flatten())?,
            )?;
            if radios_first {
                if let Some(r) = f.radios.first() {
                    let el: &Element = r.as_ref();
                    return Some(el.id()).filter(|s| !s.is_empty());
                }
            }
            f.focus_id.clone()
        };
        let target = |f: &Finding| -> Option<String> {
            if let Some(l) = &f.limit {
                let index = template.data().limits.iter().position(|x| &x.id == l);
                if let Some(Some(meter)) = index.and_then(|i| budgets.get(i)) {
                    return Some(meter.root().id());
                }
            }
            if let Some(q) = &f.question {
                return focus_of(q, f.code == crate::FindingCode::ChoiceMissing);
            }
            f.questions.iter().find_map(|q| focus_of(q, false))
        };
        self.summary.show(&self.doc, &result, lang, &target)
    }

    fn on_input(&mut self, event: &Event) -> Dom<()> {
        let Some(el) = event_element(event) else {
            return Ok(());
        };
        let Some(i) = self.fields.iter().position(|f| {
            f.textarea
                .as_ref()
                .is_some_and(|t| AsRef::<Element>::as_ref(t) == &el)
        }) else {
            return Ok(());
        };
        let Some(f) = self.fields.get(i) else {
            return Ok(());
        };
        let (id, text) = (f.id.clone(), f.text());
        let update = self
            .session
            .set(&id, &text)
            .map_err(|e| crate::bindings::js_error(&e))?;
        self.apply(i, &update)
    }

    fn on_change(&mut self, event: &Event) -> Dom<()> {
        let Some(el) = event_element(event) else {
            return Ok(());
        };
        let Some(i) = self
            .fields
            .iter()
            .position(|f| f.radios.iter().any(|r| AsRef::<Element>::as_ref(r) == &el))
        else {
            return Ok(());
        };
        let Some(f) = self.fields.get(i) else {
            return Ok(());
        };
        let (id, choice) = (f.id.clone(), f.choice());
        let update = self
            .session
            .choose(&id, choice.as_deref())
            .map_err(|e| crate::bindings::js_error(&e))?;
        self.apply(i, &update)
    }

    fn on_click(&mut self, event: &Event) -> Dom<()> {
        let Some(el) = event_element(event) else {
            return Ok(());
        };
        if let Some(link) = el.closest(&format!("[{FOCUS_ATTR}]"))? {
            let id = link.get_attribute(FOCUS_ATTR).unwrap_or_default();
            if let Some(target) = self.doc.get_element_by_id(&id) {
                event.prevent_default();
                focus_with_label(&target)?;
            }
        } else if let Some(button) = el.closest(&format!("[{CLEAN_ATTR}]"))? {
            let q = button.get_attribute(CLEAN_ATTR).unwrap_or_default();
            self.clean(&q)?;
        } else if let Some(button) = el.closest(&format!("[{DRAFT_ATTR}]"))? {
            match button.get_attribute(DRAFT_ATTR).as_deref() {
                Some("use") => self.use_draft()?,
                Some("discard") => self.discard_draft()?,
                _ => {}
            }
        }
        Ok(())
    }

    /// "Rensa texten": the person asked for `normalize` on question `q`.
    fn clean(&mut self, q: &str) -> Dom<()> {
        let Some(i) = self.fields.iter().position(|f| f.id == q) else {
            return Ok(());
        };
        let Some(t) = self.fields.get(i).and_then(|f| f.textarea.clone()) else {
            return Ok(());
        };
        let cleaned = normalize(&t.value());
        let changes: u64 = cleaned.changes.iter().map(|c| c.count).sum();
        if changes > 0 {
            t.set_value(&cleaned.text);
            self.sync(i)?;
            let message = render(
                self.lang,
                "hygiene_applied",
                changes,
                &[("question", Arg::Str(q)), ("count", Arg::Num(changes))],
            );
            self.summary.say(&message);
            self.refresh()?;
            t.focus()?;
        }
        Ok(())
    }

    fn on_pause(&mut self) {
        self.live_timer.fired();
        for i in std::mem::take(&mut self.live_pending) {
            if let Some(c) = self.fields.get_mut(i).and_then(|f| f.counter.as_mut()) {
                c.announce();
            }
        }
    }

    fn on_refresh(&mut self) {
        self.refresh_timer.fired();
        let _ = self.refresh();
    }

    fn on_save(&mut self) {
        self.save_timer.fired();
        if let Some(d) = &self.drafts {
            d.save(self.session.report());
        }
    }

    /// Saves a pending draft at once (the page is going away).
    fn save_now(&mut self) -> Dom<()> {
        if self.save_timer.is_pending() {
            self.save_timer.cancel(&self.window);
            self.on_save();
        }
        Ok(())
    }

    /// A page restored from the back-forward cache may hold other text
    /// than the session: read every field again.
    fn on_pageshow(&mut self, event: &Event) -> Dom<()> {
        let persisted = js_sys::Reflect::get(event, &"persisted".into())?
            .as_bool()
            .unwrap_or(false);
        if persisted {
            for i in 0..self.fields.len() {
                self.sync(i)?;
            }
            self.refresh()?;
        }
        Ok(())
    }

    /// Restores a saved draft into empty fields and offers it for the rest.
    fn load_draft(&mut self) -> Dom<()> {
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
    fn put(&mut self, i: usize, answer: &Answer) -> Dom<()> {
        let Some(f) = self.fields.get(i) else {
            return Ok(());
        };
        if let Some(t) = &f.textarea {
            t.set_value(answer.text());
        }
        for r in &f.radios {
            r.set_checked(answer.choice() == Some(r.value().as_str()));
        }
        self.sync(i)
    }

    fn notice(&mut self, kind: NoticeKind) -> Dom<()> {
        let el = draft::notice(&self.doc, kind, self.lang)?;
        self.summary.notices().append_child(&el)?;
        Ok(())
    }

    fn clear_notices(&mut self) {
        self.summary.notices().set_text_content(None);
        let _ = self.summary.focus_heading();
    }

    /// "Använd utkastet": the person chose the draft over the page's text.
    fn use_draft(&mut self) -> Dom<()> {
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
    fn discard_draft(&mut self) -> Dom<()> {
        if let Some(d) = &self.drafts {
            d.discard();
        }
        self.save_timer.cancel(&self.window);
        for i in std::mem::take(&mut self.draft.restored) {
            self.put(i, &Answer::Text(String::new()))?;
        }
        self.save_timer.cancel(&self.window);
        self.draft.offered = None;
        self.clear_notices();
        self.refresh()
    }

    fn detach(&mut self) {
        if self.detached {
            return;
        }
        self.detached = true;
        self.live_timer.cancel(&self.window);
        self.refresh_timer.cancel(&self.window);
        // A pending draft is saved, not lost.
        let _ = self.save_now();
        self.timer_fns = None;
        self.added.undo();
    }
}

/// Moves focus to a field the way GOV.UK's error summary does: its label
/// (or, for a radio, its fieldset's legend) is scrolled into view first, so
/// the person sees the question and not only the box.
fn focus_with_label(target: &Element) -> Dom<()> {
    let label: Option<Element> = if let Some(t) = target.dyn_ref::<HtmlTextAreaElement>() {
        t.labels().item(0).and_then(|n| n.dyn_into().ok())
    } else if target.dyn_ref::<HtmlInputElement>().is_some() {
        target
            .closest("fieldset")?
            .and_then(|f| f.query_selector("legend").ok().flatten())
    } else {
        None
    };
    let Ok(el) = target.clone().dyn_into::<HtmlElement>() else {
        return Ok(());
    };
    match label {
        Some(label) => {
            label.scroll_into_view();
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(true);
            el.focus_with_options(&options)
        }
        None => el.focus(),
    }
}
