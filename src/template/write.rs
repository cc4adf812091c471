//! Writing [`TemplateData`] as JSON, field for field what its `Serialize`
//! derives write (what `rules.template()` gives JavaScript).

use super::model::{
    CheckKind, Choice, Explanation, Instruction, Limit, Mode, Question, QuestionKind, Section,
    TemplateData, Text,
};
use crate::json::{Object, ToJson};

impl ToJson for Text {
    fn write_json(&self, out: &mut String) {
        match self {
            Text::Plain(s) => s.write_json(out),
            Text::Localized { sv, en } => Object::new(out).field("sv", sv).some("en", en).end(),
        }
    }
}

impl ToJson for Explanation {
    fn write_json(&self, out: &mut String) {
        match self {
            Explanation::Required => "required",
            Explanation::Optional => "optional",
            Explanation::None => "none",
        }
        .write_json(out);
    }
}

impl ToJson for QuestionKind {
    fn write_json(&self, out: &mut String) {
        match self {
            QuestionKind::Text => "text",
            QuestionKind::Choice => "choice",
        }
        .write_json(out);
    }
}

impl ToJson for CheckKind {
    fn write_json(&self, out: &mut String) {
        self.as_str().write_json(out);
    }
}

impl ToJson for Mode {
    fn write_json(&self, out: &mut String) {
        match self {
            Mode::Each => "each",
            Mode::Any => "any",
        }
        .write_json(out);
    }
}

impl ToJson for Section {
    fn write_json(&self, out: &mut String) {
        Object::new(out)
            .field("id", &self.id)
            .field("title", &self.title)
            .end();
    }
}

impl ToJson for Choice {
    fn write_json(&self, out: &mut String) {
        Object::new(out)
            .field("id", &self.id)
            .field("label", &self.label)
            .field("explanation", &self.explanation)
            .some("prompt", &self.prompt)
            .end();
    }
}

impl ToJson for Question {
    fn write_json(&self, out: &mut String) {
        let mut o = Object::new(out);
        o.field("id", &self.id)
            .field("section", &self.section)
            .some("topic", &self.topic)
            .some("group", &self.group)
            .some("stem", &self.stem)
            .field("text", &self.text)
            .field("kind", &self.kind);
        if !self.choices.is_empty() {
            o.field("choices", &self.choices);
        }
        o.field("optional", &self.optional)
            .some("footnote", &self.footnote)
            .end();
    }
}

impl ToJson for Limit {
    fn write_json(&self, out: &mut String) {
        Object::new(out)
            .field("id", &self.id)
            .some("section", &self.section)
            .field("max", &self.max)
            .field("questions", &self.questions)
            .some("text", &self.text)
            .end();
    }
}

impl ToJson for Instruction {
    fn write_json(&self, out: &mut String) {
        Object::new(out)
            .field("id", &self.id)
            .field("check", &self.check)
            .field("mode", &self.mode)
            .field("questions", &self.questions)
            .some("vocabulary", &self.vocabulary)
            .some("text", &self.text)
            .end();
    }
}

impl ToJson for TemplateData {
    fn write_json(&self, out: &mut String) {
        let mut o = Object::new(out);
        o.field("format", &self.format)
            .field("id", &self.id)
            .some("version", &self.version)
            .field("title", &self.title)
            .some("language", &self.language)
            .field("policy", &self.policy)
            .field("near_threshold_percent", &self.near_threshold_percent)
            .field("vocabularies", &self.vocabularies);
        if !self.vocabulary_exclusions.is_empty() {
            o.field("vocabulary_exclusions", &self.vocabulary_exclusions);
        }
        o.field("sections", &self.sections)
            .field("questions", &self.questions)
            .field("limits", &self.limits)
            .field("instructions", &self.instructions)
            .end();
    }
}
