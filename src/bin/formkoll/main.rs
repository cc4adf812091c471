//! `formkoll`: the same rules as the browser, for servers and batch checks.
//!
//! A thin wrapper: the command line lives in the library (`formkoll::cli`),
//! where the npm package's `bin` runs the very same code as WebAssembly.
//! This file only reads files and stdin and writes the output.
//!
//! Exit codes: 0 valid (or success), 1 the report has errors, 2 unusable input.

use std::io::{Read, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let out = formkoll::cli::run(&args, &mut read);
    // A closed pipe (`formkoll … | head`) is not an error worth a panic.
    let mut stdout = std::io::stdout().lock();
    let _ = stdout
        .write_all(out.stdout.as_bytes())
        .and_then(|_| stdout.flush());
    let _ = std::io::stderr().lock().write_all(out.stderr.as_bytes());
    ExitCode::from(out.exit)
}

/// The bytes of a file, or of stdin for `None`, exactly as stored.
fn read(path: Option<&str>) -> Result<Vec<u8>, String> {
    match path {
        Some(p) => std::fs::read(p).map_err(|e| e.to_string()),
        None => {
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| e.to_string())?;
            Ok(bytes)
        }
    }
}
