//! The enhancer's state and its life: `build` reads the page's answers
//! (and the `report` context) into a session and inserts the counters,
//! meters and the summary; `detach` takes all of it back out, puts a
//! removed `maxlength` back and the title as it was. What a change shows
//! is in `redraw`, the listeners in `events`, drafts in `draft`, what
//! happens on submit in `submit`.

use crate::prelude::*;
use alloc::sync::Arc;

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, HtmlElement, HtmlInputElement, HtmlTextAreaElement, Window};

use crate::{Answer, CheckResult, Lang, QuestionKind, Report, Session, Template};

use super::budget::BudgetMeter;
use super::choice::ChoiceUi;
use super::config::{Config, Scope, SubmitMode};
use super::counter::Counter;
use super::draft::Drafts;
use super::elements::{
    append, attr, call0, closest, document, focus, id_of, insert_after, insert_before, parent_of,
    prepend, prop, prop_string, query, window, Added, Debounce, Dom, Ids, TextSlot,
};
use super::events::TimerFns;
use super::markup::Markup;
use super::review::Reviews;
use super::summary::Summary;

/// A result as a JS object: the bindings' conversion, so `handle.result()`
/// and `formkoll:update` are exactly `rules.check`'s object.
pub(super) fn to_js(result: &CheckResult) -> Result<JsValue, JsValue> {
    crate::bindings::to_js(result)
}

/// One answer field and what we added to it.
pub(super) struct Field {
    pub(super) q: usize,
    pub(super) id: String,
    pub(super) textarea: Option<HtmlTextAreaElement>,
    pub(super) radios: Vec<HtmlInputElement>,
    /// (template choice id, the page's value), from `choices`.
    pub(super) values: Vec<(String, String)>,
    /// The element a summary link focuses.
    pub(super) focus_id: Option<String>,
    pub(super) counter: Option<Counter>,
    pub(super) choice: Option<ChoiceUi>,
    /// The page's own `aria-describedby`, kept in front of ours.
    pub(super) described_by: Option<String>,
    /// The inline error shown after a submit with errors (made when first needed).
    pub(super) error: Option<TextSlot>,
}

impl Field {
    pub(super) fn text(&self) -> String {
        self.textarea
            .as_ref()
            .map(|t| prop_string(t, "value"))
            .unwrap_or_default()
    }

    /// The chosen option as the template names it (the page's own value
    /// when `choices` does not map it: the core then reports it unknown).
    pub(super) fn choice(&self) -> Option<String> {
        let checked = self
            .radios
            .iter()
            .find(|r| prop(r, "checked").as_bool() == Some(true))?;
        let value = prop_string(checked, "value");
        Some(
            self.values
                .iter()
                .find(|(_, v)| *v == value)
                .map_or(value, |(id, _)| id.clone()),
        )
    }

    /// The page's value of the template's option `choice`.
    pub(super) fn page_value<'a>(&'a self, choice: &'a str) -> &'a str {
        self.values
            .iter()
            .find(|(id, _)| id == choice)
            .map_or(choice, |(_, v)| v.as_str())
    }
}

/// A draft restored into empty fields (undone by "Kasta utkastet"), or one
/// offered for fields the server filled in ("Använd utkastet"); the last
/// submit event, until its `formdata` tells whether it went through; and
/// `held`: the draft was cleared, nothing is saved until an answer changes.
#[derive(Default)]
pub(super) struct DraftState {
    pub(super) restored: Vec<usize>,
    pub(super) offered: Option<Report>,
    pub(super) submit: Option<web_sys::Event>,
    pub(super) held: bool,
}

/// The enhancer's state, shared by the handle's callbacks.
pub(super) struct Enhancer {
    pub(super) window: Window,
    pub(super) doc: Document,
    pub(super) form: Element,
    pub(super) template: Arc<Template>,
    pub(super) session: Session,
    pub(super) lang: Lang,
    pub(super) fields: Vec<Field>,
    /// Template question index → index in `fields`.
    pub(super) field_of: Vec<Option<usize>>,
    /// Template limit index → its meter, if one was placed.
    pub(super) budgets: Vec<Option<BudgetMeter>>,
    pub(super) summary: Summary,
    pub(super) drafts: Option<Drafts>,
    pub(super) draft: DraftState,
    pub(super) added: Added,
    /// Fields typed in since the last pause (their live regions are due).
    pub(super) live_pending: Vec<usize>,
    pub(super) live_timer: Debounce,
    pub(super) refresh_timer: Debounce,
    pub(super) save_timer: Debounce,
    pub(super) timer_fns: Option<TimerFns>,
    pub(super) detached: bool,
    /// Which questions are validated and scored (`scope`).
    pub(super) scope: Scope,
    /// Per template question: true if and only if it has a field here.
    pub(super) in_form: Vec<bool>,
    /// What a submit with errors does.
    pub(super) submit_mode: SubmitMode,
    /// True from a submit with errors until no error is left: the inline
    /// errors and the title prefix follow every change meanwhile.
    pub(super) submitted: bool,
    /// The prefix put in front of `document.title` ("Fel: "), while it is there.
    pub(super) title_prefix: Option<String>,
    /// Events to dispatch once the state is no longer borrowed (a listener
    /// may call `handle.result()`).
    pub(super) outbox: Vec<(&'static str, JsValue)>,
    /// Ids for what is added later (inline errors).
    pub(super) ids: Ids,
    /// "Rensa texten"'s reviews, made when first pressed.
    pub(super) reviews: Reviews,
}

impl Enhancer {
    pub(super) fn build(
        form: Element,
        config: Config,
        markup: Markup,
    ) -> Result<Enhancer, JsValue> {
        let window = window()?;
        let doc = document()?;
        let template = config.template;
        let lang = config.lang;
        let mut ids = Ids::new();
        let mut added = Added::default();

        // The report as the server rendered it.
        let mut fields = Vec::with_capacity(markup.fields.len());
        let mut answers = Vec::with_capacity(markup.fields.len());
        for found in markup.fields {
            let Some(question) = template.data().questions.get(found.q) else {
                continue;
            };
            let field = Field {
                q: found.q,
                id: question.id.clone(),
                described_by: found
                    .textarea
                    .as_ref()
                    .and_then(|t| attr(t, "aria-describedby")),
                textarea: found.textarea,
                radios: found.radios,
                values: found.values,
                focus_id: None,
                counter: None,
                choice: None,
                error: None,
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
        // Answers that live elsewhere count too, read-only: a field on
        // this page always wins over the context's answer to it.
        if let Some(context) = config.report {
            for (id, answer) in context.answers.0 {
                if !answers.iter().any(|(a, _)| *a == id) {
                    answers.push((id, answer));
                }
            }
        }
        let report = Report::new(template.id(), answers);
        let session = Session::new(Arc::clone(&template), report, lang)
            .map_err(|e| crate::bindings::js_error(&e))?;

        // The summary panel.
        let summary = Summary::new(&doc, &mut ids)?;
        match &markup.summary {
            Some(placeholder) => {
                append(placeholder, summary.root())?;
            }
            None => {
                prepend(&form, summary.root())?;
            }
        }
        added.element(summary.root());

        // Counters and follow-ups.
        for field in &mut fields {
            if let Some(t) = &field.textarea {
                let el: &Element = t.as_ref();
                // GOV.UK removes a server-side maxlength once the counter
                // is there: a hard limit truncates pastes. `detach` puts
                // the page's own back; formkoll never sets one itself.
                if attr(el, "maxlength").is_some() {
                    added.remove_attribute(el, "maxlength")?;
                }
                if id_of(el).is_empty() {
                    added.set_attribute(el, "id", &ids.make_numbered("answer-", field.q))?;
                }
                field.focus_id = Some(id_of(el));
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
                if id_of(el).is_empty() {
                    added.set_attribute(el, "id", &ids.make_numbered("choice-", field.q))?;
                }
                field.focus_id = Some(id_of(el));
            }
        }
        let mut field_of = vec![None; template.data().questions.len()];
        let mut in_form = vec![false; template.data().questions.len()];
        for (i, f) in fields.iter().enumerate() {
            if let Some(slot) = field_of.get_mut(f.q) {
                *slot = Some(i);
            }
            if let Some(slot) = in_form.get_mut(f.q) {
                *slot = true;
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
                let v = attr(el, "data-formkoll-budget").unwrap_or_default();
                Some(&v) == limit.section.as_ref() || v == limit.id
            });
            let anchor: Option<Element> =
                match (placeholder, last_field.and_then(|i| fields.get(i))) {
                    (Some(_), _) => None,
                    (None, Some(f)) => match (&f.counter, f.radios.last()) {
                        (Some(c), _) => Some(c.root().clone()),
                        (None, Some(r)) => parent_of(r),
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
                    append(p, meter.root())?;
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
            .and_then(|k| Drafts::open(&window, k, config.draft_session, config.draft_days));
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
            scope: config.scope,
            in_form,
            submit_mode: config.submit,
            submitted: false,
            title_prefix: None,
            outbox: Vec::new(),
            ids,
            reviews: Reviews::default(),
        };
        for i in 0..enhancer.fields.len() {
            enhancer.describe(i)?;
        }
        enhancer.load_draft()?;
        enhancer.refresh()?;
        Ok(enhancer)
    }

    /// The current result, narrowed to this form's questions under
    /// `scope: 'form'`. This is what `handle.result()` returns.
    pub(super) fn result(&self) -> CheckResult {
        let result = self.session.result();
        match self.scope {
            Scope::Report => result,
            Scope::Form => crate::scope::scoped(result, &self.in_form),
        }
    }

    /// Sets a textarea's `aria-describedby`: the page's own ids, then the
    /// counter's description, the choice status and, while shown, the error.
    pub(super) fn describe(&mut self, i: usize) -> Dom<()> {
        let Some(f) = self.fields.get(i) else {
            return Ok(());
        };
        let Some(t) = &f.textarea else { return Ok(()) };
        // The ids joined by spaces, built in place (an empty own value
        // still takes its place, as a join would give it).
        let mut ids = String::new();
        let mut n = 0;
        let mut add = |id: &str| {
            if n > 0 {
                ids.push(' ');
            }
            n += 1;
            ids.push_str(id);
        };
        if let Some(own) = &f.described_by {
            add(own);
        }
        let field_error = f.error.as_ref().filter(|e| !e.text().is_empty());
        if let Some(e) = field_error {
            add(&id_of(e.el()));
        }
        if let Some(ui) = &f.choice {
            add(&id_of(ui.status_el()));
            if ui.is_invalid() {
                add(&id_of(ui.error_el()));
            }
        }
        if let Some(c) = &f.counter {
            add(&c.description_id());
        }
        let el: Element = t.clone().into();
        self.added.set_attribute(&el, "aria-describedby", &ids)?;
        let invalid = field_error.is_some() || f.choice.as_ref().is_some_and(ChoiceUi::is_invalid);
        if invalid {
            self.added.set_attribute(&el, "aria-invalid", "true")
        } else {
            self.added.remove_attribute(&el, "aria-invalid")
        }
    }

    /// Re-reads one field from the page into the session.
    pub(super) fn sync(&mut self, i: usize) -> Dom<()> {
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

    /// "Rensa texten": the person asked to see what cleaning question `q`
    /// would change; nothing changes until they apply it (`review`).
    pub(super) fn clean(&mut self, q: &str) -> Dom<()> {
        match self.fields.iter().position(|f| f.id == q) {
            Some(i) => self.open_review(i),
            None => Ok(()),
        }
    }

    pub(super) fn detach(&mut self) {
        if self.detached {
            return;
        }
        self.detached = true;
        self.live_timer.cancel(&self.window);
        self.refresh_timer.cancel(&self.window);
        // A pending draft is saved, not lost.
        let _ = self.save_now();
        self.timer_fns = None;
        self.unprefix_title();
        self.added.undo();
    }
}

/// Moves focus to a field the way GOV.UK's error summary does: its label
/// (or, for a radio, its fieldset's legend) is scrolled into view first, so
/// the person sees the question and not only the box.
pub(super) fn focus_with_label(target: &Element) -> Dom<()> {
    let label: Option<Element> = if let Some(t) = target.dyn_ref::<HtmlTextAreaElement>() {
        js_sys::Array::from(&prop(t, "labels"))
            .get(0)
            .dyn_into()
            .ok()
    } else if target.dyn_ref::<HtmlInputElement>().is_some() {
        closest(target, "fieldset")?.and_then(|f| query(&f, "legend").ok().flatten())
    } else {
        None
    };
    let Ok(el) = target.clone().dyn_into::<HtmlElement>() else {
        return Ok(());
    };
    match label {
        Some(label) => {
            let _ = call0(&label, "scrollIntoView");
            focus(&el, true)
        }
        None => focus(&el, false),
    }
}
