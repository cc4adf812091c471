//! An answer with no visible character is as good as empty: it gets
//! `required.missing` / `explanation.missing`, and its hygiene warning, while
//! its count stays what it is (docs/rules.md, "What is checked").

use formkoll::{check_json, CheckResult, Lang, Template};

fn run(answers: &str) -> CheckResult {
    let json = format!(r#"{{"answers":{answers}}}"#);
    check_json(&Template::default_template(), &json, Lang::Sv).unwrap()
}

fn codes(r: &CheckResult, q: &str) -> Vec<&'static str> {
    r.findings
        .iter()
        .filter(|f| f.question.as_deref() == Some(q))
        .map(|f| f.code.as_str())
        .collect()
}

fn count(r: &CheckResult, q: &str) -> u64 {
    r.questions.iter().find(|x| x.id == q).unwrap().count
}

#[test]
fn invisible_text_answers_are_missing_with_their_hygiene_warning() {
    for (text, hygiene, n) in [
        (r#""\u200b\u200b""#, Some("hygiene.zero_width"), 2),
        (r#""\ufeff""#, Some("hygiene.bom"), 1),
        (r#""\u00ad\u00ad\u00ad""#, Some("hygiene.soft_hyphen"), 3),
        (r#""\u0007""#, Some("hygiene.control"), 1),
        (r#"" \u00a0\t""#, None, 3),
    ] {
        let r = run(&format!(r#"{{"6.1": {text}}}"#));
        let c = codes(&r, "6.1");
        assert!(c.contains(&"required.missing"), "{text}: {c:?}");
        assert!(hygiene.map_or(true, |h| c.contains(&h)), "{text}: {c:?}");
        // No instruction check runs on an answer that says nothing.
        assert!(
            !c.iter().any(|c| c.starts_with("instruction.")),
            "{text}: {c:?}"
        );
        assert_eq!(count(&r, "6.1"), n, "{text}");
        assert_eq!(
            r.limits
                .iter()
                .find(|l| l.section.as_deref() == Some("6"))
                .unwrap()
                .count,
            n
        );
    }
    // One visible character is an answer.
    let r = run(r#"{"6.1": "\u200bx"}"#);
    assert!(!codes(&r, "6.1").contains(&"required.missing"));
}

#[test]
fn invisible_explanation_is_missing() {
    let r = run(r#"{"5.1a": {"choice": "nej", "text": "\u200b\ufeff"}}"#);
    let c = codes(&r, "5.1a");
    assert!(c.contains(&"explanation.missing"), "{c:?}");
    assert!(
        c.contains(&"hygiene.zero_width") && c.contains(&"hygiene.bom"),
        "{c:?}"
    );
    assert_eq!(count(&r, "5.1a"), 2);
    let r = run(r#"{"5.1a": {"choice": "nej", "text": "Därför."}}"#);
    assert!(!codes(&r, "5.1a").contains(&"explanation.missing"));
}
