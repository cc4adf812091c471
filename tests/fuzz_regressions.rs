//! Replays every saved fuzz input natively, so plain `cargo test` covers them:
//! the seed corpus (`fuzz/corpus/<target>/`) and every crash ever found
//! (`fuzz/regressions/<target>/`). The inputs go through the very functions the
//! fuzz targets call (`fuzz/src/lib.rs`, included here as a module), so an input
//! that once crashed a target fails this test until the bug is fixed.

#[path = "../fuzz/src/lib.rs"]
#[allow(dead_code)]
mod targets;

use std::fs;
use std::path::{Path, PathBuf};

/// Every file under `fuzz/<kind>/<target>/`, sorted.
fn inputs(kind: &str, target: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz")
        .join(kind)
        .join(target);
    let mut files: Vec<PathBuf> = match fs::read_dir(&dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.is_file())
            .collect(),
        Err(_) => Vec::new(),
    };
    files.sort();
    files
}

/// Runs `run` on each saved input of `target`; reports every failing file.
fn replay(target: &str, run: fn(&[u8])) {
    let mut failed = Vec::new();
    let mut total = 0;
    for kind in ["corpus", "regressions"] {
        for path in inputs(kind, target) {
            let Ok(data) = fs::read(&path) else { continue };
            total += 1;
            if std::panic::catch_unwind(|| run(&data)).is_err() {
                failed.push(path.display().to_string());
            }
        }
    }
    assert!(
        total > 0,
        "no saved inputs for fuzz target {target}: the seed corpus is missing"
    );
    assert!(
        failed.is_empty(),
        "{} of {total} saved inputs of {target} fail:\n{}",
        failed.len(),
        failed.join("\n")
    );
}

#[test]
fn fuzz_replay_template_bytes() {
    replay("template_bytes", targets::template_bytes);
}

#[test]
fn fuzz_replay_template_structured() {
    replay("template_structured", targets::template_structured);
}

#[test]
fn fuzz_replay_check_report() {
    replay("check_report", targets::check_report);
}

#[test]
fn fuzz_replay_text() {
    replay("text", targets::text);
}

#[test]
fn fuzz_replay_session() {
    replay("session", targets::session);
}

#[test]
fn fuzz_replay_import_text() {
    replay("import_text", targets::import_text);
}

/// Every directory of saved inputs belongs to a target this file replays,
/// so a new target cannot be added without its replay.
#[test]
fn fuzz_replay_covers_every_target() {
    let known = [
        "template_bytes",
        "template_structured",
        "check_report",
        "text",
        "session",
        "import_text",
        "docx_text",
        "json_differential",
    ];
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let targets: Vec<String> = fs::read_dir(root.join("fuzz_targets"))
        .map(|d| {
            d.filter_map(|e| e.ok())
                .filter_map(|e| {
                    e.path()
                        .file_stem()
                        .map(|s| s.to_string_lossy().into_owned())
                })
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(targets.len(), known.len(), "fuzz targets: {targets:?}");
    for kind in ["corpus", "regressions"] {
        let Ok(dirs) = fs::read_dir(root.join(kind)) else {
            continue;
        };
        for d in dirs.filter_map(|e| e.ok()) {
            let name = d.file_name().to_string_lossy().into_owned();
            assert!(
                known.contains(&name.as_str()),
                "fuzz/{kind}/{name} is not replayed"
            );
        }
    }
    for t in &targets {
        assert!(
            known.contains(&t.as_str()),
            "fuzz target {t} is not replayed"
        );
    }
}

#[test]
#[cfg(not(target_arch = "wasm32"))]
fn fuzz_replay_docx_text() {
    replay("docx_text", targets::docx_text);
}

#[test]
fn fuzz_replay_json_differential() {
    replay("json_differential", targets::json_differential);
}
