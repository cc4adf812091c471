//! The text of a Word document (.docx), for [`import_text`](super::import_text).
//!
//! A .docx is a zip archive; its body is `word/document.xml`. Each paragraph
//! (`<w:p>`) becomes a line, a tab a tab and a manual line break (`<w:br/>`) a
//! line break; deleted text (tracked changes) and field codes are left out.
//! Checkboxes become the glyphs the importer reads: a checkbox content
//! control (`<w14:checkbox>`) by its checked state, a legacy form checkbox
//! (`FORMCHECKBOX`) by its default or checked value, and Wingdings box
//! symbols by their character. Native only: the browser imports pasted text.

use crate::prelude::*;
use miniz_oxide::inflate::decompress_to_vec_with_limit;

use crate::error::{Error, ErrorCode, Result};

/// The largest document.xml read, uncompressed (a 300-page report is ~10 MB).
const MAX_XML: usize = 256 << 20;

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
    let xml = zip_entry(bytes, "word/document.xml")?;
    let xml = String::from_utf8(xml).map_err(|_| invalid("word/document.xml is not UTF-8"))?;
    Ok(document_text(&xml))
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
        let name_len = u16_at(b, at + 28).ok_or_else(broken)?;
        let extra_len = u16_at(b, at + 30).ok_or_else(broken)?;
        let comment_len = u16_at(b, at + 32).ok_or_else(broken)?;
        let local = u32_at(b, at + 42).ok_or_else(broken)?;
        let entry_name = b.get(at + 46..at + 46 + name_len).ok_or_else(broken)?;
        at += 46 + name_len + extra_len + comment_len;
        if entry_name != name.as_bytes() {
            continue;
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
            0 => Ok(data.to_vec()),
            8 => decompress_to_vec_with_limit(data, MAX_XML)
                .map_err(|_| invalid("zip: word/document.xml cannot be inflated")),
            _ => Err(invalid("zip: unsupported compression method")),
        };
    }
    Err(invalid("not a Word document: no word/document.xml"))
}

/// The text of document.xml's body.
fn document_text(xml: &str) -> String {
    let mut out = String::new();
    let mut in_text = false;
    let mut in_para = false;
    // Inside a checkbox content control: its state, until its content ends.
    let mut checkbox: Option<bool> = None;
    let mut sdt_content = false;
    let mut skip_depth = 0u32;
    // A legacy form field: its checkbox state, written at the field's end.
    let mut field_box: Option<bool> = None;
    let mut rest = xml;
    while let Some(lt) = rest.find('<') {
        if in_text && skip_depth == 0 && !(sdt_content && checkbox.is_some()) {
            unescape_into(rest.get(..lt).unwrap_or(""), &mut out);
        }
        let after = rest.get(lt + 1..).unwrap_or("");
        let Some(gt) = after.find('>') else { break };
        let tag = after.get(..gt).unwrap_or("");
        rest = after.get(gt + 1..).unwrap_or("");
        let closing = tag.starts_with('/');
        let name = tag
            .trim_start_matches('/')
            .split(|c: char| c.is_whitespace() || c == '/')
            .next()
            .unwrap_or("");
        let value = attr(tag, "w14:val").or_else(|| attr(tag, "w:val"));
        let on = value.map_or(true, |v| v == "1" || v == "true" || v == "on");
        match (name, closing) {
            ("w:t", false) => in_text = !tag.ends_with('/'),
            ("w:t", true) => in_text = false,
            ("w:delText" | "w:instrText" | "w:footnotes" | "w:drawing" | "mc:Fallback", false)
                if !tag.ends_with('/') =>
            {
                skip_depth += 1
            }
            ("w:delText" | "w:instrText" | "w:footnotes" | "w:drawing" | "mc:Fallback", true) => {
                skip_depth = skip_depth.saturating_sub(1)
            }
            // An empty paragraph, `<w:p/>`, is an empty line.
            ("w:p", false) if tag.ends_with('/') => out.push('\n'),
            ("w:p", false) => in_para = true,
            ("w:p", true) => {
                if in_para {
                    out.push('\n');
                }
                in_para = false;
            }
            ("w:tab", false) if skip_depth == 0 && !tag.starts_with("w:tabs") => out.push('\t'),
            ("w:br" | "w:cr", false) if skip_depth == 0 => out.push('\n'),
            ("w14:checkbox", false) => checkbox = Some(false),
            ("w14:checked", false) if checkbox.is_some() => checkbox = Some(on),
            ("w:sdtContent", false) if checkbox.is_some() => {
                out.push(if checkbox == Some(true) { '☒' } else { '☐' });
                sdt_content = true;
            }
            ("w:sdtContent", true) if sdt_content => {
                sdt_content = false;
                checkbox = None;
            }
            ("w:checkBox", false) => field_box = Some(false),
            ("w:default" | "w:checked", false) if field_box.is_some() => field_box = Some(on),
            ("w:fldChar", false) if attr(tag, "w:fldCharType") == Some("end") => {
                if let Some(state) = field_box.take() {
                    out.push(if state { '☒' } else { '☐' });
                }
            }
            ("w:sym", false) if skip_depth == 0 => {
                let c = attr(tag, "w:char").unwrap_or("");
                // Wingdings: F0FE ☑, F078 ☒, F06F ☐, F0A8 ☐.
                match c.to_ascii_uppercase().as_str() {
                    "F0FE" | "F078" | "F0FD" => out.push('☒'),
                    "F06F" | "F0A8" | "F072" => out.push('☐'),
                    _ => {}
                }
            }
            _ => {}
        }
    }
    out
}

/// The value of attribute `name` in a tag's text.
fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let mut from = 0;
    while let Some(i) = tag.get(from..)?.find(name) {
        let at = from + i;
        let before_ok = tag
            .get(..at)
            .and_then(|s| s.chars().next_back())
            .is_some_and(char::is_whitespace);
        let rest = tag.get(at + name.len()..)?;
        if before_ok {
            if let Some(rest) = rest.strip_prefix("=\"") {
                return rest.find('"').and_then(|end| rest.get(..end));
            }
        }
        from = at + name.len();
    }
    None
}

/// Appends XML character data, with entities replaced.
fn unescape_into(s: &str, out: &mut String) {
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(rest.get(..amp).unwrap_or(""));
        let after = rest.get(amp + 1..).unwrap_or("");
        let Some(semi) = after.find(';').filter(|&i| i <= 10) else {
            out.push('&');
            rest = after;
            continue;
        };
        let entity = after.get(..semi).unwrap_or("");
        let c = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            e => e
                .strip_prefix("#x")
                .map(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| e.strip_prefix('#').map(|d| d.parse().ok()))
                .flatten()
                .and_then(char::from_u32),
        };
        match c {
            Some(c) => {
                out.push(c);
                rest = after.get(semi + 1..).unwrap_or("");
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn docx_paragraphs_tabs_and_entities() {
        let xml = r#"<w:document><w:body><w:p><w:r><w:t>1.1 Beskriv</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve"> A &amp; B &#8211; c</w:t></w:r></w:p><w:p><w:r><w:delText>bort</w:delText><w:t>kvar</w:t><w:br/><w:t>rad</w:t></w:r></w:p></w:body></w:document>"#;
        assert_eq!(document_text(xml), "1.1 Beskriv\t A & B – c\nkvar\nrad\n");
    }

    #[test]
    fn docx_checkboxes_of_every_kind() {
        let sdt = |checked: &str, glyph: &str| {
            format!(
                r#"<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="{checked}"/><w14:checkedState w14:val="2612"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>"#
            )
        };
        let xml = format!(
            r#"<w:p><w:r><w:t xml:space="preserve">Ja </w:t></w:r>{}</w:p><w:p><w:r><w:t xml:space="preserve">Nej </w:t></w:r>{}</w:p><w:p><w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:checkBox><w:sizeAuto/><w:default w:val="1"/></w:checkBox></w:ffData></w:fldChar></w:r><w:r><w:instrText> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> Ej aktuellt </w:t></w:r><w:r><w:sym w:font="Wingdings" w:char="F0A8"/></w:r></w:p>"#,
            sdt("1", "x"),
            sdt("0", "☐"),
        );
        assert_eq!(document_text(&xml), "Ja ☒\nNej ☐\n☒ Ej aktuellt ☐\n");
    }

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
