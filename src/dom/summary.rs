//! The summary panel: the completeness score (a progress bar and the
//! number), every error and warning as a link that moves focus to its field
//! (GOV.UK's error summary), and hygiene suggestions with an explicit
//! "Rensa texten" button — the only way formkoll ever changes a text, and
//! only because a person clicked it.

use crate::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

use crate::{render, Arg, CheckResult, Finding, Lang, Severity};

use super::elements::{
    button, concat, digits, focus, make, push_digits, set_hidden, Dom, Ids, TextSlot,
};

/// Attribute of a summary link: the id of the element to focus.
pub(crate) const FOCUS_ATTR: &str = "data-formkoll-focus";
/// Attribute of a "Rensa texten" button: the question to clean.
pub(crate) const CLEAN_ATTR: &str = "data-formkoll-clean";

/// The panel.
#[derive(Debug)]
pub(crate) struct Summary {
    root: Element,
    heading: TextSlot,
    score_label: TextSlot,
    progress: Element,
    notices: Element,
    /// Under `scope: 'form'`: which questions this form checks.
    scope: TextSlot,
    status: TextSlot,
    body: Element,
    score: Option<u32>,
    /// What the body shows now, to skip rebuilding an unchanged list.
    shown: Vec<(String, Option<String>)>,
    rendered_once: bool,
    /// Prefix of the ids that tie a "Rensa texten" button to its messages.
    id_base: String,
    /// The error list shown now (GOV.UK's error summary), if any.
    errors: Option<Element>,
}

impl Summary {
    /// Creates the panel (not yet in the page).
    pub(crate) fn new(doc: &Document, ids: &mut Ids) -> Dom<Summary> {
        let heading_id = ids.make("summary-heading");
        let score_id = ids.make("score");
        let root = make(
            doc,
            None,
            "section",
            "formkoll-summary",
            &[("aria-labelledby", &heading_id)],
            "",
        )?;
        let r = Some(&root);
        let heading = make(
            doc,
            r,
            "h2",
            "formkoll-summary__heading",
            &[("id", &heading_id)],
            "",
        )?;
        let score_label = make(
            doc,
            r,
            "p",
            "formkoll-score__label",
            &[("id", &score_id)],
            "",
        )?;
        let progress = make(
            doc,
            r,
            "progress",
            "formkoll-score__bar",
            &[("max", "100"), ("aria-labelledby", &score_id)],
            "",
        )?;
        let scope = make(doc, r, "p", "formkoll-scope", &[("hidden", "")], "")?;
        let notices = make(doc, r, "div", "formkoll-notices", &[], "")?;
        let status = make(doc, r, "p", "formkoll-status", &[("role", "status")], "")?;
        let body = make(doc, r, "div", "formkoll-summary__body", &[], "")?;
        Ok(Summary {
            root,
            heading: TextSlot::new(heading),
            score_label: TextSlot::new(score_label),
            progress,
            notices,
            scope: TextSlot::new(scope),
            status: TextSlot::new(status),
            body,
            score: None,
            shown: Vec::new(),
            rendered_once: false,
            id_base: ids.make("hygiene"),
            errors: None,
        })
    }

    /// The panel's root element.
    pub(crate) fn root(&self) -> &Element {
        &self.root
    }

    /// Where notices (a restored draft) go.
    pub(crate) fn notices(&self) -> &Element {
        &self.notices
    }

    /// Moves focus to the panel's heading (after the button that had it
    /// went away with its notice).
    pub(crate) fn focus_heading(&self) -> Dom<()> {
        let heading = self.heading.el();
        heading.set_attribute("tabindex", "-1")?;
        // An `h2` made by `createElement` is always an HTMLElement.
        focus(heading.unchecked_ref(), false)
    }

    /// Moves focus to the error list, as GOV.UK's error summary does after
    /// a submit; false when there is none.
    pub(crate) fn focus_errors(&self) -> Dom<bool> {
        // The list is a `div` made by `createElement`: an HTMLElement.
        match &self.errors {
            Some(e) => {
                focus(e.unchecked_ref(), false)?;
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// Says something politely (a cleaned text).
    pub(crate) fn say(&mut self, text: &str) {
        self.status.set(text);
    }

    /// Shows the score; cheap enough for every keystroke.
    pub(crate) fn show_score(&mut self, score: u32, lang: Lang) -> Dom<()> {
        if self.score != Some(score) {
            self.score = Some(score);
            let n = u64::from(score);
            self.score_label
                .set(&render(lang, "score", n, &[("count", Arg::Num(n))]));
            self.progress
                .set_attribute("value", &digits(u64::from(score)))?;
        }
        Ok(())
    }

    /// Rebuilds the lists from a full result. `target` names the element a
    /// finding's link moves focus to (`None`: the finding is plain text);
    /// `cleanable` says whether "Rensa texten" has a change to propose for
    /// a question (no button where it has none).
    pub(crate) fn show(
        &mut self,
        doc: &Document,
        result: &CheckResult,
        lang: Lang,
        target: &dyn Fn(&Finding) -> Option<String>,
        cleanable: &dyn Fn(&str) -> bool,
        scope: Option<(usize, usize)>,
    ) -> Dom<()> {
        self.heading.set(&render(lang, "summary_heading", 1, &[]));
        self.show_score(result.score, lang)?;
        if let Some((here, total)) = scope {
            let (n, total) = (here as u64, total as u64);
            self.scope.set(&render(
                lang,
                "scope_form",
                n,
                &[("count", Arg::Num(n)), ("total", Arg::Num(total))],
            ));
        }
        set_hidden(self.scope.el(), scope.is_none())?;
        let listed: Vec<(&Finding, Option<String>)> = result
            .findings
            .iter()
            .filter(|f| f.severity != Severity::Info)
            .map(|f| (f, target(f)))
            .collect();
        let key: Vec<(String, Option<String>)> = listed
            .iter()
            .map(|(f, t)| (f.message.clone(), t.clone()))
            .collect();
        if self.rendered_once && key == self.shown {
            return Ok(());
        }
        self.rendered_once = true;
        self.shown = key;
        self.body.set_text_content(None);
        self.errors = None;

        let is_hygiene = |f: &Finding| f.code.as_str().starts_with("hygiene.");
        let errors: Vec<_> = listed
            .iter()
            .filter(|(f, _)| f.severity == Severity::Error)
            .collect();
        let warnings: Vec<_> = listed
            .iter()
            .filter(|(f, _)| f.severity == Severity::Warning && !is_hygiene(f))
            .collect();
        let hygiene: Vec<_> = listed.iter().filter(|(f, _)| is_hygiene(f)).collect();

        let body = Some(&self.body);
        if errors.is_empty() {
            let ok = render(lang, "summary_ok", 1, &[]);
            make(doc, body, "p", "formkoll-summary__ok", &[], &ok)?;
        } else {
            let n = errors.len() as u64;
            let heading = render(lang, "summary_title", n, &[]);
            let count = render(lang, "errors_count", n, &[("count", Arg::Num(n))]);
            // Focused after a submit with errors (GOV.UK's error summary).
            let block = findings_block(
                doc,
                &self.body,
                "formkoll-error-summary",
                &[("tabindex", "-1")],
                &heading,
                &count,
                &errors,
            )?;
            self.errors = Some(block);
        }
        if !warnings.is_empty() {
            let n = warnings.len() as u64;
            let heading = render(lang, "warnings_count", n, &[("count", Arg::Num(n))]);
            findings_block(
                doc,
                &self.body,
                "formkoll-warnings",
                &[],
                &heading,
                "",
                &warnings,
            )?;
        }
        if !hygiene.is_empty() {
            let block = make(doc, body, "div", "formkoll-hygiene", &[], "")?;
            let title = render(lang, "hygiene_title", 1, &[]);
            make(doc, Some(&block), "h3", "", &[], &title)?;
            let list = make(doc, Some(&block), "ul", "formkoll-hygiene__list", &[], "")?;
            let mut questions: Vec<&str> = Vec::new();
            for (f, _) in &hygiene {
                if let Some(q) = f.question.as_deref() {
                    if !questions.contains(&q) {
                        questions.push(q);
                    }
                }
            }
            let apply = render(lang, "hygiene_apply", 1, &[]);
            for (n, q) in questions.into_iter().enumerate() {
                let li = make(doc, Some(&list), "li", "", &[], "")?;
                // Every button says "Rensa texten"; its description says
                // which text, for a screen reader listing the buttons.
                let mut described_by = String::new();
                for (m, (f, t)) in hygiene
                    .iter()
                    .filter(|(f, _)| f.question.as_deref() == Some(q))
                    .enumerate()
                {
                    let mut id = self.id_base.clone();
                    id.push('-');
                    push_digits(&mut id, n as u64);
                    id.push('-');
                    push_digits(&mut id, m as u64);
                    let p = make(doc, Some(&li), "p", "", &[("id", &id)], "")?;
                    link_or_text(doc, &p, &f.message, t.as_deref())?;
                    if !described_by.is_empty() {
                        described_by.push(' ');
                    }
                    described_by.push_str(&id);
                }
                if !cleanable(q) {
                    continue;
                }
                button(
                    doc,
                    Some(&li),
                    "formkoll-button",
                    &[(CLEAN_ATTR, q), ("aria-describedby", &described_by)],
                    &apply,
                )?;
            }
        }
        Ok(())
    }
}

/// A block of findings in `parent`: a heading, a line under it (when not
/// empty), and the findings as links to their fields (GOV.UK error summary).
fn findings_block(
    doc: &Document,
    parent: &Element,
    class: &str,
    attrs: &[(&str, &str)],
    heading: &str,
    line: &str,
    findings: &[&(&Finding, Option<String>)],
) -> Dom<Element> {
    let block = make(doc, Some(parent), "div", class, attrs, "")?;
    make(doc, Some(&block), "h3", "", &[], heading)?;
    if !line.is_empty() {
        make(doc, Some(&block), "p", "", &[], line)?;
    }
    // `<ul>` of links (or plain items where a finding has no field).
    let list = make(doc, Some(&block), "ul", "formkoll-summary__list", &[], "")?;
    for (f, t) in findings {
        let li = make(doc, Some(&list), "li", "", &[], "")?;
        link_or_text(doc, &li, &f.message, t.as_deref())?;
    }
    Ok(block)
}

/// `<a href="#id" data-formkoll-focus="id">message</a>`, or a `<span>`, in
/// `parent`.
fn link_or_text(doc: &Document, parent: &Element, message: &str, target: Option<&str>) -> Dom<()> {
    match target {
        Some(id) => make(
            doc,
            Some(parent),
            "a",
            "formkoll-link",
            &[("href", &concat("#", id)), (FOCUS_ATTR, id)],
            message,
        )?,
        None => make(doc, Some(parent), "span", "", &[], message)?,
    };
    Ok(())
}
