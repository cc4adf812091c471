//! The second template, templates/lagesrapport-projekt.json (issue 24 item 4):
//! a form of another kind than 2024:99 — a per-question limit inside a
//! section limit, a Ja/Delvis/Nej choice, line breaks counted as 2 and
//! instruction checks of its own — judged by `formkoll check --template`.
//!
//! Expected counts are computed here from the fixture's text (characters plus
//! one more per line break), not copied from formkoll's output.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::process::Command;

use serde_json::{json, Value};

const TEMPLATE: &str = "templates/lagesrapport-projekt.json";
const FIXTURE: &str = "tests/fixtures/lagesrapport-projekt.json";

fn read_json(path: &str) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn temp_file(name: &str, value: &Value) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("formkoll-second-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, serde_json::to_vec_pretty(value).unwrap()).unwrap();
    path
}

/// `formkoll check REPORT --template TEMPLATE --format json`: (exit code, result).
fn check(report: &str, template: &str) -> (Option<i32>, Value) {
    let o = Command::new(env!("CARGO_BIN_EXE_formkoll"))
        .args(["check", report, "--template", template, "--format", "json"])
        .output()
        .expect("binary runs");
    let v = serde_json::from_slice(&o.stdout).unwrap_or_else(|e| {
        panic!("{e}: {}", String::from_utf8_lossy(&o.stderr));
    });
    (o.status.code(), v)
}

fn check_value(name: &str, report: &Value) -> Value {
    let path = temp_file(name, report);
    check(path.to_str().unwrap(), TEMPLATE).1
}

fn answer_text(answer: &Value) -> &str {
    answer
        .as_str()
        .or_else(|| answer["text"].as_str())
        .unwrap_or("")
}

/// The count under `line_break`: the fixture's text is precomposed Swedish
/// (one character = one grapheme), line breaks are single "\n".
fn expected_count(text: &str, line_break: usize) -> usize {
    assert!(
        !text.contains('\r') && text.chars().all(|c| !('\u{300}'..='\u{36f}').contains(&c)),
        "the fixture's text must stay precomposed with \\n line breaks for this count"
    );
    let breaks = text.matches('\n').count();
    text.chars().count() - breaks + breaks * line_break
}

fn limit<'a>(result: &'a Value, id: &str) -> &'a Value {
    result["limits"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["id"] == id)
        .unwrap_or_else(|| panic!("no limit {id}"))
}

fn findings(result: &Value) -> BTreeSet<(String, String)> {
    result["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["code"].as_str().unwrap().to_string(),
                f["question"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

fn has_code(result: &Value, code: &str) -> bool {
    findings(result).iter().any(|(c, _)| c == code)
}

fn set(pairs: &[(&str, &str)]) -> BTreeSet<(String, String)> {
    pairs
        .iter()
        .map(|(c, q)| (c.to_string(), q.to_string()))
        .collect()
}

#[test]
fn the_fixture_trips_the_per_question_limit_the_explanation_and_the_own_check() {
    let (code, r) = check(FIXTURE, TEMPLATE);
    assert_eq!(code, Some(1), "errors exit 1");
    assert_eq!(r["template"], "lagesrapport-projekt");
    assert_eq!(
        findings(&r),
        set(&[
            ("limit.exceeded", "A2"),
            ("instruction.indicators", "A2"),
            ("explanation.missing", "A3"),
        ])
    );
    assert_eq!(r["counts"], json!({"errors": 2, "warnings": 1, "info": 0}));
    // 5 + 2 + 5 points lost of 5 questions × 10.
    assert_eq!(r["score_breakdown"]["lost"], 12);
    assert_eq!(r["score_breakdown"]["possible"], 50);
    assert_eq!(r["score"], 76);
}

#[test]
fn the_per_question_limit_is_over_inside_a_section_limit_that_is_not() {
    let report = read_json(FIXTURE);
    let template = read_json(TEMPLATE);
    let rule = template["policy"]["line_break"].as_u64().unwrap() as usize;
    assert_eq!(rule, 2, "the template counts a line break as 2");
    let a = &report["answers"];
    let a2 = expected_count(answer_text(&a["A2"]), rule);
    let section_a: usize = ["A1", "A2", "A3"]
        .iter()
        .map(|q| expected_count(answer_text(&a[*q]), rule))
        .sum();

    let (_, r) = check(FIXTURE, TEMPLATE);
    let own = limit(&r, "question-A2");
    let max = own["max"].as_u64().unwrap() as usize;
    assert_eq!(own["questions"], json!(["A2"]));
    assert_eq!(own["count"], a2);
    assert_eq!(own["over_by"], a2 - max);
    assert_eq!(own["status"], "exceeded");
    let section = limit(&r, "section-A");
    assert_eq!(section["count"], section_a);
    assert!(section_a < section["max"].as_u64().unwrap() as usize);
    assert_eq!(section["status"], "ok");
    // A2 counts against both.
    let q = r["questions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["id"] == "A2")
        .unwrap();
    assert_eq!(q["limits"], json!(["section-A", "question-A2"]));
}

#[test]
fn line_breaks_count_as_two_and_the_count_differs_under_rule_one() {
    let report = read_json(FIXTURE);
    let text = answer_text(&report["answers"]["A2"]).to_string();
    let breaks = text.matches('\n').count();
    assert!(breaks > 0, "A2 of the fixture has paragraphs");

    let (_, two) = check(FIXTURE, TEMPLATE);
    assert_eq!(two["policy"]["line_break"], 2);
    assert_eq!(
        limit(&two, "question-A2")["count"],
        expected_count(&text, 2)
    );

    let mut template = read_json(TEMPLATE);
    template["policy"]["line_break"] = json!(1);
    let rule_one = temp_file("rule-one.json", &template);
    let (_, one) = check(FIXTURE, rule_one.to_str().unwrap());
    assert_eq!(
        limit(&one, "question-A2")["count"],
        expected_count(&text, 1)
    );
    assert_eq!(
        limit(&two, "question-A2")["count"].as_u64().unwrap()
            - limit(&one, "question-A2")["count"].as_u64().unwrap(),
        breaks as u64
    );
}

#[test]
fn the_three_way_choice_needs_an_explanation_for_delvis_and_nej_only() {
    let mut report = read_json(FIXTURE);
    for (choice, explained) in [("ja", false), ("delvis", true), ("nej", true)] {
        report["answers"]["A3"] = json!({"choice": choice, "text": ""});
        let r = check_value(&format!("choice-{choice}.json"), &report);
        let missing: Vec<&Value> = r["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["code"] == "explanation.missing")
            .collect();
        assert_eq!(missing.len(), usize::from(explained), "{choice}");
        if explained {
            assert_eq!(missing[0]["question"], "A3");
            assert_eq!(missing[0]["choice"], choice);
        }
    }
    // An explanation given satisfies "delvis".
    report["answers"]["A3"] = json!({"choice": "delvis", "text": "Upphandlingen av konsulter blev tre månader försenad."});
    assert!(!has_code(
        &check_value("delvis-explained.json", &report),
        "explanation.missing"
    ));
    // An option the template does not have.
    report["answers"]["A3"] = json!({"choice": "kanske", "text": ""});
    let r = check_value("choice-unknown.json", &report);
    assert_eq!(
        findings(&r)
            .iter()
            .filter(|(c, q)| c == "choice.unknown" && q == "A3")
            .count(),
        1
    );
}

#[test]
fn the_own_indicators_check_is_satisfied_by_a_word_of_its_vocabulary() {
    let template = read_json(TEMPLATE);
    let word = "indikatorer";
    let vocabulary = template["vocabularies"]["indicators"].as_array().unwrap();
    assert!(
        vocabulary.iter().any(|e| e == "indikator*"),
        "{vocabulary:?}"
    );

    let mut report = read_json(FIXTURE);
    let (_, before) = check(FIXTURE, TEMPLATE);
    let fired: Vec<&Value> = before["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "instruction.indicators")
        .collect();
    assert_eq!(fired.len(), 1);
    assert_eq!(fired[0]["instruction"], "A2-indicators");
    assert_eq!(
        fired[0]["message"],
        "Fråga A2: ange vilka indikatorer ni följer upp."
    );

    let a2 = report["answers"]["A2"].as_str().unwrap().to_string();
    report["answers"]["A2"] = json!(format!(
        "{a2} Vi följer två {word}: antal företag och andel nya kunder."
    ));
    let after = check_value("indicators-named.json", &report);
    assert!(!has_code(&after, "instruction.indicators"), "{after}");
    // Only that finding went: the limit and the explanation remain.
    assert_eq!(
        findings(&after),
        set(&[("limit.exceeded", "A2"), ("explanation.missing", "A3")])
    );
}

#[test]
fn the_own_dissemination_check_reads_its_named_vocabulary_over_the_section() {
    // `check` "dissemination" with `vocabulary` "spridning": the fixture's B1
    // says "spridits" and "webbinarium"; without those sentences it fires once,
    // for section B, with the scope placed by `%{scope}`.
    let (_, r) = check(FIXTURE, TEMPLATE);
    assert!(!has_code(&r, "instruction.dissemination"));

    let mut report = read_json(FIXTURE);
    let b1 = report["answers"]["B1"].as_str().unwrap();
    let cut = b1
        .find(" Resultaten har spridits")
        .expect("the fixture's dissemination sentence");
    report["answers"]["B1"] = json!(b1[..cut].to_string());
    let r = check_value("no-dissemination.json", &report);
    let fired: Vec<&Value> = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "instruction.dissemination")
        .collect();
    assert_eq!(fired.len(), 1, "{r}");
    assert_eq!(fired[0]["section"], "B");
    let message = fired[0]["message"].as_str().unwrap();
    assert!(
        message.starts_with("Avsnitt B: beskriv hur projektets resultat sprids ("),
        "{message}"
    );
    assert!(message.contains("B1–B2"), "{message}");
}

#[test]
fn the_template_has_an_english_title_and_answers_in_english() {
    let template = read_json(TEMPLATE);
    assert_eq!(
        template["title"]["en"],
        "Progress report for a regional development project"
    );
    let o = Command::new(env!("CARGO_BIN_EXE_formkoll"))
        .args([
            "check",
            FIXTURE,
            "--template",
            TEMPLATE,
            "--format",
            "json",
            "--lang",
            "en",
        ])
        .output()
        .unwrap();
    let r: Value = serde_json::from_slice(&o.stdout).unwrap();
    let messages: Vec<&str> = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["message"].as_str().unwrap())
        .collect();
    assert!(
        messages.contains(&"Question A2: name the indicators you follow up."),
        "{messages:?}"
    );
    assert!(
        messages
            .iter()
            .any(|m| m.contains("If partly, describe which parts are delayed and why.")),
        "{messages:?}"
    );
}
