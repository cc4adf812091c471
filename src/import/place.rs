//! Filing a document's lines under the questions they follow: the state
//! machine [`import_text`](super::import_text) drives, line by line. A
//! question heading opens its answer, a section heading or a lead-in closes
//! it, form texts are removed, checkbox options are read for the question
//! they belong to, and what cannot be placed becomes an [`ImportFinding`].

use crate::prelude::*;

use super::forms::{Forms, Role};
use super::scan::{self, Elem, Unit};
use super::tokens::Kind;
use super::{excerpt, Import, ImportCode, ImportFinding, Placement};
use crate::{Answer, QuestionKind, Report, Template};

/// A line's part in the text being collected.
pub(super) enum Piece<'a> {
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

pub(super) struct Reader<'a> {
    template: &'a Template,
    forms: &'a Forms,
    target: Target,
    pub(super) pieces: Vec<Piece<'a>>,
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
    pub(super) fn new(template: &'a Template, forms: &'a Forms) -> Reader<'a> {
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
    pub(super) fn apply(&mut self, unit: &Unit, lines: &[&str]) -> bool {
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

    pub(super) fn finish(mut self) -> Import {
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
