//! docs/rules.md is what a portal owner trusts: it must name every code.

use formkoll::{points_lost, FindingCode};

const RULES: &str = include_str!("../docs/rules.md");

#[test]
fn docs_name_every_finding_code_and_its_points() {
    for &code in FindingCode::ALL {
        assert!(
            RULES.contains(&format!("`{}`", code.as_str())),
            "docs/rules.md does not name {}",
            code.as_str()
        );
    }
    // The points table must agree with the code.
    assert_eq!(points_lost(FindingCode::RequiredMissing), 10);
    assert!(RULES.contains("| `required.missing`, `choice.missing`, `choice.unknown` | 10"));
    assert_eq!(points_lost(FindingCode::LimitExceeded), 5);
    assert!(RULES.contains(
        "`limit.exceeded` (once per budget), `explanation.missing`, `answer.unknown_question` | 5"
    ));
    assert_eq!(points_lost(FindingCode::InstructionActors), 2);
    assert_eq!(points_lost(FindingCode::HygieneBom), 0);
}

#[test]
fn docs_name_every_error_code() {
    for code in [
        "template.invalid",
        "template.unknown",
        "report.invalid",
        "report.template_mismatch",
        "question.unknown",
        "question.not_choice",
    ] {
        assert!(RULES.contains(code), "docs/rules.md does not name {code}");
    }
}
