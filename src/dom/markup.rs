//! Which fields answer which question — the data attributes
//! (`data-formkoll-question`, `data-formkoll-choice`) and the `fields`
//! option (`{ '2.1': '#fld-4711', '5.1a': { text, choice } }`), mixed
//! freely — read and checked before anything on the page changes: a bad
//! field throws a coded error (`fields.not_found`, `markup.invalid`,
//! `question.unknown`, path `fields.2.1`) and leaves the page as it was.

use crate::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlInputElement, HtmlTextAreaElement};

use crate::{ErrorCode, QuestionKind, Template};

use super::config::{coded_error, entries, path_in, Config};
use super::elements::{
    attr, contains, document, elements_of, matches, prop_string, query, root_element,
};

/// One question's fields, as found.
pub(super) struct Found {
    /// The template question index.
    pub(super) q: usize,
    pub(super) textarea: Option<HtmlTextAreaElement>,
    pub(super) radios: Vec<HtmlInputElement>,
    /// (template choice id, the page's value), from `choices`.
    pub(super) values: Vec<(String, String)>,
}

/// The answer fields found in the form, checked before anything changes.
pub(super) struct Markup {
    /// In template order.
    pub(super) fields: Vec<Found>,
    pub(super) summary: Option<Element>,
    pub(super) budgets: Vec<Element>,
}

/// Where the fields are being collected.
struct Collect<'a> {
    form: &'a Element,
    template: &'a Template,
    fields: Vec<Found>,
}

impl Collect<'_> {
    /// The fields found for question `q`, made on first use. Never `None`
    /// (it is an `Option` so that no index can panic).
    fn slot(&mut self, q: usize) -> Option<&mut Found> {
        if !self.fields.iter().any(|f| f.q == q) {
            self.fields.push(Found {
                q,
                textarea: None,
                radios: Vec::new(),
                values: Vec::new(),
            });
        }
        self.fields.iter_mut().find(|f| f.q == q)
    }

    fn question(&self, id: &str, path: &str) -> Result<usize, JsValue> {
        self.template.question_index(id).ok_or_else(|| {
            coded_error(
                ErrorCode::QuestionUnknown,
                path,
                "the template has no such question",
            )
        })
    }

    fn text(&mut self, q: usize, el: Element, path: &str) -> Result<(), JsValue> {
        let textarea: HtmlTextAreaElement = el.dyn_into().map_err(|_| {
            coded_error(
                ErrorCode::MarkupInvalid,
                path,
                "an answer field must be a textarea",
            )
        })?;
        if self
            .fields
            .iter()
            .any(|f| f.q != q && f.textarea.as_ref() == Some(&textarea))
        {
            return Err(coded_error(
                ErrorCode::MarkupInvalid,
                path,
                "the textarea already answers another question",
            ));
        }
        let Some(slot) = self.slot(q) else {
            return Ok(());
        };
        match &slot.textarea {
            Some(t) if *t != textarea => Err(coded_error(
                ErrorCode::MarkupInvalid,
                path,
                "two textareas answer the same question",
            )),
            _ => {
                slot.textarea = Some(textarea);
                Ok(())
            }
        }
    }

    fn radio(&mut self, q: usize, el: Element, path: &str) -> Result<(), JsValue> {
        if self.template.data().questions.get(q).map(|x| x.kind) != Some(QuestionKind::Choice) {
            return Err(coded_error(
                ErrorCode::QuestionNotChoice,
                path,
                "the question has no choices",
            ));
        }
        let radio: HtmlInputElement = el
            .dyn_into()
            .ok()
            .filter(|r: &HtmlInputElement| prop_string(r, "type") == "radio")
            .ok_or_else(|| {
                coded_error(
                    ErrorCode::MarkupInvalid,
                    path,
                    "a choice must be radio inputs",
                )
            })?;
        if self
            .fields
            .iter()
            .any(|f| f.q != q && f.radios.contains(&radio))
        {
            return Err(coded_error(
                ErrorCode::MarkupInvalid,
                path,
                "the radio already belongs to another question",
            ));
        }
        let Some(slot) = self.slot(q) else {
            return Ok(());
        };
        if !slot.radios.contains(&radio) {
            slot.radios.push(radio);
        }
        Ok(())
    }

    /// The elements one `fields` entry names: a selector inside the form,
    /// or an element in it.
    fn select(&self, target: &JsValue, path: &str, what: &str) -> Result<Vec<Element>, JsValue> {
        let not_found = || {
            let mut m = String::from(what);
            m.push_str(" matches nothing in the form");
            coded_error(ErrorCode::FieldsNotFound, path, &m)
        };
        if let Some(el) = target.dyn_ref::<Element>() {
            return if contains(self.form, el) {
                Ok(vec![el.clone()])
            } else {
                Err(not_found())
            };
        }
        let Some(selector) = target.as_string() else {
            // A NodeList or an array of elements (the radios of a choice).
            let list = target.is_object().then(|| js_sys::Array::from(target));
            let els: Option<Vec<Element>> = list
                .filter(|l| l.length() > 0)
                .and_then(|l| l.iter().map(|v| v.dyn_into::<Element>().ok()).collect());
            if let Some(els) = els {
                if els.iter().all(|el| contains(self.form, el)) {
                    return Ok(els);
                }
                return Err(not_found());
            }
            let mut m = String::from(what);
            m.push_str(" must be a CSS selector, an element or a list of elements");
            return Err(coded_error(ErrorCode::OptionsInvalid, path, &m));
        };
        let found = elements_of(self.form, &selector).map_err(|_| {
            let mut m = String::from(what);
            m.push_str(" is not a valid CSS selector");
            coded_error(ErrorCode::OptionsInvalid, path, &m)
        })?;
        if found.is_empty() {
            return Err(not_found());
        }
        Ok(found)
    }

    /// One entry of `fields`: `'#fld-4711'`, an element, or `{ text, choice }`.
    fn mapping(&mut self, id: &str, target: &JsValue) -> Result<(), JsValue> {
        let path = path_in("fields", id);
        let q = self.question(id, &path)?;
        let plain = target.is_object()
            && !target.is_instance_of::<Element>()
            && !target.is_instance_of::<js_sys::Array>();
        let (text, choice) = if plain {
            (
                js_sys::Reflect::get(target, &"text".into())?,
                js_sys::Reflect::get(target, &"choice".into())?,
            )
        } else {
            (target.clone(), JsValue::UNDEFINED)
        };
        let given = |v: &JsValue| !v.is_undefined() && !v.is_null();
        if !given(&text) && !given(&choice) {
            return Err(coded_error(
                ErrorCode::OptionsInvalid,
                &path,
                "give a selector, an element, or { text, choice }",
            ));
        }
        if given(&text) {
            let mut els = self.select(&text, &path, "text")?;
            if els.len() > 1 {
                return Err(coded_error(
                    ErrorCode::MarkupInvalid,
                    &path,
                    "text matches more than one element",
                ));
            }
            if let Some(el) = els.pop() {
                self.text(q, el, &path)?;
            }
        }
        if given(&choice) {
            for el in self.select(&choice, &path, "choice")? {
                self.radio(q, el, &path)?;
            }
        }
        Ok(())
    }
}

impl Markup {
    /// Reads the data attributes, then `config.fields`, then `config.choices`.
    pub(super) fn read(form: &Element, config: &Config) -> Result<Markup, JsValue> {
        let template = &*config.template;
        let mut c = Collect {
            form,
            template,
            fields: Vec::new(),
        };
        for el in elements_of(form, "[data-formkoll-question]")? {
            let id = attr(&el, "data-formkoll-question").unwrap_or_default();
            let q = c.question(&id, &id)?;
            c.text(q, el, &id)?;
        }
        for el in elements_of(form, "[data-formkoll-choice]")? {
            let id = attr(&el, "data-formkoll-choice").unwrap_or_default();
            let q = c.question(&id, &id)?;
            c.radio(q, el, &id)?;
        }
        if !config.fields.is_undefined() && !config.fields.is_null() {
            for (id, target) in entries(&config.fields, "fields")? {
                c.mapping(&id, &target)?;
            }
        }
        let mut fields = c.fields;
        for (q, values) in &config.choices {
            if let Some(f) = fields.iter_mut().find(|f| f.q == *q) {
                f.values = values.clone();
            }
        }
        crate::sort::by_key(&mut fields, |f| f.q);
        let doc = document()?;
        let summary = match query(form, "[data-formkoll-summary]")? {
            Some(el) => Some(el),
            None => match root_element(&doc) {
                Some(root) if matches(&root, "[data-formkoll-summary]")? => Some(root),
                Some(root) => query(&root, "[data-formkoll-summary]")?,
                None => None,
            },
        };
        let mut budgets = elements_of(form, "[data-formkoll-budget]")?;
        if budgets.is_empty() {
            if let Some(root) = root_element(&doc) {
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
