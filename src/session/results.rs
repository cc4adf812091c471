//! Reading a session's state out: the whole result (`Session::result`),
//! the small update after one edit, and the running totals. Nothing here
//! changes the state; src/session.rs keeps it and src/rules/ decides.

use crate::prelude::*;

use super::{Session, UNKNOWN_LISTED};
use crate::count::count;
use crate::finding::{Finding, FindingCode};
use crate::messages::describe;
use crate::report::Answer;
use crate::result::{CheckResult, Counts, LimitResult, QuestionResult, QuestionStatus, Update};
use crate::rules;
use crate::score::{points_lost, score, ScoreBreakdown, POINTS_PER_QUESTION};

impl Session {
    // `q` is a position from this template's own tables (0..questions.len()
    // or question_index), `states` has one entry per question, and every
    // limit position comes from `limits_of`: all indexes are in range.
    #[allow(clippy::indexing_slicing)]
    pub(super) fn question_result(&self, q: usize) -> QuestionResult {
        let t = &self.template;
        let question = &t.data().questions[q];
        let st = &self.states[q];
        let choice = self.answer(q).and_then(Answer::choice);
        QuestionResult {
            id: question.id.clone(),
            section: question.section.clone(),
            count: st.count,
            status: st.status.unwrap_or(QuestionStatus::Empty),
            answered: st.answered,
            optional: question.optional,
            choice: choice.map(str::to_string),
            explanation: choice
                .and_then(|c| question.choices.iter().find(|o| o.id == c))
                .map(|o| o.explanation),
            limits: t
                .limits_of(q)
                .iter()
                .map(|&l| t.data().limits[l].id.clone())
                .collect(),
        }
    }

    // `l` is a position in `limits` (0..limits.len() or from `limits_of`):
    // the index is in range.
    #[allow(clippy::indexing_slicing)]
    pub(super) fn limit_result(&self, l: usize) -> LimitResult {
        let t = &self.template;
        let near = t.data().near_threshold_percent;
        rules::limits::result(&t.data().limits[l], self.limit_sums.get(l), near)
    }

    /// The code of limit `l`'s finding, if it has one, from its running sum
    /// (without building the result).
    pub(super) fn limit_code(&self, l: usize) -> Option<FindingCode> {
        let t = &self.template;
        let max = t.data().limits.get(l).map_or(0, |limit| limit.max);
        let status =
            rules::limits::status(self.limit_sums.get(l), max, t.data().near_threshold_percent);
        rules::limits::code(status)
    }

    pub(super) fn limit_finding(&self, l: usize) -> Option<Finding> {
        rules::limits::finding(&self.limit_result(l))
    }

    /// The finding of a range-wide ("any") instruction: reported only when
    /// some answer in scope has text and none matches.
    pub(super) fn instruction_finding(&self, i: usize) -> Option<Finding> {
        let code = self.instruction_missed(i)?;
        rules::instructions::range_finding(&self.template, i, code)
    }

    /// The code of range-wide instruction `i`'s finding when it has one.
    pub(super) fn instruction_missed(&self, i: usize) -> Option<FindingCode> {
        let t = &self.template;
        rules::instructions::any_missed(t, i, |q| {
            let st = self.states.get(q)?;
            let pos = t.instructions_of(q).iter().position(|&x| x == i)?;
            Some((st.has_text, st.matched.get(pos).copied().unwrap_or(false)))
        })
    }

    /// The one finding for the answers to unknown questions beyond the
    /// first [`UNKNOWN_LISTED`], if there are any.
    pub(super) fn unknown_more(&self) -> Option<Finding> {
        let more = self.unknown.len().checked_sub(UNKNOWN_LISTED)?;
        let mut f = Finding::new(FindingCode::AnswerUnknownMore);
        f.occurrences = Some(more as u64);
        (more > 0).then_some(f)
    }

    pub(super) fn unknown_finding(&self, i: usize) -> Option<Finding> {
        let (id, answer) = self.report.answers.0.get(i)?;
        let mut f = Finding::new(FindingCode::AnswerUnknownQuestion).with_question(id);
        f.count = Some(count(answer.text(), self.template.policy()) as u64);
        Some(f)
    }

    /// Adds the message to a finding made by `limit_finding`,
    /// `instruction_finding` or `unknown_finding`. Kept apart so that
    /// `totals`, which needs only codes, renders nothing.
    pub(super) fn described(&self, mut f: Finding) -> Finding {
        f.message = describe(&f, &self.template, self.lang);
        f
    }

    /// Findings that do not belong to a single question's state, with the
    /// position (question index) they are listed before; without messages.
    pub(super) fn shared_findings(&self) -> Vec<(usize, Finding)> {
        let t = &self.template;
        let anchor = |qs: &[usize]| qs.iter().copied().min().unwrap_or(0);
        let mut out = Vec::new();
        for l in 0..t.data().limits.len() {
            if let Some(f) = self.limit_finding(l) {
                out.push((anchor(t.limit_questions(l)), f));
            }
        }
        for i in 0..t.data().instructions.len() {
            if let Some(f) = self.instruction_finding(i) {
                out.push((anchor(t.instruction_questions(i)), f));
            }
        }
        out
    }

    /// Returns the full result, as `check` would.
    ///
    /// # Example
    ///
    /// ```
    /// # use std::sync::Arc;
    /// # use formkoll::{Lang, Report, Session, Template};
    /// let s = Session::new(Arc::new(Template::default_template()), Report::default(), Lang::Sv)?;
    /// let r = s.result();
    /// assert_eq!((r.valid, r.score, r.questions.len()), (false, 0, 31));
    /// # Ok::<(), formkoll::Error>(())
    /// ```
    pub fn result(&self) -> CheckResult {
        let t = &self.template;
        let n = self.states.len();
        // Form order: a section's budget and range-wide findings first (at
        // the section's first question), then each question's own findings.
        let mut shared = self.shared_findings();
        crate::sort::by_key(&mut shared, |(q, _)| *q);
        let mut shared = shared.into_iter().peekable();
        let mut findings = Vec::new();
        for q in 0..n {
            while let Some((_, f)) =
                shared.next_if(|(a, _)| t.first_question_of_section_of(*a) <= q)
            {
                findings.push(self.described(f));
            }
            findings.extend(
                self.states
                    .get(q)
                    .into_iter()
                    .flat_map(|st| st.findings.iter().cloned()),
            );
        }
        findings.extend(shared.map(|(_, f)| self.described(f)));
        findings.extend(
            self.unknown
                .iter()
                .take(UNKNOWN_LISTED)
                .filter_map(|&i| self.unknown_finding(i))
                .map(|f| self.described(f)),
        );
        if let Some(more) = self.unknown_more() {
            findings.push(self.described(more));
        }

        let (counts, lost, losses) = crate::score::tally(&findings);
        let score = score(self.possible, lost);
        CheckResult {
            template: t.id().to_string(),
            lang: self.lang,
            valid: counts.errors == 0,
            score,
            policy: *t.policy(),
            counts,
            limits: (0..t.data().limits.len())
                .map(|l| self.limit_result(l))
                .collect(),
            questions: (0..n).map(|q| self.question_result(q)).collect(),
            findings,
            score_breakdown: ScoreBreakdown {
                score,
                possible: self.possible,
                lost,
                scored_questions: self.possible / POINTS_PER_QUESTION,
                losses,
            },
        }
    }

    /// The update after editing question `q`. Costs O(size of q's limits and
    /// instruction scopes), not O(report).
    pub(super) fn update(&self, q: usize) -> Update {
        let t = &self.template;
        let mut findings = self
            .states
            .get(q)
            .map(|st| st.findings.clone())
            .unwrap_or_default();
        let limits: Vec<LimitResult> = t
            .limits_of(q)
            .iter()
            .map(|&l| self.limit_result(l))
            .collect();
        let shared = t.limits_of(q).iter().filter_map(|&l| self.limit_finding(l));
        let shared = shared.chain(
            t.instructions_of(q)
                .iter()
                .filter_map(|&i| self.instruction_finding(i)),
        );
        findings.extend(shared.map(|f| self.described(f)));
        let (lost, counts) = self.totals();
        Update {
            question: self.question_result(q),
            limits,
            findings,
            score: score(self.possible, lost),
            valid: counts.errors == 0,
            counts,
        }
    }

    /// Points lost and findings counted over the whole report, from the running
    /// sums plus the (few) limits and instructions.
    pub(super) fn totals(&self) -> (u64, Counts) {
        let mut lost = self.question_loss;
        let mut counts = Counts {
            errors: self.question_errors,
            warnings: self.question_warnings,
            info: 0,
        };
        // Only the codes matter here: the findings of `shared_findings`
        // clone ids and question lists, and `unknown_finding` would re-count
        // each unknown answer's text on every keystroke elsewhere.
        let t = &self.template;
        let limits = (0..t.data().limits.len()).filter_map(|l| self.limit_code(l));
        let instructions =
            (0..t.data().instructions.len()).filter_map(|i| self.instruction_missed(i));
        let unknown = self
            .unknown
            .iter()
            .take(UNKNOWN_LISTED)
            .filter(|&&i| self.report.answers.0.get(i).is_some())
            .map(|_| FindingCode::AnswerUnknownQuestion);
        let more = (self.unknown.len() > UNKNOWN_LISTED).then_some(FindingCode::AnswerUnknownMore);
        for code in limits.chain(instructions).chain(unknown).chain(more) {
            lost += points_lost(code);
            counts.add(code.severity());
        }
        (lost, counts)
    }
}
