//! Reading templates and reports from JSON, with the JSON path of any error.
//!
//! serde_json reports *where* (line and column) an error was found; the path
//! is recovered by walking the text up to that point and noting the keys and
//! array indexes that are open there. This keeps one deserializer per type
//! in the binary (a path-tracking deserializer wrapper doubled the code).

use std::borrow::Cow;

use serde::de::DeserializeOwned;

use crate::error::{Error, ErrorCode, Result};

/// Parses `json` as a `T`; on failure an [`Error`] with `code`, the JSON path
/// of the problem and serde's reason.
///
/// `\uXXXX` escapes of lone surrogates (which a JavaScript string can hold
/// and `JSON.stringify` writes) become U+FFFD, as wasm-bindgen does for
/// string arguments, so a file and a JS object read the same.
pub(crate) fn parse<T: DeserializeOwned>(json: &str, code: ErrorCode) -> Result<T> {
    let json = replace_lone_surrogate_escapes(json);
    serde_json::from_str(&json).map_err(|e| {
        let offset = offset_of(&json, e.line(), e.column());
        let reason = if e.is_syntax() || e.is_eof() {
            format!("not valid JSON: {e}")
        } else {
            strip_position(&e)
        };
        Error::new(code, path_at(&json, offset), reason)
    })
}

/// serde_json's message without its " at line L column C" suffix (the path says where).
fn strip_position(e: &serde_json::Error) -> String {
    let s = e.to_string();
    match s.rfind(" at line ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// The byte offset of a 1-based line and a column (bytes into that line).
fn offset_of(json: &str, line: usize, column: usize) -> usize {
    let line_start = if line <= 1 {
        0
    } else {
        json.match_indices('\n')
            .nth(line - 2)
            .map_or(json.len(), |(i, _)| i + 1)
    };
    (line_start + column).min(json.len())
}

enum Frame {
    Object {
        key: Option<String>,
        expect_key: bool,
    },
    /// `started`: an element has begun, so the path goes into it.
    Array { index: usize, started: bool },
}

/// The path of the value being read at byte `offset`: `questions[3].kind`,
/// `answers.1.1`; empty at the top level.
///
/// # Example (internal)
///
/// `path_at(r#"{"a":[1,{"b":"#, 13)` is `a[1].b`.
pub(crate) fn path_at(json: &str, offset: usize) -> String {
    let bytes = json.as_bytes();
    let end = offset.min(bytes.len());
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while let Some(&b) = bytes.get(i).filter(|_| i < end) {
        if let Some(Frame::Array { started, .. }) = stack.last_mut() {
            if !matches!(b, b']' | b',' | b' ' | b'\t' | b'\n' | b'\r') {
                *started = true;
            }
        }
        match b {
            b'"' => {
                let is_key = matches!(
                    stack.last(),
                    Some(Frame::Object {
                        expect_key: true,
                        ..
                    })
                );
                let start = i + 1;
                i += 1;
                while let Some(&c) = bytes.get(i).filter(|&&c| c != b'"') {
                    i += if c == b'\\' { 2 } else { 1 };
                }
                if is_key && i < end {
                    if let Some(Frame::Object { key, .. }) = stack.last_mut() {
                        *key = Some(unescape(json.get(start..i.min(json.len())).unwrap_or("")));
                    }
                }
            }
            b'{' => stack.push(Frame::Object {
                key: None,
                expect_key: true,
            }),
            b'[' => stack.push(Frame::Array {
                index: 0,
                started: false,
            }),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Array { index, started }) => {
                    *index += 1;
                    *started = false;
                }
                Some(Frame::Object { expect_key, .. }) => *expect_key = true,
                None => {}
            },
            b':' => {
                if let Some(Frame::Object { expect_key, .. }) = stack.last_mut() {
                    *expect_key = false;
                }
            }
            _ => {}
        }
        i += 1;
    }
    let mut path = String::new();
    for frame in &stack {
        match frame {
            Frame::Object { key: Some(k), .. } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(k);
            }
            Frame::Object { key: None, .. } => {}
            Frame::Array {
                index,
                started: true,
            } => path.push_str(&format!("[{index}]")),
            Frame::Array { started: false, .. } => {}
        }
    }
    path
}

/// Decodes a key's escapes (`\u001e`, `\"`) so the path shows the key as
/// a person wrote it; a key that does not decode is shown as written.
fn unescape(raw: &str) -> String {
    if !raw.contains('\\') {
        return raw.to_string();
    }
    serde_json::from_str::<String>(&format!("\"{raw}\"")).unwrap_or_else(|_| raw.to_string())
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
    let [b'\\', b'u' | b'U', hex @ ..] = bytes.get(at..at + 6)? else {
        return None;
    };
    let hex = std::str::from_utf8(hex).ok()?;
    let v = u32::from_str_radix(hex, 16).ok()?;
    (0xD800..=0xDFFF).contains(&v).then_some(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_path_at_positions() {
        let j = r#"{"a":[1,{"b":"x"}],"c":{"d.e":2}}"#;
        let at = |needle: &str| path_at(j, j.find(needle).unwrap() + needle.len());
        assert_eq!(at(r#"{"b":"x""#), "a[1].b");
        assert_eq!(at(r#"[1"#), "a[0]");
        // Just inside an array no element has begun: the path is the array's.
        assert_eq!(at(r#"{"a":["#), "a");
        assert_eq!(at(r#""d.e":2"#), "c.d.e");
        assert_eq!(path_at(j, j.len()), "");
        // Keys are shown decoded, as a person wrote them.
        let k = r#"{"v\u00e5\"r":1"#;
        assert_eq!(path_at(k, k.len()), "vå\"r");
    }

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
        let v: Vec<String> = parse(r#"["x\ud800"]"#, ErrorCode::ReportInvalid).unwrap();
        assert_eq!(v, ["x\u{FFFD}"]);
    }
}
