//! `formkoll import` and `formkoll check` on documents and on many files:
//! output shapes and exit codes, on the real report and its Word rendering.

const FIXTURE: &str = "tests/fixtures/jamtland-2024.json";
const WORD: &str = "tests/fixtures/jamtland-2024-word.txt";
const DOCX: &str = "tests/fixtures/jamtland-2024.docx";

mod support;
use support::{formkoll, stderr, stdout};

fn temp_file(name: &str, bytes: &[u8]) -> String {
    let path = support::temp_file("import-cli", name, bytes);
    path.to_str().unwrap().to_string()
}

#[test]
fn cli_import_rendering_checks_exactly_as_the_fixture() {
    let o = formkoll(&["import", WORD]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stderr(&o), "");
    let imported = temp_file("imported.json", &o.stdout);
    for format in ["text", "json"] {
        let want = formkoll(&["check", FIXTURE, "--format", format]);
        let got = formkoll(&["check", &imported, "--format", format]);
        assert_eq!(stdout(&got), stdout(&want), "check --format {format}");
        assert_eq!(got.status.code(), want.status.code());
        // And directly, without the intermediate file.
        let direct = formkoll(&["check", WORD, "--from-text", "--format", format]);
        assert_eq!(
            stdout(&direct),
            stdout(&want),
            "check --from-text --format {format}"
        );
        assert_eq!(direct.status.code(), Some(1), "the real report has errors");
    }
    let text = stdout(&formkoll(&["check", &imported]));
    for count in ["9 225", "15 775", "15 546", "10 356", "8 314", "4 956"] {
        assert!(
            text.contains(&count.replace(' ', "\u{a0}")),
            "{count} in\n{text}"
        );
    }
}

#[test]
fn cli_import_docx_gives_the_same_report_as_the_text() {
    let txt = formkoll(&["import", WORD]);
    let docx = formkoll(&["import", DOCX]);
    assert_eq!(docx.status.code(), Some(0), "{}", stderr(&docx));
    assert_eq!(stdout(&docx), stdout(&txt));
}

#[test]
fn cli_import_reports_what_it_could_not_place_exit_1() {
    let word = std::fs::read_to_string(WORD).unwrap();
    let unmarked = word.replacen("Ej aktuellt ☒", "Ej aktuellt ☐", 1);
    let path = temp_file("unmarked.txt", unmarked.as_bytes());
    let o = formkoll(&["import", &path]);
    assert_eq!(o.status.code(), Some(1));
    let line = word[..word.find("• i förekommande").unwrap()]
        .matches('\n')
        .count()
        + 1;
    assert_eq!(
        stderr(&o),
        format!("formkoll: {path}:{line}: import.choice_unmarked: Fråga 5.1d: ingen ruta är markerad.\n")
    );
    let report: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(report["answers"]["5.1d"], serde_json::json!({"text": ""}));

    let o = formkoll(&["import", &path, "--format", "text", "--lang", "en"]);
    assert_eq!(o.status.code(), Some(1));
    let text = stdout(&o);
    assert!(text.starts_with("Question  Line  Numbered"), "{text}");
    assert!(text.contains("\n3.3        214  3.2 "), "{text}");
    assert!(
        text.contains("Could not be placed (1)\n  - line "),
        "{text}"
    );
}

#[test]
fn cli_import_unusable_documents_exit_2() {
    let path = temp_file("letter.txt", "Hej!\nDetta är ett brev.\n".as_bytes());
    let o = formkoll(&["import", &path]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("document.no_questions"),
        "{}",
        stderr(&o)
    );
    assert!(o.stdout.is_empty());
    let path = temp_file("broken.docx", b"PK\x03\x04broken");
    let o = formkoll(&["import", &path]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("document.invalid"), "{}", stderr(&o));
}

#[test]
fn cli_check_many_files_rows_total_and_exit_2() {
    let broken = temp_file("broken.json", b"{\"answers\":");
    let files = [FIXTURE, WORD, broken.as_str()];
    let o = formkoll(&[&["check"][..], &files].concat());
    assert_eq!(o.status.code(), Some(2), "one file is unusable");
    let text = stdout(&o);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 1 + 3 + 2, "{text}");
    assert!(lines[0].starts_with("Fil "), "{text}");
    assert!(lines[1].starts_with(FIXTURE) && lines[1].contains("Region Jämtland Härjedalen  2024"));
    for row in &lines[1..3] {
        assert!(row.contains("nej"), "{row}");
        assert!(row.contains("2 (+775), 3 (+546), 5 (+314)"), "{row}");
    }
    assert!(
        lines[3].starts_with(&broken) && lines[3].contains("oläsbar"),
        "{text}"
    );
    assert_eq!(lines[5], "Totalt: 3 filer, 0 giltiga, 2 med fel, 1 oläsbar");
    assert!(stderr(&o).contains("report.invalid"));

    let csv = formkoll(&[&["check"][..], &files, &["--format", "csv"]].concat());
    assert_eq!(csv.status.code(), Some(2));
    let csv = stdout(&csv);
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(rows.len(), 4, "{csv}");
    assert_eq!(
        rows[0],
        "file,region,year,valid,score,over_budget,errors,warnings,not_placed,unusable"
    );
    assert!(rows[1].starts_with(&format!("{FIXTURE},Region Jämtland Härjedalen,2024,false,")));
    assert!(rows[2].contains(",false,") && rows[2].contains(",2 (+775) 3 (+546) 5 (+314),"));
    assert!(rows[3].starts_with(&format!("{broken},,,")));

    let json = formkoll(&[&["check"][..], &files, &["--format", "json"]].concat());
    assert_eq!(json.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let single: serde_json::Value =
        serde_json::from_slice(&formkoll(&["check", FIXTURE, "--format", "json"]).stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 3);
    assert_eq!(v[0]["file"], FIXTURE);
    assert_eq!(v[0]["region"], "Region Jämtland Härjedalen");
    assert_eq!(v[0]["limits"], single["limits"]);
    assert_eq!(v[0]["findings"], single["findings"]);
    assert_eq!(v[1]["file"], WORD);
    assert_eq!(v[1]["import"], serde_json::json!([]));
    assert_eq!(v[1]["score"], single["score"]);
    assert!(v[2]["error"].as_str().unwrap().contains("report.invalid"));
}

#[test]
fn cli_check_many_valid_reports_exit_0_and_errors_exit_1() {
    let valid = formkoll(&["check", FIXTURE, FIXTURE]);
    assert_eq!(valid.status.code(), Some(1), "the fixture has errors");
    assert!(stdout(&valid).ends_with("Totalt: 2 filer, 0 giltiga, 2 med fel, 0 oläsbara\n"));
}
