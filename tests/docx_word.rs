//! Documents as Word writes them, imported exactly.
//!
//! `scripts/make-word-docs.py` builds them at test time with python-docx
//! (installed by `scripts/ensure-tools.sh python-docx`, which `make test`
//! runs) from its Word-made default template: runs split mid-word by
//! proofing marks, tracked insertions and deletions, comments, bookmarks,
//! content controls, a table, fields and a text box. The answers expected
//! are written here, by hand, from what Word shows with every change
//! accepted. Without python-docx the tests print a note and pass, except
//! under CI (`CI` set), where they fail.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

#[path = "../fuzz/src/lib.rs"]
#[allow(dead_code)]
mod targets;

use formkoll::import::{docx_document, import_document, MAX_XML};
use formkoll::{Import, ImportCode, Template};

/// The python with python-docx: `FORMKOLL_PYTHON`, the project's venv
/// (`.tools/py`, made by ensure-tools), else `python3`.
fn python() -> PathBuf {
    if let Some(p) = std::env::var_os("FORMKOLL_PYTHON") {
        return p.into();
    }
    let venv = Path::new(env!("CARGO_MANIFEST_DIR")).join(".tools/py/bin/python3");
    if venv.exists() {
        return venv;
    }
    "python3".into()
}

/// The directory the documents were written to, once per test run; `None`
/// when python-docx is missing (outside CI).
fn documents() -> Option<&'static Path> {
    static DIR: OnceLock<Option<PathBuf>> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("formkoll-word-docs-{}", std::process::id()));
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/make-word-docs.py");
        let out = Command::new(python())
            .arg(&script)
            .arg(&dir)
            .output()
            .expect("python runs");
        let err = String::from_utf8_lossy(&out.stderr);
        if out.status.code() == Some(3) && std::env::var_os("CI").is_none() {
            eprintln!("SKIPPED: {err}");
            return None;
        }
        assert!(out.status.success(), "make-word-docs.py failed: {err}");
        Some(dir)
    })
    .as_deref()
}

fn import(name: &str) -> Option<Import> {
    let bytes = std::fs::read(documents()?.join(name)).unwrap();
    let doc = docx_document(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
    Some(import_document(&Template::default_template(), &doc))
}

fn answer<'a>(import: &'a Import, id: &str) -> &'a str {
    import
        .report
        .answers
        .get(id)
        .map(|a| a.text())
        .unwrap_or_else(|| panic!("no answer {id}"))
}

/// The findings other than the questions the document does not hold, and
/// those questions, which must be exactly the template's others.
fn findings(
    import: &Import,
    present: &[&str],
) -> Vec<(ImportCode, Option<String>, Option<String>)> {
    let missing: Vec<&str> = import
        .findings
        .iter()
        .filter(|f| f.code == ImportCode::QuestionMissing)
        .filter_map(|f| f.question.as_deref())
        .collect();
    let template = Template::default_template();
    let others: Vec<&str> = template
        .data()
        .questions
        .iter()
        .map(|q| q.id.as_str())
        .filter(|id| !present.contains(id))
        .collect();
    assert_eq!(missing, others);
    import
        .findings
        .iter()
        .filter(|f| f.code != ImportCode::QuestionMissing)
        .map(|f| (f.code, f.question.clone(), f.excerpt.clone()))
        .collect()
}

#[test]
fn docx_word_features_import_exactly() {
    let Some(import) = import("word-features.docx") else {
        return;
    };
    let want = [
        // Runs split mid-word by w:proofErr, a bold run, a rendered page break.
        (
            "1.1",
            "Vi har samverkat med kommunerna i länet.\nArbetet fortsätter 2025.",
        ),
        // Inserted text in, deleted text (and its tab and break) out; a
        // deleted paragraph mark joins two paragraphs; a deleted paragraph
        // is gone; moved text is read where it was moved to.
        (
            "1.2",
            "Vi startade nya projekt i hela länet.\nUppföljning sker årligen. Flyttad mening.",
        ),
        // The comment's text is not in the answer.
        ("1.3", "Tre kommuner deltog."),
        // Bookmarks (one inside a word) and a hyperlink.
        ("1.4", "Prestationerna redovisas i bilagan."),
        // Content controls are text; a placeholder is not.
        (
            "1.5",
            "Effekten mäts 2024-12-31 genom en uppföljning.\nBedömningen är egen.\nDen gäller hela länet.",
        ),
        // A table: one line per cell.
        (
            "2.1",
            "Utfallet per mål:\nMål\nUtfall\nFler jobb\n120\nFler företag\n45\nBåda målen nåddes.",
        ),
        // Fields: the result shown, never the instruction.
        ("2.2", "Se Tillväxtverkets webbplats och avsnitt 2.1 på sidan 3."),
        // The text box is not spliced into the sentence it floats beside.
        ("2.3", "Se rutan bredvid."),
    ];
    for (id, text) in want {
        assert_eq!(answer(&import, id), text, "answer {id}");
    }
    let ids: Vec<&str> = want.iter().map(|(id, _)| *id).collect();
    assert_eq!(import.report.answers.0.len(), want.len());
    // The text box is reported, with its first words, under its question.
    assert_eq!(
        findings(&import, &ids),
        [(
            ImportCode::TextBoxOmitted,
            Some("2.3".to_string()),
            Some("Nyckeltal: 45 nya företag.…".to_string())
        )]
    );
}

#[test]
fn docx_word_text_box_finding_names_its_line_in_both_languages() {
    let Some(import) = import("word-features.docx") else {
        return;
    };
    let bytes = std::fs::read(documents().unwrap().join("word-features.docx")).unwrap();
    let text = docx_document(&bytes).unwrap().text;
    let line = text.lines().position(|l| l == "Se rutan bredvid.").unwrap() + 1;
    let f = import
        .findings
        .iter()
        .find(|f| f.code == ImportCode::TextBoxOmitted)
        .unwrap();
    assert_eq!(f.line, Some(line));
    assert_eq!(
        f.message(formkoll::Lang::Sv),
        "Fråga 2.3: texten i en textruta är inte inläst i något svar: ”Nyckeltal: 45 nya företag.…”"
    );
    assert_eq!(
        f.message(formkoll::Lang::En),
        "Question 2.3: the text in a text box was not imported into any answer: ”Nyckeltal: 45 nya företag.…”"
    );
    // Once: from mc:Choice, not again from mc:Fallback.
    assert_eq!(
        import
            .findings
            .iter()
            .filter(|f| f.code == ImportCode::TextBoxOmitted)
            .count(),
        1
    );
    assert!(!text.contains("Nyckeltal"), "the box is not in the text");
}

#[test]
fn docx_word_table_form_imports_exactly() {
    let Some(import) = import("word-table-form.docx") else {
        return;
    };
    assert_eq!(answer(&import, "1.1"), "Första svaret.\nAndra stycket.");
    assert_eq!(answer(&import, "1.2"), "Ett svar i tabellen.");
    assert_eq!(findings(&import, &["1.1", "1.2"]), []);
}

#[test]
fn docx_word_cli_reports_the_text_box_and_exits_1() {
    let Some(dir) = documents() else {
        return;
    };
    let doc = dir.join("word-features.docx");
    let o = Command::new(env!("CARGO_BIN_EXE_formkoll"))
        .arg("import")
        .arg(&doc)
        .output()
        .unwrap();
    let stderr = String::from_utf8(o.stderr).unwrap();
    assert_eq!(o.status.code(), Some(1), "{stderr}");
    let line = stderr
        .lines()
        .find(|l| l.contains("import.text_box_omitted"))
        .unwrap_or_else(|| panic!("no text box finding in\n{stderr}"));
    assert!(line.contains("”Nyckeltal: 45 nya företag.…”"), "{line}");
    let report: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(report["answers"]["2.3"], "Se rutan bredvid.");
}

/// A zip bomb: 64 MiB + 1 of zeros deflate to about 65 kB; inflating
/// stops at the limit with a coded error instead of taking the memory.
#[test]
fn docx_zip_bomb_is_refused_at_the_limit() {
    let xml = vec![b' '; MAX_XML + 1];
    let bomb = targets::zip_with("word/document.xml", &xml, true);
    assert!(bomb.len() < 200_000, "{} bytes", bomb.len());
    let e = docx_document(&bomb).unwrap_err();
    assert_eq!(e.code(), formkoll::ErrorCode::DocumentInvalid);
    assert_eq!(
        e.reason(),
        "word/document.xml is larger than 64 MiB uncompressed"
    );
    // At the limit exactly, it is read.
    let at_limit = targets::zip_with("word/document.xml", &xml[1..], true);
    assert_eq!(docx_document(&at_limit).map(|d| d.text.len()), Ok(0));
}

/// An entry that declares more than the limit is refused before inflating.
#[test]
fn docx_declared_size_over_the_limit_is_refused_before_inflating() {
    let mut zip = targets::zip_with("word/document.xml", b"<w:p/>", true);
    // The central directory's "uncompressed size" (offset 24 of its header).
    let central = zip.windows(4).position(|w| w == b"PK\x01\x02").unwrap();
    zip[central + 24..central + 28].copy_from_slice(&u32::MAX.to_le_bytes());
    let e = docx_document(&zip).unwrap_err();
    assert_eq!(
        e.reason(),
        "word/document.xml is larger than 64 MiB uncompressed"
    );
    // The same archive with its true size reads.
    let zip = targets::zip_with("word/document.xml", b"<w:p/>", true);
    assert_eq!(docx_document(&zip).map(|d| d.text), Ok("\n".to_string()));
}

/// Reads every .docx under `FORMKOLL_DOCX_DIR` (the public test suites of
/// docs/reliability.md, fetched locally, never committed) and prints one
/// line per file: the text's size and text boxes, or the coded error. Fails
/// on a panic or an error that is not `document.invalid`.
/// `FORMKOLL_DOCX_DIR=DIR cargo test --test docx_word -- --ignored --nocapture`
#[test]
#[ignore]
fn docx_public_suites() {
    let Some(root) = std::env::var_os("FORMKOLL_DOCX_DIR") else {
        return;
    };
    let mut files = Vec::new();
    let mut dirs = vec![PathBuf::from(root)];
    while let Some(dir) = dirs.pop() {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                dirs.push(p);
            } else if p.extension().is_some_and(|x| x == "docx") {
                files.push(p);
            }
        }
    }
    files.sort();
    let (mut read, mut refused, mut bad) = (0, 0, Vec::new());
    for p in &files {
        let bytes = std::fs::read(p).unwrap();
        let got = std::panic::catch_unwind(|| docx_document(&bytes));
        match got {
            Ok(Ok(doc)) => {
                read += 1;
                let first = doc
                    .text
                    .lines()
                    .find(|l| !l.trim().is_empty())
                    .unwrap_or("");
                println!(
                    "read    {}: {} chars, {} lines, {} text boxes; {:?}",
                    p.display(),
                    doc.text.chars().count(),
                    doc.text.lines().count(),
                    doc.text_boxes.len(),
                    formkoll::import::excerpt(first)
                );
            }
            Ok(Err(e)) if e.code() == formkoll::ErrorCode::DocumentInvalid => {
                refused += 1;
                println!("refused {}: {e}", p.display());
            }
            Ok(Err(e)) => bad.push(format!("{}: {e}", p.display())),
            Err(_) => bad.push(format!("{}: panicked", p.display())),
        }
    }
    println!(
        "docx_public_suites: {} files, {read} read, {refused} refused with document.invalid, {} other",
        files.len(),
        bad.len()
    );
    assert!(bad.is_empty(), "{bad:#?}");
}
