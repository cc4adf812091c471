//! The completeness score: an integer 0–100 with a breakdown of every point lost.
//!
//! Each scored question is worth [`POINTS_PER_QUESTION`]. A question is
//! scored when it is required, or optional and answered — so an unanswered
//! "Om möjligt" question costs nothing. Findings cost points
//! ([`points_lost`]); the score is
//!
//! ```text
//! score = floor(100 × (possible − min(lost, possible)) / possible)
//! ```
//!
//! and 100 when nothing is scored and nothing is lost. Every error costs at
//! least one point, so the score is never 100 while an error exists.

use crate::prelude::*;
use serde::Serialize;

use crate::finding::{FindingCode, Severity};

/// What one scored question is worth.
pub const POINTS_PER_QUESTION: u64 = 10;

/// Points a finding costs.
///
/// # Example
///
/// ```
/// use formkoll::{points_lost, FindingCode};
/// assert_eq!(points_lost(FindingCode::RequiredMissing), 10);
/// assert_eq!(points_lost(FindingCode::LimitNear), 0);
/// ```
pub fn points_lost(code: FindingCode) -> u64 {
    use FindingCode::*;
    match code {
        RequiredMissing | ChoiceMissing | ChoiceUnknown => POINTS_PER_QUESTION,
        // Over budget is fixed by shortening, so it weighs less than a
        // missing answer: deleting an answer to get under budget costs points.
        LimitExceeded | ExplanationMissing | AnswerUnknownQuestion | AnswerUnknownMore => 5,
        Instruction(_) => 2,
        // Hygiene is a suggestion and `limit.near` is information: free.
        _ if code.severity() == Severity::Error => 1,
        _ => 0,
    }
}

/// One entry of the breakdown: who lost how many points, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Loss {
    /// The question, when the finding concerns one.
    pub question: Option<String>,
    /// The section, when the finding concerns a whole section.
    pub section: Option<String>,
    /// The reason: the finding's code.
    pub reason: FindingCode,
    /// Points lost.
    pub points: u64,
}

/// The score and how it was reached.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ScoreBreakdown {
    /// The score, 0–100.
    pub score: u32,
    /// Points possible: [`POINTS_PER_QUESTION`] × scored questions.
    pub possible: u64,
    /// Points lost (before capping at `possible`).
    pub lost: u64,
    /// How many questions are scored.
    pub scored_questions: u64,
    /// Every loss, in form order.
    pub losses: Vec<Loss>,
}

/// Computes the score from points possible and lost.
///
/// # Example
///
/// ```
/// assert_eq!(formkoll::score(270, 0), 100);
/// assert_eq!(formkoll::score(270, 1), 99);
/// assert_eq!(formkoll::score(270, 500), 0);
/// assert_eq!(formkoll::score(0, 0), 100);
/// ```
pub fn score(possible: u64, lost: u64) -> u32 {
    if possible == 0 {
        return if lost == 0 { 100 } else { 0 };
    }
    let kept = possible - lost.min(possible);
    // Integer arithmetic: floor, no float rounding to 100.
    (kept * 100 / possible) as u32
}

/// Tallies `findings` for a result: the counts by severity, the points lost
/// and one [`Loss`] per finding that costs points. Shared by a session's
/// result and a scoped (one-step) result so both score alike.
pub(crate) fn tally(findings: &[crate::Finding]) -> (crate::Counts, u64, Vec<Loss>) {
    let mut counts = crate::Counts::default();
    let mut lost = 0;
    let mut losses = Vec::new();
    for f in findings {
        counts.add(f.severity);
        let points = points_lost(f.code);
        if points > 0 {
            lost += points;
            losses.push(Loss {
                question: f.question.clone(),
                section: if f.question.is_some() {
                    None
                } else {
                    f.section.clone()
                },
                reason: f.code,
                points,
            });
        }
    }
    (counts, lost, losses)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn score_every_error_costs_a_point() {
        for &c in FindingCode::ALL {
            if c.severity() == Severity::Error {
                assert!(points_lost(c) > 0, "{} must cost points", c.as_str());
            }
        }
    }

    #[test]
    fn score_is_never_100_with_a_loss() {
        for possible in 1..2000 {
            assert!(score(possible, 1) < 100, "possible {possible}");
        }
    }
}
