//! What a check returns: the shapes of `formkoll check --format json`,
//! `rules.check()` and a session's updates. These field names are a contract.

use crate::prelude::*;
use serde::Serialize;

use crate::count::Policy;
use crate::finding::{Finding, Severity};
use crate::messages::Lang;
use crate::score::ScoreBreakdown;
use crate::template::Explanation;

/// The state of one question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionStatus {
    /// Answered, with no error or instruction warning.
    Ok,
    /// Optional and not answered (costs nothing).
    Empty,
    /// Required and not answered, or a choice not made.
    Missing,
    /// Has an error (unknown choice, missing explanation).
    Invalid,
    /// Answered, but an instruction check warns.
    Incomplete,
}

/// How full a limit is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LimitStatus {
    /// Under the near threshold.
    Ok,
    /// At or over the near threshold (90 % by default), not over.
    Near,
    /// Over the limit.
    Exceeded,
}

/// One question in a result.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct QuestionResult {
    /// The question id.
    pub id: String,
    /// Its section.
    pub section: String,
    /// Characters counted under the template's policy.
    pub count: u64,
    /// Its state.
    pub status: QuestionStatus,
    /// True if and only if it has text (not only whitespace) or a choice.
    pub answered: bool,
    /// True for "Om möjligt" questions.
    pub optional: bool,
    /// The chosen option, for choice questions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub choice: Option<String>,
    /// Whether the chosen option asks for text; absent for text questions
    /// and when nothing is chosen.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub explanation: Option<Explanation>,
    /// The limits this answer counts against.
    pub limits: Vec<String>,
}

/// One limit in a result.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LimitResult {
    /// The limit id ("section-2").
    pub id: String,
    /// The section number as a string, for section budgets.
    pub section: Option<String>,
    /// The questions it sums.
    pub questions: Vec<String>,
    /// Characters counted.
    pub count: u64,
    /// The budget.
    pub max: u64,
    /// `max - count`; negative when over.
    pub remaining: i64,
    /// `count - max` when over, else 0.
    pub over_by: u64,
    /// How full, in whole percent (rounded down).
    pub percent: u64,
    /// Ok, near or exceeded.
    pub status: LimitStatus,
}

/// Numbers of findings by severity.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Errors.
    pub errors: u64,
    /// Warnings.
    pub warnings: u64,
    /// Information.
    pub info: u64,
}

impl Counts {
    /// Counts one finding of `severity`.
    ///
    /// # Example
    ///
    /// ```
    /// use formkoll::{Counts, Severity};
    /// let mut c = Counts::default();
    /// c.add(Severity::Warning);
    /// assert_eq!((c.errors, c.warnings, c.info), (0, 1, 0));
    /// ```
    pub fn add(&mut self, severity: Severity) {
        match severity {
            Severity::Error => self.errors += 1,
            Severity::Warning => self.warnings += 1,
            Severity::Info => self.info += 1,
        }
    }
}

/// A whole check.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CheckResult {
    /// The template id.
    pub template: String,
    /// The language of the messages.
    pub lang: Lang,
    /// True if and only if there is no error.
    pub valid: bool,
    /// The completeness score, 0–100.
    pub score: u32,
    /// The counting policy used.
    pub policy: Policy,
    /// Findings by severity.
    pub counts: Counts,
    /// Every limit, in template order.
    pub limits: Vec<LimitResult>,
    /// Every question, in template order.
    pub questions: Vec<QuestionResult>,
    /// Every finding, in form order.
    pub findings: Vec<Finding>,
    /// How the score was reached.
    pub score_breakdown: ScoreBreakdown,
}

/// What one edit in a session changed: the edited question, its limits, the
/// findings in its reach, and the new totals. Small enough to send on every
/// keystroke.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Update {
    /// The edited question.
    pub question: QuestionResult,
    /// The limits it counts against.
    pub limits: Vec<LimitResult>,
    /// The current findings of the question, of its limits and of the
    /// range-wide instructions that include it (these replace earlier ones
    /// with the same question, limit or instruction).
    pub findings: Vec<Finding>,
    /// The new score.
    pub score: u32,
    /// True if and only if the whole report now has no error.
    pub valid: bool,
    /// Findings by severity, for the whole report.
    pub counts: Counts,
}
