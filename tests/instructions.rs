//! Instruction checks are template data (issue 24, item 1): a template names
//! its own check, vocabulary and message, and formkoll runs it like the five
//! of 2024:99 — natively, in the CLI (`--template`) and, in tests/node, in Node.
//!
//! The template is tests/fixtures/own-check/template.json: an "indicators"
//! check on A2 (each) and a "risks" check with the vocabulary "risker" over
//! A1 and A3 (any), whose message places the scope itself (`%{scope}`).

use std::process::Command;

use formkoll::{check_json, CheckResult, ErrorCode, FindingCode, Lang, Report, Session, Template};

const DIR: &str = "tests/fixtures/own-check";

fn read(name: &str) -> String {
    std::fs::read_to_string(format!("{DIR}/{name}")).unwrap()
}

fn template() -> Template {
    Template::from_json(&read("template.json")).expect("the own-check template loads")
}

/// (code, question or section, message) of every instruction finding.
fn instruction_findings(r: &CheckResult) -> Vec<(String, String, String)> {
    r.findings
        .iter()
        .filter(|f| f.code.check().is_some())
        .map(|f| {
            let at = f.question.clone().or(f.section.clone()).unwrap_or_default();
            (f.code.as_str().to_string(), at, f.message.clone())
        })
        .collect()
}

fn triple(code: &str, at: &str, message: &str) -> (String, String, String) {
    (code.into(), at.into(), message.into())
}

#[test]
fn instruction_own_check_fires_with_its_message() {
    let t = template();
    assert_eq!(t.data().instructions[0].check, "indicators");
    let r = check_json(&t, &read("missing.json"), Lang::Sv).unwrap();
    assert_eq!(
        instruction_findings(&r),
        [
            triple(
                "instruction.risks",
                "A",
                "Avsnitt A: beskriv projektets risker (frågorna A1–A3)."
            ),
            triple(
                "instruction.indicators",
                "A2",
                "Fråga A2: ange vilka indikatorer ni följer upp."
            ),
        ]
    );
    // Warnings, 2 points each, as the five checks of 2024:99.
    assert_eq!((r.counts.errors, r.counts.warnings), (0, 2));
    assert_eq!(r.score_breakdown.lost, 4);
    // English: the message's "en", or its "sv" when it has none.
    let en = check_json(&t, &read("missing.json"), Lang::En).unwrap();
    assert_eq!(
        instruction_findings(&en),
        [
            triple(
                "instruction.risks",
                "A",
                "Section A: beskriv projektets risker (questions A1–A3)."
            ),
            triple(
                "instruction.indicators",
                "A2",
                "Question A2: name the indicators you follow up."
            ),
        ]
    );
    let json = serde_json::to_value(&r).unwrap();
    assert_eq!(json["findings"][0]["code"], "instruction.risks");
    assert_eq!(json["findings"][0]["instruction"], "A-risks");
}

#[test]
fn instruction_own_check_is_satisfied_as_written() {
    let t = template();
    let r = check_json(&t, &read("satisfied.json"), Lang::Sv).unwrap();
    assert_eq!(instruction_findings(&r), []);
    assert_eq!(r.score, 100);
    // One edit at a time: A2 names its indicators, then A3 a risk.
    let t = std::sync::Arc::new(t);
    let report = Report::from_json(&read("missing.json")).unwrap();
    let mut s = Session::new(t, report, Lang::Sv).unwrap();
    let codes = |s: &Session| -> Vec<String> {
        instruction_findings(&s.result())
            .into_iter()
            .map(|f| f.0)
            .collect()
    };
    assert_eq!(codes(&s), ["instruction.risks", "instruction.indicators"]);
    s.set("A2", "Nyckeltalet är antalet deltagare.").unwrap();
    assert_eq!(codes(&s), ["instruction.risks"]);
    s.set("A3", "Hotet mot projektet är finansieringen.")
        .unwrap();
    assert_eq!(codes(&s), Vec::<String>::new());
}

#[test]
fn instruction_message_ends_a_sentence_once() {
    let base = read("template.json");
    let t = |message: &str| {
        let json = base.replace(
            r#""sv": "ange vilka indikatorer ni följer upp""#,
            &format!(r#""sv": "{message}""#),
        );
        let t = Template::from_json(&json).unwrap();
        let r = check_json(&t, &read("missing.json"), Lang::Sv).unwrap();
        instruction_findings(&r).pop().unwrap().2
    };
    assert_eq!(t("ange indikatorer?"), "Fråga A2: ange indikatorer?");
    assert_eq!(t("ange indikatorer!"), "Fråga A2: ange indikatorer!");
    assert_eq!(t("ange indikatorer."), "Fråga A2: ange indikatorer.");
    // A question subject has no scope: %{scope} is empty there.
    assert_eq!(t("ange indikatorer%{scope}"), "Fråga A2: ange indikatorer.");
}

/// Every way an instruction can be wrong, at its JSON path.
#[test]
fn instruction_errors_have_code_and_path() {
    let base = read("template.json");
    let cases: &[(&str, &str, &str, &str)] = &[
        (
            r#""vocabulary": "risker""#,
            r#""vocabulary": "risk""#,
            "instructions[1].vocabulary",
            "no vocabulary of that name",
        ),
        (
            r#""check": "indicators""#,
            r#""check": "Indicators""#,
            "instructions[0].check",
            "lowercase identifier",
        ),
        (
            r#""check": "indicators""#,
            r#""check": "key-figures""#,
            "instructions[0].check",
            "lowercase identifier",
        ),
        (
            r#""check": "risks""#,
            r#""check": "risks", "message": "twice""#,
            "instructions[1].message",
            "duplicate field",
        ),
        (
            r#""sv": "beskriv projektets risker%{scope}""#,
            r#""en": "describe the risks""#,
            "instructions[1].message",
            "needs \"sv\"",
        ),
        (
            r#""sv": "beskriv projektets risker%{scope}""#,
            r#""sv": "beskriv %{risker}""#,
            "instructions[1].message.sv",
            "placeholder",
        ),
        (
            r#""sv": "beskriv projektets risker%{scope}""#,
            r#""sv": " ""#,
            "instructions[1].message.sv",
            "empty",
        ),
        (
            r#""questions": ["A1", "A3"]"#,
            r#""questions": ["A1", "A9"]"#,
            "instructions[1].questions[1]",
            "A9",
        ),
    ];
    for (from, to, path, word) in cases {
        assert!(base.contains(from), "{from}");
        let e = Template::from_json(&base.replacen(from, to, 1)).unwrap_err();
        assert_eq!(e.code(), ErrorCode::TemplateInvalid, "{to}");
        assert_eq!(e.path(), *path, "{to}: {e}");
        assert!(e.reason().contains(word), "{to}: {e}");
    }
    // The message is required.
    let no_message = base.replace(
        "\"message\": {\n        \"sv\": \"beskriv projektets risker%{scope}\"\n      }\n",
        "\"text\": \"Beskriv riskerna.\"\n",
    );
    let e = Template::from_json(&no_message).unwrap_err();
    assert_eq!(
        (e.path(), e.reason()),
        ("instructions[1]", "missing field `message`")
    );
}

#[test]
fn instruction_code_names_the_check() {
    assert_eq!(
        FindingCode::instruction("indicators").map(|c| c.as_str().to_string()),
        Some("instruction.indicators".into())
    );
    assert_eq!(FindingCode::instruction("key-figures"), None);
}

fn formkoll(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_formkoll"))
        .args(args)
        .output()
        .expect("binary runs")
}

#[test]
fn instruction_own_check_in_the_cli() {
    let template = format!("{DIR}/template.json");
    let run = |report: &str, lang: &str| {
        let o = formkoll(&[
            "check",
            &format!("{DIR}/{report}"),
            "--template",
            &template,
            "--format",
            "json",
            "--lang",
            lang,
        ]);
        // Warnings only: the report can be submitted.
        assert_eq!(o.status.code(), Some(0), "{report}");
        serde_json::from_slice::<serde_json::Value>(&o.stdout).unwrap()
    };
    let v = run("missing.json", "sv");
    let found: Vec<(&str, &str)> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["code"].as_str().unwrap(), f["message"].as_str().unwrap()))
        .collect();
    assert_eq!(
        found,
        [
            (
                "instruction.risks",
                "Avsnitt A: beskriv projektets risker (frågorna A1–A3)."
            ),
            (
                "instruction.indicators",
                "Fråga A2: ange vilka indikatorer ni följer upp."
            ),
        ]
    );
    assert_eq!(v["score"], 86);
    let en = run("missing.json", "en");
    assert_eq!(
        en["findings"][1]["message"],
        "Question A2: name the indicators you follow up."
    );
    let ok = run("satisfied.json", "sv");
    assert_eq!(ok["findings"], serde_json::json!([]));
    assert_eq!(ok["score"], 100);
    // The text output shows the same sentence.
    let o = formkoll(&[
        "check",
        &format!("{DIR}/missing.json"),
        "--template",
        &template,
    ]);
    let text = String::from_utf8(o.stdout).unwrap();
    assert!(
        text.contains("  - Fråga A2: ange vilka indikatorer ni följer upp.\n"),
        "{text}"
    );
}
