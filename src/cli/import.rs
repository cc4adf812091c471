//! `formkoll import DOC` and `formkoll check DOC --from-text`: a filled-in
//! document (plain text, or a .docx in the native build) read into a report
//! by [`import_text`](crate::import_text).
//!
//! `import` prints the report JSON (pipe it into `formkoll check -`), or
//! with `--format text` a table of where each answer was found. What could
//! not be placed goes to stderr, one line each: `formkoll: DOC:LINE: code:
//! message`. Exit 0 when everything was placed, 1 when something was not,
//! 2 when the document is unusable (unreadable, or none of the template's
//! questions is in it).

use super::{args::Format, digits, text, Output, Read, EXIT_INVALID, EXIT_OK};
use crate::import::Document;
use crate::prelude::*;
use crate::{check, count, format_number, CheckResult, Import, Lang, Template};

/// The template to read with: a file, or the embedded 2024:99 template.
pub(super) fn template(read: Read<'_>, path: Option<&str>) -> Result<Template, String> {
    match path {
        Some(path) => Template::from_json(&super::read_text(
            read,
            Some(path),
            Some(crate::ErrorCode::TemplateInvalid),
        )?)
        .map_err(|e| path.to_string() + ": " + &e.to_string()),
        None => Ok(Template::default_template()),
    }
}

/// The text of a document: UTF-8 text as it is, a .docx through its XML
/// (with its text boxes set apart, to be reported).
pub(super) fn document_text(name: &str, bytes: Vec<u8>) -> Result<Document, String> {
    if crate::import::is_zip(&bytes) {
        #[cfg(not(target_arch = "wasm32"))]
        return crate::import::docx_document(&bytes)
            .map_err(|e| name.to_string() + ": " + &e.to_string());
        #[cfg(target_arch = "wasm32")]
        return Err(name.to_string()
            + ": document.invalid: a .docx is read by the native formkoll; save the document as text (.txt)");
    }
    // A UTF-16 file named .json is a report (`check FILE…`), any other a document.
    let code = if name.ends_with(".json") {
        crate::ErrorCode::ReportInvalid
    } else {
        crate::ErrorCode::DocumentInvalid
    };
    super::decode(name, bytes, Some(code)).map(Document::from)
}

/// Imports `text`; a document with none of the template's questions is unusable.
pub(super) fn imported(template: &Template, name: &str, doc: &Document) -> Result<Import, String> {
    let import = crate::import::import_document(template, doc);
    if import.placed.is_empty() {
        return Err(name.to_string()
            + ": "
            + crate::ErrorCode::DocumentNoQuestions.as_str()
            + ": none of the template's questions is in the document");
    }
    Ok(import)
}

/// Reads and imports the document at `doc` (`-`: stdin).
fn read_document(read: Read<'_>, doc: &str, template: &Template) -> Result<Import, String> {
    let source = (doc != "-").then_some(doc);
    let name = source.unwrap_or("stdin");
    let bytes = read(source).map_err(|e| name.to_string() + ": " + &e)?;
    imported(template, name, &document_text(name, bytes)?)
}

/// One stderr line per finding: `formkoll: DOC:LINE: code: message`.
pub(super) fn findings_to_stderr(doc: &str, import: &Import, lang: Lang, out: &mut Output) {
    for f in &import.findings {
        out.stderr.push_str("formkoll: ");
        out.stderr.push_str(doc);
        if let Some(line) = f.line {
            out.stderr.push(':');
            out.stderr.push_str(&digits(line as u64));
        }
        out.stderr.push_str(": ");
        out.stderr.push_str(f.code.as_str());
        out.stderr.push_str(": ");
        out.stderr.push_str(&f.message(lang));
        out.stderr.push('\n');
    }
}

/// `formkoll import DOC`.
pub(super) fn run_import(
    read: Read<'_>,
    doc: &str,
    template_path: Option<&str>,
    format: Format,
    lang: Lang,
    out: &mut Output,
) -> Result<(), String> {
    let template = template(read, template_path)?;
    let import = read_document(read, doc, &template)?;
    match format {
        Format::Json => {
            out.stdout.push_str(&import.report.to_json());
            out.stdout.push('\n');
            findings_to_stderr(doc, &import, lang, out);
        }
        Format::Text => out
            .stdout
            .push_str(&placement_table(&template, &import, lang)),
    }
    out.exit = if import.is_complete() {
        EXIT_OK
    } else {
        EXIT_INVALID
    };
    Ok(())
}

/// `formkoll check DOC --from-text`: the check output of the imported
/// report, exactly as `formkoll check` prints it; what could not be placed
/// goes to stderr and makes the exit 1.
pub(super) fn run_check_text(
    read: Read<'_>,
    doc: &str,
    template_path: Option<&str>,
    format: Format,
    lang: Lang,
    json: &dyn Fn(&CheckResult) -> Result<String, String>,
    out: &mut Output,
) -> Result<(), String> {
    let template = template(read, template_path)?;
    let import = read_document(read, doc, &template)?;
    findings_to_stderr(doc, &import, lang, out);
    let result = check(&template, &import.report, lang)
        .map_err(|e| doc.to_string() + ": " + &e.to_string())?;
    match format {
        Format::Json => {
            out.stdout.push_str(&json(&result)?);
            out.stdout.push('\n');
        }
        Format::Text => out.stdout.push_str(&text::render_result(&result, lang)),
    }
    out.exit = if result.valid && import.is_complete() {
        EXIT_OK
    } else {
        EXIT_INVALID
    };
    Ok(())
}

/// Where each answer was found: question, line, the number printed, the
/// count and the first words; then what could not be placed.
fn placement_table(template: &Template, import: &Import, lang: Lang) -> String {
    let sv = lang == Lang::Sv;
    let mut rows: Vec<[String; 5]> = vec![[
        (if sv { "Fråga" } else { "Question" }).to_string(),
        (if sv { "Rad" } else { "Line" }).to_string(),
        (if sv { "Numrerad" } else { "Numbered" }).to_string(),
        (if sv { "Tecken" } else { "Characters" }).to_string(),
        (if sv { "Början" } else { "Starts" }).to_string(),
    ]];
    for p in &import.placed {
        let text = import
            .report
            .answers
            .get(&p.question)
            .map_or("", |a| a.text());
        let n = count(text, template.policy()) as u64;
        rows.push([
            p.question.clone(),
            digits(p.line as u64),
            p.label.clone().unwrap_or_else(|| "–".to_string()),
            format_number(n, lang),
            crate::import::excerpt(text),
        ]);
    }
    let mut widths = [0usize; 5];
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let mut out = String::new();
    for row in &rows {
        let mut line = String::new();
        for (i, (cell, w)) in row.iter().zip(widths).enumerate() {
            let pad = w.saturating_sub(cell.chars().count());
            // Numbers right-aligned, words left-aligned.
            if i == 1 || i == 3 {
                line.extend(core::iter::repeat(' ').take(pad));
                line.push_str(cell);
            } else {
                line.push_str(cell);
                line.extend(core::iter::repeat(' ').take(pad));
            }
            line.push_str("  ");
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out.push('\n');
    if import.findings.is_empty() {
        out.push_str(if sv {
            "Allt i dokumentet har placerats.\n"
        } else {
            "Everything in the document was placed.\n"
        });
        return out;
    }
    out.push_str(if sv {
        "Kunde inte placeras ("
    } else {
        "Could not be placed ("
    });
    out.push_str(&digits(import.findings.len() as u64));
    out.push_str(")\n");
    for f in &import.findings {
        out.push_str("  - ");
        if let Some(line) = f.line {
            out.push_str(if sv { "rad " } else { "line " });
            out.push_str(&digits(line as u64));
            out.push_str(": ");
        }
        out.push_str(&f.message(lang));
        out.push('\n');
    }
    out
}
