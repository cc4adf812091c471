//! The JSON shapes of what formkoll returns — `CheckResult`, `Update`,
//! `Finding`, `Normalized` and the rest — written field for field in the
//! order and with the omissions of their `Serialize` derives. These shapes
//! are a contract (the CLI's `--format json`, the JS objects); the test
//! `json_results_equal_serde` holds the two writers together.

use super::write::{Object, ToJson};
use crate::count::{Policy, Unit};
use crate::finding::{Finding, FindingCode, Severity};
use crate::hygiene::{Normalized, Occurrences};
use crate::messages::Lang;
use crate::result::{
    CheckResult, Counts, LimitResult, LimitStatus, QuestionResult, QuestionStatus, Update,
};
use crate::score::{Loss, ScoreBreakdown};

/// Writes a unit-like enum as its name.
macro_rules! as_name {
    ($($ty:ty => |$v:ident| $name:expr;)*) => {$(
        impl ToJson for $ty {
            fn write_json(&self, out: &mut String) {
                let $v = *self;
                $name.write_json(out);
            }
        }
    )*};
}

as_name! {
    FindingCode => |c| c.as_str();
    Severity => |s| s.as_str();
    Lang => |l| l.as_str();
    Unit => |u| match u {
        Unit::Grapheme => "grapheme",
        Unit::CodePoint => "code_point",
        Unit::Utf16 => "utf16",
    };
    QuestionStatus => |s| match s {
        QuestionStatus::Ok => "ok",
        QuestionStatus::Empty => "empty",
        QuestionStatus::Missing => "missing",
        QuestionStatus::Invalid => "invalid",
        QuestionStatus::Incomplete => "incomplete",
    };
    LimitStatus => |s| match s {
        LimitStatus::Ok => "ok",
        LimitStatus::Near => "near",
        LimitStatus::Exceeded => "exceeded",
    };
}

impl ToJson for Policy {
    fn write_json(&self, out: &mut String) {
        Object::new(out)
            .field("unit", &self.unit)
            .field("line_break", &self.line_break)
            .end();
    }
}

impl ToJson for Counts {
    fn write_json(&self, out: &mut String) {
        Object::new(out)
            .field("errors", &self.errors)
            .field("warnings", &self.warnings)
            .field("info", &self.info)
            .end();
    }
}

impl ToJson for QuestionResult {
    fn write_json(&self, out: &mut String) {
        Object::new(out)
            .field("id", &self.id)
            .field("section", &self.section)
            .field("count", &self.count)
            .field("status", &self.status)
            .field("answered", &self.answered)
            .field("optional", &self.optional)
            .some("choice", &self.choice)
            .some("explanation", &self.explanation)
            .field("limits", &self.limits)
            .end();
    }
}

impl ToJson for LimitResult {
    fn write_json(&self, out: &mut String) {
        Object::new(out)
            .field("id", &self.id)
            .field("section", &self.section)
            .field("questions", &self.questions)
            .field("count", &self.count)
            .field("max", &self.max)
            .field("remaining", &self.remaining)
            .field("over_by", &self.over_by)
            .field("percent", &self.percent)
            .field("status", &self.status)
            .end();
    }
}

impl ToJson for Finding {
    fn write_json(&self, out: &mut String) {
        let mut o = Object::new(out);
        o.field("code", &self.code)
            .field("severity", &self.severity)
            .field("question", &self.question)
            .field("section", &self.section)
            .some("limit", &self.limit)
            .some("instruction", &self.instruction);
        if !self.questions.is_empty() {
            o.field("questions", &self.questions);
        }
        o.some("choice", &self.choice)
            .some("count", &self.count)
            .some("max", &self.max)
            .some("over_by", &self.over_by)
            .some("remaining", &self.remaining)
            .some("occurrences", &self.occurrences)
            .field("message", &self.message)
            .end();
    }
}

impl ToJson for Loss {
    fn write_json(&self, out: &mut String) {
        Object::new(out)
            .field("question", &self.question)
            .field("section", &self.section)
            .field("reason", &self.reason)
            .field("points", &self.points)
            .end();
    }
}

impl ToJson for ScoreBreakdown {
    fn write_json(&self, out: &mut String) {
        Object::new(out)
            .field("score", &self.score)
            .field("possible", &self.possible)
            .field("lost", &self.lost)
            .field("scored_questions", &self.scored_questions)
            .field("losses", &self.losses)
            .end();
    }
}

impl ToJson for CheckResult {
    fn write_json(&self, out: &mut String) {
        Object::new(out)
            .field("template", &self.template)
            .field("lang", &self.lang)
            .field("valid", &self.valid)
            .field("score", &self.score)
            .field("policy", &self.policy)
            .field("counts", &self.counts)
            .field("limits", &self.limits)
            .field("questions", &self.questions)
            .field("findings", &self.findings)
            .field("score_breakdown", &self.score_breakdown)
            .end();
    }
}

impl ToJson for Update {
    fn write_json(&self, out: &mut String) {
        Object::new(out)
            .field("question", &self.question)
            .field("limits", &self.limits)
            .field("findings", &self.findings)
            .field("score", &self.score)
            .field("valid", &self.valid)
            .field("counts", &self.counts)
            .end();
    }
}

impl ToJson for Occurrences {
    fn write_json(&self, out: &mut String) {
        Object::new(out)
            .field("code", &self.code)
            .field("count", &self.count)
            .end();
    }
}

impl ToJson for Normalized {
    fn write_json(&self, out: &mut String) {
        Object::new(out)
            .field("text", &self.text)
            .field("changes", &self.changes)
            .end();
    }
}
