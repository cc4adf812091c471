//! `formkoll check FILE… --format html` in the npm package's command line
//! (`npx formkoll`, the WebAssembly module built with the feature `cli`):
//! JSON reports only — documents are read by the native formkoll, as for
//! the other commands — read, checked and rendered exactly as the native
//! CLI does (src/cli/batch.rs), so both print the same bytes for the same
//! reports. Exit 2 if any file is unusable, else 1 if any report has
//! errors, else 0.

use super::{render_page, Item};
use crate::cli::{read_text, Output, Read, EXIT_INVALID, EXIT_OK, EXIT_UNUSABLE};
use crate::prelude::*;
use crate::{check, CheckResult, Lang, Report, Template};

/// What one file gave: its region and result, or why it is unusable.
type Checked = Result<(Option<String>, CheckResult), String>;

fn check_one(template: &Template, read: Read<'_>, file: &str, lang: Lang) -> Checked {
    let source = (file != "-").then_some(file);
    let bytes = read(source).map_err(|e| file.to_string() + ": " + &e)?;
    if crate::import::is_zip(&bytes) {
        return Err(file.to_string()
            + ": document.invalid: a .docx is read by the native formkoll; save the document as text (.txt)");
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        file.to_string()
            + ": not UTF-8 (invalid byte at offset "
            + &crate::cli::digits(e.utf8_error().valid_up_to() as u64)
            + ")"
    })?;
    if !text
        .trim_start_matches('\u{FEFF}')
        .trim_start()
        .starts_with('{')
    {
        return Err(file.to_string()
            + ": document.invalid: documents are read by the native formkoll (cargo install formkoll); \
               give the report as JSON");
    }
    let in_file = |e: crate::Error| file.to_string() + ": " + &e.to_string();
    let report = Report::from_json(&text).map_err(in_file)?;
    let result = check(template, &report, lang).map_err(in_file)?;
    Ok((report.field_text("region"), result))
}

/// Checks the JSON reports `files` and prints the page.
pub(in crate::cli) fn run_reports(
    read: Read<'_>,
    files: &[String],
    template_path: Option<&str>,
    lang: Lang,
    out: &mut Output,
) -> Result<(), String> {
    let template = match template_path {
        Some(path) => Template::from_json(&read_text(
            read,
            Some(path),
            Some(crate::ErrorCode::TemplateInvalid),
        )?)
        .map_err(|e| path.to_string() + ": " + &e.to_string())?,
        None => Template::default_template(),
    };
    let checked: Vec<Checked> = files
        .iter()
        .map(|f| check_one(&template, read, f, lang))
        .collect();
    let items: Vec<Item<'_>> = files
        .iter()
        .zip(&checked)
        .map(|(file, c)| Item {
            file,
            region: c.as_ref().ok().and_then(|(region, _)| region.as_deref()),
            outcome: match c {
                Ok((_, result)) => Ok(result),
                Err(reason) => Err(reason),
            },
            not_placed: None,
        })
        .collect();
    out.stdout.push_str(&render_page(&items, lang));
    for reason in checked.iter().filter_map(|c| c.as_ref().err()) {
        out.stderr.push_str("formkoll: ");
        out.stderr.push_str(reason);
        out.stderr.push('\n');
    }
    out.exit = if checked.iter().any(Result::is_err) {
        EXIT_UNUSABLE
    } else if checked.iter().flatten().any(|(_, r)| !r.valid) {
        EXIT_INVALID
    } else {
        EXIT_OK
    };
    Ok(())
}
