//! A result narrowed to the questions one page of a multi-step form holds
//! (`attach(form, { scope: 'form' })`): the findings, questions, limits and
//! score of those questions only. The counts are the session's — a section
//! budget still sums every answer it covers, including those from earlier
//! steps — only what is *reported* is narrowed.
//!
//! The same narrowing serves the server: [`check_questions`],
//! [`Session::result_for`], `rules.check(report, { questions })` and
//! `formkoll check REPORT --questions 2.1,2.2` all build the keep-vector with
//! [`question_mask`] and narrow with [`scoped`], the function the DOM layer
//! calls for `scope: 'form'` — one verdict for the browser and the server.

use crate::error::{Error, ErrorCode, Result};
use crate::json::read::push_quoted;
use crate::prelude::*;
use crate::score::{score, tally, ScoreBreakdown, POINTS_PER_QUESTION};
use crate::{CheckResult, Lang, Report, Session, Template};

/// Which of `template`'s questions `ids` names, in template order: the
/// keep-vector [`scoped`] takes.
///
/// # Errors
///
/// [`ErrorCode::OptionsInvalid`] at `questions` for an empty list (a step
/// holds at least one question; an empty list is a mistake, not "nothing");
/// [`ErrorCode::QuestionUnknown`] at `questions[i]` for an id the template
/// lacks.
///
/// # Example
///
/// ```
/// use formkoll::{question_mask, Template};
/// let t = Template::default_template();
/// let keep = question_mask(&t, &["2.1", "2.2"])?;
/// assert_eq!(keep.iter().filter(|k| **k).count(), 2);
/// let err = question_mask(&t, &["2.1", "9.9"]).unwrap_err();
/// assert_eq!((err.code().as_str(), err.path()), ("question.unknown", "questions[1]"));
/// # Ok::<(), formkoll::Error>(())
/// ```
pub fn question_mask<S: AsRef<str>>(template: &Template, ids: &[S]) -> Result<Vec<bool>> {
    if ids.is_empty() {
        return Err(Error::new(
            ErrorCode::OptionsInvalid,
            "questions",
            "questions: give at least one question id",
        ));
    }
    let mut keep = vec![false; template.data().questions.len()];
    for (i, id) in ids.iter().enumerate() {
        let id = id.as_ref();
        let slot = template
            .question_index(id)
            .and_then(|q| keep.get_mut(q))
            .ok_or_else(|| {
                let mut reason = String::from("the template has no question ");
                push_quoted(&mut reason, id);
                Error::new(ErrorCode::QuestionUnknown, index_path(i), reason)
            })?;
        *slot = true;
    }
    Ok(keep)
}

/// `questions[i]`, the JSON path of one id of a `questions` list. Written
/// with the crate's one digit writer: `usize`'s `Display` would bring the
/// formatting machinery into the page's wasm.
pub(crate) fn index_path(i: usize) -> String {
    ["questions[", &crate::json::write::digits(i as u64), "]"].concat()
}

/// Checks `report` and narrows the result to the questions `ids` names:
/// the verdict `attach(form, { scope: 'form', report })` gives for a form
/// (one step of a multi-step form) holding those questions' fields.
///
/// The counts are the whole report's (a section budget sums every answer it
/// covers); the findings, questions, limits and score are those of `ids`.
///
/// # Errors
///
/// Those of [`question_mask`] and of [`check`](crate::check).
///
/// # Example
///
/// ```
/// use formkoll::{check_questions, Lang, Report, Template};
/// let t = Template::default_template();
/// let r = check_questions(&t, &Report::default(), Lang::Sv, &["2.1", "2.2"])?;
/// assert_eq!(r.questions.len(), 2);
/// assert_eq!(r.counts.errors, 2);   // two required answers missing
/// # Ok::<(), formkoll::Error>(())
/// ```
pub fn check_questions<S: AsRef<str>>(
    template: &Template,
    report: &Report,
    lang: Lang,
    ids: &[S],
) -> Result<CheckResult> {
    let keep = question_mask(template, ids)?;
    Ok(scoped(crate::check(template, report, lang)?, &keep))
}

impl Session {
    /// The result narrowed to the questions `ids` names, as
    /// [`check_questions`] gives it for the report now.
    ///
    /// # Errors
    ///
    /// Those of [`question_mask`].
    ///
    /// # Example
    ///
    /// ```
    /// use formkoll::{Lang, Report, Session, Template};
    /// use std::sync::Arc;
    /// let s = Session::new(Arc::new(Template::default_template()), Report::default(), Lang::Sv)?;
    /// assert_eq!(s.result_for(&["1.1"])?.questions.len(), 1);
    /// # Ok::<(), formkoll::Error>(())
    /// ```
    pub fn result_for<S: AsRef<str>>(&self, ids: &[S]) -> Result<CheckResult> {
        let keep = question_mask(self.template(), ids)?;
        Ok(scoped(self.result(), &keep))
    }
}

/// Narrows `result` to the questions with `keep[i]` true (`i` in template
/// order, as in `result.questions`).
///
/// A finding is kept when it is about a kept question, about a limit that
/// covers one, or about a range of questions that includes one. A question
/// is scored as the session scores it: when it is required, answered or
/// has any text.
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
    use crate::{check, check_json, Lang, Report, Session, Template};

    fn jamtland() -> String {
        std::fs::read_to_string("tests/fixtures/jamtland-2024.json").unwrap()
    }

    #[test]
    fn question_mask_names_the_first_bad_id_and_rejects_an_empty_list() {
        let t = Template::default_template();
        let e = question_mask(&t, &["2.1", "2.2", "2.99"]).unwrap_err();
        assert_eq!(e.code(), crate::ErrorCode::QuestionUnknown);
        assert_eq!(e.path(), "questions[2]");
        assert!(e.to_string().contains("\"2.99\""), "{e}");
        let e = question_mask::<&str>(&t, &[]).unwrap_err();
        assert_eq!(
            (e.code(), e.path()),
            (crate::ErrorCode::OptionsInvalid, "questions")
        );
        // Order and repeats do not matter: the mask is in template order.
        assert_eq!(
            question_mask(&t, &["2.2", "2.1", "2.2"]).unwrap(),
            question_mask(&t, &["2.1", "2.2"]).unwrap()
        );
    }

    #[test]
    // Session takes an Arc, as src/validate.rs does; this test is single-threaded.
    #[allow(clippy::arc_with_non_send_sync)]
    fn a_session_after_edits_and_a_one_shot_check_give_one_step_the_same_verdict() {
        let t = Template::default_template();
        let mut s = Session::new(
            alloc::sync::Arc::new(t.clone()),
            Report::default(),
            Lang::Sv,
        )
        .unwrap();
        s.set("2.1", "Vi har samverkat med kommunerna.").unwrap();
        s.set("2.2", &"x".repeat(16_000)).unwrap();
        let step = ["2.1", "2.2", "2.3", "2.4"];
        let from_session = s.result_for(&step).unwrap();
        let one_shot = check_questions(&t, s.report(), Lang::Sv, &step).unwrap();
        assert_eq!(from_session, one_shot);
        assert_eq!(one_shot.questions.len(), 4);
        // 2.2 alone is over section 2's budget: the step reports it.
        assert!(one_shot.findings.iter().any(|f| f.limit.is_some()));
        // Another step of the same report does not see section 2's findings.
        let other = check_questions(&t, s.report(), Lang::Sv, &["1.1"]).unwrap();
        assert!(other.findings.iter().all(|f| f.limit.is_none()));
        assert!(other.counts.errors < s.result().counts.errors);
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
