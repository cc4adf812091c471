//! Bounded work on hostile reports (issue 22): a report may hold at most
//! `Template::max_answers()` answers (10 × the questions, at least 1 000),
//! refused while reading; answers to unknown questions beyond the first 50
//! make one finding; keys chosen to collide in the answer set's hash do not
//! make reading quadratic (the probe count is asserted in src/strset.rs).
//!
//! Timings are printed (`--nocapture`), not asserted; docs/reliability.md
//! has the figures measured natively with `/usr/bin/time -v`.

use std::sync::Arc;
use std::time::Instant;

use formkoll::{check, check_json, ErrorCode, Lang, Report, Session, Template};

fn answers_json(keys: impl Iterator<Item = String>) -> String {
    let body: Vec<String> = keys.map(|k| format!("\"{k}\":\"x\"")).collect();
    format!("{{\"answers\":{{{}}}}}", body.join(","))
}

#[test]
fn bounded_200_000_answers_are_refused_at_answers_with_the_count() {
    let t = Template::default_template();
    let json = answers_json((0..200_000).map(|i| format!("k{i}")));
    let start = Instant::now();
    let e = Report::from_json_for(&json, &t).unwrap_err();
    println!(
        "200 000 keys, {} bytes: refused in {:?}",
        json.len(),
        start.elapsed()
    );
    assert_eq!((e.code(), e.path()), (ErrorCode::ReportInvalid, "answers"));
    assert_eq!(
        e.reason(),
        "the report has 200000 answers; a report for this template may have at most 1000 (10 × its questions, at least 1 000)"
    );
    // check_json reads with the limit; a report read without it is refused
    // by check (a Session) before any work per answer.
    assert_eq!(check_json(&t, &json, Lang::Sv).unwrap_err(), e);
    let read = Report::from_json(&json).unwrap();
    assert_eq!(check(&t, &read, Lang::Sv).unwrap_err(), e);
    assert_eq!(
        Session::new(Arc::new(t.clone()), read, Lang::En).unwrap_err(),
        e
    );
    // A syntax error after the limit is still found: the rest is read, not kept.
    let broken = json.replace("\"k199999\":\"x\"", "\"k199999\":x");
    let e = Report::from_json_for(&broken, &t).unwrap_err();
    assert!(e.reason().starts_with("not valid JSON"), "{e}");
}

#[test]
fn bounded_limit_is_ten_times_the_questions_at_least_1000() {
    let t = Template::default_template();
    assert_eq!(t.data().questions.len(), 31);
    assert_eq!(t.max_answers(), 1000);
    let ok = answers_json((0..1000).map(|i| format!("k{i}")));
    assert!(Report::from_json_for(&ok, &t).is_ok());
    let over = answers_json((0..1001).map(|i| format!("k{i}")));
    let e = Report::from_json_for(&over, &t).unwrap_err();
    assert!(e.reason().contains("1001 answers"), "{e}");

    // 150 questions: 1 500.
    let questions: Vec<String> = (0..150)
        .map(|i| format!(r#"{{"id":"q{i}","section":"1","text":"Q","kind":"text"}}"#))
        .collect();
    let big = Template::from_json(&format!(
        r#"{{"format":"formkoll-template/1","id":"big","title":"T","sections":[{{"id":"1","title":"S"}}],"questions":[{}]}}"#,
        questions.join(",")
    ))
    .unwrap();
    assert_eq!(big.max_answers(), 1500);
    assert!(Report::from_json_for(&answers_json((0..1500).map(|i| format!("k{i}"))), &big).is_ok());
    let e =
        Report::from_json_for(&answers_json((0..1501).map(|i| format!("k{i}"))), &big).unwrap_err();
    assert!(e.reason().contains("1501 answers") && e.reason().contains("at most 1500"));
}

#[test]
fn bounded_unknown_questions_beyond_50_are_one_finding() {
    let t = Arc::new(Template::default_template());
    let mut keys: Vec<String> = vec!["1.1".into()];
    keys.extend((0..60).map(|i| format!("x{i}")));
    let report = Report::from_json(&answers_json(keys.into_iter())).unwrap();
    for (lang, words) in [
        (Lang::Sv, "ytterligare 10 frågor"),
        (Lang::En, "10 more questions"),
    ] {
        let r = check(&t, &report, lang).unwrap();
        let unknown: Vec<_> = r
            .findings
            .iter()
            .filter(|f| f.code.as_str() == "answer.unknown_question")
            .collect();
        assert_eq!(unknown.len(), 50);
        assert_eq!(unknown[0].question.as_deref(), Some("x0"));
        assert_eq!(unknown[49].question.as_deref(), Some("x49"));
        let more: Vec<_> = r
            .findings
            .iter()
            .filter(|f| f.code.as_str() == "answer.unknown_more")
            .collect();
        assert_eq!(more.len(), 1);
        assert_eq!(more[0].occurrences, Some(10));
        assert!(more[0].message.contains(words), "{}", more[0].message);
        let errors = r.findings.iter().filter(|f| f.is_error()).count() as u64;
        assert_eq!(r.counts.errors, errors);
        // A session's running totals agree with its full result.
        let mut s = Session::new(Arc::clone(&t), report.clone(), lang).unwrap();
        let u = s.set("1.1", "Kommunen").unwrap();
        let full = s.result();
        assert_eq!((u.counts, u.score), (full.counts, full.score));
    }
    // Exactly 50: no summary.
    let fifty = Report::from_json(&answers_json((0..50).map(|i| format!("x{i}")))).unwrap();
    let r = check(&t, &fifty, Lang::Sv).unwrap();
    assert!(r
        .findings
        .iter()
        .all(|f| f.code.as_str() != "answer.unknown_more"));
}

/// FNV-1a as src/strset.rs folds it: the keys are chosen against it.
fn strset_hash(key: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in key.as_bytes() {
        h = (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
    }
    h ^ (h >> 29)
}

#[test]
fn bounded_colliding_keys_are_read_and_refused() {
    // 1 000 answer keys on one slot of a 4 096-slot table (the table 1 000
    // keys need, at most half full) and of every smaller one.
    let keys: Vec<String> = (0u64..)
        .map(|i| format!("{i:x}"))
        .filter(|k| strset_hash(k) & 4095 == 0)
        .take(1000)
        .collect();
    let t = Template::default_template();
    let json = answers_json(keys.iter().cloned());
    let start = Instant::now();
    let r = check_json(&t, &json, Lang::Sv).unwrap();
    println!("1 000 colliding keys checked in {:?}", start.elapsed());
    assert_eq!(
        r.findings
            .iter()
            .filter(|f| f.code.as_str() == "answer.unknown_more")
            .count(),
        1
    );
    // As other fields of a report (no limit on those), and answered twice.
    let fields: Vec<String> = keys.iter().map(|k| format!("\"{k}\":1")).collect();
    let json = format!("{{{},\"answers\":{{}}}}", fields.join(","));
    let report = Report::from_json(&json).unwrap();
    assert_eq!(report.extra.len(), 1000);
    let twice = json.replacen("\"answers\"", &format!("\"{}\"", keys[999]), 1);
    let e = Report::from_json(&twice).unwrap_err();
    assert_eq!(e.path(), keys[999]);
}
