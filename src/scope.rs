//! A result narrowed to the questions one page of a multi-step form holds
//! (`attach(form, { scope: 'form' })`): the findings, questions, limits and
//! score of those questions only. The counts are the session's — a section
//! budget still sums every answer it covers, including those from earlier
//! steps — only what is *reported* is narrowed.

use crate::score::{score, tally, ScoreBreakdown, POINTS_PER_QUESTION};
use crate::CheckResult;

/// Narrows `result` to the questions with `keep[i]` true (`i` in template
/// order, as in `result.questions`).
///
/// A finding is kept when it is about a kept question, about a limit that
/// covers one, or about a range of questions that includes one. A question
/// is scored as the session scores it: when it is required, answered or
/// has any text.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub(crate) fn scoped(mut result: CheckResult, keep: &[bool]) -> CheckResult {
    // In place, without cloning: the result is narrowed, not copied.
    let mut i = 0;
    result.questions.retain(|_| {
        i += 1;
        keep.get(i - 1).copied().unwrap_or(false)
    });
    let questions = &result.questions;
    let kept = |id: &str| questions.iter().any(|q| q.id == id);
    result
        .limits
        .retain(|l| l.questions.iter().any(|q| kept(q)));
    let limits = &result.limits;
    result.findings.retain(|f| match (&f.question, &f.limit) {
        (Some(q), _) => kept(q),
        (None, Some(l)) => limits.iter().any(|x| &x.id == l),
        (None, None) => f.questions.iter().any(|q| kept(q)),
    });
    let (counts, lost, losses) = tally(&result.findings);
    let scored = questions_scored(&result.questions);
    let possible = scored * POINTS_PER_QUESTION;
    let score = score(possible, lost);
    result.valid = counts.errors == 0;
    result.score = score;
    result.counts = counts;
    result.score_breakdown = ScoreBreakdown {
        score,
        possible,
        lost,
        scored_questions: scored,
        losses,
    };
    result
}

/// How many questions the score counts: required, answered or with text.
fn questions_scored(questions: &[crate::QuestionResult]) -> u64 {
    questions
        .iter()
        .filter(|q| !q.optional || q.answered || q.count > 0)
        .count() as u64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{check, check_json, Lang, Report, Template};

    fn jamtland() -> String {
        std::fs::read_to_string("tests/fixtures/jamtland-2024.json").unwrap()
    }

    #[test]
    fn scope_everything_kept_is_the_whole_result() {
        let t = Template::default_template();
        let r = check_json(&t, &jamtland(), Lang::Sv).unwrap();
        let all = vec![true; r.questions.len()];
        assert_eq!(scoped(r.clone(), &all), r);
    }

    #[test]
    fn scope_one_section_of_an_empty_report_lists_only_its_errors() {
        let t = Template::default_template();
        let r = check(&t, &Report::default(), Lang::Sv).unwrap();
        let keep: Vec<bool> = r.questions.iter().map(|q| q.section == "2").collect();
        let s = scoped(r.clone(), &keep);
        // 2.1–2.6 are required, 2.7 is "Om möjligt": six missing answers.
        assert_eq!(s.counts.errors, 6);
        assert!(s
            .findings
            .iter()
            .all(|f| f.question.as_deref().is_some_and(|q| q.starts_with("2."))));
        assert_eq!(s.questions.len(), 7);
        assert_eq!(s.limits.len(), 1);
        assert_eq!((s.score, s.score_breakdown.possible), (0, 60));
        assert!(r.counts.errors > s.counts.errors);
    }

    #[test]
    fn scope_keeps_a_budget_finding_that_counts_answers_from_elsewhere() {
        let t = Template::default_template();
        let r = check_json(&t, &jamtland(), Lang::Sv).unwrap();
        // Only 2.1 is on this page; section 2 is over budget with the rest.
        let keep: Vec<bool> = r.questions.iter().map(|q| q.id == "2.1").collect();
        let s = scoped(r.clone(), &keep);
        let over: Vec<_> = s.findings.iter().filter(|f| f.limit.is_some()).collect();
        assert_eq!(over.len(), 1);
        assert_eq!(over[0].count, Some(15_775));
        assert_eq!(s.limits[0].count, 15_775);
        assert!(!s.valid);
        assert!(s.score < 100);
    }
}
