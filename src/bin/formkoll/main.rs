//! `formkoll`: the same rules as the browser, for servers and batch checks.
//!
//! Exit codes: 0 valid (or success), 1 the report has errors, 2 unusable input.

mod args;
mod text;

use std::io::{Read, Write};
use std::process::ExitCode;

use args::{Command, Format};
use formkoll::{
    check, count_code_points, count_default, count_utf16, normalize, Report, Template,
    DEFAULT_TEMPLATE_ID,
};

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let command = match args::parse(&argv) {
        Ok(c) => c,
        Err(e) => return fail(&format!("{e}\n\n{}", args::USAGE)),
    };
    match run(command) {
        Ok(code) => code,
        Err(e) => fail(&e),
    }
}

fn fail(message: &str) -> ExitCode {
    eprintln!("formkoll: {message}");
    ExitCode::from(2)
}

fn run(command: Command) -> Result<ExitCode, String> {
    match command {
        Command::Help => print(args::USAGE),
        Command::Version => print(&format!("formkoll {}\n", env!("CARGO_PKG_VERSION"))),
        Command::Count { file, all } => {
            let text = read_text(file.as_deref())?;
            let mut out = String::new();
            if all {
                out.push_str(&format!(
                    "code_points {}\nutf16 {}\ngraphemes ",
                    count_code_points(&text),
                    count_utf16(&text)
                ));
            }
            out.push_str(&format!("{}\n", count_default(&text)));
            print(&out)
        }
        Command::Normalize { file } => {
            let text = read_text(file.as_deref())?;
            let n = normalize(&text);
            for c in &n.changes {
                eprintln!("{} {}", c.code.as_str(), c.count);
            }
            print(&n.text)
        }
        Command::Template { id } => {
            let id = id.as_deref().unwrap_or(DEFAULT_TEMPLATE_ID);
            let src = Template::embedded_source(id).ok_or_else(|| {
                let known: Vec<&str> = Template::embedded_ids().collect();
                format!(
                    "no embedded template {id:?} (embedded: {})",
                    known.join(", ")
                )
            })?;
            print(src)
        }
        Command::Check {
            report,
            template,
            format,
            lang,
        } => {
            let template = match template {
                Some(path) => Template::from_json(&read_text(Some(&path))?)
                    .map_err(|e| format!("{path}: {e}"))?,
                None => Template::default_template(),
            };
            let source = if report == "-" {
                None
            } else {
                Some(report.as_str())
            };
            let parsed =
                Report::from_json(&read_text(source)?).map_err(|e| format!("{report}: {e}"))?;
            let result = check(&template, &parsed, lang).map_err(|e| format!("{report}: {e}"))?;
            let out = match format {
                Format::Json => {
                    let mut s = serde_json::to_string(&result).map_err(|e| e.to_string())?;
                    s.push('\n');
                    s
                }
                Format::Text => text::render_result(&result, lang),
            };
            print(&out)?;
            Ok(if result.valid {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            })
        }
    }
}

fn print(s: &str) -> Result<ExitCode, String> {
    let mut stdout = std::io::stdout().lock();
    // A closed pipe (`formkoll … | head`) is not an error worth a panic.
    let _ = stdout.write_all(s.as_bytes()).and_then(|_| stdout.flush());
    Ok(ExitCode::SUCCESS)
}

/// Reads a file (or stdin) as UTF-8, exactly: no BOM stripping, no newline
/// conversion. Non-UTF-8 input is an error naming the first bad byte.
fn read_text(path: Option<&str>) -> Result<String, String> {
    let mut bytes = Vec::new();
    match path {
        Some(p) => bytes = std::fs::read(p).map_err(|e| format!("{p}: {e}"))?,
        None => {
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| format!("stdin: {e}"))?;
        }
    }
    String::from_utf8(bytes).map_err(|e| {
        let name = path.unwrap_or("stdin");
        format!(
            "{name}: not UTF-8 (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })
}
