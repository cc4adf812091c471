//! JSON in and out, by hand: a pull reader that knows the path of every
//! value ([`read`]), and a writer of compact JSON ([`write`]).
//!
//! These are the crate's one reader and one writer: templates
//! (src/template/read.rs, src/template/write.rs), reports (src/report/read.rs,
//! src/report.rs), results (src/json/results.rs), the importer's JSON
//! (src/import/message.rs) and the CLI's (src/cli/batch.rs) go through
//! them, and `write::push_u64` is the crate's one digit writer. build.rs,
//! which cannot use the crate, reads the template with serde_json (a
//! build-dependency); `template_generated_equals_parsed` holds what it
//! generates to what this reader reads.
//!
//! Both replace serde's generated code in the WebAssembly module (the
//! largest part of it, docs/performance.md); the reader's errors carry the
//! JSON path and a reason, like `questions[3].kind: unknown variant …`.
//! Tests in src/json/equal_to_serde.rs compare both with serde_json on the
//! real report.

pub(crate) mod read;
use crate::prelude::*;

mod results;
pub(crate) mod write;

use alloc::borrow::Cow;

use crate::error::{ErrorCode, Result};

pub(crate) use read::Reader;
pub(crate) use write::{to_string, Object, ToJson};

/// Reads `json` with `read` (which reads the top-level value) and checks
/// that nothing follows; on failure an error with `code`, the JSON path of
/// the problem and the reason.
///
/// `\uXXXX` escapes of lone surrogates (which a JavaScript string can hold
/// and `JSON.stringify` writes) become U+FFFD, as wasm-bindgen does for
/// string arguments, so a file and a JS object read the same.
///
/// A UTF-8 byte order mark at the start (what Notepad writes; RFC 8259 lets
/// a reader ignore it) is skipped here, the one place every JSON input of
/// the crate passes: CLI files, `Rules.fromJson`, `rules.check(string)`,
/// `attach`'s `report` string. Text that is not JSON and looks like UTF-16
/// (what PowerShell's `Out-File` writes) gets an error naming the encoding.
pub(crate) fn parse<T>(
    json: &str,
    code: ErrorCode,
    read: impl FnOnce(&mut Reader<'_>) -> Result<T>,
) -> Result<T> {
    let json = crate::encoding::strip_bom(json);
    let text = replace_lone_surrogate_escapes(json);
    let mut r = Reader::new(&text, code);
    let value = read(&mut r).and_then(|v| r.finish().map(|()| v));
    value.map_err(|e| match crate::encoding::utf16(json.as_bytes()) {
        Some(encoding) => crate::encoding::utf16_error(code, encoding),
        None => e,
    })
}

/// Replaces `\uXXXX` escapes of lone surrogates with `\ufffd`; escaped
/// pairs are kept. Returns the input unchanged (no copy) when it has none.
fn replace_lone_surrogate_escapes(json: &str) -> Cow<'_, str> {
    let bytes = json.as_bytes();
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut i = 0;
    let mut in_string = false;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'"' => in_string = !in_string,
            b'\\' if in_string => {
                match surrogate_escape(bytes, i) {
                    Some(0xD800..=0xDBFF)
                        if matches!(surrogate_escape(bytes, i + 6), Some(0xDC00..=0xDFFF)) =>
                    {
                        i += 12;
                        continue;
                    }
                    Some(_) => {
                        let o = out.get_or_insert_with(|| String::with_capacity(json.len()));
                        o.push_str(json.get(copied..i).unwrap_or(""));
                        o.push_str("\\ufffd");
                        i += 6;
                        copied = i;
                        continue;
                    }
                    None => i += 1, // skip the escaped character
                }
            }
            _ => {}
        }
        i += 1;
    }
    match out {
        None => Cow::Borrowed(json),
        Some(mut o) => {
            o.push_str(json.get(copied..).unwrap_or(""));
            Cow::Owned(o)
        }
    }
}

/// The surrogate (U+D800–U+DFFF) written by a `\uXXXX` escape at `at`, if any.
fn surrogate_escape(bytes: &[u8], at: usize) -> Option<u32> {
    // Only `\u`: `\U` is not an escape (serde_json and RFC 8259 agree).
    let [b'\\', b'u', hex @ ..] = bytes.get(at..at + 6)? else {
        return None;
    };
    let hex = core::str::from_utf8(hex).ok()?;
    let v = u32::from_str_radix(hex, 16).ok()?;
    (0xD800..=0xDFFF).contains(&v).then_some(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_lone_surrogates_become_replacement_characters() {
        assert_eq!(
            replace_lone_surrogate_escapes(r#"["a\ud800b"]"#),
            r#"["a\ufffdb"]"#
        );
        assert_eq!(
            replace_lone_surrogate_escapes(r#"["\udc00\ud800"]"#),
            r#"["\ufffd\ufffd"]"#
        );
        // A pair is a real character and stays.
        let pair = r#"["\ud83d\ude00"]"#;
        assert!(matches!(
            replace_lone_surrogate_escapes(pair),
            Cow::Borrowed(_)
        ));
        // An escaped backslash before "u" is not an escape.
        let lit = r#"["\\ud800"]"#;
        assert_eq!(replace_lone_surrogate_escapes(lit), lit);
        let v = parse(r#"["x\ud800"]"#, ErrorCode::ReportInvalid, |r| {
            let mut v = Vec::new();
            r.array("", |r| Ok(v.push(r.string_value()?)))?;
            Ok(v)
        })
        .unwrap();
        assert_eq!(v, ["x\u{FFFD}"]);
    }
}

#[cfg(test)]
mod input_tests {
    use super::*;

    fn strings(json: &str) -> Result<Vec<String>> {
        parse(json, ErrorCode::ReportInvalid, |r| {
            let mut v = Vec::new();
            r.array("", |r| Ok(v.push(r.string_value()?)))?;
            Ok(v)
        })
    }

    #[test]
    fn json_capital_u_is_not_an_escape() {
        // Found by the json_differential fuzz target: "\UD800" was read as
        // U+FFFD while "\U0041" was an error. serde_json rejects both.
        for json in [r#"["\UD800"]"#, r#"["\U0041"]"#, r#"["\UDC00\ud800"]"#] {
            let e = strings(json).unwrap_err();
            assert!(e.reason().contains("invalid escape"), "{json}: {e}");
        }
        assert_eq!(strings(r#"["\u0041"]"#).unwrap(), ["A"]);
    }

    #[test]
    fn json_byte_order_mark_is_skipped_once_utf16_is_named() {
        assert_eq!(strings("\u{FEFF}[\"a\"]").unwrap(), ["a"]);
        assert_eq!(
            strings("\u{FEFF} [ \"\u{FEFF}a\" ]").unwrap(),
            ["\u{FEFF}a"]
        );
        let e = strings("\u{FEFF}\u{FEFF}[]").unwrap_err();
        assert!(e.reason().starts_with("not valid JSON"), "{e}");
        let wide: String = "[\"a\"]".chars().flat_map(|c| [c, '\0']).collect();
        let e = strings(&wide).unwrap_err();
        assert_eq!((e.code(), e.path()), (ErrorCode::ReportInvalid, ""));
        assert!(
            e.reason().starts_with("UTF-16 LE: spara filen som UTF-8"),
            "{e}"
        );
        let lossy = "\u{FFFD}\u{FFFD}".to_string() + &wide;
        assert!(strings(&lossy)
            .unwrap_err()
            .reason()
            .starts_with("UTF-16 LE"));
        // Not JSON, not UTF-16: the reader's own error.
        let e = strings("\u{1}[]").unwrap_err();
        assert!(e.reason().starts_with("not valid JSON"), "{e}");
    }
}

#[cfg(test)]
mod equal_to_serde;
