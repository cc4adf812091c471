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
    append, concat, digits, element, element_with_text, focus, push_digits, set_hidden, set_id,
    Dom, Ids, TextSlot,
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
        let root = element(doc, "section", "formkoll-summary")?;
        let heading = element(doc, "h2", "formkoll-summary__heading")?;
        let heading_id = ids.make("summary-heading");
        set_id(&heading, &heading_id)?;
        root.set_attribute("aria-labelledby", &heading_id)?;
        let score_label = element(doc, "p", "formkoll-score__label")?;
        let score_id = ids.make("score");
        set_id(&score_label, &score_id)?;
        let progress = element(doc, "progress", "formkoll-score__bar")?;
        progress.set_attribute("max", "100")?;
        progress.set_attribute("aria-labelledby", &score_id)?;
        let notices = element(doc, "div", "formkoll-notices")?;
        let scope = element(doc, "p", "formkoll-scope")?;
        set_hidden(&scope, true)?;
        let status = element(doc, "p", "formkoll-status")?;
        status.set_attribute("role", "status")?;
        let body = element(doc, "div", "formkoll-summary__body")?;
        for el in [
            &heading,
            &score_label,
            &progress,
            &scope,
            &notices,
            &status,
            &body,
        ] {
            append(&root, el)?;
        }
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
    /// finding's link moves focus to (`None`: the finding is plain text).
    pub(crate) fn show(
        &mut self,
        doc: &Document,
        result: &CheckResult,
        lang: Lang,
        target: &dyn Fn(&Finding) -> Option<String>,
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

        if errors.is_empty() {
            append(
                &self.body,
                &element_with_text(
                    doc,
                    "p",
                    "formkoll-summary__ok",
                    &render(lang, "summary_ok", 1, &[]),
                )?,
            )?;
        } else {
            let n = errors.len() as u64;
            let heading = render(lang, "summary_title", n, &[]);
            let count = render(lang, "errors_count", n, &[("count", Arg::Num(n))]);
            let block = findings_block(
                doc,
                "formkoll-error-summary",
                &heading,
                Some(&count),
                &errors,
            )?;
            // Focused after a submit with errors (GOV.UK's error summary).
            block.set_attribute("tabindex", "-1")?;
            append(&self.body, &block)?;
            self.errors = Some(block);
        }
        if !warnings.is_empty() {
            let n = warnings.len() as u64;
            let heading = render(lang, "warnings_count", n, &[("count", Arg::Num(n))]);
            let block = findings_block(doc, "formkoll-warnings", &heading, None, &warnings)?;
            append(&self.body, &block)?;
        }
        if !hygiene.is_empty() {
            let block = element(doc, "div", "formkoll-hygiene")?;
            append(
                &block,
                &element_with_text(doc, "h3", "", &render(lang, "hygiene_title", 1, &[]))?,
            )?;
            let list = element(doc, "ul", "formkoll-hygiene__list")?;
            let mut questions: Vec<&str> = Vec::new();
            for (f, _) in &hygiene {
                if let Some(q) = f.question.as_deref() {
                    if !questions.contains(&q) {
                        questions.push(q);
                    }
                }
            }
            for (n, q) in questions.into_iter().enumerate() {
                let li = element(doc, "li", "")?;
                // Every button says "Rensa texten"; its description says
                // which text, for a screen reader listing the buttons.
                let mut described_by = Vec::new();
                for (m, (f, t)) in hygiene
                    .iter()
                    .filter(|(f, _)| f.question.as_deref() == Some(q))
                    .enumerate()
                {
                    let p = element(doc, "p", "")?;
                    let mut id = self.id_base.clone();
                    id.push('-');
                    push_digits(&mut id, n as u64);
                    id.push('-');
                    push_digits(&mut id, m as u64);
                    set_id(&p, &id)?;
                    described_by.push(id);
                    append(&p, &link_or_text(doc, &f.message, t.as_deref())?)?;
                    append(&li, &p)?;
                }
                let button = element_with_text(
                    doc,
                    "button",
                    "formkoll-button",
                    &render(lang, "hygiene_apply", 1, &[]),
                )?;
                button.set_attribute("type", "button")?;
                button.set_attribute(CLEAN_ATTR, q)?;
                button.set_attribute("aria-describedby", &described_by.join(" "))?;
                append(&li, &button)?;
                append(&list, &li)?;
            }
            append(&block, &list)?;
            append(&self.body, &block)?;
        }
        Ok(())
    }
}

/// `<ul>` of links (or plain items where a finding has no field).
/// A block of findings: a heading, an optional line under it, and the
/// findings as links to their fields (GOV.UK error summary).
fn findings_block(
    doc: &Document,
    class: &str,
    heading: &str,
    line: Option<&str>,
    findings: &[&(&Finding, Option<String>)],
) -> Dom<Element> {
    let block = element(doc, "div", class)?;
    append(&block, &element_with_text(doc, "h3", "", heading)?)?;
    if let Some(line) = line {
        append(&block, &element_with_text(doc, "p", "", line)?)?;
    }
    let items = findings
        .iter()
        .map(|(f, t)| (f.message.as_str(), t.as_deref()));
    append(&block, &link_list(doc, items)?)?;
    Ok(block)
}

fn link_list<'a>(
    doc: &Document,
    items: impl Iterator<Item = (&'a str, Option<&'a str>)>,
) -> Dom<Element> {
    let list = element(doc, "ul", "formkoll-summary__list")?;
    for (message, target) in items {
        let li = element(doc, "li", "")?;
        append(&li, &link_or_text(doc, message, target)?)?;
        append(&list, &li)?;
    }
    Ok(list)
}

/// `<a href="#id" data-formkoll-focus="id">message</a>`, or a `<span>`.
fn link_or_text(doc: &Document, message: &str, target: Option<&str>) -> Dom<Element> {
    match target {
        Some(id) => {
            let a = element_with_text(doc, "a", "formkoll-link", message)?;
            a.set_attribute("href", &concat("#", id))?;
            a.set_attribute(FOCUS_ATTR, id)?;
            Ok(a)
        }
        None => element_with_text(doc, "span", "", message),
    }
}
