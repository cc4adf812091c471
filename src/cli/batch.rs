//! `formkoll check FILE FILE…`: many reports and documents at once, the
//! agency's view. One row per file — file, region and year where the report
//! names them, valid, score, the sections over budget and by how much, error
//! and warning counts, what an imported document could not place — then a
//! total line. `--format json` is an array of the single-file results, each
//! with its `file`; `--format csv` a header and one row per file.
//!
//! A file is a report when its text starts with `{`, otherwise a document
//! (text or .docx) that is imported first. An unusable file is shown as
//! such and the others are still checked. Exit 2 if any file is unusable,
//! else 1 if any has errors, else 0.

use super::import::{document_text, imported, template};
use super::{args::BatchFormat, digits, Output, Read, EXIT_INVALID, EXIT_OK, EXIT_UNUSABLE};
use crate::json::Object;
use crate::prelude::*;
use crate::{check, format_number, CheckResult, Lang, LimitStatus, Report, Template};

/// What one file gave.
enum Outcome {
    Checked {
        result: CheckResult,
        region: Option<String>,
        year: Option<String>,
        /// Findings of the import, for a document (`None` for a report).
        import: Option<crate::Import>,
    },
    Unusable(String),
}

struct Row {
    file: String,
    outcome: Outcome,
}

fn check_one(template: &Template, read: Read<'_>, file: &str, lang: Lang) -> Outcome {
    let mut run = || -> Result<Outcome, String> {
        let source = (file != "-").then_some(file);
        let bytes = read(source).map_err(|e| file.to_string() + ": " + &e)?;
        let text = document_text(file, bytes)?;
        let in_file = |e: crate::Error| file.to_string() + ": " + &e.to_string();
        if text.trim_start().starts_with('{') {
            let report = Report::from_json_for(&text, template).map_err(in_file)?;
            let result = check(template, &report, lang).map_err(in_file)?;
            let field = |key: &str| report.field_text(key);
            return Ok(Outcome::Checked {
                region: field("region"),
                year: field("year"),
                result,
                import: None,
            });
        }
        let import = imported(template, file, &text)?;
        let result = check(template, &import.report, lang).map_err(in_file)?;
        Ok(Outcome::Checked {
            result,
            region: None,
            year: None,
            import: Some(import),
        })
    };
    run().unwrap_or_else(Outcome::Unusable)
}

/// `formkoll check FILE FILE…`.
pub(super) fn run(
    read: Read<'_>,
    files: &[String],
    template_path: Option<&str>,
    format: BatchFormat,
    lang: Lang,
    json: &dyn Fn(&CheckResult) -> Result<String, String>,
    out: &mut Output,
) -> Result<(), String> {
    let template = template(read, template_path)?;
    let rows: Vec<Row> = files
        .iter()
        .map(|f| Row {
            file: f.clone(),
            outcome: check_one(&template, read, f, lang),
        })
        .collect();
    match format {
        BatchFormat::Text => out.stdout.push_str(&text(&rows, lang)),
        BatchFormat::Csv => out.stdout.push_str(&csv(&rows)),
        BatchFormat::Json => out.stdout.push_str(&json_rows(&rows, lang, json)?),
        BatchFormat::Html => out.stdout.push_str(&html(&rows, lang)),
    }
    for row in &rows {
        if let Outcome::Unusable(reason) = &row.outcome {
            out.stderr.push_str("formkoll: ");
            out.stderr.push_str(reason);
            out.stderr.push('\n');
        }
    }
    let unusable = rows
        .iter()
        .any(|r| matches!(r.outcome, Outcome::Unusable(_)));
    let invalid = rows.iter().any(|r| match &r.outcome {
        Outcome::Checked { result, .. } => !result.valid,
        Outcome::Unusable(_) => false,
    });
    out.exit = if unusable {
        EXIT_UNUSABLE
    } else if invalid {
        EXIT_INVALID
    } else {
        EXIT_OK
    };
    Ok(())
}

/// "2 (+775), 3 (+546)": the sections over budget and by how much.
fn over_budget(result: &CheckResult, number: &dyn Fn(u64) -> String, sep: &str) -> String {
    let mut s = String::new();
    for l in result
        .limits
        .iter()
        .filter(|l| l.status == LimitStatus::Exceeded)
    {
        if !s.is_empty() {
            s.push_str(sep);
        }
        s.push_str(l.section.as_deref().unwrap_or(&l.id));
        s.push_str(" (+");
        s.push_str(&number(l.over_by));
        s.push(')');
    }
    s
}

/// The page of `--format html` (src/cli/html/).
fn html(rows: &[Row], lang: Lang) -> String {
    let items: Vec<super::html::Item<'_>> = rows
        .iter()
        .map(|row| match &row.outcome {
            Outcome::Checked {
                result,
                region,
                import,
                ..
            } => super::html::Item {
                file: &row.file,
                region: region.as_deref(),
                outcome: Ok(result),
                not_placed: unplaced(import),
            },
            Outcome::Unusable(reason) => super::html::Item {
                file: &row.file,
                region: None,
                outcome: Err(reason),
                not_placed: None,
            },
        })
        .collect();
    super::html::render_page(&items, lang)
}

fn unplaced(import: &Option<crate::Import>) -> Option<u64> {
    import.as_ref().map(|i| i.findings.len() as u64)
}

fn text(rows: &[Row], lang: Lang) -> String {
    let sv = lang == Lang::Sv;
    let pick = |s: &'static str, e: &'static str| if sv { s } else { e };
    let n = |v: u64| format_number(v, lang);
    let dash = || "–".to_string();
    let mut table: Vec<[String; 9]> = vec![[
        pick("Fil", "File").into(),
        "Region".into(),
        pick("År", "Year").into(),
        pick("Giltig", "Valid").into(),
        pick("Poäng", "Score").into(),
        pick("Över budget", "Over budget").into(),
        pick("Fel", "Errors").into(),
        pick("Varningar", "Warnings").into(),
        pick("Ej placerat", "Not placed").into(),
    ]];
    let (mut valid, mut invalid, mut unusable) = (0u64, 0u64, 0u64);
    // Why a file is unusable, written after its row's columns.
    let mut tails: Vec<(usize, String)> = Vec::new();
    for row in rows {
        match &row.outcome {
            Outcome::Checked {
                result,
                region,
                year,
                import,
            } => {
                if result.valid {
                    valid += 1;
                } else {
                    invalid += 1;
                }
                let over = over_budget(result, &n, ", ");
                table.push([
                    row.file.clone(),
                    region.clone().unwrap_or_else(dash),
                    year.clone().unwrap_or_else(dash),
                    pick(
                        if result.valid { "ja" } else { "nej" },
                        if result.valid { "yes" } else { "no" },
                    )
                    .into(),
                    digits(u64::from(result.score)),
                    if over.is_empty() { dash() } else { over },
                    n(result.counts.errors),
                    n(result.counts.warnings),
                    unplaced(import).map_or_else(dash, n),
                ]);
            }
            Outcome::Unusable(reason) => {
                unusable += 1;
                let reason = reason
                    .strip_prefix(row.file.as_str())
                    .map_or(reason.as_str(), |r| r.trim_start_matches(": "));
                tails.push((table.len(), crate::import::excerpt(reason)));
                table.push([
                    row.file.clone(),
                    dash(),
                    dash(),
                    pick("oläsbar", "unusable").into(),
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                ]);
            }
        }
    }
    let mut widths = [0usize; 9];
    for row in &table {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let mut out = String::new();
    for (r, row) in table.iter().enumerate() {
        let mut line = String::new();
        for (i, (cell, w)) in row.iter().zip(widths).enumerate() {
            let pad = w.saturating_sub(cell.chars().count());
            let right = matches!(i, 4 | 6 | 7 | 8) && !cell.is_empty();
            if right {
                line.extend(core::iter::repeat(' ').take(pad));
            }
            line.push_str(cell);
            if !right {
                line.extend(core::iter::repeat(' ').take(pad));
            }
            line.push_str("  ");
        }
        if let Some((_, tail)) = tails.iter().find(|(at, _)| *at == r) {
            line.push_str(tail);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    // "Totalt: 3 filer, 1 giltig, 1 med fel, 1 oläsbar"
    let count = |k: u64, one: &str, many: &str| {
        let mut s = digits(k);
        s.push(' ');
        s.push_str(if k == 1 { one } else { many });
        s
    };
    out.push('\n');
    out.push_str(pick("Totalt: ", "Total: "));
    out.push_str(&count(
        rows.len() as u64,
        pick("fil", "file"),
        pick("filer", "files"),
    ));
    out.push_str(", ");
    out.push_str(&count(
        valid,
        pick("giltig", "valid"),
        pick("giltiga", "valid"),
    ));
    out.push_str(", ");
    out.push_str(&count(
        invalid,
        pick("med fel", "with errors"),
        pick("med fel", "with errors"),
    ));
    out.push_str(", ");
    out.push_str(&count(
        unusable,
        pick("oläsbar", "unusable"),
        pick("oläsbara", "unusable"),
    ));
    out.push('\n');
    out
}

/// One CSV field, quoted when it holds a comma, a quote or a line break.
fn field(out: &mut String, value: &str) {
    if value.contains([',', '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&value.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(value);
    }
}

fn csv(rows: &[Row]) -> String {
    let mut out = String::from(
        "file,region,year,valid,score,over_budget,errors,warnings,not_placed,unusable\r\n",
    );
    let plain = |v: u64| digits(v);
    for row in rows {
        let cells: [String; 10] = match &row.outcome {
            Outcome::Checked {
                result,
                region,
                year,
                import,
            } => [
                row.file.clone(),
                region.clone().unwrap_or_default(),
                year.clone().unwrap_or_default(),
                (if result.valid { "true" } else { "false" }).into(),
                digits(u64::from(result.score)),
                over_budget(result, &plain, " "),
                digits(result.counts.errors),
                digits(result.counts.warnings),
                unplaced(import).map(digits).unwrap_or_default(),
                String::new(),
            ],
            Outcome::Unusable(reason) => [
                row.file.clone(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                reason.clone(),
            ],
        };
        for (i, cell) in cells.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            field(&mut out, cell);
        }
        out.push_str("\r\n");
    }
    out
}

fn json_rows(
    rows: &[Row],
    lang: Lang,
    json: &dyn Fn(&CheckResult) -> Result<String, String>,
) -> Result<String, String> {
    let mut out = String::from("[");
    for (i, row) in rows.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let mut o = Object::new(&mut out);
        o.field("file", &row.file);
        match &row.outcome {
            Outcome::Checked {
                result,
                region,
                year,
                import,
            } => {
                o.field("region", region).field("year", year);
                // The single-file result's fields follow `file`.
                let single = json(result)?;
                let body = single.trim().strip_prefix('{').unwrap_or("}");
                if let Some(import) = import {
                    // Only the findings: the report is what was checked.
                    o.key("import").push_str(&import.findings_json(lang));
                }
                if body != "}" {
                    out.push(',');
                }
                out.push_str(body);
            }
            Outcome::Unusable(reason) => {
                o.field("error", reason);
                o.end();
            }
        }
    }
    out.push_str("]\n");
    Ok(out)
}
