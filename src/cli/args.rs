//! Command-line parsing, by hand: four subcommands and four flags do not
//! need an argument-parsing crate.

use super::quoted;
use crate::prelude::*;
use crate::Lang;

/// The output format of `check`.
///
/// # Example
///
/// ```
/// use formkoll::cli::{parse, Command, Format};
/// let args: Vec<String> = ["check", "r.json", "--format", "json"].map(String::from).to_vec();
/// assert!(matches!(parse(&args), Ok(Command::Check { format: Format::Json, .. })));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// A table and lists for people.
    Text,
    /// The `CheckResult` object, on one line.
    Json,
}

/// The output format of `check` on several files.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BatchFormat {
    /// One row per file and a total line, for people.
    Text,
    /// An array of the single-file results, each with its `file`.
    Json,
    /// A header and one row per file, for a spreadsheet.
    Csv,
    /// One self-contained page (src/cli/html/): the overview, or for one
    /// file its receipt.
    Html,
}

/// A parsed command line.
///
/// # Example
///
/// ```
/// use formkoll::cli::{parse, Command};
/// let args = ["template".to_string()];
/// assert_eq!(parse(&args), Ok(Command::Template { id: None }));
/// ```
#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    /// `formkoll count [FILE] [--all]`
    Count {
        /// The file to count (`None`: stdin).
        file: Option<String>,
        /// Print code points and UTF-16 units too.
        all: bool,
    },
    /// `formkoll check REPORT [--template T] [--format F] [--lang L] [--questions IDS]`
    Check {
        /// The report file (`-`: stdin).
        report: String,
        /// A template file instead of the embedded 2024:99 template.
        template: Option<String>,
        /// How to print the result.
        format: Format,
        /// The language of the messages.
        lang: Lang,
        /// `--questions 2.1,2.2`: narrow the result to these questions (one
        /// step of a multi-step form), as `scope: 'form'` does in the browser.
        questions: Option<Vec<String>>,
    },
    /// `formkoll check DOC --from-text`: import a document, then check it.
    CheckText {
        /// The document (text or .docx; `-`: stdin).
        doc: String,
        /// A template file instead of the embedded 2024:99 template.
        template: Option<String>,
        /// How to print the result.
        format: Format,
        /// The language of the messages.
        lang: Lang,
    },
    /// `formkoll check FILE FILE… [--format text|json|csv]`: one row per
    /// file, reports and documents mixed.
    CheckMany {
        /// The files, in order.
        files: Vec<String>,
        /// A template file instead of the embedded 2024:99 template.
        template: Option<String>,
        /// How to print the rows.
        format: BatchFormat,
        /// The language of the messages.
        lang: Lang,
    },
    /// `formkoll import DOC [--template T] [--format json|text]`
    Import {
        /// The document (text or .docx; `-`: stdin).
        doc: String,
        /// A template file instead of the embedded 2024:99 template.
        template: Option<String>,
        /// The report JSON, or a table of where each answer was found.
        format: Format,
        /// The language of the messages.
        lang: Lang,
    },
    /// `formkoll template [--id ID]`
    Template {
        /// The embedded template to print (`None`: the default).
        id: Option<String>,
    },
    /// `formkoll template check FILE… [--format text|json] [--lang sv|en]`:
    /// every problem of each template file (src/cli/template/).
    TemplateCheck {
        /// The template files, in order (`-`: stdin).
        files: Vec<String>,
        /// One line per problem, or a JSON array with one object per file.
        format: Format,
        /// The language of the lines around the problems.
        lang: Lang,
    },
    /// `formkoll template FILE|--id ID --format md|text [--lang sv|en]`:
    /// a readable overview of a template.
    TemplateOverview {
        /// The template file (`-`: stdin), or `None` for an embedded one.
        file: Option<String>,
        /// The embedded template when there is no file (`None`: the default).
        id: Option<String>,
        /// Markdown, or plain text.
        markdown: bool,
        /// The language of the headings and of the template's texts.
        lang: Lang,
    },
    /// `formkoll normalize [FILE] [--list]`
    Normalize {
        /// The file to normalize (`None`: stdin).
        file: Option<String>,
        /// List each proposed change instead of printing the fixed text.
        list: bool,
    },
    /// `formkoll --help`
    Help,
    /// `formkoll --version`
    Version,
}

/// The help text (`formkoll --help`).
pub const USAGE: &str = "\
formkoll — the rules of the 2024:99 report template for any form

USAGE:
    formkoll count [FILE] [--all]       count characters (stdin without FILE); the count is the last word
    formkoll check REPORT.json [--template T.json] [--format text|json] [--lang sv|en]
                                        check a report; exit 0 valid, 1 errors, 2 unusable input
    formkoll check FILE FILE… [--format text|json|csv]
                                        one row per report or document and a total line;
                                        exit 1 if any has errors, 2 if any is unusable
    formkoll check REPORT.json --questions 2.1,2.2,2.3
                                        the verdict for one step of a multi-step form: findings,
                                        limits and score of these questions (the counts are the
                                        whole report's), as attach(form, { scope: 'form' }) gives
    formkoll check FILE… --format html [--lang sv|en]
                                        one self-contained page: the overview of the files
                                        (one file: its check receipt); exit codes as above
    formkoll check DOC --from-text      import a document (text or .docx), then check it
    formkoll import DOC [--template T.json] [--format json|text] [--lang sv|en]
                                        read a filled-in document (text or .docx) into a report;
                                        exit 1 if something could not be placed, 2 unusable input
    formkoll template [--id ID]         print an embedded template (default resultatredovisning-2024-99)
    formkoll template check FILE… [--format text|json] [--lang sv|en]
                                        every problem of each template, one a line:
                                        FILE: PATH: CODE: reason; exit 0 all valid, 2 otherwise
    formkoll template FILE|--id ID --format md|text [--lang sv|en]
                                        a readable overview of a template to proofread against
                                        the form; exit 0, 2 for an invalid template
    formkoll normalize [FILE]           print the text with hygiene fixes applied; changes go to stderr
    formkoll normalize [FILE] --list    list each proposed change, one a line:
                                        LINE:COL: code: «before» → «after»  …context[change]context…
                                        (COL in characters; \n, \t, <U+200B> for what does not show)
    formkoll --help | --version
";

/// The value after option `arg` of subcommand `sub`, or the message that
/// it is missing.
pub(super) fn value_of<'a>(
    args: &mut impl Iterator<Item = &'a str>,
    sub: &str,
    arg: &str,
) -> Result<&'a str, String> {
    args.next()
        .ok_or_else(|| sub.to_string() + ": " + arg + " needs a value")
}

/// The language of `--lang VALUE`, or the message naming what is allowed.
pub(super) fn lang_of(sub: &str, value: &str) -> Result<Lang, String> {
    Lang::parse(value)
        .ok_or_else(|| sub.to_string() + ": --lang is sv or en, not " + &quoted(value))
}

/// Parses `args` (without the program name); an error is a message for
/// people, printed before [`USAGE`].
///
/// # Example
///
/// ```
/// use formkoll::cli::parse;
/// assert!(parse(&["check".to_string()]).is_err());
/// ```
pub fn parse(args: &[String]) -> Result<Command, String> {
    let mut it = args.iter().map(String::as_str);
    let Some(sub) = it.next() else {
        return Ok(Command::Help);
    };
    let rest: Vec<&str> = it.collect();
    match sub {
        "-h" | "--help" | "help" => Ok(Command::Help),
        "-V" | "--version" => Ok(Command::Version),
        "count" => {
            let mut file = None;
            let mut all = false;
            for a in rest {
                match a {
                    "--all" => all = true,
                    "-" if file.is_none() => {}
                    f if !f.starts_with("--") && file.is_none() => file = Some(f.to_string()),
                    other => return Err("count: unexpected argument ".to_string() + &quoted(other)),
                }
            }
            Ok(Command::Count { file, all })
        }
        "normalize" => {
            let list = rest.contains(&"--list");
            let files: Vec<&str> = rest.iter().copied().filter(|a| *a != "--list").collect();
            match files.as_slice() {
                [] | ["-"] => Ok(Command::Normalize { file: None, list }),
                [f] if !f.starts_with("--") => Ok(Command::Normalize {
                    file: Some(f.to_string()),
                    list,
                }),
                _ => Err("normalize: expected at most one FILE and --list".into()),
            }
        }
        "template" => super::template::parse(&rest),
        "check" | "import" => {
            let mut files = Vec::new();
            let mut template = None;
            let mut format = None;
            let mut from_text = false;
            let mut questions: Option<Vec<String>> = None;
            let mut lang = Lang::Sv;
            let import = sub == "import";
            let mut args = rest.iter().copied();
            while let Some(arg) = args.next() {
                let mut value = || value_of(&mut args, sub, arg);
                match arg {
                    "--template" => template = Some(value()?.to_string()),
                    "--format" => {
                        format = match value()? {
                            "text" => Some(BatchFormat::Text),
                            "json" => Some(BatchFormat::Json),
                            "csv" if !import => Some(BatchFormat::Csv),
                            "html" if !import => Some(BatchFormat::Html),
                            f => {
                                let formats = if import {
                                    "text or json"
                                } else {
                                    "text, json, csv or html"
                                };
                                return Err(sub.to_string()
                                    + ": --format is "
                                    + formats
                                    + ", not "
                                    + &quoted(f));
                            }
                        };
                    }
                    "--lang" => lang = lang_of(sub, value()?)?,
                    "--from-text" if !import => from_text = true,
                    "--questions" if !import => {
                        questions =
                            Some(value()?.split(',').map(|q| q.trim().to_string()).collect())
                    }
                    f if (!f.starts_with("--") || f == "-") && (files.is_empty() || !import) => {
                        files.push(f.to_string())
                    }
                    other => {
                        return Err(sub.to_string() + ": unexpected argument " + &quoted(other))
                    }
                }
            }
            let single = |f: Option<BatchFormat>, default: Format| match f {
                Some(BatchFormat::Json) => Format::Json,
                Some(BatchFormat::Text) => Format::Text,
                _ => default,
            };
            if import {
                let doc = files.pop().ok_or("import: DOC is required")?;
                let format = single(format, Format::Json);
                return Ok(Command::Import {
                    doc,
                    template,
                    format,
                    lang,
                });
            }
            if questions.is_some() && (files.len() != 1 || from_text) {
                return Err("check: --questions takes one REPORT.json".into());
            }
            match (files.len(), format) {
                (0, _) => Err("check: REPORT.json is required".into()),
                // CSV and HTML are for any number of files (one HTML file
                // is a receipt), documents included.
                (1, f) if !matches!(f, Some(BatchFormat::Csv | BatchFormat::Html)) => {
                    let file = files.pop().unwrap_or_default();
                    let format = single(f, Format::Text);
                    Ok(if from_text {
                        Command::CheckText {
                            doc: file,
                            template,
                            format,
                            lang,
                        }
                    } else {
                        Command::Check {
                            report: file,
                            template,
                            format,
                            lang,
                            questions,
                        }
                    })
                }
                (_, f) => Ok(Command::CheckMany {
                    files,
                    template,
                    format: f.unwrap_or(BatchFormat::Text),
                    lang,
                }),
            }
        }
        other => Err("unknown command ".to_string() + &quoted(other)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(args: &[&str]) -> Result<Command, String> {
        parse(&args.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn args_check_with_flags() {
        assert_eq!(
            p(&["check", "r.json", "--format", "json", "--lang", "en"]),
            Ok(Command::Check {
                report: "r.json".into(),
                template: None,
                format: Format::Json,
                lang: Lang::En,
                questions: None,
            })
        );
    }

    #[test]
    fn args_check_questions_is_one_report_narrowed() {
        assert!(matches!(
            p(&["check", "r.json", "--questions", "2.1, 2.2"]),
            Ok(Command::Check { questions: Some(q), .. }) if q == ["2.1", "2.2"]
        ));
        assert!(p(&["check", "a.json", "b.json", "--questions", "2.1"]).is_err());
        assert!(p(&["check", "a.txt", "--from-text", "--questions", "2.1"]).is_err());
        assert!(p(&["check", "r.json", "--questions"]).is_err());
    }

    #[test]
    fn args_import_and_check_many() {
        assert_eq!(
            p(&["import", "doc.txt"]),
            Ok(Command::Import {
                doc: "doc.txt".into(),
                template: None,
                format: Format::Json,
                lang: Lang::Sv
            })
        );
        assert!(matches!(
            p(&["check", "d.txt", "--from-text"]),
            Ok(Command::CheckText { .. })
        ));
        assert!(matches!(
            p(&["check", "a.json", "b.txt", "--format", "csv"]),
            Ok(Command::CheckMany {
                format: BatchFormat::Csv,
                ..
            })
        ));
        assert!(matches!(
            p(&["check", "a.json", "--format", "csv"]),
            Ok(Command::CheckMany { .. })
        ));
        assert!(p(&["import", "a", "b"]).is_err());
        assert!(p(&["import", "a", "--format", "csv"]).is_err());
    }

    #[test]
    fn args_errors_are_messages() {
        assert!(p(&["check"]).is_err());
        assert!(p(&["check", "r.json", "--format"]).is_err());
        assert!(p(&["check", "r.json", "--lang", "fi"]).is_err());
        assert!(p(&["frobnicate"]).is_err());
    }
}
