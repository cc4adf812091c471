//! The text of a Word document (.docx), for [`import_text`](super::import_text):
//! the zip archive's `word/document.xml`, found through the central
//! directory and inflated, then read by [`super::wordml`]. Native only: the
//! browser imports pasted text.
//!
//! A hostile archive is inflated to at most [`MAX_XML`] bytes: an entry
//! that says it is larger is refused before it is inflated, and inflating
//! stops at the limit whatever the entry says (a zip bomb).

use crate::prelude::*;
use miniz_oxide::inflate::{decompress_to_vec_with_limit, TINFLStatus};

use super::document::Document;
use crate::error::{Error, ErrorCode, Result};

/// The largest document.xml read, uncompressed: 64 MiB (a 300-page report
/// is about 10 MB).
///
/// # Example
///
/// ```
/// assert_eq!(formkoll::import::MAX_XML, 64 * 1024 * 1024);
/// ```
pub const MAX_XML: usize = 64 << 20;

/// The reason given for a document.xml over [`MAX_XML`].
const TOO_LARGE: &str = "word/document.xml is larger than 64 MiB uncompressed";

/// Extracts the text of a .docx: one line per paragraph, checkboxes as ☒ / ☐.
///
/// # Errors
///
/// [`ErrorCode::DocumentInvalid`] when `bytes` are not a zip archive, hold
/// no `word/document.xml`, or it cannot be inflated or is not UTF-8.
///
/// # Example
///
/// ```
/// let err = formkoll::import::docx_text(b"not a zip").unwrap_err();
/// assert_eq!(err.code(), formkoll::ErrorCode::DocumentInvalid);
/// ```
pub fn docx_text(bytes: &[u8]) -> Result<String> {
    docx_document(bytes).map(|d| d.text)
}

/// Reads a .docx: its text, as [`docx_text`], and the text of its text
/// boxes, set apart (see [`Document`]).
///
/// # Errors
///
/// As [`docx_text`]; also [`ErrorCode::DocumentInvalid`] when
/// document.xml is larger than [`MAX_XML`] uncompressed.
///
/// # Example
///
/// ```
/// let err = formkoll::import::docx_document(b"PK\x03\x04").unwrap_err();
/// assert_eq!(err.code(), formkoll::ErrorCode::DocumentInvalid);
/// ```
pub fn docx_document(bytes: &[u8]) -> Result<Document> {
    let xml = zip_entry(bytes, "word/document.xml")?;
    let xml = String::from_utf8(xml).map_err(|_| invalid("word/document.xml is not UTF-8"))?;
    Ok(super::wordml::document(&xml))
}

fn invalid(reason: &str) -> Error {
    Error::new(ErrorCode::DocumentInvalid, "", reason)
}

fn u16_at(b: &[u8], at: usize) -> Option<usize> {
    let s: [u8; 2] = b.get(at..at + 2)?.try_into().ok()?;
    Some(usize::from(u16::from_le_bytes(s)))
}

fn u32_at(b: &[u8], at: usize) -> Option<usize> {
    let s: [u8; 4] = b.get(at..at + 4)?.try_into().ok()?;
    Some(u32::from_le_bytes(s) as usize)
}

/// The uncompressed bytes of entry `name`, found through the central directory.
fn zip_entry(b: &[u8], name: &str) -> Result<Vec<u8>> {
    if !super::is_zip(b) {
        return Err(invalid("not a .docx (zip) file"));
    }
    // End of central directory: 22 bytes plus a comment of up to 64 KB.
    let floor = b.len().saturating_sub(22 + 0xFFFF);
    let eocd = (floor..=b.len().saturating_sub(22))
        .rev()
        .find(|&i| b.get(i..i + 4) == Some(b"PK\x05\x06"))
        .ok_or_else(|| invalid("zip: no end of central directory"))?;
    let entries = u16_at(b, eocd + 10).unwrap_or(0);
    let mut at = u32_at(b, eocd + 16).unwrap_or(usize::MAX);
    for _ in 0..entries {
        let broken = || invalid("zip: broken central directory");
        if b.get(at..at + 4) != Some(b"PK\x01\x02") {
            return Err(broken());
        }
        let method = u16_at(b, at + 10).ok_or_else(broken)?;
        let size = u32_at(b, at + 20).ok_or_else(broken)?;
        let inflated = u32_at(b, at + 24).ok_or_else(broken)?;
        let name_len = u16_at(b, at + 28).ok_or_else(broken)?;
        let extra_len = u16_at(b, at + 30).ok_or_else(broken)?;
        let comment_len = u16_at(b, at + 32).ok_or_else(broken)?;
        let local = u32_at(b, at + 42).ok_or_else(broken)?;
        let entry_name = b.get(at + 46..at + 46 + name_len).ok_or_else(broken)?;
        at += 46 + name_len + extra_len + comment_len;
        if entry_name != name.as_bytes() {
            continue;
        }
        // The size the entry declares is checked first; inflating still
        // stops at the limit, whatever it declared.
        if inflated > MAX_XML {
            return Err(invalid(TOO_LARGE));
        }
        if b.get(local..local + 4) != Some(b"PK\x03\x04") {
            return Err(broken());
        }
        let local_name = u16_at(b, local + 26).ok_or_else(broken)?;
        let local_extra = u16_at(b, local + 28).ok_or_else(broken)?;
        let start = local + 30 + local_name + local_extra;
        let data = b
            .get(start..start.saturating_add(size))
            .ok_or_else(broken)?;
        return match method {
            0 if data.len() > MAX_XML => Err(invalid(TOO_LARGE)),
            0 => Ok(data.to_vec()),
            8 => decompress_to_vec_with_limit(data, MAX_XML).map_err(|e| match e.status {
                TINFLStatus::HasMoreOutput => invalid(TOO_LARGE),
                _ => invalid("zip: word/document.xml cannot be inflated"),
            }),
            _ => Err(invalid("zip: unsupported compression method")),
        };
    }
    Err(invalid("not a Word document: no word/document.xml"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn docx_broken_archives_are_errors_not_panics() {
        for bytes in [&b"PK\x03\x04"[..], b"PK\x03\x04\0\0PK\x05\x06", b""] {
            assert_eq!(
                docx_text(bytes).unwrap_err().code(),
                ErrorCode::DocumentInvalid
            );
        }
    }
}
