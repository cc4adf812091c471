//! The text of a Word document's body (`word/document.xml`), as Word shows
//! it with every tracked change accepted.
//!
//! Each paragraph (`<w:p>`) becomes a line, a tab a tab and a manual line
//! break a line break. Left out, because they are not text of the document
//! as it reads: deleted and moved-away text (`w:del`, `w:moveFrom`), field
//! codes (`w:instrText`, and everything between a field's `begin` and
//! `separate`; the field's result is read), a content control's placeholder
//! text (`w:showingPlcHdr`), tab-stop definitions and the alternative
//! rendering of an object (`mc:Fallback`). Comments, bookmarks and proofing
//! marks are not text in document.xml and need nothing. A paragraph whose
//! mark was deleted (tracked) runs on into the next one, as in Word.
//!
//! Text in a text box (`w:txbxContent`, in a DrawingML shape or a VML
//! `v:textbox`) is kept apart, once per box (from `mc:Choice`, or from
//! `mc:Fallback` when the choice has none): where a floating box belongs
//! in the answer's text is not written in the document, so the importer
//! reports it instead of splicing it in ([`super::Document`]).
//!
//! Checkboxes become the glyphs the importer reads: a checkbox content
//! control (`<w14:checkbox>`) by its checked state, a legacy form checkbox
//! (`FORMCHECKBOX`) by its default or checked value, and Wingdings box
//! symbols by their character.

use super::document::{Document, TextBox};
use crate::prelude::*;

/// One open content control (`w:sdt`).
#[derive(Default)]
struct Sdt {
    /// A checkbox control: its state.
    checkbox: Option<bool>,
    /// Its content is Word's placeholder text, not the writer's.
    placeholder: bool,
    /// Inside its `w:sdtContent`, and that content is hidden.
    hiding: bool,
}

/// One open `mc:AlternateContent`.
struct Alt {
    /// How many text boxes were kept when it opened.
    boxes_before: usize,
    /// The text boxes of its fallback, kept only if its choice had none.
    fallback: Vec<TextBox>,
}

#[derive(Default)]
struct Scan {
    out: String,
    boxes: Vec<TextBox>,
    /// The text box being read: its text and where it is anchored.
    text_box: Option<(String, usize)>,
    box_depth: u32,
    in_text: bool,
    in_para: bool,
    box_in_para: bool,
    /// Inside a paragraph's properties, and whether its mark was deleted
    /// (also kept for the paragraph a text box is anchored in).
    in_ppr: bool,
    mark_deleted: bool,
    outer_mark_deleted: bool,
    in_tabs: bool,
    /// Open deletions, moved-away text, deleted text and field instructions.
    hidden: u32,
    /// Open `mc:Fallback` elements.
    fallback: u32,
    alts: Vec<Alt>,
    /// Per open complex field: true while in its code (before `separate`).
    fields: Vec<bool>,
    /// How many of `fields` are in their code.
    in_code: usize,
    sdts: Vec<Sdt>,
    /// How many of `sdts` hide their content.
    sdt_hiding: usize,
    /// A legacy form field: its checkbox state, written at the field's end.
    field_box: Option<bool>,
}

/// Reads document.xml into its text and its text boxes.
pub(super) fn document(xml: &str) -> Document {
    let mut s = Scan::default();
    let mut rest = xml;
    while let Some(lt) = rest.find('<') {
        if s.in_text {
            if let Some(sink) = s.sink() {
                unescape_into(rest.get(..lt).unwrap_or(""), sink);
            }
        }
        let after = rest.get(lt + 1..).unwrap_or("");
        let Some(gt) = after.find('>') else { break };
        let tag = after.get(..gt).unwrap_or("");
        rest = after.get(gt + 1..).unwrap_or("");
        s.tag(tag);
    }
    Document {
        text: s.out,
        text_boxes: s.boxes,
    }
}

impl Scan {
    /// Where visible text goes now: the text box being read, the body, or
    /// nowhere (hidden text, a fallback outside a text box).
    fn sink(&mut self) -> Option<&mut String> {
        if self.hidden > 0 || self.in_code > 0 || self.sdt_hiding > 0 {
            return None;
        }
        match &mut self.text_box {
            Some((text, _)) => Some(text),
            None if self.fallback > 0 => None,
            None => Some(&mut self.out),
        }
    }

    fn push(&mut self, c: char) {
        if let Some(sink) = self.sink() {
            sink.push(c);
        }
    }

    fn tag(&mut self, tag: &str) {
        let closing = tag.starts_with('/');
        let empty = tag.ends_with('/');
        let name = tag
            .trim_start_matches('/')
            .split(|c: char| c.is_whitespace() || c == '/')
            .next()
            .unwrap_or("");
        let value = attr(tag, "w14:val").or_else(|| attr(tag, "w:val"));
        let on = value.map_or(true, |v| v == "1" || v == "true" || v == "on");
        match (name, closing) {
            ("w:t", false) => self.in_text = !empty,
            ("w:t", true) => self.in_text = false,
            // A deleted paragraph mark: the paragraph runs on into the next.
            ("w:del" | "w:moveFrom", false) if empty && self.in_ppr => self.mark_deleted = true,
            (
                "w:del" | "w:moveFrom" | "w:delText" | "w:instrText" | "w:delInstrText"
                | "w:footnotes",
                false,
            ) if !empty => self.hidden += 1,
            (
                "w:del" | "w:moveFrom" | "w:delText" | "w:instrText" | "w:delInstrText"
                | "w:footnotes",
                true,
            ) => self.hidden = self.hidden.saturating_sub(1),
            ("mc:AlternateContent", false) if !empty => self.alts.push(Alt {
                boxes_before: self.boxes.len(),
                fallback: Vec::new(),
            }),
            ("mc:AlternateContent", true) => {
                if let Some(alt) = self.alts.pop() {
                    if self.boxes.len() == alt.boxes_before {
                        self.boxes.extend(alt.fallback);
                    }
                }
            }
            ("mc:Fallback", false) if !empty => self.fallback += 1,
            ("mc:Fallback", true) => self.fallback = self.fallback.saturating_sub(1),
            ("w:txbxContent", false) if !empty => self.open_box(),
            ("w:txbxContent", true) => self.close_box(),
            ("w:pPr", false) => self.in_ppr = !empty,
            ("w:pPr", true) => self.in_ppr = false,
            ("w:tabs", false) => self.in_tabs = !empty,
            ("w:tabs", true) => self.in_tabs = false,
            ("w:p", false) => self.open_paragraph(empty),
            ("w:p", true) => self.close_paragraph(),
            ("w:tab" | "w:ptab", false) if !self.in_tabs => self.push('\t'),
            ("w:br" | "w:cr", false) => self.push('\n'),
            ("w:noBreakHyphen", false) => self.push('\u{2011}'),
            ("w:softHyphen", false) => self.push('\u{AD}'),
            ("w:sdt", false) if !empty => self.sdts.push(Sdt::default()),
            ("w:sdt", true) => {
                let hiding = self.sdts.pop().is_some_and(|sdt| sdt.hiding);
                self.sdt_hiding = self.sdt_hiding.saturating_sub(usize::from(hiding));
            }
            ("w14:checkbox", false) => {
                if let Some(sdt) = self.sdts.last_mut() {
                    sdt.checkbox = Some(false);
                }
            }
            ("w14:checked", false) => {
                if let Some(sdt) = self.sdts.last_mut().filter(|s| s.checkbox.is_some()) {
                    sdt.checkbox = Some(on);
                }
            }
            ("w:showingPlcHdr", false) => {
                if let Some(sdt) = self.sdts.last_mut() {
                    sdt.placeholder = on;
                }
            }
            ("w:sdtContent", false) if !empty => self.open_sdt_content(),
            ("w:sdtContent", true) => {
                if let Some(sdt) = self.sdts.last_mut().filter(|s| s.hiding) {
                    sdt.hiding = false;
                    self.sdt_hiding = self.sdt_hiding.saturating_sub(1);
                }
            }
            ("w:checkBox", false) => self.field_box = Some(false),
            ("w:default" | "w:checked", false) if self.field_box.is_some() => {
                self.field_box = Some(on)
            }
            ("w:fldChar", false) => self.field_char(attr(tag, "w:fldCharType")),
            ("w:sym", false) => {
                // Wingdings: F0FE ☑, F078 ☒, F06F ☐, F0A8 ☐.
                match attr(tag, "w:char")
                    .unwrap_or("")
                    .to_ascii_uppercase()
                    .as_str()
                {
                    "F0FE" | "F078" | "F0FD" => self.push('☒'),
                    "F06F" | "F0A8" | "F072" => self.push('☐'),
                    _ => {}
                }
            }
            _ => {}
        }
    }

    fn open_paragraph(&mut self, empty: bool) {
        self.mark_deleted = false;
        if self.text_box.is_some() {
            if empty {
                self.push('\n');
            }
            self.box_in_para = !empty;
        } else if self.fallback == 0 {
            // An empty paragraph, `<w:p/>`, is an empty line.
            if empty {
                self.out.push('\n');
            }
            self.in_para = !empty;
        }
    }

    fn close_paragraph(&mut self) {
        let deleted = core::mem::take(&mut self.mark_deleted);
        if self.text_box.is_some() {
            if core::mem::take(&mut self.box_in_para) && !deleted {
                self.push('\n');
            }
        } else if self.fallback == 0 && core::mem::take(&mut self.in_para) && !deleted {
            self.out.push('\n');
        }
    }

    fn open_box(&mut self) {
        self.box_depth += 1;
        if self.box_depth == 1 {
            self.text_box = Some((String::new(), self.out.len()));
            self.box_in_para = false;
            self.outer_mark_deleted = core::mem::take(&mut self.mark_deleted);
        }
    }

    fn close_box(&mut self) {
        if self.box_depth == 0 {
            return;
        }
        self.box_depth -= 1;
        if self.box_depth > 0 {
            return;
        }
        self.mark_deleted = core::mem::take(&mut self.outer_mark_deleted);
        let Some((text, anchor)) = self.text_box.take() else {
            return;
        };
        let text = text.trim();
        if text.is_empty() {
            return;
        }
        let text_box = TextBox {
            anchor,
            text: text.to_string(),
        };
        match self.alts.last_mut() {
            Some(alt) if self.fallback > 0 => alt.fallback.push(text_box),
            _ => self.boxes.push(text_box),
        }
    }

    fn open_sdt_content(&mut self) {
        let Some(sdt) = self.sdts.last() else { return };
        let (checkbox, placeholder) = (sdt.checkbox, sdt.placeholder);
        if let Some(state) = checkbox {
            self.push(if state { '☒' } else { '☐' });
        }
        if checkbox.is_some() || placeholder {
            if let Some(sdt) = self.sdts.last_mut() {
                sdt.hiding = true;
            }
            self.sdt_hiding += 1;
        }
    }

    fn field_char(&mut self, kind: Option<&str>) {
        match kind {
            Some("begin") => {
                self.fields.push(true);
                self.in_code += 1;
            }
            Some("separate") => {
                if let Some(code) = self.fields.last_mut().filter(|c| **c) {
                    *code = false;
                    self.in_code -= 1;
                }
            }
            Some("end") => {
                if self.fields.pop() == Some(true) {
                    self.in_code -= 1;
                }
                if let Some(state) = self.field_box.take() {
                    self.push(if state { '☒' } else { '☐' });
                }
            }
            _ => {}
        }
    }
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
#[path = "wordml_tests.rs"]
mod tests;
