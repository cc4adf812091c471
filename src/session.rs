//! A report being written, re-checked one edit at a time: the state and its
//! bookkeeping. The rules themselves are src/rules/ (answer, limits,
//! instructions, status) and src/hygiene.rs; reading the state out as a
//! result or an update is src/session/results.rs.
//!
//! A [`Session`] keeps each question's count and findings. An edit re-counts
//! only the edited answer, re-sums the limits it belongs to and re-checks the
//! instructions whose scope holds it; nothing else is touched, so a keystroke
//! costs the same with 1 or 31 answers loaded. [`check`](crate::check) is a
//! session built once and read once, so a whole check and a session fed the
//! same answers can never disagree.

mod results;

use crate::prelude::*;
use alloc::sync::Arc;

use crate::count::count;
use crate::error::{Error, ErrorCode, Result};
use crate::finding::{Finding, Severity};
use crate::hygiene;
use crate::json::read::push_quoted;
use crate::keywords::fold;
use crate::messages::{describe, Lang};
use crate::report::{Answer, Report};
use crate::result::{QuestionStatus, Update};
use crate::rules::{self, limits::LimitSums};
use crate::score::{points_lost, POINTS_PER_QUESTION};
use crate::template::{QuestionKind, Template};

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
    limit_sums: LimitSums,
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
            limit_sums: LimitSums::new(template.data().limits.len()),
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

        let (answered, mut findings) = rules::answer::check(question, choice, has_text, new);

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
            let hit = rules::instructions::matches(&template, i, &folded, has_text);
            matched.push(hit);
            let Some(ins) = template.data().instructions.get(i) else {
                continue;
            };
            if let Some(code) = rules::instructions::each_missed(ins, has_text, hit) {
                let mut f = new(code);
                f.instruction = Some(ins.id.clone());
                findings.push(f);
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
        let status = rules::status::of(&findings, answered, has_text);
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
        self.limit_sums
            .replace(template.limits_of(q), old.count, count);
        let worth = |scored: bool| if scored { POINTS_PER_QUESTION } else { 0 };
        self.possible = self.possible - worth(old.scored) + worth(scored);
        self.question_loss = self.question_loss - old.loss + loss;
        self.question_errors = self.question_errors - old.errors + errors;
        self.question_warnings = self.question_warnings - old.warnings + warnings;
    }
}
