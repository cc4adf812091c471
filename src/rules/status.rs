//! A question's status, from its own findings: what the form shows next to
//! it (docs/rules.md §3).

use crate::finding::{Finding, FindingCode, Severity};
use crate::result::QuestionStatus;

/// `missing` (no answer where one is required), `invalid` (another error),
/// `incomplete` (an instruction not followed), `ok` (answered), or `empty`.
pub(crate) fn of(findings: &[Finding], answered: bool, has_text: bool) -> QuestionStatus {
    let has = |code| findings.iter().any(|f: &Finding| f.code == code);
    if has(FindingCode::RequiredMissing) || has(FindingCode::ChoiceMissing) {
        QuestionStatus::Missing
    } else if findings.iter().any(|f| f.severity == Severity::Error) {
        QuestionStatus::Invalid
    } else if findings
        .iter()
        .any(|f| f.code.as_str().starts_with("instruction."))
    {
        QuestionStatus::Incomplete
    } else if answered || has_text {
        QuestionStatus::Ok
    } else {
        QuestionStatus::Empty
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_order_missing_invalid_incomplete_ok_empty() {
        let f = |code| Finding::new(code);
        let actors = FindingCode::instruction("actors").unwrap();
        assert_eq!(
            of(&[f(FindingCode::RequiredMissing), f(actors)], false, false),
            QuestionStatus::Missing
        );
        assert_eq!(
            of(&[f(FindingCode::ExplanationMissing)], true, false),
            QuestionStatus::Invalid
        );
        assert_eq!(of(&[f(actors)], true, true), QuestionStatus::Incomplete);
        assert_eq!(of(&[], true, true), QuestionStatus::Ok);
        assert_eq!(of(&[], false, false), QuestionStatus::Empty);
    }
}
