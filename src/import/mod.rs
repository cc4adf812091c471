//! Importing a filled-in report document: from the text of a Word document
//! or PDF to a [`Report`], and a list of what could not be placed.
//!
//! Questions are found by their *text*, not their number: a filled-in
//! document's numbering is often irregular (the real 2024 report labels
//! canonical 3.3 "3.2" and leaves 3.2 unnumbered), headings wrap over lines,
//! and Word adds no-break spaces and footnote marks. Each question's answer
//! is what follows its heading up to the next heading, without the form's
//! own texts (budget notes, instructions, choice prompts, footnotes).
//! Choices are read from checkbox glyphs next to the options. See
//! `docs/rules.md`, "How a document is read".
//!
//! # Example
//!
//! ```
//! use formkoll::{import_text, Template};
//! let doc = "3. Innovation och förnyelse samt entreprenörskap och företagande\n\
//!            3.2 Beskriv hur ni har beaktat olika territoriella\n\
//!            perspektiv i arbetet inom detta område.\n\
//!            Vi har arbetat med hela länet.\n";
//! let import = import_text(&Template::default_template(), doc);
//! assert_eq!(import.report.answers.get("3.3").map(|a| a.text()), Some("Vi har arbetat med hela länet."));
//! assert_eq!(import.placed[0].label.as_deref(), Some("3.2"));
//! ```

use crate::prelude::*;

mod document;
#[cfg(not(target_arch = "wasm32"))]
mod docx;
mod forms;
mod message;
mod place;
mod scan;
mod tokens;
#[cfg(not(target_arch = "wasm32"))]
mod wordml;

use crate::{Report, Template};

use forms::Forms;
use place::{Piece, Reader};
use scan::Matcher;
use tokens::Tok;

pub use document::{import_document, Document, TextBox};
#[cfg(not(target_arch = "wasm32"))]
pub use docx::{docx_document, docx_text, MAX_XML};
pub use message::excerpt;

/// Returns true when `bytes` look like a zip archive (a .docx).
///
/// # Example
///
/// ```
/// assert!(formkoll::import::is_zip(b"PK\x03\x04..."));
/// assert!(!formkoll::import::is_zip(b"1.1 Beskriv"));
/// ```
pub fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

/// What the importer could not place. The string form ([`ImportCode::as_str`])
/// is stable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ImportCode {
    /// Text before the first question that is not one of the form's texts.
    TextBeforeFirstQuestion,
    /// Text after a section heading (or a group's lead-in) and before its
    /// first question: it belongs to no question.
    TextUnplaced,
    /// A question of the template was not found in the document.
    QuestionMissing,
    /// A question was found a second time; the text under the second
    /// heading was not imported.
    QuestionDuplicate,
    /// A choice question with no box marked.
    ChoiceUnmarked,
    /// A choice question with more than one option marked.
    ChoiceAmbiguous,
    /// The text of a text box (or a shape with text) in a .docx, which is
    /// not imported into any answer: where it belongs in the text is not
    /// written in the document. See [`import_document`].
    TextBoxOmitted,
}

impl ImportCode {
    /// Every code, in documentation order.
    pub const ALL: &'static [ImportCode] = &[
        ImportCode::TextBeforeFirstQuestion,
        ImportCode::TextUnplaced,
        ImportCode::QuestionMissing,
        ImportCode::QuestionDuplicate,
        ImportCode::ChoiceUnmarked,
        ImportCode::ChoiceAmbiguous,
        ImportCode::TextBoxOmitted,
    ];

    /// Returns the dotted code.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(formkoll::ImportCode::QuestionMissing.as_str(), "import.question_missing");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            ImportCode::TextBeforeFirstQuestion => "import.text_before_first_question",
            ImportCode::TextUnplaced => "import.text_unplaced",
            ImportCode::QuestionMissing => "import.question_missing",
            ImportCode::QuestionDuplicate => "import.question_duplicate",
            ImportCode::ChoiceUnmarked => "import.choice_unmarked",
            ImportCode::ChoiceAmbiguous => "import.choice_ambiguous",
            ImportCode::TextBoxOmitted => "import.text_box_omitted",
        }
    }
}

/// One thing the importer could not place: a code, the line (1-based) where
/// it was, the question concerned and the first words of the text concerned.
///
/// # Example
///
/// ```
/// use formkoll::{import_text, ImportCode, Template};
/// let import = import_text(&Template::default_template(), "Region X\n");
/// assert_eq!(import.findings[0].code, ImportCode::TextBeforeFirstQuestion);
/// assert_eq!(import.findings[0].line, Some(1));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportFinding {
    /// The stable code.
    pub code: ImportCode,
    /// The line in the document, 1-based; `None` for a question not found.
    pub line: Option<usize>,
    /// The question concerned.
    pub question: Option<String>,
    /// The first words of the text concerned (text not placed, a duplicate's text).
    pub excerpt: Option<String>,
}

/// Where a question was found: its id, the line of its heading (1-based) and
/// the label printed before it ("3.2"), if any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Placement {
    /// The canonical question id.
    pub question: String,
    /// The line of the heading, 1-based.
    pub line: usize,
    /// The number printed before the heading, as printed.
    pub label: Option<String>,
}

/// The result of reading a document: the report, what could not be placed,
/// and where each question was found.
#[derive(Clone, Debug, PartialEq)]
pub struct Import {
    /// The answers found, in template order.
    pub report: Report,
    /// What could not be placed, in document order (questions not found last).
    pub findings: Vec<ImportFinding>,
    /// The questions found, in document order.
    pub placed: Vec<Placement>,
}

/// Reads a pasted or extracted document into a report for `template`.
///
/// Never fails: what cannot be placed is in [`Import::findings`]. A
/// document in which no question was found has an empty
/// [`Import::placed`]; callers treat that as unusable input.
///
/// # Example
///
/// ```
/// use formkoll::{import_text, Template};
/// let doc = "• i förekommande fall omställningsplanen för Fonden för en rättvis omställning?\n\
///            Ja ☐\nNej ☐\nEj aktuellt ☒\n";
/// let import = import_text(&Template::default_template(), doc);
/// assert_eq!(import.report.answers.get("5.1d").and_then(|a| a.choice()), Some("ej_aktuellt"));
/// ```
pub fn import_text(template: &Template, text: &str) -> Import {
    let forms = Forms::new(template);
    let lines = tokens::lines(text);
    let mut toks: Vec<Tok> = Vec::new();
    let mut first_tok = Vec::with_capacity(lines.len() + 1);
    let mut raw = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        first_tok.push(toks.len());
        raw.clear();
        tokens::tokenize(line, &mut raw);
        toks.extend(raw.iter().map(|r| forms.intern(r, i)));
    }
    first_tok.push(toks.len());

    let matcher = Matcher {
        forms: &forms,
        toks: &toks,
        lines: &lines,
    };
    let mut reader = Reader::new(template, &forms);
    let mut i = 0;
    while let Some(&line) = lines.get(i) {
        let a = first_tok.get(i).copied().unwrap_or(0);
        let b = first_tok.get(i + 1).copied().unwrap_or(a);
        if a == b {
            reader.pieces.push(if line.trim().is_empty() {
                Piece::Blank(line)
            } else if is_rule(line) {
                Piece::Removed
            } else {
                Piece::Text(line, i)
            });
            i += 1;
            continue;
        }
        if let Some(unit) = matcher.unit(a) {
            if reader.apply(&unit, &lines) {
                let last = unit.last_line as usize;
                if let (Some(rest), Some(l)) = (unit.rest, lines.get(last)) {
                    reader
                        .pieces
                        .push(Piece::Text(l.get(rest as usize..).unwrap_or(""), last));
                }
                i = last + 1;
                continue;
            }
        }
        reader.pieces.push(Piece::Text(line, i));
        i += 1;
    }
    reader.finish()
}

/// A line of only rule characters ("________", "-----"): the separator Word
/// puts before footnotes.
fn is_rule(line: &str) -> bool {
    let line = line.trim();
    line.chars().count() >= 3
        && line
            .chars()
            .all(|c| matches!(c, '_' | '-' | '–' | '—' | '=' | '*'))
}
