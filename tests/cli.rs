//! The `formkoll` binary's contract: arguments, output shapes and exit codes.

use std::io::Write;
use std::process::{Command, Output, Stdio};

const FIXTURE: &str = "tests/fixtures/jamtland-2024.json";

fn formkoll(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_formkoll"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("binary runs");
    if let Some(bytes) = stdin {
        child.stdin.take().unwrap().write_all(bytes).unwrap();
    }
    drop(child.stdin.take());
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn last_word(o: &Output) -> String {
    stdout(o)
        .split_whitespace()
        .last()
        .unwrap_or("")
        .to_string()
}

fn temp_file(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("formkoll-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn cli_count_stdin_and_file_exact_bytes() {
    // NFD å, a family emoji, CRLF, a trailing space: 1 + 1 + 1 + 1 + 1 = 5.
    let text = "a\u{30A}👨\u{200D}👩\u{200D}👧\r\nx ";
    let o = formkoll(&["count"], Some(text.as_bytes()));
    assert_eq!((o.status.code(), last_word(&o)), (Some(0), "5".to_string()));
    let path = temp_file("count.txt", text.as_bytes());
    let o = formkoll(&["count", path.to_str().unwrap()], None);
    assert_eq!(last_word(&o), "5");
    let o = formkoll(&["count", "--all"], Some(text.as_bytes()));
    assert!(stdout(&o).contains("utf16 14"), "{}", stdout(&o));
    assert_eq!(last_word(&o), "5");
}

#[test]
fn cli_count_rejects_non_utf8_with_exit_2() {
    let o = formkoll(&["count"], Some(b"ok \xff\xfe bad"));
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("not UTF-8"));
    assert!(o.stdout.is_empty());
}

#[test]
fn cli_check_fixture_json_shape_and_exit_1() {
    let o = formkoll(&["check", FIXTURE, "--format", "json"], None);
    assert_eq!(o.status.code(), Some(1), "the real report has errors");
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["template"], "resultatredovisning-2024-99");
    assert_eq!(v["valid"], false);
    assert!(v["score"].as_u64().unwrap() < 100);
    assert_eq!(v["policy"]["unit"], "grapheme");
    assert_eq!(v["policy"]["line_break"], 1);
    let s2 = &v["limits"][1];
    assert_eq!(
        (s2["id"].as_str(), s2["section"].as_str()),
        (Some("section-2"), Some("2"))
    );
    assert_eq!(
        (
            s2["count"].as_u64(),
            s2["max"].as_u64(),
            s2["remaining"].as_i64()
        ),
        (Some(15_775), Some(15_000), Some(-775))
    );
    assert_eq!(s2["questions"].as_array().unwrap().len(), 7);
    assert_eq!(v["questions"].as_array().unwrap().len(), 31);
    assert!(v["questions"][0]["status"].is_string());
    let f = &v["findings"][0];
    for key in ["code", "severity", "question", "section", "message"] {
        assert!(f.get(key).is_some(), "finding lacks {key}: {f}");
    }
    assert!(v["score_breakdown"]["losses"].is_array());
}

/// Every question of the embedded template answered briefly and correctly.
fn brief_valid_answers() -> serde_json::Map<String, serde_json::Value> {
    let template = formkoll::Template::default_template();
    let mut answers = serde_json::Map::new();
    for q in &template.data().questions {
        let value = match q.kind {
            formkoll::QuestionKind::Text => serde_json::json!("Kort svar."),
            formkoll::QuestionKind::Choice => {
                serde_json::json!({"choice": "ja", "text": "Beskrivning."})
            }
        };
        answers.insert(q.id.clone(), value);
    }
    answers
}

#[test]
fn cli_check_valid_report_exits_0() {
    // Answer everything briefly and correctly: no errors.
    let answers = brief_valid_answers();
    let report = serde_json::json!({"template": "resultatredovisning-2024-99", "answers": answers});
    let path = temp_file("valid.json", report.to_string().as_bytes());
    let o = formkoll(&["check", path.to_str().unwrap()], None);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).contains("Redovisningen kan lämnas in."));
}

#[test]
fn cli_check_text_is_swedish_by_default_english_on_request() {
    let o = formkoll(&["check", FIXTURE], None);
    let text = stdout(&o);
    assert!(
        text.contains(
            "Avsnitt 2: 15\u{a0}775 av 15\u{a0}000 tecken. Du har 775 tecken för mycket."
        ),
        "{text}"
    );
    assert!(text.contains("Fullständighet:"));
    let o = formkoll(&["check", FIXTURE, "--lang", "en"], None);
    assert!(stdout(&o).contains("Section 2: 15,775 of 15,000 characters."));
}

#[test]
fn cli_check_unusable_input_exits_2() {
    let bad = temp_file("bad.json", br#"{"answers": {"1.1": 42}}"#);
    let o = formkoll(&["check", bad.to_str().unwrap()], None);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("report.invalid") && err.contains("answers.1.1"),
        "{err}"
    );

    let o = formkoll(&["check", "/no/such/file.json"], None);
    assert_eq!(o.status.code(), Some(2));

    let bad_template = temp_file("t.json", br#"{"format":"formkoll-template/1","id":"x"}"#);
    let o = formkoll(
        &[
            "check",
            FIXTURE,
            "--template",
            bad_template.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("template.invalid"));

    let o = formkoll(&["check", FIXTURE, "--format", "xml"], None);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn cli_check_with_a_runtime_template() {
    let template = br#"{"format":"formkoll-template/1","id":"mini","title":"Mini",
      "sections":[{"id":"1","title":"Allt"}],
      "questions":[{"id":"a","section":"1","text":"Question?","kind":"text"}],
      "limits":[{"id":"l","section":"1","max":3,"questions":["a"]}]}"#;
    let t = temp_file("mini.json", template);
    let r = temp_file(
        "mini-report.json",
        br#"{"template":"mini","answers":{"a":"abcd"}}"#,
    );
    let o = formkoll(
        &[
            "check",
            r.to_str().unwrap(),
            "--template",
            t.to_str().unwrap(),
            "--format",
            "json",
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["limits"][0]["remaining"], -1);
    // The fixture names the 2024:99 template: checking it against "mini" is unusable.
    let o = formkoll(&["check", FIXTURE, "--template", t.to_str().unwrap()], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("report.template_mismatch"));
}

#[test]
fn cli_template_prints_the_embedded_json() {
    let o = formkoll(&["template"], None);
    assert_eq!(o.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["format"], "formkoll-template/1");
    assert_eq!(v["id"], "resultatredovisning-2024-99");
    let o = formkoll(&["template", "--id", "resultatredovisning-2024-99"], None);
    assert_eq!(o.status.code(), Some(0));
    let o = formkoll(&["template", "--id", "nope"], None);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn cli_normalize_applies_only_when_asked() {
    let o = formkoll(&["normalize"], Some("fö r alla \n\n\n\nslut".as_bytes()));
    assert_eq!(stdout(&o), "för alla\n\nslut");
    assert!(String::from_utf8_lossy(&o.stderr).contains("hygiene.pdf_spacing 1"));
}

#[test]
fn cli_normalize_list_prints_each_change_with_its_place_and_context() {
    let text = "Vi fö r alla.\r\nett ord\u{200B} här  \n\n\n\nslut 😀 utveck- ling";
    // Checked by hand: columns count characters (😀 is one), CRLF ends
    // line 1, the blank-line fix starts at the third break (line 4), and
    // each side of the context holds 20 characters.
    let expected = "1:6: hygiene.pdf_spacing: « » → «»  Vi fö[ ]r alla.\\r\\nett ord<U+200B> hä…\n\
        2:8: hygiene.zero_width: «<U+200B>» → «»  … fö r alla.\\r\\nett ord[<U+200B>] här  \\n\\n\\n\\nslut 😀 utv…\n\
        2:13: hygiene.trailing_whitespace: «  » → «»  … alla.\\r\\nett ord<U+200B> här[  ]\\n\\n\\n\\nslut 😀 utveck- l…\n\
        4:1: hygiene.blank_lines: «\\n\\n» → «»  …a.\\r\\nett ord<U+200B> här  \\n\\n[\\n\\n]slut 😀 utveck- ling\n\
        6:14: hygiene.pdf_hyphenation: «- » → «»  …r  \\n\\n\\n\\nslut 😀 utveck[- ]ling\n";
    let file = temp_file("list.txt", text.as_bytes());
    for args in [
        vec!["normalize", file.to_str().unwrap(), "--list"],
        vec!["normalize", "--list", file.to_str().unwrap()],
    ] {
        let o = formkoll(&args, None);
        assert_eq!(o.status.code(), Some(0));
        assert_eq!(stdout(&o), expected, "{args:?}");
        assert!(o.stderr.is_empty());
    }
    // From stdin, with or without "-"; a clean text lists nothing.
    for args in [
        vec!["normalize", "-", "--list"],
        vec!["normalize", "--list"],
    ] {
        let o = formkoll(&args, Some(text.as_bytes()));
        assert_eq!(
            (o.status.code(), stdout(&o)),
            (Some(0), expected.to_string())
        );
        let o = formkoll(&args, Some("Budgeten är 11\u{a0}000 kronor.".as_bytes()));
        assert_eq!((o.status.code(), stdout(&o)), (Some(0), String::new()));
    }
    // One line per fix: as many lines as the core proposes fixes.
    assert_eq!(expected.lines().count(), formkoll::fixes(text).len());
    // Plain normalize is unchanged.
    let o = formkoll(&["normalize", file.to_str().unwrap()], None);
    assert_eq!(stdout(&o), formkoll::normalize(text).text);
    let o = formkoll(&["normalize", "a", "b", "--list"], None);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn cli_check_html_exit_codes_receipt_and_overview() {
    // Exit codes as for the other formats: 0 valid, 1 errors, 2 unusable.
    let answers = brief_valid_answers();
    let report = serde_json::json!({"region": "Region <Test> & \"Co\"", "answers": answers});
    let valid = temp_file("html-valid.json", report.to_string().as_bytes());
    let valid = valid.to_str().unwrap();
    let o = formkoll(&["check", valid, "--format", "html"], None);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let page = stdout(&o);
    // A receipt: the region escaped, no overview.
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"sv\">"));
    assert!(page.contains("Kontrollkvitto: Region &lt;Test&gt; &amp; &quot;Co&quot;</h1>"));
    assert!(page.contains("Redovisningen kan lämnas in."));
    assert!(!page.contains("class=\"overview\""));
    // No script and no URL to fetch anything from.
    assert!(!page.contains("<script") && !page.contains("src=") && !page.contains("http"));

    let o = formkoll(
        &["check", FIXTURE, "--format", "html", "--lang", "en"],
        None,
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("<h2>Errors (3)</h2>"));

    let broken = temp_file("html-broken.json", b"{ nope");
    let broken = broken.to_str().unwrap();
    let o = formkoll(&["check", valid, FIXTURE, broken, "--format", "html"], None);
    assert_eq!(o.status.code(), Some(2));
    let page = stdout(&o);
    assert!(page.contains("class=\"overview\"") && page.contains("Totalt: 3 filer"));
    assert!(page.contains("html-broken.json</strong>: <code>report.invalid"));
    let stderr = String::from_utf8(o.stderr).unwrap();
    assert!(
        stderr.starts_with("formkoll: ") && stderr.contains("html-broken.json: report.invalid")
    );
    let o = formkoll(&["check", valid, FIXTURE, "--format", "html"], None);
    assert_eq!(o.status.code(), Some(1));
    // `import` has no page.
    let o = formkoll(&["import", FIXTURE, "--format", "html"], None);
    assert_eq!(o.status.code(), Some(2));
}

/// The fixture as PowerShell's `Out-File` writes it: UTF-16 LE with `FF FE`.
fn utf16_le(text: &str) -> Vec<u8> {
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    bytes
}

#[test]
fn cli_byte_order_mark_changes_nothing_utf16_is_named() {
    let fixture = std::fs::read(FIXTURE).unwrap();
    let bom = temp_file("bom.json", &[b"\xEF\xBB\xBF".as_slice(), &fixture].concat());
    for format in ["text", "json"] {
        let plain = formkoll(&["check", FIXTURE, "--format", format], None);
        let marked = formkoll(&["check", bom.to_str().unwrap(), "--format", format], None);
        assert!(!plain.stdout.is_empty());
        assert_eq!(stdout(&marked), stdout(&plain), "{format}");
        assert_eq!(marked.status.code(), plain.status.code());
        assert!(marked.stderr.is_empty(), "{format}");
    }
    // From stdin too, and the mark is no character of a count or a text.
    let o = formkoll(
        &["check", "-"],
        Some(&[b"\xEF\xBB\xBF".as_slice(), &fixture].concat()),
    );
    assert_eq!(stdout(&o), stdout(&formkoll(&["check", FIXTURE], None)));
    let o = formkoll(&["count"], Some("\u{FEFF}å".as_bytes()));
    assert_eq!(last_word(&o), "1");
    let o = formkoll(&["normalize"], Some("\u{FEFF}å".as_bytes()));
    assert_eq!(stdout(&o), "å");

    let text = String::from_utf8(fixture).unwrap();
    let wide = temp_file("wide.json", &utf16_le(&text));
    let o = formkoll(&["check", wide.to_str().unwrap()], None);
    let err = String::from_utf8(o.stderr.clone()).unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(
        err.contains("report.invalid: UTF-16 LE: spara filen som UTF-8 (the file is UTF-16 LE; save it as UTF-8)"),
        "{err}"
    );
    // Without the mark (every other byte NUL) it is still recognised.
    let bare = temp_file("bare.json", &utf16_le(&text)[2..]);
    let o = formkoll(&["check", bare.to_str().unwrap()], None);
    assert!(String::from_utf8_lossy(&o.stderr).contains("report.invalid: UTF-16 LE"));
    let o = formkoll(&["count"], Some(&utf16_le("åäö")));
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("UTF-16 LE: spara filen som UTF-8"));
}
