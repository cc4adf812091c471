//! `formkoll template …`: an embedded template's JSON, every problem of
//! template files (`template check`), and a readable overview of a template
//! (`template FILE --format md|text`, in [`md`]).
//!
//! `template check` prints one line per problem, `FILE: PATH: CODE: reason`
//! (`FILE: CODE: reason` for the file as a whole, as `normalize --list`
//! puts the place first), `FILE: giltig mall` for a valid file and a closing
//! line; `--format json` an array with one `{file, valid, problems: [{path,
//! code, reason}]}` per file. An unreadable file is a problem of that file
//! (`template.invalid`, empty path). Exit 0 when every file is valid, 2
//! otherwise.

use super::args::{lang_of, value_of, Command, Format};
use super::{quoted, Output, Read, EXIT_OK, EXIT_UNUSABLE};
use crate::json::write::push_str as push_json;
use crate::prelude::*;
use crate::{render, Arg, Error, ErrorCode, Lang, Template, DEFAULT_TEMPLATE_ID};

mod md;

/// Parses the arguments after `template`: `[--id ID]`, `check FILE…
/// [--format text|json] [--lang L]` or `FILE|--id ID --format md|text
/// [--lang L]`.
pub(super) fn parse(rest: &[&str]) -> Result<Command, String> {
    let (check, rest) = match rest.split_first() {
        Some((&"check", rest)) => (true, rest),
        _ => (false, rest),
    };
    let sub = if check { "template check" } else { "template" };
    let mut files = Vec::new();
    let mut id = None;
    let mut format = None;
    let mut lang = Lang::Sv;
    let mut args = rest.iter().copied();
    while let Some(arg) = args.next() {
        let mut value = || value_of(&mut args, sub, arg);
        match arg {
            "--id" if !check => id = Some(value()?.to_string()),
            "--format" => format = Some(value()?),
            "--lang" => lang = lang_of(sub, value()?)?,
            f if !f.starts_with("--") => files.push(f.to_string()),
            other => return Err(sub.to_string() + ": unexpected argument " + &quoted(other)),
        }
    }
    if check {
        let format = match format {
            None | Some("text") => Format::Text,
            Some("json") => Format::Json,
            Some(f) => {
                return Err(
                    "template check: --format is text or json, not ".to_string() + &quoted(f)
                )
            }
        };
        if files.is_empty() {
            return Err("template check: FILE is required".into());
        }
        return Ok(Command::TemplateCheck {
            files,
            format,
            lang,
        });
    }
    let markdown = match format {
        // `template` and `template --id ID` print the JSON, as always.
        None if files.is_empty() => return Ok(Command::Template { id }),
        None | Some("md") => true,
        Some("text") => false,
        Some(f) => return Err("template: --format is md or text, not ".to_string() + &quoted(f)),
    };
    if files.len() > 1 || (id.is_some() && !files.is_empty()) {
        return Err("template: expected one FILE or --id ID".into());
    }
    Ok(Command::TemplateOverview {
        file: files.pop(),
        id,
        markdown,
        lang,
    })
}

/// The text of template `file` (`-`: stdin), or why it cannot be read.
fn source(read: Read<'_>, file: &str) -> Result<String, String> {
    let path = (file != "-").then_some(file);
    let bytes = read(path)?;
    let code = Some(ErrorCode::TemplateInvalid);
    super::decode(file, bytes, code).map_err(|e| {
        let e = e
            .strip_prefix(file)
            .and_then(|e| e.strip_prefix(": "))
            .unwrap_or(&e);
        let prefix = ErrorCode::TemplateInvalid.as_str().to_string() + ": ";
        e.strip_prefix(prefix.as_str()).unwrap_or(e).to_string()
    })
}

/// The problems of template file `file`: its reading, then its contents.
fn file_problems(read: Read<'_>, file: &str) -> Vec<Error> {
    match source(read, file) {
        Ok(text) => Template::problems(&text),
        Err(reason) => vec![Error::new(ErrorCode::TemplateInvalid, "", reason)],
    }
}

/// Appends `FILE: PATH: CODE: reason` (no `PATH: ` when it is empty) and a
/// line break.
fn problem_line(out: &mut String, file: &str, e: &Error) {
    for part in [file, ": ", e.path()] {
        out.push_str(part);
    }
    if !e.path().is_empty() {
        out.push_str(": ");
    }
    for part in [e.code().as_str(), ": ", e.reason(), "\n"] {
        out.push_str(part);
    }
}

/// `formkoll template check FILE…`.
pub(super) fn run_check(
    read: Read<'_>,
    files: &[String],
    format: Format,
    lang: Lang,
    out: &mut Output,
) {
    let results: Vec<(&str, Vec<Error>)> = files
        .iter()
        .map(|f| (f.as_str(), file_problems(read, f)))
        .collect();
    let invalid = results.iter().filter(|(_, p)| !p.is_empty()).count() as u64;
    match format {
        Format::Json => {
            let s = &mut out.stdout;
            s.push('[');
            for (i, (file, problems)) in results.iter().enumerate() {
                s.push_str(if i == 0 { "{\"file\":" } else { ",{\"file\":" });
                push_json(s, file);
                s.push_str(",\"valid\":");
                s.push_str(if problems.is_empty() { "true" } else { "false" });
                s.push_str(",\"problems\":[");
                for (j, e) in problems.iter().enumerate() {
                    s.push_str(if j == 0 { "{\"path\":" } else { ",{\"path\":" });
                    push_json(s, e.path());
                    s.push_str(",\"code\":");
                    push_json(s, e.code().as_str());
                    s.push_str(",\"reason\":");
                    push_json(s, e.reason());
                    s.push('}');
                }
                s.push_str("]}");
            }
            s.push_str("]\n");
        }
        Format::Text => {
            let valid = render(lang, "tmpl.valid", 1, &[]);
            for (file, problems) in &results {
                for e in problems {
                    problem_line(&mut out.stdout, file, e);
                }
                if problems.is_empty() {
                    for part in [file, ": ", valid.as_str(), "\n"] {
                        out.stdout.push_str(part);
                    }
                }
            }
            let (key, n) = if invalid == 0 {
                ("tmpl.all_valid", results.len() as u64)
            } else {
                ("tmpl.invalid", invalid)
            };
            out.stdout
                .push_str(&render(lang, key, n, &[("count", Arg::Num(n))]));
            out.stdout.push('\n');
        }
    }
    out.exit = if invalid == 0 { EXIT_OK } else { EXIT_UNUSABLE };
}

/// `formkoll template FILE|--id ID --format md|text`: the overview on
/// stdout, or the template's problems on stderr (exit 2).
pub(super) fn run_overview(
    read: Read<'_>,
    file: Option<&str>,
    id: Option<&str>,
    markdown: bool,
    lang: Lang,
    out: &mut Output,
) -> Result<(), String> {
    let template = match file {
        Some(file) => {
            let parsed = source(read, file)
                .map_err(|reason| vec![Error::new(ErrorCode::TemplateInvalid, "", reason)]);
            match parsed
                .and_then(|text| Template::from_json(&text).map_err(|_| Template::problems(&text)))
            {
                Ok(t) => t,
                Err(problems) => {
                    for e in &problems {
                        problem_line(&mut out.stderr, file, e);
                    }
                    out.exit = EXIT_UNUSABLE;
                    return Ok(());
                }
            }
        }
        None => Template::embedded(id.unwrap_or(DEFAULT_TEMPLATE_ID)).map_err(|e| e.to_string())?,
    };
    out.stdout
        .push_str(&md::render_overview(&template, markdown, lang));
    out.exit = EXIT_OK;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(args: &[&str]) -> Result<Command, String> {
        parse(args)
    }

    #[test]
    fn template_args_keep_the_old_forms_and_add_check_and_overview() {
        assert_eq!(p(&[]), Ok(Command::Template { id: None }));
        assert_eq!(
            p(&["--id", "x"]),
            Ok(Command::Template {
                id: Some("x".into())
            })
        );
        assert_eq!(
            p(&["check", "a.json", "b.json", "--format", "json", "--lang", "en"]),
            Ok(Command::TemplateCheck {
                files: vec!["a.json".into(), "b.json".into()],
                format: Format::Json,
                lang: Lang::En
            })
        );
        assert_eq!(
            p(&["t.json", "--format", "text"]),
            Ok(Command::TemplateOverview {
                file: Some("t.json".into()),
                id: None,
                markdown: false,
                lang: Lang::Sv
            })
        );
        assert!(p(&["check"]).is_err());
        assert!(p(&["check", "a", "--format", "md"]).is_err());
        assert!(p(&["check", "a", "--id", "x"]).is_err());
        assert!(p(&["a", "b", "--format", "md"]).is_err());
        assert!(p(&["a", "--id", "x"]).is_err());
        assert!(p(&["a", "--format", "json"]).is_err());
    }

    #[test]
    fn template_problem_lines_name_file_path_and_code() {
        let mut s = String::new();
        problem_line(
            &mut s,
            "t.json",
            &Error::new(ErrorCode::TemplateInvalid, "limits[0].max", "why"),
        );
        problem_line(
            &mut s,
            "u.json",
            &Error::new(ErrorCode::TemplateInvalid, "", "whole"),
        );
        assert_eq!(
            s,
            "t.json: limits[0].max: template.invalid: why\nu.json: template.invalid: whole\n"
        );
    }
}
