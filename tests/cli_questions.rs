//! `formkoll check REPORT --questions …`: the server's verdict for one step
//! of a multi-step form, the same as the library's `check_questions` (and so
//! as `scope: 'form'` in the browser, tests/e2e/scope-questions.spec.mjs).

use std::process::Output;

use formkoll::{check, check_questions, Lang, Report, Template};
use serde_json::Value;

const FIXTURE: &str = "tests/fixtures/jamtland-2024.json";

mod support;
use support::formkoll;

fn json_of(o: &Output) -> Value {
    serde_json::from_slice(&o.stdout).expect("one JSON object on stdout")
}

fn report() -> Report {
    Report::from_json(&std::fs::read_to_string(FIXTURE).unwrap()).unwrap()
}

/// The steps of www/steg.html hold sections 1–2, 3–4 and 5–6; any list of
/// ids works the same, these are the ones a portal would send.
const STEP: [&str; 4] = ["2.1", "2.2", "2.3", "2.4"];

#[test]
fn cli_questions_json_is_the_librarys_narrowed_result() {
    let o = formkoll(&[
        "check",
        FIXTURE,
        "--questions",
        &STEP.join(","),
        "--format",
        "json",
    ]);
    let got = json_of(&o);
    let want = check_questions(&Template::default_template(), &report(), Lang::Sv, &STEP).unwrap();
    let ids: Vec<&str> = got["questions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, STEP);
    assert_eq!(got["score"], want.score);
    assert_eq!(got["valid"], want.valid);
    assert_eq!(got["counts"]["errors"], want.counts.errors);
    assert_eq!(got["counts"]["warnings"], want.counts.warnings);
    let codes: Vec<(String, String)> = got["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["code"].as_str().unwrap().to_string(),
                f["message"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let want_codes: Vec<(String, String)> = want
        .findings
        .iter()
        .map(|f| (f.code.as_str().to_string(), f.message.clone()))
        .collect();
    assert_eq!(codes, want_codes);
    // Section 2 is over budget in the real report: the step shows it, and
    // the exit code says the step has errors.
    assert!(
        codes.iter().any(|(c, _)| c == "limit.exceeded"),
        "{codes:?}"
    );
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn cli_questions_narrows_what_the_whole_check_reports() {
    let whole = json_of(&formkoll(&["check", FIXTURE, "--format", "json"]));
    let step = json_of(&formkoll(&[
        "check",
        FIXTURE,
        "--questions",
        "1.1,1.2,1.3",
        "--format",
        "json",
    ]));
    let n = |v: &Value, k: &str| v[k].as_array().unwrap().len();
    assert!(n(&step, "findings") < n(&whole, "findings"));
    assert_eq!(n(&step, "questions"), 3);
    assert_eq!(n(&whole, "questions"), 31);
    // The step's findings are a subset of the whole report's.
    for f in step["findings"].as_array().unwrap() {
        assert!(whole["findings"].as_array().unwrap().contains(f), "{f}");
    }
    let full = check(&Template::default_template(), &report(), Lang::Sv).unwrap();
    assert_eq!(whole["score"], full.score);
}

#[test]
fn cli_questions_unknown_id_is_unusable_input_with_its_path() {
    let o = formkoll(&["check", FIXTURE, "--questions", "2.1,7.7"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(
        err.contains("question.unknown") && err.contains("questions[1]"),
        "{err}"
    );
    assert!(err.contains("\"7.7\""), "{err}");
    let o = formkoll(&["check", FIXTURE, FIXTURE, "--questions", "2.1"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn cli_questions_text_format_lists_only_the_step() {
    let o = formkoll(&["check", FIXTURE, "--questions", "6.1", "--lang", "en"]);
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(out.contains("6.1"), "{out}");
    assert!(!out.contains("2.1 "), "{out}");
}
