//! Writing [`TemplateData`] as JSON, field for field what its `Serialize`
//! derives write (what `rules.template()` gives JavaScript).

use super::model::{
    Choice, Explanation, Instruction, Limit, Mode, Question, QuestionKind, Section, TemplateData,
    Text,
};
use crate::json::write::write_fields;
use crate::json::{Object, ToJson};
use crate::prelude::*;

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
        write_fields!(out, self {
            always id,
            always title,
        });
    }
}

impl ToJson for Choice {
    fn write_json(&self, out: &mut String) {
        write_fields!(out, self {
            always id,
            always label,
            always explanation,
            if_some prompt,
        });
    }
}

impl ToJson for Question {
    fn write_json(&self, out: &mut String) {
        write_fields!(out, self {
            always id,
            always section,
            if_some topic,
            if_some group,
            if_some stem,
            always text,
            always kind,
            if_any choices,
            always optional,
            if_some footnote,
        });
    }
}

impl ToJson for Limit {
    fn write_json(&self, out: &mut String) {
        write_fields!(out, self {
            always id,
            if_some section,
            always max,
            always questions,
            if_some text,
        });
    }
}

impl ToJson for Instruction {
    fn write_json(&self, out: &mut String) {
        write_fields!(out, self {
            always id,
            always check,
            always mode,
            always questions,
            if_some vocabulary,
            always message,
            if_some text,
        });
    }
}

impl ToJson for TemplateData {
    fn write_json(&self, out: &mut String) {
        write_fields!(out, self {
            always format,
            always id,
            if_some version,
            always title,
            if_some language,
            always policy,
            always near_threshold_percent,
            always vocabularies,
            if_any vocabulary_exclusions,
            always sections,
            always questions,
            always limits,
            always instructions,
        });
    }
}
