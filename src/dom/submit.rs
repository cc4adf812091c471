//! What happens on submit, in GOV.UK's error-summary pattern: a submit
//! with errors (warnings never block) is stopped (`submit: 'block'`, the
//! default) or let through (`'warn'`); either way the summary's error list
//! takes focus, `document.title` starts with "Fel: " ("Error: ") and every
//! field concerned gets `aria-invalid="true"` and an inline error linked by
//! `aria-describedby` — until no error is left. `'off'` leaves submit
//! alone, and a submit without errors is never touched. Whether a submit
//! went through (and the draft goes) is decided later, in `draft`.

use crate::prelude::*;
use wasm_bindgen::JsValue;
use web_sys::{Element, Event};

use crate::{render, CheckResult, Finding, FindingCode, Severity};

use super::config::SubmitMode;
use super::elements::{
    call0, insert_before, make, parent_of, prop_string, set_hidden, set_prop, Dom, TextSlot,
};
use super::enhancer::{to_js, Enhancer, Field};

impl Enhancer {
    /// The form's `submit` listener.
    pub(super) fn on_submit(&mut self, event: &Event) -> Dom<()> {
        self.note_submit(event);
        if self.submit_mode == SubmitMode::Off {
            return Ok(());
        }
        // A portal script may have set a value without an input event.
        for i in 0..self.fields.len() {
            self.sync(i)?;
        }
        let result = self.result();
        if result.counts.errors == 0 {
            return self.refresh();
        }
        self.submitted = true;
        self.refresh()?;
        if self.submit_mode == SubmitMode::Block {
            call0(event, "preventDefault")?;
            self.outbox.push(("formkoll:invalid", to_js(&result)?));
        }
        self.summary.focus_errors()?;
        Ok(())
    }

    /// After a submit with errors: the inline errors and the title prefix
    /// follow `shown`; once it has no error, both go and the next errors
    /// wait for the next submit.
    pub(super) fn show_submit_state(&mut self, shown: &CheckResult) -> Dom<()> {
        if !self.submitted {
            return Ok(());
        }
        if shown.counts.errors == 0 {
            self.submitted = false;
        }
        for i in 0..self.fields.len() {
            let text = match (self.submitted, self.fields.get(i)) {
                (true, Some(f)) => self.inline_error(f, shown),
                _ => String::new(),
            };
            self.show_field_error(i, &text)?;
        }
        if self.submitted {
            self.prefix_title();
        } else {
            self.unprefix_title();
        }
        Ok(())
    }

    /// "Fel: …" for every error about field `f`: its own (except those its
    /// choice follow-up already shows) and, if it holds text, its budgets'.
    fn inline_error(&self, f: &Field, shown: &CheckResult) -> String {
        let count = shown
            .questions
            .iter()
            .find(|q| q.id == f.id)
            .map_or(0, |q| q.count);
        let concerns = |x: &Finding| match (&x.question, &x.limit) {
            (Some(q), _) => {
                *q == f.id
                    && !(f.choice.is_some()
                        && matches!(
                            x.code,
                            FindingCode::ExplanationMissing | FindingCode::ChoiceUnknown
                        ))
            }
            (None, Some(l)) => count > 0 && self.limit_covers(l, f.q),
            (None, None) => false,
        };
        let prefix = render(self.lang, "severity.error", 1, &[]);
        let mut text = String::new();
        for x in shown
            .findings
            .iter()
            .filter(|x| x.severity == Severity::Error && concerns(x))
        {
            if !text.is_empty() {
                text.push(' ');
            }
            text.push_str(&prefix);
            text.push_str(": ");
            text.push_str(&x.message);
        }
        text
    }

    fn limit_covers(&self, limit: &str, q: usize) -> bool {
        let data = self.template.data();
        data.limits
            .iter()
            .position(|l| l.id == limit)
            .is_some_and(|l| self.template.limit_questions(l).contains(&q))
    }

    /// Shows `text` as field `i`'s inline error (hidden when empty); the
    /// element is made the first time it is needed.
    fn show_field_error(&mut self, i: usize, text: &str) -> Dom<()> {
        let Some(f) = self.fields.get_mut(i) else {
            return Ok(());
        };
        let was = f.error.as_ref().is_some_and(|e| !e.text().is_empty());
        if f.error.is_none() {
            if text.is_empty() {
                return Ok(());
            }
            let anchor: Option<Element> = match (&f.textarea, f.radios.first()) {
                (Some(t), _) => Some(t.clone().into()),
                (None, Some(r)) => parent_of(r),
                (None, None) => None,
            };
            let Some(anchor) = anchor else {
                return Ok(());
            };
            let id = self.ids.make("field-error");
            let el = make(
                &self.doc,
                None,
                "p",
                "formkoll-error-message formkoll-field-error",
                &[("id", &id)],
                "",
            )?;
            insert_before(&anchor, &el)?;
            self.added.element(&el);
            f.error = Some(TextSlot::new(el));
        }
        if let Some(slot) = &mut f.error {
            slot.set(text);
            set_hidden(slot.el(), text.is_empty())?;
        }
        if was != !text.is_empty() {
            self.describe(i)?;
        }
        Ok(())
    }

    /// "Fel: " in front of the page title, once.
    fn prefix_title(&mut self) {
        if self.title_prefix.is_none() {
            let mut prefix = render(self.lang, "severity.error", 1, &[]);
            prefix.push_str(": ");
            let mut title = prefix.clone();
            title.push_str(&prop_string(&self.doc, "title"));
            set_prop(&self.doc, "title", &JsValue::from_str(&title));
            self.title_prefix = Some(prefix);
        }
    }

    /// Takes the prefix away again (if the page has not changed the title).
    pub(super) fn unprefix_title(&mut self) {
        if let Some(prefix) = self.title_prefix.take() {
            let title = prop_string(&self.doc, "title");
            if let Some(rest) = title.strip_prefix(&prefix) {
                set_prop(&self.doc, "title", &JsValue::from_str(rest));
            }
        }
    }
}
