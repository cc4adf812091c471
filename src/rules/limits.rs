//! How a limit (a section's shared budget, or one question's own) is
//! counted and judged.
//!
//! 1. Each answer is counted once, by the template's policy
//!    ([`count`](crate::count), docs/rules.md §1: grapheme clusters, a line
//!    break as the template says).
//! 2. A limit's count is the sum of the counts of the questions it lists
//!    ([`LimitSums`]); a question can be in several limits.
//! 3. Over `max` is `limit.exceeded` (an error); at or above the template's
//!    `near_threshold_percent` of `max` (and not empty) is `limit.near` (a
//!    warning) — [`status`].
//!
//! A session keeps the sums up to date per edit: the edited answer's old
//! count out, its new count in ([`LimitSums::replace`]), never a re-sum of
//! the report.

use crate::prelude::*;

use crate::finding::{Finding, FindingCode};
use crate::result::{LimitResult, LimitStatus};
use crate::template::Limit;

/// The running count of every limit of a template, in template order.
///
/// ```ignore
/// let mut sums = LimitSums::new(2);
/// sums.replace(&[0, 1], 0, 40);   // an answer of 40 in both limits
/// sums.replace(&[0], 40, 10);     // edited down to 10
/// assert_eq!((sums.get(0), sums.get(1)), (10, 40));
/// ```
#[derive(Clone, Debug)]
pub(crate) struct LimitSums(Vec<u64>);

impl LimitSums {
    /// All zero, for `n` limits.
    pub(crate) fn new(n: usize) -> LimitSums {
        LimitSums(vec![0; n])
    }

    /// The count of limit `l` (0 for a position the template lacks).
    pub(crate) fn get(&self, l: usize) -> u64 {
        self.0.get(l).copied().unwrap_or(0)
    }

    /// One answer in `limits` changed from `old` to `new` characters.
    ///
    /// Checked arithmetic: a sum always holds `old` (it was added before),
    /// so the subtraction cannot fail for a consistent session; were it ever
    /// to, the sum saturates instead of wrapping or panicking, and a debug
    /// build says so.
    pub(crate) fn replace(&mut self, limits: &[usize], old: u64, new: u64) {
        for &l in limits {
            if let Some(sum) = self.0.get_mut(l) {
                let next = sum.checked_sub(old).and_then(|s| s.checked_add(new));
                debug_assert!(next.is_some(), "limit {l}: {sum} - {old} + {new}");
                *sum = next.unwrap_or_else(|| sum.saturating_sub(old).saturating_add(new));
            }
        }
    }
}

/// The status of a limit of `max` holding `count` characters, with the
/// template's near threshold in percent.
pub(crate) fn status(count: u64, max: u64, near_percent: u8) -> LimitStatus {
    if count > max {
        LimitStatus::Exceeded
    } else if count.saturating_mul(100) >= max.saturating_mul(u64::from(near_percent)) && count > 0
    {
        LimitStatus::Near
    } else {
        LimitStatus::Ok
    }
}

/// The finding code of a status: `limit.exceeded`, `limit.near`, or none.
pub(crate) fn code(status: LimitStatus) -> Option<FindingCode> {
    match status {
        LimitStatus::Exceeded => Some(FindingCode::LimitExceeded),
        LimitStatus::Near => Some(FindingCode::LimitNear),
        LimitStatus::Ok => None,
    }
}

/// The result of `limit` holding `count` characters.
pub(crate) fn result(limit: &Limit, count: u64, near_percent: u8) -> LimitResult {
    let max = limit.max;
    LimitResult {
        id: limit.id.clone(),
        section: limit.section.clone(),
        questions: limit.questions.clone(),
        count,
        max,
        // A budget of 2^63 or more is valid JSON for a u64: saturate, never wrap.
        remaining: i64::try_from(max)
            .unwrap_or(i64::MAX)
            .saturating_sub(i64::try_from(count).unwrap_or(i64::MAX)),
        over_by: count.saturating_sub(max),
        percent: count.saturating_mul(100).checked_div(max).unwrap_or(0),
        status: status(count, max, near_percent),
    }
}

/// The finding of a limit's result, when it is near or over (without its
/// message). A question's own limit names the question.
pub(crate) fn finding(r: &LimitResult) -> Option<Finding> {
    let code = code(r.status)?;
    let mut f = Finding::new(code);
    f.section = r.section.clone();
    f.limit = Some(r.id.clone());
    if r.section.is_none() && r.questions.len() == 1 {
        f.question = r.questions.first().cloned();
    }
    f.questions = r.questions.clone();
    f.count = Some(r.count);
    f.max = Some(r.max);
    match code {
        FindingCode::LimitExceeded => f.over_by = Some(r.over_by),
        _ => f.remaining = Some(r.max.saturating_sub(r.count)),
    }
    Some(f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limit_sums_follow_edits_in_every_limit_of_the_answer() {
        let mut sums = LimitSums::new(3);
        sums.replace(&[0, 2], 0, 40);
        sums.replace(&[0], 0, 5);
        sums.replace(&[0, 2], 40, 10);
        assert_eq!((sums.get(0), sums.get(1), sums.get(2)), (15, 0, 10));
        assert_eq!(sums.get(9), 0);
    }

    #[test]
    fn limit_status_near_and_over() {
        assert_eq!(status(0, 100, 90), LimitStatus::Ok);
        assert_eq!(status(89, 100, 90), LimitStatus::Ok);
        assert_eq!(status(90, 100, 90), LimitStatus::Near);
        assert_eq!(status(100, 100, 90), LimitStatus::Near);
        assert_eq!(status(101, 100, 90), LimitStatus::Exceeded);
        // An empty answer is never "near", even a budget of 0 characters.
        assert_eq!(status(0, 0, 90), LimitStatus::Ok);
        assert_eq!(status(u64::MAX, u64::MAX, 90), LimitStatus::Near);
    }

    #[test]
    fn limit_finding_of_the_real_sections_2_budget() {
        let limit = Limit {
            id: "section-2".into(),
            section: Some("2".into()),
            max: 15_000,
            questions: vec!["2.1".into(), "2.2".into()],
            text: None,
        };
        let r = result(&limit, 15_775, 90);
        assert_eq!((r.remaining, r.over_by, r.percent), (-775, 775, 105));
        let f = finding(&r).unwrap();
        assert_eq!(f.code, FindingCode::LimitExceeded);
        assert_eq!((f.over_by, f.question.as_deref()), (Some(775), None));
        assert!(finding(&result(&limit, 100, 90)).is_none());
        let near = finding(&result(&limit, 14_000, 90)).unwrap();
        assert_eq!(
            (near.code, near.remaining),
            (FindingCode::LimitNear, Some(1_000))
        );
    }
}
