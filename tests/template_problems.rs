//! `Template::problems`: every problem of a template, not only the first
//! (issue 24, item 3 — `formkoll template check` is built on it).

use formkoll::{ErrorCode, Template};

/// (path, reason) of each problem.
fn problems(json: &str) -> Vec<(String, String)> {
    Template::problems(json)
        .into_iter()
        .map(|e| {
            assert_eq!(e.code(), ErrorCode::TemplateInvalid, "{e}");
            (e.path().to_string(), e.reason().to_string())
        })
        .collect()
}

fn paths(json: &str) -> Vec<String> {
    problems(json).into_iter().map(|p| p.0).collect()
}

/// A small consistent template, to break in several places at once.
const GOOD: &str = r#"{
  "format": "formkoll-template/1",
  "id": "t",
  "title": "T",
  "vocabularies": {"actors": ["kommun"], "goals": ["*mål"]},
  "sections": [{"id": "1", "title": "S"}, {"id": "2", "title": "S2"}],
  "questions": [
    {"id": "1.1", "section": "1", "text": "Q", "kind": "text"},
    {"id": "1.2", "section": "1", "text": "Q", "kind": "text"},
    {"id": "2.1", "section": "2", "text": "Q", "kind": "choice", "choices": [{"id": "ja", "label": "Ja"}]}
  ],
  "limits": [
    {"id": "s1", "section": "1", "max": 100, "questions": ["1.1", "1.2"]},
    {"id": "s2", "section": "2", "max": 100, "questions": ["2.1"]}
  ],
  "instructions": [
    {"id": "i1", "check": "actors", "mode": "each", "questions": ["1.1"], "message": "ange aktörer"},
    {"id": "i2", "check": "goals", "mode": "any", "questions": ["1.2", "2.1"], "message": "ange mål"}
  ]
}"#;

fn broken(edits: &[(&str, &str)]) -> String {
    let mut json = GOOD.to_string();
    for (from, to) in edits {
        assert!(json.contains(from), "{from}");
        json = json.replacen(from, to, 1);
    }
    json
}

#[test]
fn template_problems_good_template_has_none() {
    assert_eq!(problems(GOOD), []);
    assert!(Template::from_json(GOOD).is_ok());
    let default = Template::embedded_source("resultatredovisning-2024-99").unwrap();
    assert_eq!(problems(default), []);
}

#[test]
fn template_problems_three_independent_mistakes() {
    let json = broken(&[
        // A reading problem in an item (the question is skipped) ...
        (r#""kind": "text"}"#, r#""kind": "multi"}"#),
        // ... a reading problem in a later item of another list ...
        (
            r#""max": 100, "questions": ["2.1"]"#,
            r#""max": -1, "questions": ["2.1"]"#,
        ),
        // ... and a consistency rule broken by an item that was read.
        (r#""check": "goals""#, r#""check": "Goals""#),
    ]);
    assert_eq!(
        paths(&json),
        [
            "questions[0].kind",
            "limits[1].max",
            "instructions[1].check"
        ]
    );
    // from_json gives the first of them.
    let first = Template::from_json(&json).unwrap_err();
    assert_eq!(first, Template::problems(&json)[0]);
}

#[test]
fn template_problems_no_follow_on_from_a_broken_item() {
    // Question 1.1 cannot be read: the limit and the instruction naming it
    // are not wrong because of it; the file's numbering stays in the paths.
    let json = broken(&[
        (
            r#""id": "1.1", "section": "1", "text": "Q""#,
            r#""id": "1.1", "section": "1", "text": 7"#,
        ),
        (
            r#""section": "2", "text": "Q""#,
            r#""section": "3", "text": "Q""#,
        ),
    ]);
    assert_eq!(paths(&json), ["questions[0].text", "questions[2].section"]);
    // A section that cannot be read: its questions and limit are not reported.
    let json = broken(&[(
        r#"{"id": "2", "title": "S2"}"#,
        r#"{"id": "2", "titel": "S2"}"#,
    )]);
    assert_eq!(paths(&json), ["sections[1].titel"]);
    // A vocabulary that cannot be read: the instruction using it is not reported.
    let json = broken(&[(r#""goals": ["*mål"]"#, r#""goals": "mål""#)]);
    assert_eq!(paths(&json), ["vocabularies.goals"]);
    // A list that is not a list: one problem, nothing about what refers to it.
    let json = broken(&[(
        r#""sections": [{"id": "1", "title": "S"}, {"id": "2", "title": "S2"}]"#,
        r#""sections": {}"#,
    )]);
    assert_eq!(paths(&json), ["sections"]);
    // A missing field is one problem, and its own rules are not checked.
    let json = broken(&[(r#""format": "formkoll-template/1","#, "")]);
    assert_eq!(
        problems(&json),
        [(String::new(), "missing field `format`".to_string())]
    );
}

#[test]
fn template_problems_top_level_fields_each_on_their_own() {
    let json = broken(&[
        (r#""id": "t""#, r#""id": "t", "titel": "typo""#),
        (r#""title": "T""#, r#""title": 5"#),
        (
            r#""format": "formkoll-template/1""#,
            r#""format": "formkoll-template/2""#,
        ),
    ]);
    assert_eq!(paths(&json), ["titel", "title", "format"]);
}

#[test]
fn template_problems_invalid_json_is_one_problem() {
    let json = broken(&[
        (r#""kind": "text"}"#, r#""kind": "multi"}"#),
        ("\"T\"", "\"T\" x"),
    ]);
    let p = problems(&json);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(p[0].1.contains("JSON"), "{p:?}");
    // A mistake before the broken JSON is still listed first, as from_json has it.
    let json = broken(&[
        (r#""kind": "text"}"#, r#""kind": "multi"}"#),
        (r#""message": "ange mål""#, r#""message": "ange mål" x"#),
    ]);
    let p = problems(&json);
    assert_eq!(p.len(), 2, "{p:?}");
    assert_eq!(p[0].0, "questions[0].kind");
    assert!(p[1].1.contains("JSON"), "{p:?}");
}

/// Every file of the bad-template corpus: problems() lists at least one
/// problem, and its first is exactly from_json's error (expected.tsv pins
/// that one), so the two can never disagree.
#[test]
fn template_problems_first_is_from_json_error_for_the_corpus() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/bad-templates");
    let mut n = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("json") {
            continue;
        }
        let json = std::fs::read_to_string(&path).unwrap();
        let (first, all) = std::thread::Builder::new()
            .stack_size(8 << 20)
            .spawn(move || {
                (
                    Template::from_json(&json).unwrap_err(),
                    Template::problems(&json),
                )
            })
            .unwrap()
            .join()
            .unwrap();
        assert_eq!(all.first(), Some(&first), "{}", path.display());
        n += 1;
    }
    assert!(n >= 38, "{n}");
}
