//! The byte order mark and UTF-16: what Windows tools put in files.
//!
//! Notepad and many export tools start a UTF-8 file with a byte order mark
//! (`EF BB BF`, U+FEFF); RFC 8259 lets a reader ignore it, and it is never a
//! character of an answer. PowerShell's `Out-File` writes UTF-16 (LE, with
//! `FF FE`), which is not UTF-8 at all: a person needs to be told to save
//! the file as UTF-8, not that the JSON is broken at column 1.
//!
//! The JSON reader ([`crate::json`]) and the command line's file reader use
//! these, so every input is treated the same.

use crate::error::{Error, ErrorCode};
use crate::prelude::*;

/// The UTF-8 byte order mark as a character.
pub(crate) const BOM: char = '\u{FEFF}';

/// `text` without one leading byte order mark.
///
/// # Example (internal)
///
/// `strip_bom("\u{FEFF}{}")` is `"{}"`; `strip_bom("{}")` is `"{}"`.
pub(crate) fn strip_bom(text: &str) -> &str {
    text.strip_prefix(BOM).unwrap_or(text)
}

/// `"UTF-16 LE"` or `"UTF-16 BE"` when `bytes` look like UTF-16: a UTF-16
/// byte order mark (`FF FE`, `FE FF`, or the two U+FFFD a UTF-8 decoder
/// makes of either), or ASCII with every other byte NUL (UTF-16 without a
/// mark). `None` for anything else, UTF-8 text in particular.
///
/// # Example (internal)
///
/// `utf16(b"\xFF\xFE{\0")` is `Some("UTF-16 LE")`; `utf16(b"{\0\"\0")` too;
/// `utf16(b"{}")` is `None`.
pub(crate) fn utf16(bytes: &[u8]) -> Option<&'static str> {
    const LOSSY_MARK: &[u8] = "\u{FFFD}\u{FFFD}".as_bytes();
    let (marked, rest) = match bytes {
        [0xFF, 0xFE, ..] => return Some("UTF-16 LE"),
        [0xFE, 0xFF, ..] => return Some("UTF-16 BE"),
        _ => match bytes.strip_prefix(LOSSY_MARK) {
            Some(rest) => (true, rest),
            None => (false, bytes),
        },
    };
    match rest {
        [a, 0, ..] if *a != 0 && a.is_ascii() => Some("UTF-16 LE"),
        [0, b, ..] if *b != 0 && b.is_ascii() => Some("UTF-16 BE"),
        _ if marked => Some("UTF-16"),
        _ => None,
    }
}

/// The error for a document in UTF-16: Swedish first, then English, naming
/// the encoding, e.g. "UTF-16 LE: spara filen som UTF-8 (the file is
/// UTF-16 LE; save it as UTF-8)".
pub(crate) fn utf16_error(code: ErrorCode, encoding: &str) -> Error {
    Error::new(code, "", utf16_reason(encoding))
}

/// The reason of [`utf16_error`], also what the command line says of a
/// UTF-16 text file.
pub(crate) fn utf16_reason(encoding: &str) -> String {
    let mut s = String::from(encoding);
    s.push_str(": spara filen som UTF-8 (the file is ");
    s.push_str(encoding);
    s.push_str("; save it as UTF-8)");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encoding_bom_is_stripped_once() {
        assert_eq!(strip_bom("\u{FEFF}{}"), "{}");
        assert_eq!(strip_bom("\u{FEFF}\u{FEFF}x"), "\u{FEFF}x");
        assert_eq!(strip_bom("{}"), "{}");
        assert_eq!(strip_bom(""), "");
    }

    #[test]
    fn encoding_utf16_is_recognised_with_and_without_a_mark() {
        let le: Vec<u8> = "{\"a\":1}"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let be: Vec<u8> = "{\"a\":1}"
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        assert_eq!(utf16(&le), Some("UTF-16 LE"));
        assert_eq!(utf16(&be), Some("UTF-16 BE"));
        assert_eq!(utf16(&[&[0xFF, 0xFE][..], &le].concat()), Some("UTF-16 LE"));
        assert_eq!(utf16(&[&[0xFE, 0xFF][..], &be].concat()), Some("UTF-16 BE"));
        let lossy = String::from_utf8_lossy(&[&[0xFF, 0xFE][..], &le].concat()).into_owned();
        assert_eq!(utf16(lossy.as_bytes()), Some("UTF-16 LE"));
        for utf8 in ["{}", "\u{FEFF}{}", "", "å{", "\u{FFFD}"] {
            assert_eq!(utf16(utf8.as_bytes()), None, "{utf8:?}");
        }
        assert_eq!(
            utf16_reason("UTF-16 LE"),
            "UTF-16 LE: spara filen som UTF-8 (the file is UTF-16 LE; save it as UTF-8)"
        );
    }
}
