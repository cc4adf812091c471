//! Fuzz target `import_text`.

#[allow(unused_imports)]
use super::*;

/// Fuzz target `import_text`: any bytes, read as a document (lossy UTF-8),
/// with the default template's headings spliced in so the reader's paths
/// (labels, wrapped headings, boxes, duplicates) are reached. Asserts: no
/// panic; the report round-trips through JSON and checks; every finding's
/// line and every placement's line is a line of the document; an answer is
/// never longer than the document; the import is deterministic; and twice
/// the document takes at most about twice the tokens of work (the reader's
/// per-unit budget keeps it linear: libFuzzer's timeout catches a blow-up).
pub fn import_text(data: &[u8]) {
    // Read once: the template is not what this target exercises.
    static TEMPLATE: std::sync::OnceLock<Template> = std::sync::OnceLock::new();
    let template = TEMPLATE.get_or_init(Template::default_template);
    let raw = String::from_utf8_lossy(data);
    // Byte 0x01 becomes a heading of the form, byte 0x02 a box line.
    let questions = &template.data().questions;
    let mut text = String::new();
    for (i, c) in raw.chars().enumerate() {
        match c {
            '\u{1}' => {
                let q = &questions[i % questions.len()];
                text.push_str(q.text.get(Lang::Sv));
            }
            '\u{2}' => text.push_str(["Ja ☒", "Nej ☐", "☒ Ej aktuellt", "[x] Ja"][i % 4]),
            c => text.push(c),
        }
    }
    let import = formkoll::import_text(template, &text);
    let lines = text
        .split(['\n', '\r', '\u{B}', '\u{C}', '\u{2028}', '\u{2029}'])
        .count();
    for f in &import.findings {
        if let Some(line) = f.line {
            assert!(line >= 1 && line <= lines, "finding line {line} of {lines}");
        }
        assert!(f.code.as_str().starts_with("import."));
        assert!(!f.message(Lang::Sv).is_empty());
    }
    for p in &import.placed {
        assert!(
            p.line >= 1 && p.line <= lines,
            "placement line {} of {lines}",
            p.line
        );
        assert!(template.question_index(&p.question).is_some());
    }
    for (_, answer) in &import.report.answers.0 {
        assert!(answer.text().len() <= text.len());
    }
    let json = import.report.to_json();
    let reread = Report::from_json(&json).expect("the import's report reads back");
    assert_eq!(reread.to_json(), json);
    check(template, &reread, Lang::Sv).expect("the import's report checks");
    let all: Value = serde_json::from_str(&import.to_json(Lang::En)).expect("import JSON is JSON");
    assert!(all["findings"].is_array());
    assert_eq!(
        formkoll::import_text(template, &text),
        import,
        "deterministic"
    );
}
