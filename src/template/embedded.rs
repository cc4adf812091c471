//! The embedded 2024:99 template as build-time data.
//!
//! build.rs turns `templates/resultatredovisning-2024-99.json` (the single
//! source) into two statics: `STRINGS` (every string of the template once)
//! and `NUMBERS`, a stream of LEB128 numbers: how many strings, their
//! lengths, then the template in the model's field order — string numbers
//! (index + 1, 0 for none), counts, variant numbers and integers.
//! [`data`] reads the stream into the owned model: no JSON parse
//! at start-up, and no error path (the data was checked at build time). A
//! unit test proves the result equals what `Template::from_json` reads from
//! the same file.

use crate::prelude::*;
use alloc::collections::BTreeMap;

use super::model::{
    Choice, Explanation, Instruction, Limit, Mode, Question, QuestionKind, Section, TemplateData,
    Text,
};
use crate::count::{Policy, Unit};

/// The JSON text the data was generated from, for `formkoll template` and
/// [`super::Template::embedded_source`] only: referenced nowhere else, so a
/// build without those (the page's module, once the CLI has its own) leaves
/// the text out.
pub(super) const DEFAULT_JSON: &str =
    include_str!("../../templates/resultatredovisning-2024-99.json");

include!(concat!(env!("OUT_DIR"), "/default_template.rs"));

/// The embedded default template's data, read from the build-time statics.
pub(super) fn data() -> TemplateData {
    read(&mut Words::new())
}

fn read(r: &mut Words) -> TemplateData {
    TemplateData {
        format: r.string(),
        id: r.string(),
        version: r.opt_string(),
        title: r.text(),
        language: r.opt_string(),
        policy: Policy {
            unit: match r.word() {
                1 => Unit::CodePoint,
                2 => Unit::Utf16,
                _ => Unit::Grapheme,
            },
            line_break: r.word() as u8,
        },
        near_threshold_percent: r.word() as u8,
        vocabularies: r.string_lists(),
        vocabulary_exclusions: r.string_lists(),
        sections: r.list(|r| Section {
            id: r.string(),
            title: r.text(),
        }),
        questions: r.list(question),
        limits: r.list(|r| Limit {
            id: r.string(),
            section: r.opt_string(),
            max: r.word(),
            questions: r.strings(),
            text: r.opt_text(),
        }),
        instructions: r.list(|r| Instruction {
            id: r.string(),
            check: r.string(),
            mode: match r.word() {
                0 => Mode::Each,
                _ => Mode::Any,
            },
            questions: r.strings(),
            vocabulary: r.opt_string(),
            message: r.text(),
            text: r.opt_text(),
        }),
    }
}

fn question(r: &mut Words) -> Question {
    Question {
        id: r.string(),
        section: r.string(),
        topic: r.opt_string(),
        group: r.opt_string(),
        stem: r.opt_text(),
        text: r.text(),
        kind: match r.word() {
            0 => QuestionKind::Text,
            _ => QuestionKind::Choice,
        },
        choices: r.list(|r| Choice {
            id: r.string(),
            label: r.text(),
            explanation: match r.word() {
                0 => Explanation::Required,
                1 => Explanation::Optional,
                _ => Explanation::None,
            },
            prompt: r.opt_text(),
        }),
        optional: r.word() != 0,
        footnote: r.opt_text(),
    }
}

/// A reader of `NUMBERS`. Past the end it reads zeros, so it cannot panic
/// (the stream is whole: the unit tests read it all).
struct Words {
    pos: usize,
    /// Where each string ends in `STRINGS`.
    ends: Vec<usize>,
}

impl Words {
    fn new() -> Words {
        let mut r = Words {
            pos: 0,
            ends: Vec::new(),
        };
        let mut end = 0;
        for _ in 0..r.word() {
            end += r.word() as usize;
            r.ends.push(end);
        }
        r
    }

    fn word(&mut self) -> u64 {
        let mut n = 0;
        let mut shift = 0;
        while let Some(&b) = NUMBERS.get(self.pos) {
            self.pos += 1;
            n |= u64::from(b & 0x7f) << (shift & 63);
            shift += 7;
            if b < 0x80 {
                break;
            }
        }
        n
    }

    /// String number `n` (1-based); `None` for 0.
    fn opt_string(&mut self) -> Option<String> {
        let n = (self.word() as usize).checked_sub(1)?;
        let start = match n.checked_sub(1) {
            Some(p) => self.ends.get(p).copied().unwrap_or(0),
            None => 0,
        };
        let end = self.ends.get(n).copied().unwrap_or(0);
        Some(STRINGS.get(start..end).unwrap_or("").into())
    }

    fn string(&mut self) -> String {
        self.opt_string().unwrap_or_default()
    }

    /// 0 none, 1 plain, 2 Swedish and an optional English.
    fn opt_text(&mut self) -> Option<Text> {
        match self.word() {
            0 => None,
            1 => Some(Text::Plain(self.string())),
            _ => Some(Text::Localized {
                sv: self.string(),
                en: self.opt_string(),
            }),
        }
    }

    fn text(&mut self) -> Text {
        self.opt_text().unwrap_or(Text::Plain(String::new()))
    }

    fn list<T>(&mut self, mut item: impl FnMut(&mut Words) -> T) -> Vec<T> {
        let n = self.word();
        (0..n).map(|_| item(self)).collect()
    }

    fn strings(&mut self) -> Vec<String> {
        self.list(Words::string)
    }

    fn string_lists(&mut self) -> BTreeMap<String, Vec<String>> {
        let mut out = BTreeMap::new();
        for _ in 0..self.word() {
            let name = self.string();
            out.insert(name, self.strings());
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn template_embedded_stream_is_read_to_its_end() {
        let mut r = Words::new();
        read(&mut r);
        assert_eq!(r.pos, NUMBERS.len());
        assert_eq!(r.ends.last().copied(), Some(STRINGS.len()));
    }
}
