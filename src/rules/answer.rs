//! The answer rules: a required question needs text, a choice question needs
//! a choice among its options, and an option marked
//! [`Explanation::Required`] needs the follow-up text.
//!
//! "Text" means visible text: an answer of only spaces, zero-width
//! characters or other characters that show nothing is empty
//! ([`hygiene::has_visible`](crate::hygiene::has_visible)).

use crate::prelude::*;

use crate::finding::{Finding, FindingCode};
use crate::template::{Explanation, Question, QuestionKind};

/// The findings of the answer rules for `question`, and whether it counts as
/// answered (text for a text question, a choice for a choice question).
///
/// `new` makes a finding about this question (its id and section filled in).
///
/// ```ignore
/// let (answered, findings) = answer::check(question, Some("nej"), false, new);
/// // a "nej" that needs an explanation and has no text: explanation.missing
/// ```
pub(crate) fn check(
    question: &Question,
    choice: Option<&str>,
    has_text: bool,
    new: impl Fn(FindingCode) -> Finding,
) -> (bool, Vec<Finding>) {
    let mut findings = Vec::new();
    let with_choice = |code, c: &str| {
        let mut f = new(code);
        f.choice = Some(c.to_string());
        f
    };
    let answered = match question.kind {
        QuestionKind::Text => {
            if let Some(c) = choice {
                findings.push(with_choice(FindingCode::ChoiceUnknown, c));
            }
            if !has_text && !question.optional {
                findings.push(new(FindingCode::RequiredMissing));
            }
            has_text
        }
        QuestionKind::Choice => match choice {
            None => {
                if !question.optional || has_text {
                    findings.push(new(FindingCode::ChoiceMissing));
                }
                false
            }
            Some(c) => {
                match question.choices.iter().find(|o| o.id == c) {
                    None => findings.push(with_choice(FindingCode::ChoiceUnknown, c)),
                    Some(o) if o.explanation == Explanation::Required && !has_text => {
                        findings.push(with_choice(FindingCode::ExplanationMissing, c));
                    }
                    Some(_) => {}
                }
                true
            }
        },
    };
    (answered, findings)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Template;

    fn codes(id: &str, choice: Option<&str>, has_text: bool) -> (bool, Vec<String>) {
        let t = Template::default_template();
        let q = &t.data().questions[t.question_index(id).unwrap()];
        let (answered, findings) =
            check(q, choice, has_text, |c| Finding::new(c).with_question(id));
        (
            answered,
            findings
                .iter()
                .map(|f| f.code.as_str().to_string())
                .collect(),
        )
    }

    fn none() -> Vec<String> {
        Vec::new()
    }

    #[test]
    fn answer_required_text_and_optional_text() {
        assert_eq!(
            codes("2.1", None, false),
            (false, vec!["required.missing".to_string()])
        );
        assert_eq!(codes("2.1", None, true), (true, none()));
        // 2.7 is "Om möjligt": optional.
        assert_eq!(codes("2.7", None, false), (false, none()));
        assert_eq!(
            codes("2.1", Some("ja"), true),
            (true, vec!["choice.unknown".to_string()])
        );
    }

    #[test]
    fn answer_choice_missing_unknown_and_explanation() {
        assert_eq!(
            codes("5.1a", None, false),
            (false, vec!["choice.missing".to_string()])
        );
        assert_eq!(
            codes("5.1a", Some("kanske"), true),
            (true, vec!["choice.unknown".to_string()])
        );
        assert_eq!(
            codes("5.1a", Some("nej"), false),
            (true, vec!["explanation.missing".to_string()])
        );
        assert_eq!(codes("5.1a", Some("nej"), true), (true, none()));
    }
}
