//! The JSON shapes of what formkoll returns — `CheckResult`, `Update`,
//! `Finding`, `Normalized` and the rest — written field for field in the
//! order and with the omissions of their `Serialize` derives. These shapes
//! are a contract (the CLI's `--format json`, the JS objects); the test
//! `json_results_equal_serde` holds the two writers together.

use super::write::{write_fields, ToJson};
use crate::count::{Policy, Unit};
use crate::finding::{Finding, FindingCode, Severity};
use crate::hygiene::{Normalized, Occurrences, Utf16Fix};
use crate::messages::Lang;
use crate::prelude::*;
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
        write_fields!(out, self {
            always unit,
            always line_break,
        });
    }
}

impl ToJson for Counts {
    fn write_json(&self, out: &mut String) {
        write_fields!(out, self {
            always errors,
            always warnings,
            always info,
        });
    }
}

impl ToJson for QuestionResult {
    fn write_json(&self, out: &mut String) {
        write_fields!(out, self {
            always id,
            always section,
            always count,
            always status,
            always answered,
            always optional,
            if_some choice,
            if_some explanation,
            always limits,
        });
    }
}

impl ToJson for LimitResult {
    fn write_json(&self, out: &mut String) {
        write_fields!(out, self {
            always id,
            always section,
            always questions,
            always count,
            always max,
            always remaining,
            always over_by,
            always percent,
            always status,
        });
    }
}

impl ToJson for Finding {
    fn write_json(&self, out: &mut String) {
        write_fields!(out, self {
            always code,
            always severity,
            always question,
            always section,
            if_some limit,
            if_some instruction,
            if_any questions,
            if_some choice,
            if_some count,
            if_some max,
            if_some over_by,
            if_some remaining,
            if_some occurrences,
            always message,
        });
    }
}

impl ToJson for Loss {
    fn write_json(&self, out: &mut String) {
        write_fields!(out, self {
            always question,
            always section,
            always reason,
            always points,
        });
    }
}

impl ToJson for ScoreBreakdown {
    fn write_json(&self, out: &mut String) {
        write_fields!(out, self {
            always score,
            always possible,
            always lost,
            always scored_questions,
            always losses,
        });
    }
}

impl ToJson for CheckResult {
    fn write_json(&self, out: &mut String) {
        write_fields!(out, self {
            always template,
            always lang,
            always valid,
            always score,
            always policy,
            always counts,
            always limits,
            always questions,
            always findings,
            always score_breakdown,
        });
    }
}

impl ToJson for Update {
    fn write_json(&self, out: &mut String) {
        write_fields!(out, self {
            always question,
            always limits,
            always findings,
            always score,
            always valid,
            always counts,
        });
    }
}

impl ToJson for Occurrences {
    fn write_json(&self, out: &mut String) {
        write_fields!(out, self {
            always code,
            always count,
        });
    }
}

impl ToJson for Normalized {
    fn write_json(&self, out: &mut String) {
        write_fields!(out, self {
            always text,
            always changes,
        });
    }
}

impl ToJson for Utf16Fix<'_> {
    fn write_json(&self, out: &mut String) {
        write_fields!(out, self {
            always start,
            always end,
            always before,
            always after,
            always code,
        });
    }
}
