//! The `formkoll` command line as a library: arguments and file contents in,
//! stdout, stderr and an exit code out. No process, no file system.
//!
//! The native binary (`src/bin/formkoll/`) and the npm package's `bin` (the
//! core's WebAssembly module built with the cargo feature `cli`, pkg/cli/,
//! via `src/bindings/cli.rs`) are both thin wrappers around [`run`], so
//! `npx formkoll check r.json` prints byte for byte what the native CLI
//! prints. The page's module is built without that feature: no page loads
//! the command line.
//!
//! Exit codes: [`EXIT_OK`] valid (or success), [`EXIT_INVALID`] the report
//! has errors, [`EXIT_UNUSABLE`] unusable input or arguments.
//!
//! Text is built with `push_str`, not `format!`: this code ships in a
//! WebAssembly module too (formkoll/cli), and `core::fmt` machinery costs
//! bytes there.

use crate::prelude::*;

mod args;
// Importing documents and checking many files are the native CLI's: a web
// page never needs them, and they would weigh on every page's WebAssembly.
#[cfg(not(target_arch = "wasm32"))]
mod batch;
// The page of `check FILE… --format html`: native, and the npm CLI module
// (JSON reports only there), never the page's WebAssembly.
#[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
mod html;
#[cfg(not(target_arch = "wasm32"))]
mod import;
mod list;
mod template;
mod text;

pub use args::{parse, BatchFormat, Command, Format, USAGE};

use crate::{
    check, count_code_points, count_default, count_utf16, normalize, CheckResult, Report, Template,
    DEFAULT_TEMPLATE_ID,
};

/// Exit code: success, or a valid report.
pub const EXIT_OK: u8 = 0;
/// Exit code: the report was read and has errors.
pub const EXIT_INVALID: u8 = 1;
/// Exit code: the input or the arguments could not be used.
pub const EXIT_UNUSABLE: u8 = 2;

/// What a run of the command line produced.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Output {
    /// Everything written to standard output.
    pub stdout: String,
    /// Everything written to standard error.
    pub stderr: String,
    /// The process exit code: [`EXIT_OK`], [`EXIT_INVALID`] or [`EXIT_UNUSABLE`].
    pub exit: u8,
}

/// Runs the command line `args` (without the program name). `read` returns
/// the bytes of a file by path, or of standard input for `None`; its error
/// is a reason like "No such file or directory", which the CLI prefixes with
/// the path.
///
/// # Example
///
/// ```
/// use formkoll::cli::{run, EXIT_OK};
/// let args = ["count".to_string()];
/// let out = run(&args, &mut |path| match path {
///     None => Ok("Å\r\nö".as_bytes().to_vec()),
///     Some(p) => Err(format!("no file {p}")),
/// });
/// assert_eq!((out.stdout.as_str(), out.exit), ("3\n", EXIT_OK));
/// ```
pub fn run(
    args: &[String],
    read: &mut dyn FnMut(Option<&str>) -> Result<Vec<u8>, String>,
) -> Output {
    // The crate's JSON writer: serde_json's text byte for byte
    // (src/json/equal_to_serde.rs), the one writer of every format.
    run_with(args, read, &|result| Ok(crate::json::to_string(result)))
}

/// [`run`], with the JSON text of a check result (`check --format json`)
/// written by `json`: the WebAssembly build writes it through the very
/// objects `rules.check()` returns (`JSON.stringify`), which are equal to
/// `serde_json`'s text byte for byte, so the module need not carry a second
/// serializer (about 3 KB gzipped).
///
/// # Example
///
/// ```
/// use formkoll::cli::{run_with, EXIT_INVALID};
/// let args: Vec<String> = ["check", "-", "--format", "json"].map(String::from).to_vec();
/// let out = run_with(&args, &mut |_| Ok(br#"{"answers":{}}"#.to_vec()), &|r| {
///     Ok(format!("score {}", r.score))
/// });
/// assert_eq!(out.exit, EXIT_INVALID);
/// assert!(out.stdout.starts_with("score "));
/// ```
pub fn run_with(
    args: &[String],
    read: &mut dyn FnMut(Option<&str>) -> Result<Vec<u8>, String>,
    json: &dyn Fn(&CheckResult) -> Result<String, String>,
) -> Output {
    let mut out = Output::default();
    let result = match args::parse(args) {
        Ok(command) => execute(command, read, json, &mut out),
        Err(e) => Err(e + "\n\n" + USAGE),
    };
    if let Err(message) = result {
        out.stderr.push_str("formkoll: ");
        out.stderr.push_str(&message);
        out.stderr.push('\n');
        out.exit = EXIT_UNUSABLE;
    }
    out
}

type Read<'a> = &'a mut dyn FnMut(Option<&str>) -> Result<Vec<u8>, String>;

fn execute(
    command: Command,
    read: Read<'_>,
    json: &dyn Fn(&CheckResult) -> Result<String, String>,
    out: &mut Output,
) -> Result<(), String> {
    match command {
        Command::Help => out.stdout.push_str(USAGE),
        Command::Version => {
            out.stdout.push_str("formkoll ");
            out.stdout.push_str(env!("CARGO_PKG_VERSION"));
            out.stdout.push('\n');
        }
        Command::Count { file, all } => {
            let text = read_text(read, file.as_deref(), None)?;
            if all {
                out.stdout.push_str("code_points ");
                out.stdout
                    .push_str(&digits(count_code_points(&text) as u64));
                out.stdout.push_str("\nutf16 ");
                out.stdout.push_str(&digits(count_utf16(&text) as u64));
                out.stdout.push_str("\ngraphemes ");
            }
            out.stdout.push_str(&digits(count_default(&text) as u64));
            out.stdout.push('\n');
        }
        Command::Normalize { file, list: true } => {
            let text = read_text(read, file.as_deref(), None)?;
            out.stdout
                .push_str(&list::list(&text, &crate::fixes(&text)));
        }
        Command::Normalize { file, list: false } => {
            let text = read_text(read, file.as_deref(), None)?;
            let n = normalize(&text);
            for c in &n.changes {
                out.stderr.push_str(c.code.as_str());
                out.stderr.push(' ');
                out.stderr.push_str(&digits(c.count));
                out.stderr.push('\n');
            }
            out.stdout.push_str(&n.text);
        }
        Command::Template { id } => {
            let id = id.as_deref().unwrap_or(DEFAULT_TEMPLATE_ID);
            let src = Template::embedded_source(id).ok_or_else(|| {
                let known: Vec<&str> = Template::embedded_ids().collect();
                "no embedded template ".to_string()
                    + &quoted(id)
                    + " (embedded: "
                    + &known.join(", ")
                    + ")"
            })?;
            out.stdout.push_str(src);
        }
        Command::TemplateCheck {
            files,
            format,
            lang,
        } => template::run_check(read, &files, format, lang, out),
        Command::TemplateOverview {
            file,
            id,
            markdown,
            lang,
        } => template::run_overview(read, file.as_deref(), id.as_deref(), markdown, lang, out)?,
        #[cfg(not(target_arch = "wasm32"))]
        Command::Import {
            doc,
            template,
            format,
            lang,
        } => import::run_import(read, &doc, template.as_deref(), format, lang, out)?,
        #[cfg(not(target_arch = "wasm32"))]
        Command::CheckText {
            doc,
            template,
            format,
            lang,
        } => import::run_check_text(read, &doc, template.as_deref(), format, lang, json, out)?,
        #[cfg(not(target_arch = "wasm32"))]
        Command::CheckMany {
            files,
            template,
            format,
            lang,
        } => batch::run(read, &files, template.as_deref(), format, lang, json, out)?,
        #[cfg(all(feature = "cli", target_arch = "wasm32"))]
        Command::CheckMany {
            files,
            template,
            format: BatchFormat::Html,
            lang,
        } => html::run_reports(read, &files, template.as_deref(), lang, out)?,
        #[cfg(target_arch = "wasm32")]
        Command::Import { .. } | Command::CheckText { .. } | Command::CheckMany { .. } => {
            return Err(
                "this command is in the native formkoll (cargo install formkoll); \
                        in JavaScript, use rules.importText() and rules.check()"
                    .to_string(),
            )
        }
        Command::Check {
            report,
            template,
            format,
            lang,
            questions,
        } => {
            let template = match template {
                Some(path) => {
                    let code = Some(crate::ErrorCode::TemplateInvalid);
                    Template::from_json(&read_text(read, Some(&path), code)?)
                }
                .map_err(|e| path.clone() + ": " + &e.to_string())?,
                None => Template::default_template(),
            };
            let source = (report != "-").then_some(report.as_str());
            let in_report = |e: crate::Error| report.clone() + ": " + &e.to_string();
            let text = read_text(read, source, Some(crate::ErrorCode::ReportInvalid))?;
            let parsed = Report::from_json_for(&text, &template).map_err(in_report)?;
            let result = match &questions {
                None => check(&template, &parsed, lang).map_err(in_report)?,
                Some(ids) => crate::check_questions(&template, &parsed, lang, ids)
                    .map_err(|e| "--questions: ".to_string() + &e.to_string())?,
            };
            match format {
                Format::Json => {
                    out.stdout.push_str(&json(&result)?);
                    out.stdout.push('\n');
                }
                Format::Text => out.stdout.push_str(&text::render_result(&result, lang)),
            }
            out.exit = if result.valid { EXIT_OK } else { EXIT_INVALID };
        }
    }
    Ok(())
}

/// Reads a file (or stdin) as UTF-8 text: see [`decode`]. `code` is what a
/// UTF-16 file is called (`report.invalid` for a report); `None` for text.
fn read_text(
    read: Read<'_>,
    path: Option<&str>,
    code: Option<crate::ErrorCode>,
) -> Result<String, String> {
    let name = path.unwrap_or("stdin");
    let bytes = read(path).map_err(|e| name.to_string() + ": " + &e)?;
    decode(name, bytes, code)
}

/// The text of a file, exactly as written but for a leading UTF-8 byte
/// order mark (what Notepad writes), which is not part of the text: no
/// newline conversion. UTF-16 (PowerShell's `Out-File`) is an error naming
/// the encoding, with `code` before it when given; other non-UTF-8 input an
/// error naming the first bad byte. The one reader of files of the CLI.
pub(crate) fn decode(
    name: &str,
    bytes: Vec<u8>,
    code: Option<crate::ErrorCode>,
) -> Result<String, String> {
    if let Some(encoding) = crate::encoding::utf16(&bytes) {
        let mut s = name.to_string() + ": ";
        if let Some(code) = code {
            s.push_str(code.as_str());
            s.push_str(": ");
        }
        return Err(s + &crate::encoding::utf16_reason(encoding));
    }
    let mut text = String::from_utf8(bytes).map_err(|e| {
        name.to_string()
            + ": not UTF-8 (invalid byte at offset "
            + &digits(e.utf8_error().valid_up_to() as u64)
            + ")"
    })?;
    if text.starts_with(crate::encoding::BOM) {
        text.drain(..crate::encoding::BOM.len_utf8());
    }
    Ok(text)
}

/// `n` in decimal digits: the crate's one digit writer (src/json/write.rs).
pub(crate) use crate::json::write::digits;

/// `s` in double quotes, as an argument is named in a message.
pub(crate) fn quoted(s: &str) -> String {
    "\"".to_string() + s + "\""
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_with(args: &[&str], stdin: &str) -> Output {
        let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        run(&args, &mut |path| match path {
            None => Ok(stdin.as_bytes().to_vec()),
            Some(p) => Err("No such file or directory: ".to_string() + p),
        })
    }

    #[test]
    fn digits_are_decimal() {
        for n in [0, 7, 10, 775, 15_775, u64::MAX] {
            assert_eq!(digits(n), n.to_string());
        }
    }

    #[test]
    fn cli_lib_count_all_and_exit_codes() {
        let o = run_with(&["count", "--all"], "a\u{30A}\r\n");
        assert_eq!(o.stdout, "code_points 4\nutf16 4\ngraphemes 2\n");
        assert_eq!(o.exit, EXIT_OK);
        let o = run_with(&["count", "missing.txt"], "");
        assert_eq!(o.exit, EXIT_UNUSABLE);
        assert!(
            o.stderr.starts_with("formkoll: missing.txt: No such file"),
            "{}",
            o.stderr
        );
        assert!(o.stdout.is_empty());
    }

    #[test]
    fn cli_lib_bad_arguments_print_usage_exit_2() {
        let o = run_with(&["frobnicate"], "");
        assert_eq!(o.exit, EXIT_UNUSABLE);
        assert!(o
            .stderr
            .starts_with("formkoll: unknown command \"frobnicate\"\n\n"));
        assert!(o.stderr.contains(USAGE));
    }

    #[test]
    fn cli_lib_check_stdin_report_exit_1_for_errors() {
        let o = run_with(&["check", "-", "--format", "json"], r#"{"answers":{}}"#);
        assert_eq!(o.exit, EXIT_INVALID, "{}", o.stderr);
        assert!(o
            .stdout
            .starts_with("{\"template\":\"resultatredovisning-2024-99\""));
        assert!(o.stdout.ends_with("}\n"));
        let o = run_with(&["check", "-"], "{");
        assert_eq!(o.exit, EXIT_UNUSABLE);
        assert!(
            o.stderr.starts_with("formkoll: -: report.invalid"),
            "{}",
            o.stderr
        );
    }

    #[test]
    fn cli_lib_non_utf8_names_the_offset() {
        let args = vec!["count".to_string()];
        let o = run(&args, &mut |_| Ok(b"ok \xff".to_vec()));
        assert_eq!(
            o.stderr,
            "formkoll: stdin: not UTF-8 (invalid byte at offset 3)\n"
        );
    }
}
