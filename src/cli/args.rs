//! Command-line parsing, by hand: four subcommands and four flags do not
//! need an argument-parsing crate.

use super::quoted;
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
    /// `formkoll check REPORT [--template T] [--format F] [--lang L]`
    Check {
        /// The report file (`-`: stdin).
        report: String,
        /// A template file instead of the embedded 2024:99 template.
        template: Option<String>,
        /// How to print the result.
        format: Format,
        /// The language of the messages.
        lang: Lang,
    },
    /// `formkoll template [--id ID]`
    Template {
        /// The embedded template to print (`None`: the default).
        id: Option<String>,
    },
    /// `formkoll normalize [FILE]`
    Normalize {
        /// The file to normalize (`None`: stdin).
        file: Option<String>,
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
    formkoll template [--id ID]         print an embedded template (default resultatredovisning-2024-99)
    formkoll normalize [FILE]           print the text with hygiene fixes applied; changes go to stderr
    formkoll --help | --version
";

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
        "normalize" => match rest.as_slice() {
            [] | ["-"] => Ok(Command::Normalize { file: None }),
            [f] if !f.starts_with("--") => Ok(Command::Normalize {
                file: Some(f.to_string()),
            }),
            _ => Err("normalize: expected at most one FILE".into()),
        },
        "template" => match rest.as_slice() {
            [] => Ok(Command::Template { id: None }),
            ["--id", id] => Ok(Command::Template {
                id: Some(id.to_string()),
            }),
            _ => Err("template: expected [--id ID]".into()),
        },
        "check" => {
            let mut report = None;
            let mut template = None;
            let mut format = Format::Text;
            let mut lang = Lang::Sv;
            let mut args = rest.iter().copied();
            while let Some(arg) = args.next() {
                let mut value = || {
                    args.next()
                        .ok_or_else(|| "check: ".to_string() + arg + " needs a value")
                };
                match arg {
                    "--template" => template = Some(value()?.to_string()),
                    "--format" => {
                        format = match value()? {
                            "text" => Format::Text,
                            "json" => Format::Json,
                            f => {
                                return Err("check: --format is text or json, not ".to_string()
                                    + &quoted(f))
                            }
                        };
                    }
                    "--lang" => {
                        let v = value()?;
                        lang = Lang::parse(v).ok_or_else(|| {
                            "check: --lang is sv or en, not ".to_string() + &quoted(v)
                        })?;
                    }
                    f if (!f.starts_with("--") || f == "-") && report.is_none() => {
                        report = Some(f.to_string())
                    }
                    other => return Err("check: unexpected argument ".to_string() + &quoted(other)),
                }
            }
            let report = report.ok_or("check: REPORT.json is required")?;
            Ok(Command::Check {
                report,
                template,
                format,
                lang,
            })
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
                lang: Lang::En
            })
        );
    }

    #[test]
    fn args_errors_are_messages() {
        assert!(p(&["check"]).is_err());
        assert!(p(&["check", "r.json", "--format"]).is_err());
        assert!(p(&["check", "r.json", "--lang", "fi"]).is_err());
        assert!(p(&["frobnicate"]).is_err());
    }
}
