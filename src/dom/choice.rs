//! The conditional follow-up of a choice question (5.1a–d): after a choice,
//! say whether its text is required, show the option's prompt, and show the
//! error ("du har svarat Nej. Om nej, beskriv varför …") with
//! `aria-invalid` exactly while it applies.

use web_sys::{Document, Element};

use crate::{render, Explanation, Finding, FindingCode, Lang, Question, QuestionResult};

use super::elements::{make, set_hidden, Dom, Ids, TextSlot};

/// The follow-up UI of one choice question.
#[derive(Debug)]
pub(crate) struct ChoiceUi {
    status: TextSlot,
    error: TextSlot,
    /// True while the error is shown (the textarea is `aria-invalid`).
    invalid: bool,
}

impl ChoiceUi {
    /// Creates the status line and the (hidden) error message.
    pub(crate) fn new(doc: &Document, ids: &mut Ids) -> Dom<ChoiceUi> {
        let status_id = ids.make("choice-status");
        let status = make(
            doc,
            None,
            "p",
            "formkoll-choice-status",
            &[("id", &status_id), ("hidden", "")],
            "",
        )?;
        let error_id = ids.make("error");
        let error = make(
            doc,
            None,
            "p",
            "formkoll-error-message",
            &[("id", &error_id), ("hidden", "")],
            "",
        )?;
        Ok(ChoiceUi {
            status: TextSlot::new(status),
            error: TextSlot::new(error),
            invalid: false,
        })
    }

    /// The status line (to insert before the follow-up textarea).
    pub(crate) fn status_el(&self) -> &Element {
        self.status.el()
    }

    /// The error message (to insert before the follow-up textarea).
    pub(crate) fn error_el(&self) -> &Element {
        self.error.el()
    }

    /// Returns true if and only if the error is shown.
    pub(crate) fn is_invalid(&self) -> bool {
        self.invalid
    }

    /// Follows the question's state. Returns true if and only if the error
    /// appeared or disappeared (so `aria-describedby` must change).
    pub(crate) fn show(
        &mut self,
        question: &Question,
        state: &QuestionResult,
        findings: &[Finding],
        lang: Lang,
    ) -> Dom<bool> {
        match state.explanation {
            None => set_hidden(self.status.el(), true)?,
            Some(need) => {
                let key = match need {
                    Explanation::Required => "explanation_required",
                    Explanation::Optional => "explanation_optional",
                    Explanation::None => "explanation_not_required",
                };
                let mut text = render(lang, key, 1, &[]);
                let prompt = state
                    .choice
                    .as_deref()
                    .and_then(|c| question.choices.iter().find(|o| o.id == c))
                    .and_then(|o| o.prompt.as_ref());
                if let (Some(p), true) = (prompt, need != Explanation::None) {
                    text.push(' ');
                    text.push_str(p.get(lang));
                }
                self.status.set(&text);
                set_hidden(self.status.el(), false)?;
            }
        }
        // Only the errors a choice causes are shown at the field: an empty
        // required answer is listed in the summary, not flagged before the
        // person has even started.
        let error = findings.iter().find(|f| {
            f.question.as_deref() == Some(question.id.as_str())
                && matches!(
                    f.code,
                    FindingCode::ExplanationMissing | FindingCode::ChoiceUnknown
                )
        });
        let invalid = error.is_some();
        if let Some(f) = error {
            let mut text = render(lang, "severity.error", 1, &[]);
            text.push_str(": ");
            text.push_str(&f.message);
            self.error.set(&text);
        }
        let changed = invalid != self.invalid;
        if changed {
            self.invalid = invalid;
            set_hidden(self.error.el(), !invalid)?;
        }
        Ok(changed)
    }
}
