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
mod scan;
mod tokens;
#[cfg(not(target_arch = "wasm32"))]
mod wordml;

use crate::{Answer, QuestionKind, Report, Template};

use forms::{Forms, Role};
use scan::{Elem, Matcher, Unit};
use tokens::{Kind, Tok};

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

/// A line's part in the text being collected.
enum Piece<'a> {
    Blank(&'a str),
    /// A form text removed from between answer lines.
    Removed,
    Text(&'a str, usize),
}

/// Where lines go while reading.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Target {
    /// Before the first question.
    Preamble,
    /// After a section heading or a lead-in, before a question.
    Between,
    /// Under question `q`'s heading (found on `line`).
    Question(usize),
    /// Under a second heading of question `q`.
    Duplicate(usize, usize),
}

struct Reader<'a> {
    template: &'a Template,
    forms: &'a Forms,
    target: Target,
    pieces: Vec<Piece<'a>>,
    /// Per question: the line of its heading, once found.
    found: Vec<Option<usize>>,
    answers: Vec<String>,
    /// Per question: (choice index, marked, line) of each option read.
    options: Vec<Vec<(usize, bool, usize)>>,
    /// The section of the last section heading read.
    heading_section: Option<usize>,
    last: Option<usize>,
    placed: Vec<Placement>,
    findings: Vec<ImportFinding>,
}

impl<'a> Reader<'a> {
    fn new(template: &'a Template, forms: &'a Forms) -> Reader<'a> {
        let n = template.data().questions.len();
        Reader {
            template,
            forms,
            target: Target::Preamble,
            pieces: Vec::new(),
            found: vec![None; n],
            answers: vec![String::new(); n],
            options: vec![Vec::new(); n],
            heading_section: None,
            last: None,
            placed: Vec::new(),
            findings: Vec::new(),
        }
    }

    /// The question a unit's options belong to: the last heading in the unit,
    /// else the one being read.
    fn options_owner(&self, unit: &Unit) -> Option<usize> {
        let mut owner = match self.target {
            Target::Question(q) | Target::Duplicate(q, _) => Some(q),
            _ => None,
        };
        for elem in &unit.elems {
            match elem {
                Elem::Key { node, .. } => {
                    if let Some(q) = self.candidates(*node).first() {
                        owner = Some(*q);
                    }
                }
                Elem::Choice { label, .. } => {
                    let fits = owner.is_some_and(|q| {
                        self.forms
                            .options
                            .get(q)
                            .is_some_and(|o| o.iter().any(|&(l, _)| l == *label))
                    });
                    if !fits {
                        return None;
                    }
                }
            }
        }
        owner
    }

    fn candidates(&self, node: usize) -> Vec<usize> {
        self.forms
            .roles(node)
            .iter()
            .filter_map(|r| match r {
                Role::Question(q) => Some(*q),
                _ => None,
            })
            .collect()
    }

    /// Applies a unit; returns false (and changes nothing) when its options
    /// do not belong to the question they follow, so its lines are answer text.
    fn apply(&mut self, unit: &Unit, lines: &[&str]) -> bool {
        let has_options = unit.elems.iter().any(|e| matches!(e, Elem::Choice { .. }));
        if has_options {
            let Some(owner) = self.options_owner(unit) else {
                return false;
            };
            let follows_options = self.target == Target::Question(owner)
                && self.options.get(owner).is_some_and(|o| !o.is_empty())
                && self.pieces.iter().all(|p| matches!(p, Piece::Blank(_)));
            // "Nej." with a full stop is an answer, not an option without a box.
            let sentence = lines
                .get(unit.last_line as usize)
                .is_some_and(|l| l.trim_end().ends_with(['.', '!', '?']));
            if !unit.boxes && (!follows_options || sentence) {
                return false;
            }
        }
        for elem in &unit.elems {
            match *elem {
                Elem::Key {
                    node,
                    label,
                    hint,
                    line,
                } => {
                    let span = |s: Option<scan::Span>| {
                        s.and_then(|(l, a, b)| lines.get(l as usize)?.get(a as usize..b as usize))
                    };
                    self.key(node, span(label), span(hint), line as usize);
                }
                Elem::Choice { label, mark, line } => {
                    let q = match self.target {
                        Target::Question(q) => q,
                        _ => continue,
                    };
                    let Some(options) = self.forms.options.get(q) else {
                        continue;
                    };
                    if let Some(&(_, c)) = options.iter().find(|&&(l, _)| l == label) {
                        let marked = matches!(mark, Some(Kind::On | Kind::X));
                        if let Some(read) = self.options.get_mut(q) {
                            read.push((c, marked, line as usize));
                        }
                    }
                }
            }
        }
        true
    }

    fn key(&mut self, node: usize, label: Option<&str>, hint: Option<&str>, line: usize) {
        let roles = self.forms.roles(node);
        let candidates = self.candidates(node);
        if !candidates.is_empty() {
            self.close();
            let (q, duplicate) = self.resolve(&candidates, hint);
            if duplicate {
                self.target = Target::Duplicate(q, line);
                return;
            }
            if let Some(f) = self.found.get_mut(q) {
                *f = Some(line);
            }
            self.last = Some(q);
            // A question of another section means that section's heading was
            // missed: the last heading no longer says where we are.
            if self.heading_section != Some(self.template.section_of(q)) {
                self.heading_section = None;
            }
            self.target = Target::Question(q);
            self.placed.push(Placement {
                question: self.question_id(q).to_string(),
                line: line + 1,
                label: label
                    .map(|l| l.trim().to_string())
                    .filter(|l| !l.is_empty()),
            });
            return;
        }
        let section = roles.iter().find_map(|r| match r {
            Role::Section(s) => Some(*s),
            _ => None,
        });
        if section.is_some() || roles.contains(&Role::Stem) {
            self.close();
            if section.is_some() {
                self.heading_section = section;
            }
            self.target = if self.last.is_some() {
                Target::Between
            } else {
                Target::Preamble
            };
            return;
        }
        // Any other form text: removed from the answer it interrupts.
        self.pieces.push(Piece::Removed);
    }

    /// Chooses among the questions sharing a text: the section the label
    /// names, else the section of the last section heading, else the section
    /// being read (if its question is still unplaced), else the next one in
    /// form order. Returns the question and
    /// whether it was found before.
    fn resolve(&self, candidates: &[usize], hint: Option<&str>) -> (usize, bool) {
        let t = self.template;
        let in_section = |s: usize| -> Vec<usize> {
            candidates
                .iter()
                .copied()
                .filter(|&q| t.section_of(q) == s)
                .collect()
        };
        let unplaced = |q: &usize| self.found.get(*q).is_some_and(|f| f.is_none());
        let pick = |c: &[usize]| match c.iter().find(|q| unplaced(q)) {
            Some(&q) => (q, false),
            None => (c.first().copied().unwrap_or(0), true),
        };
        let hinted = hint.and_then(|h| t.data().sections.iter().position(|s| s.id == h));
        for s in [hinted, self.heading_section].into_iter().flatten() {
            let c = in_section(s);
            if !c.is_empty() {
                return pick(&c);
            }
        }
        if let Some(last) = self.last {
            let c = in_section(t.section_of(last));
            if c.iter().any(unplaced) {
                return pick(&c);
            }
        }
        let next = candidates
            .iter()
            .copied()
            .find(|q| unplaced(q) && self.last.map_or(true, |l| *q > l));
        match next.or_else(|| candidates.iter().copied().find(|q| unplaced(q))) {
            Some(q) => (q, false),
            None => (candidates.first().copied().unwrap_or(0), true),
        }
    }

    fn question_id(&self, q: usize) -> &str {
        self.template
            .data()
            .questions
            .get(q)
            .map_or("", |question| question.id.as_str())
    }

    /// Ends the text being collected and files it where it belongs.
    fn close(&mut self) {
        let pieces = core::mem::take(&mut self.pieces);
        let first_line = pieces.iter().find_map(|p| match p {
            Piece::Text(_, line) => Some(*line + 1),
            _ => None,
        });
        let text = assemble(&pieces);
        match self.target {
            Target::Question(q) => {
                if let Some(a) = self.answers.get_mut(q) {
                    *a = text;
                }
            }
            Target::Duplicate(q, line) => self.findings.push(ImportFinding {
                code: ImportCode::QuestionDuplicate,
                line: Some(line + 1),
                question: Some(self.question_id(q).to_string()),
                excerpt: (!text.is_empty()).then(|| excerpt(&text)),
            }),
            Target::Preamble | Target::Between if !text.is_empty() => {
                let code = if self.target == Target::Preamble {
                    ImportCode::TextBeforeFirstQuestion
                } else {
                    ImportCode::TextUnplaced
                };
                self.findings.push(ImportFinding {
                    code,
                    line: first_line,
                    question: None,
                    excerpt: Some(excerpt(&text)),
                });
            }
            _ => {}
        }
    }

    fn finish(mut self) -> Import {
        self.close();
        let data = self.template.data();
        let mut answers = Vec::new();
        let mut missing = Vec::new();
        for (q, question) in data.questions.iter().enumerate() {
            let Some(heading) = self.found.get(q).copied().flatten() else {
                missing.push(ImportFinding {
                    code: ImportCode::QuestionMissing,
                    line: None,
                    question: Some(question.id.clone()),
                    excerpt: None,
                });
                continue;
            };
            let text = core::mem::take(self.answers.get_mut(q).unwrap_or(&mut String::new()));
            let answer = if question.kind == QuestionKind::Choice {
                let read = self.options.get(q).map_or(&[][..], Vec::as_slice);
                let mut marked: Vec<(usize, usize)> = Vec::new();
                for &(c, on, line) in read {
                    if on && !marked.iter().any(|&(m, _)| m == c) {
                        marked.push((c, line));
                    }
                }
                let choice = match marked.as_slice() {
                    [(c, _)] => question.choices.get(*c).map(|c| c.id.clone()),
                    [] => {
                        insert_by_line(
                            &mut self.findings,
                            finding_at(ImportCode::ChoiceUnmarked, heading, &question.id),
                        );
                        None
                    }
                    [(_, line), ..] => {
                        insert_by_line(
                            &mut self.findings,
                            finding_at(ImportCode::ChoiceAmbiguous, *line, &question.id),
                        );
                        None
                    }
                };
                Answer::Choice { choice, text }
            } else {
                Answer::Text(text)
            };
            answers.push((question.id.clone(), answer));
        }
        self.findings.extend(missing);
        Import {
            report: Report::new(self.template.id(), answers),
            findings: self.findings,
            placed: self.placed,
        }
    }
}

/// Adds `f` after the findings of earlier lines (the others were added in
/// document order), without a sort routine in the WebAssembly.
fn insert_by_line(findings: &mut Vec<ImportFinding>, f: ImportFinding) {
    let at = findings.partition_point(|g| g.line <= f.line);
    findings.insert(at, f);
}

fn finding_at(code: ImportCode, line: usize, question: &str) -> ImportFinding {
    ImportFinding {
        code,
        line: Some(line + 1),
        question: Some(question.to_string()),
        excerpt: None,
    }
}

/// Joins the lines of one answer: exactly as written, line ends as `\n`,
/// without the blank lines around it. Where a form text was removed, the
/// lines either side are joined by a blank line if there was one, else by a
/// line break.
fn assemble(pieces: &[Piece<'_>]) -> String {
    let mut out = String::new();
    let mut blanks: Vec<&str> = Vec::new();
    let mut removed = false;
    for piece in pieces {
        match *piece {
            Piece::Blank(b) => blanks.push(b),
            Piece::Removed => removed = true,
            Piece::Text(text, _) => {
                if !out.is_empty() {
                    if removed {
                        out.push_str(if blanks.is_empty() { "\n" } else { "\n\n" });
                    } else {
                        out.push('\n');
                        for b in &blanks {
                            out.push_str(b);
                            out.push('\n');
                        }
                    }
                }
                out.push_str(text);
                blanks.clear();
                removed = false;
            }
        }
    }
    let trimmed = out.trim();
    if trimmed.len() == out.len() {
        out
    } else {
        trimmed.to_string()
    }
}
