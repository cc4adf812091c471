//! Which fields answer which question, read and checked before anything
//! on the page changes: a bad field throws a coded error and leaves the
//! page as it was.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlInputElement, HtmlTextAreaElement};

use crate::{ErrorCode, QuestionKind, Template};

use super::config::coded_error;
use super::elements::{document, Dom};

/// The answer fields found in the form, checked before anything changes.
pub(super) struct Markup {
    /// (template question index, textarea, radios), in template order.
    pub(super) fields: Vec<(usize, Option<HtmlTextAreaElement>, Vec<HtmlInputElement>)>,
    pub(super) summary: Option<Element>,
    pub(super) budgets: Vec<Element>,
}

impl Markup {
    pub(super) fn read(form: &Element, template: &Template) -> Result<Markup, JsValue> {
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
