//! Adversarial inputs: each must give a correct result or a clear error with
//! a code and a JSON path — never a panic, a stack overflow or a changed text.
//!
//! Timings are printed (run with `--nocapture`) and recorded in
//! docs/reliability.md; they are not asserted, because a shared CI machine
//! is no stopwatch.

use std::sync::Arc;
use std::time::Instant;

use formkoll::{
    check, check_json, count_default, Error, ErrorCode, Lang, Report, Session, Template,
};
use unicode_segmentation::UnicodeSegmentation;

const TEMPLATE_ID: &str = "resultatredovisning-2024-99";

/// Runs `f` on a thread with a 1 MiB stack — the default stack of a
/// WebAssembly module — so that unbounded recursion would overflow here first.
fn on_small_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(1 << 20)
        .spawn(f)
        .unwrap()
        .join()
        .unwrap()
}

fn report_json(answers: &str) -> String {
    format!(r#"{{"template":"{TEMPLATE_ID}","answers":{{{answers}}}}}"#)
}

fn json_str(s: &str) -> String {
    serde_json::to_string(s).unwrap()
}

// ------------------------------------------------------------ size

#[test]
fn adversarial_ten_megabyte_answer_is_counted_whole() {
    let unit = "Kommunen och regionen samverkar i länet. a\u{30A}r 👩🏻\u{200D}🚀 11\u{A0}000 kr\r\n";
    let text = unit.repeat(10 * 1024 * 1024 / unit.len() + 1);
    assert!(text.len() >= 10 * 1024 * 1024);
    let expected = text.graphemes(true).count() as u64; // CRLF is one cluster, and counts 1
    let t = Template::default_template();
    let report = Report::new(
        TEMPLATE_ID,
        vec![("1.1".into(), formkoll::Answer::Text(text.clone()))],
    );

    let start = Instant::now();
    let r = check(&t, &report, Lang::Sv).unwrap();
    let native = start.elapsed();
    assert_eq!(r.questions[0].count, expected);
    let s1 = r.limits.iter().find(|l| l.id == "section-1").unwrap();
    assert_eq!(s1.count, expected);
    assert_eq!(s1.over_by, expected - 11_000);
    assert!(!r.valid);
    assert_eq!(
        report.answers.get("1.1").unwrap().text(),
        text,
        "the text is whole"
    );

    let json = report_json(&format!(r#""1.1":{}"#, json_str(&text)));
    let start = Instant::now();
    let via_json = check_json(&t, &json, Lang::Sv).unwrap();
    let parsed = start.elapsed();
    assert_eq!(via_json, r);
    eprintln!(
        "10 MB answer ({} bytes, {expected} characters): check {native:?}, parse+check {parsed:?}",
        text.len()
    );
}

/// A template of 10 000 questions in 100 sections, each section with a
/// shared budget and a range-wide instruction.
fn big_template(sections: usize, per_section: usize) -> String {
    let mut s = Vec::new();
    let mut q = Vec::new();
    let mut l = Vec::new();
    let mut i = Vec::new();
    for sec in 0..sections {
        s.push(format!(r#"{{"id":"s{sec}","title":"Avsnitt {sec}"}}"#));
        let ids: Vec<String> = (0..per_section).map(|n| format!("\"{sec}.{n}\"")).collect();
        for n in 0..per_section {
            q.push(format!(
                r#"{{"id":"{sec}.{n}","section":"s{sec}","text":"Fråga {sec}.{n}","kind":"text"}}"#
            ));
        }
        l.push(format!(
            r#"{{"id":"l{sec}","section":"s{sec}","max":1000,"questions":[{}]}}"#,
            ids.join(",")
        ));
        i.push(format!(
            r#"{{"id":"i{sec}","check":"actors","mode":"any","questions":[{}],"message":"ange vilka aktörer ni har samverkat med"}}"#,
            ids.join(",")
        ));
    }
    format!(
        r#"{{"format":"formkoll-template/1","id":"big","title":"Stor","vocabularies":{{"actors":["kommun"]}},"sections":[{}],"questions":[{}],"limits":[{}],"instructions":[{}]}}"#,
        s.join(","),
        q.join(","),
        l.join(","),
        i.join(",")
    )
}

#[test]
fn adversarial_ten_thousand_questions() {
    let json = big_template(100, 100);
    let start = Instant::now();
    let t = Arc::new(Template::from_json(&json).unwrap());
    let load = start.elapsed();
    assert_eq!(t.data().questions.len(), 10_000);
    let answers = t
        .data()
        .questions
        .iter()
        .map(|q| (q.id.clone(), formkoll::Answer::Text("Tolv tecken.".into())))
        .collect();
    let report = Report::new("big", answers);
    let start = Instant::now();
    let r = check(&t, &report, Lang::Sv).unwrap();
    let checked = start.elapsed();
    assert_eq!(r.questions.len(), 10_000);
    assert!(
        r.limits
            .iter()
            .all(|l| l.count == 1_200 && l.over_by == 200),
        "100 answers of 12 characters per budget"
    );
    assert_eq!(
        r.findings
            .iter()
            .filter(|f| f.code.as_str() == "instruction.actors")
            .count(),
        100
    );
    let mut s = Session::new(Arc::clone(&t), report, Lang::Sv).unwrap();
    let start = Instant::now();
    let u = s.set("99.99", "Kommunen").unwrap();
    let edit = start.elapsed();
    assert_eq!(u.limits[0].count, 1_196);
    assert_eq!(s.result(), check(&t, s.report(), Lang::Sv).unwrap());
    eprintln!("10 000 questions: load {load:?}, check {checked:?}, one edit {edit:?}");
}

// ------------------------------------------------------------ nesting

fn nested(depth: usize) -> String {
    format!("{}{}", "[".repeat(depth), "]".repeat(depth))
}

fn nested_objects(depth: usize) -> String {
    format!("{}1{}", r#"{"a":"#.repeat(depth), "}".repeat(depth))
}

#[test]
fn adversarial_deep_nesting_in_a_report_is_an_error_not_a_stack_overflow() {
    for (field, value) in [
        ("region", nested(100_000)),
        ("region", nested_objects(100_000)),
        ("answers", nested(100_000)),
    ] {
        let json = format!(r#"{{"template":"{TEMPLATE_ID}","{field}":{value},"answers":{{}}}}"#);
        let e = on_small_stack(move || Report::from_json(&json).unwrap_err());
        assert_eq!(e.code(), ErrorCode::ReportInvalid);
        assert!(
            e.path().starts_with(field),
            "path {:?} names {field}",
            e.path()
        );
        assert!(!e.reason().is_empty());
    }
    let json = report_json(&format!(r#""1.1":{}"#, nested(100_000)));
    let e = on_small_stack(move || {
        check_json(&Template::default_template(), &json, Lang::Sv).unwrap_err()
    });
    assert_eq!(
        (e.code(), e.path()),
        (ErrorCode::ReportInvalid, "answers.1.1")
    );
}

#[test]
fn adversarial_deep_nesting_in_a_template_is_an_error_not_a_stack_overflow() {
    let base = Template::embedded_source(TEMPLATE_ID).unwrap();
    for (from, to, path) in [
        (
            r#""version": "2024""#,
            format!(r#""version": {}"#, nested(100_000)),
            "version",
        ),
        (
            r#""id": "1",
      "title""#,
            format!(
                r#""id": "1",
      "title": {}, "x""#,
                nested(100_000)
            ),
            "sections[0].title",
        ),
        (
            r#""near_threshold_percent": 90"#,
            format!(r#""near_threshold_percent": {}"#, nested_objects(100_000)),
            "near_threshold_percent",
        ),
    ] {
        assert!(base.contains(from), "fixture anchor {from:?}");
        let json = base.replacen(from, &to, 1);
        let e = on_small_stack(move || Template::from_json(&json).unwrap_err());
        assert_eq!(e.code(), ErrorCode::TemplateInvalid);
        assert!(
            e.path().starts_with(path),
            "path {:?} names {path}",
            e.path()
        );
    }
}

// ------------------------------------------------------------ characters

/// Every C0 and C1 control character, and DEL, in an answer: counted as one
/// character each (a CR or LF is a line break, also 1), flagged as hygiene
/// damage except tab/LF/CR, and kept in the report byte for byte.
#[test]
fn adversarial_every_control_character() {
    let t = Template::default_template();
    for c in (0u32..0x20).chain(0x7F..0xA0).filter_map(char::from_u32) {
        let text = format!("a{c}b");
        let json = report_json(&format!(r#""1.1":{}"#, json_str(&text)));
        let report = Report::from_json(&json).unwrap();
        assert_eq!(report.to_json(), json, "U+{:04X} round-trips", c as u32);
        let r = check(&t, &report, Lang::Sv).unwrap();
        assert_eq!(r.questions[0].count, 3, "U+{:04X} counts 1", c as u32);
        let flagged = r
            .findings
            .iter()
            .any(|f| f.code.as_str() == "hygiene.control");
        assert_eq!(
            flagged,
            !matches!(c, '\t' | '\n' | '\r'),
            "U+{:04X}",
            c as u32
        );
        // A control character written raw inside a JSON string is not JSON.
        let raw = report_json(&format!("\"1.1\":\"a{c}b\""));
        if c != '\u{7F}' && (c as u32) < 0x20 {
            let e = Report::from_json(&raw).unwrap_err();
            assert_eq!(
                (e.code(), e.path()),
                (ErrorCode::ReportInvalid, "answers.1.1"),
                "raw U+{:04X}: {e}",
                c as u32
            );
            assert!(e.reason().contains("control character"), "{e}");
        } else {
            assert_eq!(
                Report::from_json(&raw)
                    .unwrap()
                    .answers
                    .get("1.1")
                    .unwrap()
                    .text(),
                text
            );
        }
    }
}

/// Lone surrogates cannot be a Rust string. JavaScript strings can hold
/// them and `JSON.stringify` writes them as escapes; the core reads such an
/// escape as U+FFFD, as wasm-bindgen does for string arguments, so a file
/// and a JS object get the same verdict. A valid escaped pair stays one
/// character.
#[test]
fn adversarial_lone_surrogates_become_replacement_characters() {
    for (escape, want) in [
        (r"\ud800", "\u{FFFD}"),
        (r"\udfff", "\u{FFFD}"),
        (r"a\ud83d", "a\u{FFFD}"),
        (r"\ude00x", "\u{FFFD}x"),
    ] {
        let json = report_json(&format!("\"1.1\":\"{escape}\""));
        let r = Report::from_json(&json).unwrap();
        assert_eq!(r.answers.get("1.1").unwrap().text(), want, "{escape}");
    }
    let json = report_json(r#""1.1":"\ud83d\ude00""#);
    let r = check_json(&Template::default_template(), &json, Lang::Sv).unwrap();
    assert_eq!(r.questions[0].count, 1);
    assert_eq!(count_default("😀"), 1);
}

// ------------------------------------------------------------ shapes

fn report_error(json: &str) -> Error {
    Report::from_json(json).unwrap_err()
}

/// Wrong types and unknown fields in a report: (json, path, word in the reason).
const BAD_REPORTS: &[(&str, &str, &str)] = &[
    (r#"[]"#, "", "report object"),
    (r#""report""#, "", "report object"),
    (r#"{"template":"x"}"#, "", "answers"),
    (r#"{"answers":[]}"#, "answers", "object"),
    (r#"{"answers":null}"#, "answers", "object"),
    (r#"{"template":7,"answers":{}}"#, "template", "string"),
    (r#"{"answers":{"1.1":3}}"#, "answers.1.1", "string"),
    (r#"{"answers":{"1.1":null}}"#, "answers.1.1", "string"),
    (r#"{"answers":{"1.1":["a"]}}"#, "answers.1.1", "string"),
    (
        r#"{"answers":{"5.1a":{"choise":"ja"}}}"#,
        "answers.5.1a.choise",
        "choise",
    ),
    (
        r#"{"answers":{"5.1a":{"choice":1}}}"#,
        "answers.5.1a.choice",
        "string",
    ),
    (
        r#"{"answers":{"5.1a":{"choice":"ja","text":null}}}"#,
        "answers.5.1a.text",
        "string",
    ),
    (
        r#"{"answers":{"5.1a":{"choice":"ja","choice":"nej"}}}"#,
        "answers.5.1a.choice",
        "duplicate",
    ),
    (
        r#"{"answers":{"1.1":"a","1.1":"b"}}"#,
        "answers.1.1",
        "twice",
    ),
    (r#"{"answers":{},"answers":{}}"#, "answers", "duplicate"),
    (r#"{"answers":{}} trailing"#, "", "JSON"),
    (r#"{"answers":{"#, "answers", "JSON"),
];

#[test]
fn adversarial_wrong_types_and_unknown_fields_in_reports() {
    for &(json, path, word) in BAD_REPORTS {
        let e = report_error(json);
        assert_eq!(e.code(), ErrorCode::ReportInvalid, "{json}");
        assert_eq!(e.path(), path, "{json}: {e}");
        assert!(
            e.reason().contains(word),
            "{json}: reason {:?} should mention {word:?}",
            e.reason()
        );
    }
    // Unknown top-level fields are the portal's own data: kept, in order, untouched.
    let json = r#"{"år":2024,"template":"resultatredovisning-2024-99","meta":{"b":[1,{"c":null}],"a":"\u00e5"},"answers":{}}"#;
    let r = Report::from_json(json).unwrap();
    assert_eq!(Report::from_json(&r.to_json()).unwrap(), r);
    assert!(r.to_json().starts_with(r#"{"år":2024,"template""#));
}

#[test]
fn adversarial_session_errors_have_codes_and_paths() {
    let t = Arc::new(Template::default_template());
    let mut s = Session::new(Arc::clone(&t), Report::new(TEMPLATE_ID, vec![]), Lang::Sv).unwrap();
    let e = s.set("<script>", "x").unwrap_err();
    assert_eq!(
        (e.code().as_str(), e.path()),
        ("question.unknown", "<script>")
    );
    let e = s.choose("1.1", Some("ja")).unwrap_err();
    assert_eq!(
        (e.code().as_str(), e.path()),
        ("question.not_choice", "1.1")
    );
    let e = Session::new(t, Report::new("annan-mall", vec![]), Lang::Sv).unwrap_err();
    assert_eq!(
        (e.code().as_str(), e.path()),
        ("report.template_mismatch", "template")
    );
}

/// The corpus of malformed templates in tests/fixtures/bad-templates: each
/// file is an error `template.invalid` at the path its row in expected.tsv
/// names, with a reason containing the row's word. Every file has a row.
#[test]
fn adversarial_bad_template_corpus() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/bad-templates");
    let table = std::fs::read_to_string(format!("{dir}/expected.tsv")).unwrap();
    let rows: Vec<(&str, &str, &str)> = table
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let mut cols = l.split('\t');
            (
                cols.next().unwrap(),
                cols.next().unwrap_or(""),
                cols.next().unwrap_or(""),
            )
        })
        .collect();
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".json"))
        .collect();
    files.sort();
    let listed: Vec<&str> = rows.iter().map(|r| r.0).collect();
    assert_eq!(files, listed, "every file has a row and every row a file");
    assert!(rows.len() >= 15);
    for (file, path, word) in rows {
        let json = std::fs::read_to_string(format!("{dir}/{file}")).unwrap();
        let e = on_small_stack(move || Template::from_json(&json).unwrap_err());
        assert_eq!(e.code(), ErrorCode::TemplateInvalid, "{file}");
        match path.strip_suffix('…') {
            Some(prefix) => assert!(e.path().starts_with(prefix), "{file}: {e}"),
            None => assert_eq!(e.path(), path, "{file}: {e}"),
        }
        assert!(
            e.reason().contains(word),
            "{file}: reason {:?} should mention {word:?}",
            e.reason()
        );
    }
}

/// A budget of 2^63 or more characters is a valid `u64`; the signed
/// `remaining` must not overflow (it saturates) when an answer counts against it.
#[test]
fn adversarial_huge_budget_does_not_overflow() {
    for max in [i64::MAX as u64, i64::MAX as u64 + 1, u64::MAX] {
        let json = format!(
            r#"{{"format":"formkoll-template/1","id":"t","title":"T","sections":[{{"id":"1","title":"S"}}],
            "questions":[{{"id":"1.1","section":"1","text":"Q","kind":"text"}}],
            "limits":[{{"id":"l","max":{max},"questions":["1.1"]}}]}}"#
        );
        let t = Arc::new(Template::from_json(&json).unwrap());
        let mut s = Session::new(Arc::clone(&t), Report::new("t", vec![]), Lang::Sv).unwrap();
        let u = s.set("1.1", "fem t").unwrap();
        assert_eq!(u.limits[0].count, 5);
        let want = i64::try_from(max).unwrap_or(i64::MAX).saturating_sub(5);
        assert_eq!(u.limits[0].remaining, want, "max {max}");
        assert_eq!(s.result(), check(&t, s.report(), Lang::Sv).unwrap());
    }
}
