//! What the CLI test files share: running the `formkoll` binary and
//! writing scratch files. Each test file takes what it needs with
//! `mod support;`.
#![allow(dead_code)]

use std::path::PathBuf;
use std::process::{Command, Output};

/// Runs the binary with `args` in the crate's directory (fixture paths are
/// relative to it).
pub fn formkoll(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_formkoll"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("binary runs")
}

/// The output's stdout, which must be UTF-8.
pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

/// The output's stderr, which must be UTF-8.
pub fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

/// Writes `bytes` to `name` in a scratch directory of this test process
/// (`suite` keeps the test files apart) and returns its path.
pub fn temp_file(suite: &str, name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("formkoll-{suite}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}
