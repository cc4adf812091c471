//! `formkoll template check FILE…` and `formkoll template FILE --format md`
//! (issue 24 item 3): every problem of a template, and the overview an agency
//! proofreads against the PDF of the form.
//!
//! The 2024:99 overview is pinned by tests/snapshots/template-2024-99.md;
//! after a deliberate change rewrite it with `FORMKOLL_UPDATE_SNAPSHOT=1
//! cargo test --test cli_template` and read the diff.

use std::path::PathBuf;

const TEMPLATE: &str = "templates/resultatredovisning-2024-99.json";
const BAD: &str = "tests/fixtures/bad-templates/18-limit-missing-question.json";
const SNAPSHOT: &str = "tests/snapshots/template-2024-99.md";

mod support;
use support::{formkoll, stderr, stdout};

fn temp_file(name: &str, bytes: &[u8]) -> PathBuf {
    support::temp_file("cli-template", name, bytes)
}

/// A template in the new instruction format (issue 24 item 1) with three
/// independent mistakes: a question in a missing section, a limit naming a
/// missing question, an instruction naming a missing question.
const THREE_MISTAKES: &str = r#"{
  "format": "formkoll-template/1",
  "id": "three-mistakes",
  "title": "Tre fel",
  "vocabularies": { "indicators": ["indikator*"] },
  "sections": [{ "id": "1", "title": "Ett" }],
  "questions": [
    { "id": "1.1", "section": "1", "text": "Fråga ett", "kind": "text" },
    { "id": "1.2", "section": "9", "text": "Fråga två", "kind": "text" }
  ],
  "limits": [{ "id": "l", "max": 100, "questions": ["1.1", "1.9"] }],
  "instructions": [
    { "id": "i", "check": "indicators", "mode": "each", "questions": ["1.7"],
      "message": "ange vilka indikatorer ni följer upp" }
  ]
}"#;

#[test]
fn template_check_lists_all_three_problems_of_a_template_with_three_mistakes() {
    let path = temp_file("three.json", THREE_MISTAKES.as_bytes());
    let file = path.to_str().unwrap();
    let o = formkoll(&["template", "check", file, "--format", "json"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let problems: Vec<(&str, &str)> = v[0]["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["path"].as_str().unwrap(), p["code"].as_str().unwrap()))
        .collect();
    assert_eq!(
        problems,
        [
            ("questions[1].section", "template.invalid"),
            ("limits[0].questions[1]", "template.invalid"),
            ("instructions[0].questions[0]", "template.invalid"),
        ]
    );
    let text = stdout(&formkoll(&["template", "check", file]));
    assert_eq!(
        text.lines().filter(|l| l.starts_with(file)).count(),
        3,
        "{text}"
    );
}

#[test]
fn template_check_valid_file_exit_0_one_line_and_a_closing_line() {
    let o = formkoll(&["template", "check", TEMPLATE]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        format!("{TEMPLATE}: giltig mall\nMallen är giltig.\n")
    );
    let o = formkoll(&["template", "check", TEMPLATE, TEMPLATE, "--lang", "en"]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        stdout(&o),
        format!(
            "{TEMPLATE}: valid template\n{TEMPLATE}: valid template\nAll 2 templates are valid.\n"
        )
    );
}

#[test]
fn template_check_problems_file_path_code_reason_and_exit_2() {
    let missing = "/no/such/template.json";
    let o = formkoll(&["template", "check", TEMPLATE, BAD, missing]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).is_empty(), "{}", stderr(&o));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 4, "{out}");
    assert_eq!(lines[0], format!("{TEMPLATE}: giltig mall"));
    assert_eq!(
        lines[1],
        format!("{BAD}: limits[0].questions[1]: template.invalid: no question with id \"1.9\"")
    );
    // An unreadable file is a problem of that file, with no path.
    assert!(
        lines[2].starts_with(&format!("{missing}: template.invalid: ")),
        "{}",
        lines[2]
    );
    assert_eq!(lines[3], "2 mallar har problem och kan inte användas.");
}

#[test]
fn template_check_json_one_object_per_file() {
    let not_json = "tests/fixtures/bad-templates/01-not-json.json";
    let o = formkoll(&[
        "template", "check", TEMPLATE, BAD, not_json, "--format", "json",
    ]);
    assert_eq!(o.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let files = v.as_array().unwrap();
    assert_eq!(files.len(), 3);
    assert_eq!(files[0]["file"], TEMPLATE);
    assert_eq!(files[0]["valid"], true);
    assert_eq!(files[0]["problems"], serde_json::json!([]));
    assert_eq!(files[1]["valid"], false);
    assert_eq!(
        files[1]["problems"],
        serde_json::json!([{
            "path": "limits[0].questions[1]",
            "code": "template.invalid",
            "reason": "no question with id \"1.9\""
        }])
    );
    let p = &files[2]["problems"][0];
    assert_eq!(p["code"], "template.invalid");
    assert!(p["reason"].as_str().unwrap().contains("JSON"), "{p}");
    // Only valid files: exit 0.
    let o = formkoll(&["template", "check", TEMPLATE, "--format", "json"]);
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn template_check_utf16_file_is_a_problem_not_a_crash() {
    let mut bytes = vec![0xFF, 0xFE];
    for u in "{}".encode_utf16() {
        bytes.extend(u.to_le_bytes());
    }
    let path = temp_file("utf16.json", &bytes);
    let file = path.to_str().unwrap();
    let o = formkoll(&["template", "check", file]);
    assert_eq!(o.status.code(), Some(2));
    let out = stdout(&o);
    assert!(
        out.starts_with(&format!("{file}: template.invalid: ")),
        "{out}"
    );
    assert!(out.contains("UTF-16"), "{out}");
}

#[test]
fn template_overview_md_of_2024_99_matches_the_snapshot() {
    let o = formkoll(&["template", TEMPLATE, "--format", "md"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let md = stdout(&o);
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(SNAPSHOT);
    if std::env::var_os("FORMKOLL_UPDATE_SNAPSHOT").is_some() {
        std::fs::write(&path, &md).unwrap();
    }
    let expected = std::fs::read_to_string(&path).unwrap();
    assert!(
        md == expected,
        "{SNAPSHOT} differs; rerun with FORMKOLL_UPDATE_SNAPSHOT=1 and read the diff"
    );
    // The embedded template renders the same.
    let embedded = formkoll(&[
        "template",
        "--id",
        "resultatredovisning-2024-99",
        "--format",
        "md",
    ]);
    assert_eq!(stdout(&embedded), md);
}

#[test]
fn template_overview_holds_what_the_form_prints() {
    let md = stdout(&formkoll(&["template", TEMPLATE, "--format", "md"]));
    let t: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(TEMPLATE).unwrap()).unwrap();
    // Every section, question and instruction appears, in form order.
    let mut at = 0;
    for q in t["questions"].as_array().unwrap() {
        let heading = format!("\n### Fråga {}\n", q["id"].as_str().unwrap());
        let found = md[at..]
            .find(&heading)
            .unwrap_or_else(|| panic!("{heading} in order"));
        at += found;
    }
    for s in t["sections"].as_array().unwrap() {
        let heading = format!(
            "\n## Avsnitt {}: {}\n",
            s["id"].as_str().unwrap(),
            s["title"].as_str().unwrap()
        );
        assert!(md.contains(&heading), "{heading}");
    }
    for i in t["instructions"].as_array().unwrap() {
        assert!(md.contains(&format!("\n### `{}`\n", i["id"].as_str().unwrap())));
    }
    // Limits with a no-break space, and which questions share them.
    assert!(md.contains(
        "- högst 11\u{a0}000 tecken\n- Frågor som delar budgeten: 1.1, 1.2, 1.3, 1.4, 1.5\n"
    ));
    // A choice that needs an explanation says so.
    assert!(md.contains("  - Nej (`nej`): förklaring krävs – Om nej, beskriv varför"));
    assert!(md.contains("en radbrytning räknas som 1 tecken"));
    // An instruction's message, as the template writes it (issue 24 item 1).
    assert!(md.contains("\n- Meddelande: ange vilka aktörer ni har samverkat med"));
    // English headings, English grouping, the template's English labels.
    let en = stdout(&formkoll(&[
        "template", TEMPLATE, "--format", "md", "--lang", "en",
    ]));
    assert!(en.contains("\n## Character limits\n"), "{en}");
    assert!(en.contains("- at most 11,000 characters\n"));
    assert!(en.contains("  - No (`nej`): explanation required – If no, describe why"));
    // Plain text: underlined headings, no Markdown.
    let text = stdout(&formkoll(&["template", TEMPLATE, "--format", "text"]));
    assert!(text.contains("\nFråga 1.1\n~~~~~~~~~\n"), "{text}");
    assert!(!text.contains('`') && !text.contains("\n#"));
}

#[test]
fn template_overview_of_an_invalid_template_prints_its_problems_exit_2() {
    let o = formkoll(&["template", BAD, "--format", "md"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
    assert_eq!(
        stderr(&o),
        format!("{BAD}: limits[0].questions[1]: template.invalid: no question with id \"1.9\"\n")
    );
    let o = formkoll(&["template", "/no/such.json", "--format", "md"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).starts_with("/no/such.json: template.invalid: "));
}

#[test]
fn template_commands_are_in_the_help_and_old_forms_still_work() {
    let help = stdout(&formkoll(&["--help"]));
    assert!(help.contains("formkoll template check FILE…"));
    assert!(help.contains("formkoll template FILE|--id ID --format md|text"));
    let o = formkoll(&["template"]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stdout(&o), std::fs::read_to_string(TEMPLATE).unwrap());
    let o = formkoll(&["template", "check"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).starts_with("formkoll: template check: FILE is required"));
}
