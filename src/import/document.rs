//! A document read from a file: its text, and the text the importer sets
//! apart (text boxes), which it reports rather than drops.

use super::{excerpt, import_text, tokens, Import, ImportCode, ImportFinding};
use crate::prelude::*;
use crate::Template;

/// The text of a document, and the text boxes set apart from it.
///
/// A text box floats: the document does not say where its text belongs
/// in the paragraph it is anchored to, so its text is not put into an
/// answer. [`import_document`] reports each box instead, with its first
/// words ([`ImportCode::TextBoxOmitted`]), so an official sees it.
///
/// # Example
///
/// ```
/// use formkoll::import::Document;
/// let doc = Document::from("1.1 Beskriv\nSvar\n".to_string());
/// assert_eq!(&*doc, "1.1 Beskriv\nSvar\n");
/// assert!(doc.text_boxes.is_empty());
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Document {
    /// The text, one line per paragraph.
    pub text: String,
    /// The text boxes, in document order.
    pub text_boxes: Vec<TextBox>,
}

/// The text of one text box, and where it is anchored.
///
/// # Example
///
/// ```
/// use formkoll::import::TextBox;
/// let b = TextBox { anchor: 4, text: "Nyckeltal: 45 nya företag.".into() };
/// assert_eq!(formkoll::import::excerpt(&b.text), "Nyckeltal: 45 nya företag.");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextBox {
    /// The byte offset in [`Document::text`] of the paragraph position the
    /// box is anchored at.
    pub anchor: usize,
    /// The box's text, trimmed, one line per paragraph.
    pub text: String,
}

impl From<String> for Document {
    fn from(text: String) -> Document {
        Document {
            text,
            text_boxes: Vec::new(),
        }
    }
}

/// A document reads as its text (`&doc` where a `&str` is expected).
impl core::ops::Deref for Document {
    type Target = str;
    fn deref(&self) -> &str {
        &self.text
    }
}

/// Reads a document into a report, as [`import_text`] reads its text, and
/// reports each text box as an [`ImportCode::TextBoxOmitted`] finding on the
/// line it is anchored to, with the question whose heading comes last
/// before it.
///
/// # Example
///
/// ```
/// use formkoll::import::{import_document, Document, TextBox};
/// use formkoll::{ImportCode, Template};
/// let text = "1.1 Beskriv hur det strategiskt viktigaste arbetet inom detta område har genomförts.\nSvar.\n";
/// let doc = Document { text: text.to_string(), text_boxes: vec![TextBox { anchor: text.len() - 3, text: "I rutan".into() }] };
/// let import = import_document(&Template::default_template(), &doc);
/// let f = &import.findings[0];
/// assert_eq!((f.code, f.line, f.question.as_deref()), (ImportCode::TextBoxOmitted, Some(2), Some("1.1")));
/// assert_eq!(import.report.answers.get("1.1").map(|a| a.text()), Some("Svar."));
/// ```
pub fn import_document(template: &Template, doc: &Document) -> Import {
    let mut import = import_text(template, &doc.text);
    if doc.text_boxes.is_empty() {
        return import;
    }
    let base = doc.text.as_ptr() as usize;
    let starts: Vec<usize> = tokens::lines(&doc.text)
        .iter()
        .map(|l| (l.as_ptr() as usize).saturating_sub(base))
        .collect();
    for b in &doc.text_boxes {
        let line = starts.partition_point(|&s| s <= b.anchor).max(1);
        let question = import
            .placed
            .iter()
            .rev()
            .find(|p| p.line <= line)
            .map(|p| p.question.clone());
        let f = ImportFinding {
            code: ImportCode::TextBoxOmitted,
            line: Some(line),
            question,
            excerpt: Some(excerpt(&b.text)),
        };
        // After the findings of earlier lines and before the questions not
        // found (which have no line and come last).
        let at = import
            .findings
            .iter()
            .position(|g| g.line.map_or(true, |l| l > line))
            .unwrap_or(import.findings.len());
        import.findings.insert(at, f);
    }
    import
}
