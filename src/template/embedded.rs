//! The embedded 2024:99 template as build-time data.
//!
//! build.rs turns `templates/resultatredovisning-2024-99.json` (the single
//! source) into three statics: `STRINGS` (every string of the template once),
//! `ENDS` (where each ends) and `WORDS`, a stream of u16 words in the model's
//! field order — string numbers (index + 1, 0 for none), counts and variant
//! numbers. [`data`] reads the stream into the owned model: no JSON parse
//! at start-up, and no error path (the data was checked at build time). A
//! unit test proves the result equals what `Template::from_json` reads from
//! the same file.

use std::collections::BTreeMap;

use super::model::{
    CheckKind, Choice, Explanation, Instruction, Limit, Mode, Question, QuestionKind, Section,
    TemplateData, Text,
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
    read(&mut Words { pos: 0 })
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
            max: (0..4).fold(0, |max, k| max | u64::from(r.word()) << (16 * k)),
            questions: r.strings(),
            text: r.opt_text(),
        }),
        instructions: r.list(|r| Instruction {
            id: r.string(),
            check: match r.word() {
                0 => CheckKind::Actors,
                1 => CheckKind::Challenges,
                2 => CheckKind::SuccessFactors,
                3 => CheckKind::Basis,
                _ => CheckKind::Goals,
            },
            mode: match r.word() {
                0 => Mode::Each,
                _ => Mode::Any,
            },
            questions: r.strings(),
            vocabulary: r.opt_string(),
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

/// A reader of `WORDS`. Past the end it reads zeros, so it cannot panic
/// (the stream is whole: the unit tests read it all).
struct Words {
    pos: usize,
}

impl Words {
    fn word(&mut self) -> u16 {
        let w = WORDS.get(self.pos).copied().unwrap_or(0);
        self.pos += 1;
        w
    }

    /// String number `n` (1-based); `None` for 0.
    fn opt_string(&mut self) -> Option<String> {
        let n = usize::from(self.word()).checked_sub(1)?;
        let start = match n.checked_sub(1) {
            Some(p) => ENDS.get(p).copied().unwrap_or(0),
            None => 0,
        };
        let end = ENDS.get(n).copied().unwrap_or(0);
        Some(
            STRINGS
                .get(usize::from(start)..usize::from(end))
                .unwrap_or("")
                .into(),
        )
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
        let mut r = Words { pos: 0 };
        read(&mut r);
        assert_eq!(r.pos, WORDS.len());
        assert_eq!(ENDS.last().map(|&e| usize::from(e)), Some(STRINGS.len()));
    }
}
