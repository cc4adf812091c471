//! `formkoll::ErrorCode` is the one list of error codes: the TypeScript
//! `ErrorCode` union is generated from it (`ErrorCode::TS_UNION`, emitted
//! into `formkoll.d.ts` by `src/bindings/types.rs`), and the only place a
//! code reaches JavaScript is `coded_error(ErrorCode, …)` in
//! `src/bindings/convert.rs`. These tests fail if a code could be thrown
//! without being in the list.

use std::path::Path;

use formkoll::ErrorCode;

fn sources(dir: &Path, out: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            out.push((path.display().to_string(), text));
        }
    }
}

fn all_sources() -> Vec<(String, String)> {
    let mut out = Vec::new();
    sources(Path::new("src"), &mut out);
    assert!(out.len() > 10, "read the crate's sources");
    out
}

#[test]
fn a_code_reaches_js_only_through_coded_error() {
    // Setting a `code` property by hand would bypass the list.
    let mut sites = Vec::new();
    for (path, text) in all_sources() {
        for (n, line) in text.lines().enumerate() {
            if line.contains("\"code\"") && !line.trim_start().starts_with("//") {
                sites.push(format!("{path}:{}", n + 1));
            }
        }
    }
    assert_eq!(
        sites.len(),
        1,
        "one site sets error.code (coded_error): {sites:?}"
    );
    assert!(sites[0].starts_with("src/bindings/convert.rs"), "{sites:?}");
    let convert = std::fs::read_to_string("src/bindings/convert.rs").unwrap();
    assert!(
        convert.contains("fn coded_error(code: ErrorCode,"),
        "coded_error takes an ErrorCode, not a string"
    );
}

#[test]
fn no_code_is_thrown_as_a_string_literal() {
    // Every literal passed as the first argument of coded_error must be an
    // ErrorCode variant; a dotted string there means a code outside the list.
    for (path, text) in all_sources() {
        let mut rest = text.as_str();
        while let Some(i) = rest.find("coded_error(") {
            rest = &rest[i + "coded_error(".len()..];
            let arg = rest.trim_start();
            assert!(
                !arg.starts_with('"'),
                "{path}: coded_error with a string code: {}",
                &arg[..arg.len().min(40)]
            );
        }
    }
}

#[test]
fn every_code_the_bindings_and_dom_name_is_in_the_list() {
    // The codes docs and DOM comments promise (`markup.invalid`, …) exist.
    for code in [
        "template.invalid",
        "template.unknown",
        "report.invalid",
        "report.template_mismatch",
        "question.unknown",
        "question.not_choice",
        "argument.invalid",
        "lang.unknown",
        "options.invalid",
        "form.attached",
        "markup.invalid",
        "handle.busy",
    ] {
        let c = ErrorCode::from_str(code).unwrap_or_else(|| panic!("{code} is not an ErrorCode"));
        assert!(
            ErrorCode::TS_UNION.contains(&format!("\"{code}\"")),
            "{code}"
        );
        assert_eq!(c.as_str(), code);
    }
    // And the typings carry the generated union, not a hand-written one.
    let types = std::fs::read_to_string("src/bindings/types.rs").unwrap();
    assert!(types.contains("crate::ErrorCode::TS_UNION"));
    assert!(!types.contains("export type ErrorCode"));
}
