//! The rules engine: a report being written, re-checked one edit at a time.
//!
//! A [`Session`] keeps each question's count and findings. An edit re-counts
//! only the edited answer, re-sums the limits it belongs to and re-checks the
//! instructions whose scope holds it; nothing else is touched, so a keystroke
//! costs the same with 1 or 31 answers loaded. [`check`](crate::check) is a
//! session built once and read once, so a whole check and a session fed the
//! same answers can never disagree.

use crate::prelude::*;
use alloc::sync::Arc;

use crate::count::count;
use crate::error::{Error, ErrorCode, Result};
use crate::finding::{Finding, FindingCode, Severity};
use crate::hygiene;
use crate::json::read::push_quoted;
use crate::keywords::fold;
use crate::messages::{describe, Lang};
use crate::report::{Answer, Report};
use crate::result::{
    CheckResult, Counts, LimitResult, LimitStatus, QuestionResult, QuestionStatus, Update,
};
use crate::score::{points_lost, score, ScoreBreakdown, POINTS_PER_QUESTION};
use crate::template::{Explanation, Instruction, Mode, QuestionKind, Template};

/// What the session knows about one question.
#[derive(Clone, Debug, Default)]
struct QuestionState {
    count: u64,
    answered: bool,
    has_text: bool,
    /// Aligned with `template.instructions_of(q)`: does the text match?
    matched: Vec<bool>,
    findings: Vec<Finding>,
    status: Option<QuestionStatus>,
    scored: bool,
    loss: u64,
    errors: u64,
    warnings: u64,
}

/// A report being written against a template.
///
/// # Example
///
/// This shows a keystroke's update: the question, its section budget and the score.
///
/// ```
/// use std::sync::Arc;
/// use formkoll::{Lang, Report, Session, Template};
/// let t = Arc::new(Template::default_template());
/// let mut s = Session::new(t, Report::default(), Lang::Sv)?;
/// let u = s.set("2.1", "Vi har samverkat med länets kommuner.")?;
/// assert_eq!(u.question.count, 37);
/// assert_eq!(u.limits[0].id, "section-2");
/// assert_eq!(u.limits[0].remaining, 15_000 - 37);
/// assert!(u.score < 100);
/// # Ok::<(), formkoll::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Session {
    template: Arc<Template>,
    lang: Lang,
    report: Report,
    /// question → index of its answer in `report.answers`
    slot: Vec<Option<usize>>,
    states: Vec<QuestionState>,
    limit_sums: Vec<u64>,
    /// Indexes in `report.answers` of answers to unknown questions.
    unknown: Vec<usize>,
    /// Sums over `states`, kept up to date by `evaluate`.
    possible: u64,
    question_loss: u64,
    question_errors: u64,
    question_warnings: u64,
}

/// How many answers to unknown questions are listed one finding each; the
/// rest make one `answer.unknown_more` finding.
const UNKNOWN_LISTED: usize = 50;

impl Session {
    /// Starts a session on `report`.
    ///
    /// # Errors
    ///
    /// [`ErrorCode::ReportTemplateMismatch`] when the report names another template.
    ///
    /// # Example
    ///
    /// ```
    /// use std::sync::Arc;
    /// use formkoll::{Lang, Report, Session, Template};
    /// let report = Report::from_json(r#"{"answers":{"1.1":"Text"}}"#)?;
    /// let s = Session::new(Arc::new(Template::default_template()), report, Lang::Sv)?;
    /// assert_eq!(s.result().questions[0].count, 4);
    /// # Ok::<(), formkoll::Error>(())
    /// ```
    pub fn new(template: Arc<Template>, report: Report, lang: Lang) -> Result<Session> {
        if let Some(id) = &report.template {
            if id != template.id() {
                return Err(Error::new(ErrorCode::ReportTemplateMismatch, "template", {
                    let mut s = String::from("the report follows ");
                    push_quoted(&mut s, id);
                    s.push_str(", the rules are for ");
                    push_quoted(&mut s, template.id());
                    s
                }));
            }
        }
        // Before any work per answer: a hostile report's size is refused
        // here, not paid for (docs/reliability.md).
        let max = template.max_answers();
        if report.answers.0.len() > max {
            return Err(crate::report::too_many_answers(
                report.answers.0.len(),
                &template,
            ));
        }
        let n = template.data().questions.len();
        let mut slot = vec![None; n];
        let mut unknown = Vec::new();
        for (i, (id, _)) in report.answers.0.iter().enumerate() {
            match template.question_index(id) {
                Some(q) => {
                    if let Some(s) = slot.get_mut(q) {
                        *s = Some(i);
                    }
                }
                None => unknown.push(i),
            }
        }
        let mut s = Session {
            limit_sums: vec![0; template.data().limits.len()],
            states: vec![QuestionState::default(); n],
            template,
            lang,
            report,
            slot,
            unknown,
            possible: 0,
            question_loss: 0,
            question_errors: 0,
            question_warnings: 0,
        };
        for q in 0..n {
            s.evaluate(q);
        }
        Ok(s)
    }

    /// Returns the template.
    pub fn template(&self) -> &Arc<Template> {
        &self.template
    }

    /// Returns the report exactly as entered.
    pub fn report(&self) -> &Report {
        &self.report
    }

    /// Returns the message language.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Changes the message language, re-rendering every message.
    ///
    /// # Example
    ///
    /// ```
    /// # use std::sync::Arc;
    /// # use formkoll::{Lang, Report, Session, Template};
    /// let mut s = Session::new(Arc::new(Template::default_template()), Report::default(), Lang::Sv)?;
    /// s.set_lang(Lang::En);
    /// assert_eq!(s.result().findings[0].message, "Question 1.1 has no answer.");
    /// # Ok::<(), formkoll::Error>(())
    /// ```
    pub fn set_lang(&mut self, lang: Lang) {
        if lang != self.lang {
            self.lang = lang;
            for q in 0..self.states.len() {
                self.evaluate(q);
            }
        }
    }

    /// Sets the text of question `id` (the follow-up text of a choice question).
    ///
    /// # Errors
    ///
    /// [`ErrorCode::QuestionUnknown`] when the template has no such question.
    ///
    /// # Example
    ///
    /// ```
    /// # use std::sync::Arc;
    /// # use formkoll::{Lang, Report, Session, Template};
    /// let mut s = Session::new(Arc::new(Template::default_template()), Report::default(), Lang::Sv)?;
    /// let u = s.set("6.1", "Kommunerna\r\ndeltog.")?;
    /// assert_eq!(u.question.count, 18); // CRLF counts 1
    /// assert_eq!(s.report().answers.get("6.1").unwrap().text(), "Kommunerna\r\ndeltog.");
    /// assert!(s.set("9.9", "x").is_err());
    /// # Ok::<(), formkoll::Error>(())
    /// ```
    pub fn set(&mut self, id: &str, text: &str) -> Result<Update> {
        let q = self.index_of(id)?;
        let kind = self.template.data().questions.get(q).map(|q| q.kind);
        let answer = match (self.answer(q), kind) {
            (Some(Answer::Choice { choice, .. }), _) => Answer::Choice {
                choice: choice.clone(),
                text: text.to_string(),
            },
            (_, Some(QuestionKind::Choice)) => Answer::Choice {
                choice: None,
                text: text.to_string(),
            },
            _ => Answer::Text(text.to_string()),
        };
        self.store(q, id, answer);
        Ok(self.update(q))
    }

    /// Chooses an option of choice question `id` (`None` clears the choice).
    /// An option the template lacks is kept and reported as `choice.unknown`.
    ///
    /// # Errors
    ///
    /// [`ErrorCode::QuestionUnknown`] for an unknown question,
    /// [`ErrorCode::QuestionNotChoice`] for a text question.
    ///
    /// # Example
    ///
    /// ```
    /// # use std::sync::Arc;
    /// # use formkoll::{Lang, Report, Session, Template};
    /// let mut s = Session::new(Arc::new(Template::default_template()), Report::default(), Lang::Sv)?;
    /// let u = s.choose("5.1a", Some("nej"))?;
    /// let codes: Vec<&str> = u.findings.iter().map(|f| f.code.as_str()).collect();
    /// assert_eq!(codes, ["explanation.missing"]);
    /// # Ok::<(), formkoll::Error>(())
    /// ```
    pub fn choose(&mut self, id: &str, choice: Option<&str>) -> Result<Update> {
        let q = self.index_of(id)?;
        if self.template.data().questions.get(q).map(|q| q.kind) != Some(QuestionKind::Choice) {
            return Err(Error::new(ErrorCode::QuestionNotChoice, id, {
                let mut s = String::from("question ");
                push_quoted(&mut s, id);
                s.push_str(" has no choices");
                s
            }));
        }
        let text = self
            .answer(q)
            .map(|a| a.text().to_string())
            .unwrap_or_default();
        self.store(
            q,
            id,
            Answer::Choice {
                choice: choice.map(str::to_string),
                text,
            },
        );
        Ok(self.update(q))
    }

    fn index_of(&self, id: &str) -> Result<usize> {
        self.template.question_index(id).ok_or_else(|| {
            Error::new(ErrorCode::QuestionUnknown, id, {
                let mut s = String::from("the template has no question ");
                push_quoted(&mut s, id);
                s
            })
        })
    }

    fn answer(&self, q: usize) -> Option<&Answer> {
        let i = self.slot.get(q).copied().flatten()?;
        self.report.answers.0.get(i).map(|(_, a)| a)
    }

    fn store(&mut self, q: usize, id: &str, answer: Answer) {
        match self.slot.get(q).copied().flatten() {
            Some(i) => {
                if let Some(entry) = self.report.answers.0.get_mut(i) {
                    entry.1 = answer;
                }
            }
            None => {
                self.report.set_answer(id, answer);
                if let Some(s) = self.slot.get_mut(q) {
                    *s = Some(self.report.answers.0.len() - 1);
                }
            }
        }
        self.evaluate(q);
    }

    /// Re-checks question `q` and updates every sum it contributes to.
    fn evaluate(&mut self, q: usize) {
        let template = Arc::clone(&self.template);
        let Some(question) = template.data().questions.get(q) else {
            return;
        };
        let answer = self.answer(q);
        let text = answer.map(Answer::text).unwrap_or("");
        let choice = answer.and_then(Answer::choice);
        // Only whitespace, zero-width characters, BOM, soft hyphens: as empty.
        let has_text = hygiene::has_visible(text);
        let count = count(text, template.policy()) as u64;
        let section = template
            .data()
            .sections
            .get(template.section_of(q))
            .map(|s| s.id.as_str())
            .unwrap_or("");
        let new = |code| {
            Finding::new(code)
                .with_question(&question.id)
                .with_section(section)
        };

        let mut findings = Vec::new();
        let answered = match question.kind {
            QuestionKind::Text => {
                if let Some(c) = choice {
                    let mut f = new(FindingCode::ChoiceUnknown);
                    f.choice = Some(c.to_string());
                    findings.push(f);
                }
                if !has_text && !question.optional {
                    findings.push(new(FindingCode::RequiredMissing));
                }
                has_text
            }
            QuestionKind::Choice => match choice {
                None => {
                    if !question.optional || has_text {
                        findings.push(new(FindingCode::ChoiceMissing));
                    }
                    false
                }
                Some(c) => {
                    match question.choices.iter().find(|o| o.id == c) {
                        None => {
                            let mut f = new(FindingCode::ChoiceUnknown);
                            f.choice = Some(c.to_string());
                            findings.push(f);
                        }
                        Some(o) if o.explanation == Explanation::Required && !has_text => {
                            let mut f = new(FindingCode::ExplanationMissing);
                            f.choice = Some(c.to_string());
                            findings.push(f);
                        }
                        Some(_) => {}
                    }
                    true
                }
            },
        };

        // Instruction checks: match once per instruction; report the
        // per-question ones here, the range-wide ones in `instruction_findings`.
        let instructions = template.instructions_of(q);
        let folded = if has_text && !instructions.is_empty() {
            fold(text)
        } else {
            String::new()
        };
        let mut matched = Vec::with_capacity(instructions.len());
        for &i in instructions {
            let hit = has_text
                && template
                    .instruction_vocabulary(i)
                    .is_some_and(|v| v.matches(&folded));
            matched.push(hit);
            let Some(ins) = template.data().instructions.get(i) else {
                continue;
            };
            if ins.mode == Mode::Each && has_text && !hit {
                if let Some(code) = instruction_code(ins) {
                    let mut f = new(code);
                    f.instruction = Some(ins.id.clone());
                    findings.push(f);
                }
            }
        }

        for o in hygiene::scan(text) {
            let mut f = new(o.code);
            f.occurrences = Some(o.count);
            findings.push(f);
        }
        for f in &mut findings {
            f.message = describe(f, &template, self.lang);
        }

        let errors = findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count() as u64;
        let warnings = findings
            .iter()
            .filter(|f| f.severity == Severity::Warning)
            .count() as u64;
        let has = |code| findings.iter().any(|f: &Finding| f.code == code);
        let status = if has(FindingCode::RequiredMissing) || has(FindingCode::ChoiceMissing) {
            QuestionStatus::Missing
        } else if errors > 0 {
            QuestionStatus::Invalid
        } else if findings
            .iter()
            .any(|f| f.code.as_str().starts_with("instruction."))
        {
            QuestionStatus::Incomplete
        } else if answered || has_text {
            QuestionStatus::Ok
        } else {
            QuestionStatus::Empty
        };
        let scored = !question.optional || answered || has_text;
        let loss: u64 = findings.iter().map(|f| points_lost(f.code)).sum();

        // Swap in the new state, adjusting every running sum by the difference.
        let new_state = QuestionState {
            count,
            answered: answered || has_text,
            has_text,
            matched,
            findings,
            status: Some(status),
            scored,
            loss,
            errors,
            warnings,
        };
        let Some(state) = self.states.get_mut(q) else {
            return;
        };
        let old = core::mem::replace(state, new_state);
        for &l in template.limits_of(q) {
            if let Some(sum) = self.limit_sums.get_mut(l) {
                *sum = *sum - old.count + count;
            }
        }
        let worth = |scored: bool| if scored { POINTS_PER_QUESTION } else { 0 };
        self.possible = self.possible - worth(old.scored) + worth(scored);
        self.question_loss = self.question_loss - old.loss + loss;
        self.question_errors = self.question_errors - old.errors + errors;
        self.question_warnings = self.question_warnings - old.warnings + warnings;
    }

    // `q` is a position from this template's own tables (0..questions.len()
    // or question_index), `states` has one entry per question, and every
    // limit position comes from `limits_of`: all indexes are in range.
    #[allow(clippy::indexing_slicing)]
    fn question_result(&self, q: usize) -> QuestionResult {
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

    // `l` is a position in `limits` (0..limits.len() or from `limits_of`), and
    // `limit_sums` has one entry per limit: both indexes are in range.
    #[allow(clippy::indexing_slicing)]
    fn limit_result(&self, l: usize) -> LimitResult {
        let t = &self.template;
        let limit = &t.data().limits[l];
        let count = self.limit_sums[l];
        let max = limit.max;
        let percent = count.saturating_mul(100).checked_div(max).unwrap_or(0);
        let status = self.limit_status(l);
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
            percent,
            status,
        }
    }

    /// The status of limit `l` from its running sum (what `limit_result`
    /// reports, without building the result).
    fn limit_status(&self, l: usize) -> LimitStatus {
        let t = &self.template;
        let max = t.data().limits.get(l).map_or(0, |limit| limit.max);
        let count = self.limit_sums.get(l).copied().unwrap_or(0);
        let threshold = u64::from(t.data().near_threshold_percent);
        if count > max {
            LimitStatus::Exceeded
        } else if count.saturating_mul(100) >= max.saturating_mul(threshold) && count > 0 {
            LimitStatus::Near
        } else {
            LimitStatus::Ok
        }
    }

    /// The code of limit `l`'s finding, if it has one (see `limit_finding`).
    fn limit_code(&self, l: usize) -> Option<FindingCode> {
        match self.limit_status(l) {
            LimitStatus::Exceeded => Some(FindingCode::LimitExceeded),
            LimitStatus::Near => Some(FindingCode::LimitNear),
            LimitStatus::Ok => None,
        }
    }

    fn limit_finding(&self, l: usize) -> Option<Finding> {
        let r = self.limit_result(l);
        let code = match r.status {
            LimitStatus::Exceeded => FindingCode::LimitExceeded,
            LimitStatus::Near => FindingCode::LimitNear,
            LimitStatus::Ok => return None,
        };
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
            _ => f.remaining = Some(r.max - r.count),
        }
        Some(f)
    }

    /// The finding of a range-wide ("any") instruction: reported only when
    /// some answer in scope has text and none matches.
    fn instruction_finding(&self, i: usize) -> Option<Finding> {
        let t = &self.template;
        let code = self.instruction_missed(i)?;
        let ins = t.data().instructions.get(i)?;
        let first = *t.instruction_questions(i).first()?;
        let mut f = Finding::new(code);
        f.section = t
            .data()
            .sections
            .get(t.section_of(first))
            .map(|s| s.id.clone());
        f.instruction = Some(ins.id.clone());
        f.questions = ins.questions.clone();
        Some(f)
    }

    /// The code of range-wide instruction `i`'s finding when it has one:
    /// some answer in scope has text and none matches.
    fn instruction_missed(&self, i: usize) -> Option<FindingCode> {
        let t = &self.template;
        let ins = t.data().instructions.get(i)?;
        if ins.mode != Mode::Any {
            return None;
        }
        let mut any_text = false;
        for &q in t.instruction_questions(i) {
            let st = self.states.get(q)?;
            any_text |= st.has_text;
            let pos = t.instructions_of(q).iter().position(|&x| x == i)?;
            if st.matched.get(pos).copied().unwrap_or(false) {
                return None;
            }
        }
        if any_text {
            instruction_code(ins)
        } else {
            None
        }
    }

    /// The one finding for the answers to unknown questions beyond the
    /// first [`UNKNOWN_LISTED`], if there are any.
    fn unknown_more(&self) -> Option<Finding> {
        let more = self.unknown.len().checked_sub(UNKNOWN_LISTED)?;
        let mut f = Finding::new(FindingCode::AnswerUnknownMore);
        f.occurrences = Some(more as u64);
        (more > 0).then_some(f)
    }

    fn unknown_finding(&self, i: usize) -> Option<Finding> {
        let (id, answer) = self.report.answers.0.get(i)?;
        let mut f = Finding::new(FindingCode::AnswerUnknownQuestion).with_question(id);
        f.count = Some(count(answer.text(), self.template.policy()) as u64);
        Some(f)
    }

    /// Adds the message to a finding made by `limit_finding`,
    /// `instruction_finding` or `unknown_finding`. Kept apart so that
    /// `totals`, which needs only codes, renders nothing.
    fn described(&self, mut f: Finding) -> Finding {
        f.message = describe(&f, &self.template, self.lang);
        f
    }

    /// Findings that do not belong to a single question's state, with the
    /// position (question index) they are listed before; without messages.
    fn shared_findings(&self) -> Vec<(usize, Finding)> {
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
    fn update(&self, q: usize) -> Update {
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
    fn totals(&self) -> (u64, Counts) {
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

/// The finding code of instruction `ins`, `"instruction.<check>"`. A
/// loaded template's check names are all valid (consistency), so `None`
/// never happens for one; it skips the check rather than panicking.
fn instruction_code(ins: &Instruction) -> Option<FindingCode> {
    FindingCode::instruction(&ins.check)
}
