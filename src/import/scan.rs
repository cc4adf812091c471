//! Recognising the form's texts in a document, one run of whole lines at a time.
//!
//! A *unit* is a run of lines made only of form texts (each optionally after a
//! label such as "3.2", "5.1 a)" or "Fråga 1.1", and a heading optionally
//! followed by a footnote mark) and checkbox options ("Ja ☒", "☐ Nej").
//! A form text may run over line breaks; a unit ends where an element ends
//! at the end of a line. Anything else is answer text. The work per unit is
//! bounded (a fixed number of attempts, each at most the longest form text),
//! so a document of any size is read in linear time.

use super::forms::Forms;
use super::tokens::{Kind, Tok};
use crate::prelude::*;

/// A byte range on one line: (line, start, end).
pub(crate) type Span = (u32, u32, u32);

/// One recognised element of a unit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Elem {
    /// A form text; `node` holds its roles in the trie.
    Key {
        node: usize,
        /// The label printed before it, if any ("3.2").
        label: Option<Span>,
        /// The label's first number, which names a section ("3" of "3.2").
        hint: Option<Span>,
        /// The line the element starts on (0-based).
        line: u32,
    },
    /// An option with its box: label index in [`Forms::labels`], the box.
    Choice {
        label: usize,
        mark: Option<Kind>,
        line: u32,
    },
}

/// A run of lines recognised as form text.
#[derive(Debug)]
pub(crate) struct Unit {
    pub elems: Vec<Elem>,
    /// Whether any option has a box. Options without any ("Nej") are only
    /// options right after others that had one; otherwise they are answer text.
    pub boxes: bool,
    /// The last line of the unit (0-based).
    pub last_line: u32,
    /// Where answer text starts on the last line, when a heading is followed
    /// by its answer on the same line.
    pub rest: Option<u32>,
}

/// How many attempts one unit may take, whatever the input.
const BUDGET: u32 = 48;
/// The most elements one unit holds (a heading, its options and a prompt are a handful).
const MAX_ELEMS: usize = 12;
/// The most tokens a label has ("Fråga 5 1 a").
const MAX_LABEL: usize = 4;

pub(crate) struct Matcher<'a> {
    pub forms: &'a Forms,
    pub toks: &'a [Tok],
    pub lines: &'a [&'a str],
}

struct End {
    pos: usize,
    rest: Option<u32>,
}

impl Matcher<'_> {
    /// Tries to read a unit starting at token `p`, the first token of a line.
    pub(crate) fn unit(&self, p: usize) -> Option<Unit> {
        let mut elems = Vec::new();
        let mut budget = BUDGET;
        let end = self.chain(p, &mut elems, &mut budget)?;
        let boxes = elems
            .iter()
            .any(|e| matches!(e, Elem::Choice { mark: Some(_), .. }));
        let last = end.pos.checked_sub(1).and_then(|i| self.toks.get(i))?;
        Some(Unit {
            elems,
            boxes,
            last_line: last.line,
            rest: end.rest,
        })
    }

    fn tok(&self, i: usize) -> Option<&Tok> {
        self.toks.get(i)
    }

    /// True when token `i` starts a new line (or the tokens are used up).
    fn at_line_end(&self, i: usize) -> bool {
        match (i.checked_sub(1).and_then(|j| self.tok(j)), self.tok(i)) {
            (Some(prev), Some(t)) => t.line != prev.line,
            _ => true,
        }
    }

    /// True when token `i` continues token `i - 1`: same line or the next one.
    fn continues(&self, i: usize) -> bool {
        match (i.checked_sub(1).and_then(|j| self.tok(j)), self.tok(i)) {
            (Some(prev), Some(t)) => t.line == prev.line || t.line == prev.line + 1,
            _ => false,
        }
    }

    fn chain(&self, p: usize, elems: &mut Vec<Elem>, budget: &mut u32) -> Option<End> {
        if *budget == 0 || elems.len() >= MAX_ELEMS {
            return None;
        }
        *budget -= 1;
        if let Some((elem, q)) = self.choice(p) {
            elems.push(elem);
            if self.at_line_end(q) {
                return Some(End { pos: q, rest: None });
            }
            if let Some(end) = self.chain(q, elems, budget) {
                return Some(end);
            }
            elems.pop();
        }
        let first = elems.is_empty();
        for k in 0..=self.label_len(p) {
            let q = p + k;
            if k > 0 && !self.continues(q) {
                break;
            }
            let terms = self.walk(q);
            for &(node, end) in terms.iter().rev() {
                elems.push(self.key(p, q, node));
                if self.at_line_end(end) {
                    return Some(End {
                        pos: end,
                        rest: None,
                    });
                }
                if let Some(found) = self.chain(end, elems, budget) {
                    return Some(found);
                }
                elems.pop();
            }
            // A heading with its answer run on after it on the same line.
            if first {
                let heading = terms.iter().rev().find(|&&(node, end)| {
                    end >= q + 4
                        && self.ends_sentence(end)
                        && self
                            .forms
                            .roles(node)
                            .iter()
                            .any(|r| matches!(r, super::forms::Role::Question(_)))
                });
                if let Some(&(node, end)) = heading {
                    let rest = self.tok(end).map(|t| t.start);
                    elems.push(self.key(p, q, node));
                    return Some(End { pos: end, rest });
                }
            }
        }
        None
    }

    /// True when the text just before token `end` ends a sentence (". ? ! :"),
    /// so that what follows on the line is not the heading's own words.
    fn ends_sentence(&self, end: usize) -> bool {
        let (Some(last), Some(next)) =
            (end.checked_sub(1).and_then(|i| self.tok(i)), self.tok(end))
        else {
            return false;
        };
        let Some(line) = self.lines.get(last.line as usize) else {
            return false;
        };
        line.get(last.end as usize..next.start as usize)
            .is_some_and(|gap| gap.trim_start().starts_with(['.', '?', '!', ':']))
    }

    fn key(&self, p: usize, q: usize, node: usize) -> Elem {
        let line = self.tok(p).map_or(0, |t| t.line);
        let (label, hint) = if q > p {
            let first_line = line;
            let label_toks = self.toks.get(p..q).unwrap_or(&[]);
            let end = label_toks
                .iter()
                .take_while(|t| t.line == first_line)
                .last()
                .map_or(0, |t| t.end);
            let start = self.tok(p).map_or(0, |t| t.start);
            let hint = label_toks
                .iter()
                .find(|t| t.kind == Kind::Num)
                .map(|t| (t.line, t.start, t.end));
            (Some((line, start, end)), hint)
        } else {
            (None, None)
        };
        Elem::Key {
            node,
            label,
            hint,
            line,
        }
    }

    /// The number of tokens from `p` that may be a label: numbers, a letter
    /// after a number ("5.1 a"), a letter or "Fråga" first.
    fn label_len(&self, p: usize) -> usize {
        let mut n = 0;
        while n < MAX_LABEL {
            let Some(t) = self.tok(p + n) else { break };
            if n > 0 && !self.continues(p + n) {
                break;
            }
            let after_number = n > 0 && self.tok(p + n - 1).is_some_and(|t| t.kind == Kind::Num);
            let ok = match t.kind {
                Kind::Num => true,
                Kind::Word => {
                    (t.letter && (n == 0 || after_number))
                        || (n == 0 && self.forms.question_word.contains(&t.id))
                }
                _ => false,
            };
            if !ok {
                break;
            }
            n += 1;
        }
        n
    }

    /// Every form text that starts at token `q`: (trie node, end token),
    /// shortest first. A run of numbers ending the line after a text is a
    /// footnote mark and belongs to it.
    fn walk(&self, q: usize) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut node = 0;
        let mut i = q;
        loop {
            if i > q && !self.forms.roles(node).is_empty() {
                out.push((node, i));
                let line = self.tok(i - 1).map_or(0, |t| t.line);
                let mut j = i;
                while self
                    .tok(j)
                    .is_some_and(|t| t.kind == Kind::Num && t.line == line)
                {
                    j += 1;
                }
                if j > i && self.at_line_end(j) {
                    out.push((node, j));
                }
            }
            if i > q && !self.continues(i) {
                break;
            }
            let Some(t) = self.tok(i) else { break };
            match self.forms.child(node, t.id) {
                Some(c) => {
                    node = c;
                    i += 1;
                }
                None => break,
            }
        }
        out
    }

    /// An option at `p`: a box then a label ("☒ Ja") or a label with an
    /// optional box after it ("Ja ☒", "Nej").
    fn choice(&self, p: usize) -> Option<(Elem, usize)> {
        let t = self.tok(p)?;
        if is_box(t.kind) {
            if !self.continues(p + 1) {
                return None;
            }
            let (label, q) = self.label_at(p + 1)?;
            let elem = Elem::Choice {
                label,
                mark: Some(t.kind),
                line: t.line,
            };
            return Some((elem, q));
        }
        let (label, q) = self.label_at(p)?;
        let mark = self
            .tok(q)
            .filter(|m| is_box(m.kind) && self.continues(q))
            .map(|m| m.kind);
        let q = if mark.is_some() { q + 1 } else { q };
        Some((
            Elem::Choice {
                label,
                mark,
                line: t.line,
            },
            q,
        ))
    }

    /// The longest option label at `p`: (index, end token).
    fn label_at(&self, p: usize) -> Option<(usize, usize)> {
        let mut best: Option<(usize, usize)> = None;
        for (i, words) in self.forms.labels.iter().enumerate() {
            let fits = words.iter().enumerate().all(|(k, &w)| {
                self.tok(p + k).is_some_and(|t| t.id == w) && (k == 0 || self.continues(p + k))
            });
            if fits && best.map_or(true, |(_, end)| p + words.len() > end) {
                best = Some((i, p + words.len()));
            }
        }
        best
    }
}

fn is_box(kind: Kind) -> bool {
    matches!(kind, Kind::On | Kind::Off | Kind::X)
}
