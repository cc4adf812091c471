//! A keystroke's totals come from running sums, not from re-reading the
//! report: they must still equal a whole `result()` — also when the report
//! holds answers to questions the template lacks, whose text a keystroke
//! elsewhere no longer re-counts (docs/performance.md).

use std::sync::Arc;

use formkoll::{Answer, Lang, Report, Session, Template};

fn session_with_stray_answers() -> Session {
    let json = std::fs::read_to_string("tests/fixtures/jamtland-2024.json").expect("fixture");
    let mut report = Report::from_json(&json).expect("report");
    report
        .answers
        .0
        .push(("9.9".to_string(), Answer::Text("ö".repeat(20_000))));
    report
        .answers
        .0
        .push(("x".to_string(), Answer::Text(String::new())));
    Session::new(Arc::new(Template::default_template()), report, Lang::Sv).expect("session")
}

#[test]
fn keystroke_totals_equal_the_whole_result_with_unknown_answers() {
    let mut session = session_with_stray_answers();
    let base = session
        .report()
        .answers
        .get("3.1")
        .map(|a| a.text().to_string())
        .unwrap_or_default();
    for (k, text) in [format!("{base}x"), String::new(), "kort".to_string(), base]
        .iter()
        .enumerate()
    {
        let update = session.set("3.1", text).expect("set");
        let whole = session.result();
        assert_eq!(update.counts, whole.counts, "keystroke {k}");
        assert_eq!(update.score, whole.score, "keystroke {k}");
        assert_eq!(update.valid, whole.valid, "keystroke {k}");
        let unknown = whole
            .findings
            .iter()
            .filter(|f| f.code.as_str() == "answer.unknown_question")
            .count();
        assert_eq!(unknown, 2, "both stray answers are still reported");
    }
}
