//! What a change shows: a keystroke updates its counter, its section's
//! meters and the score at once (`apply`); the full summary, every counter
//! and every meter follow from the whole result after a pause (`refresh`).

use crate::prelude::*;
use web_sys::Element;

use crate::{Finding, LimitResult, QuestionResult, Update};

use super::config::Scope;
use super::elements::{id_of, Dom};
use super::enhancer::{to_js, Enhancer};
use super::{live_region, REFRESH_MS, SAVE_MS};

impl Enhancer {
    /// Shows a keystroke's update: this answer's counter, its meters and
    /// the score. The rest waits for [`REFRESH_MS`].
    pub(super) fn apply(&mut self, i: usize, update: &Update) -> Dom<()> {
        let lang = self.lang;
        let Some(q) = self.fields.get(i).map(|f| f.q) else {
            return Ok(());
        };
        self.show_field(i, &update.question, update.limits.first(), &update.findings)?;
        for (&l, result) in self.template.limits_of(q).iter().zip(&update.limits) {
            if let Some(Some(meter)) = self.budgets.get_mut(l) {
                meter.show_total(result, lang)?;
                meter.show_share(&update.question.id, update.question.count, lang);
            }
        }
        // Under `scope: 'form'` the keystroke's score is the whole report's;
        // this form's own follows with the refresh.
        if self.scope == Scope::Report {
            self.summary.show_score(update.score, lang)?;
        }
        if !self.live_pending.contains(&i) {
            self.live_pending.push(i);
        }
        if let Some(fns) = &self.timer_fns {
            self.live_timer
                .schedule(&self.window, &fns.pause, live_region::PAUSE_MS);
            self.refresh_timer
                .schedule(&self.window, &fns.refresh, REFRESH_MS);
            if self.drafts.is_some() {
                self.save_timer.schedule(&self.window, &fns.save, SAVE_MS);
            }
        }
        Ok(())
    }

    /// Shows field `i`'s counter and choice follow-up from its question's
    /// state — a keystroke's update or the full result — and, when the
    /// follow-up's error came or went, its `aria-describedby`.
    #[inline(never)]
    fn show_field(
        &mut self,
        i: usize,
        qr: &QuestionResult,
        limit: Option<&LimitResult>,
        findings: &[Finding],
    ) -> Dom<()> {
        let lang = self.lang;
        let Some(field) = self.fields.get_mut(i) else {
            return Ok(());
        };
        if let Some(c) = &mut field.counter {
            c.show(qr.count, limit, lang)?;
        }
        let mut described = false;
        if let (Some(ui), Some(question)) = (
            &mut field.choice,
            self.template.data().questions.get(field.q),
        ) {
            described = ui.show(question, qr, findings, lang)?;
        }
        if described {
            self.describe(i)?;
        }
        Ok(())
    }

    /// Redraws everything from a full result, then queues
    /// `formkoll:update`.
    pub(super) fn refresh(&mut self) -> Dom<()> {
        // Counters and meters show the whole report's numbers (indexed in
        // template order); the summary, the score and the errors show what
        // `scope` asks for.
        let result = self.session.result();
        let lang = self.lang;
        for i in 0..self.fields.len() {
            let Some(q) = self.fields.get(i).map(|f| f.q) else {
                continue;
            };
            let Some(qr) = result.questions.get(q) else {
                continue;
            };
            let limit = self
                .template
                .limits_of(q)
                .first()
                .and_then(|&l| result.limits.get(l));
            self.show_field(i, qr, limit, &result.findings)?;
        }
        for (l, meter) in self.budgets.iter_mut().enumerate() {
            let (Some(meter), Some(lr)) = (meter, result.limits.get(l)) else {
                continue;
            };
            meter.show_total(lr, lang)?;
            for &q in self.template.limit_questions(l) {
                if let Some(qr) = result.questions.get(q) {
                    meter.show_share(&qr.id, qr.count, lang);
                }
            }
        }
        // Each question's count (template order), for the largest answer.
        let counts: Vec<u64> = result.questions.iter().map(|q| q.count).collect();
        let total = result.questions.len();
        let (shown, scope_note) = match self.scope {
            Scope::Report => (result, None),
            Scope::Form => {
                let narrowed = crate::scope::scoped(result, &self.in_form);
                let here = narrowed.questions.len();
                (narrowed, Some((here, total)))
            }
        };
        let fields = &self.fields;
        let field_of = &self.field_of;
        let budgets = &self.budgets;
        let template = &self.template;
        let focus_of = |id: &str, radios_first: bool| -> Option<String> {
            let f = fields.get(
                template
                    .question_index(id)
                    .and_then(|q| field_of.get(q).copied().flatten())?,
            )?;
            if radios_first {
                if let Some(r) = f.radios.first() {
                    let el: &Element = r.as_ref();
                    return Some(id_of(el)).filter(|s| !s.is_empty());
                }
            }
            f.focus_id.clone()
        };
        let target = |f: &Finding| -> Option<String> {
            if let Some(l) = &f.limit {
                // A budget is fixed by shortening: the link goes to the
                // section's largest answer on this page, else its meter.
                let index = template.data().limits.iter().position(|x| &x.id == l);
                let largest = index
                    .map(|l| template.limit_questions(l))
                    .unwrap_or_default()
                    .iter()
                    .filter(|&&q| field_of.get(q).copied().flatten().is_some())
                    .max_by_key(|&&q| {
                        // max_by_key keeps the last of equals: prefer the first.
                        (counts.get(q).copied().unwrap_or(0), core::cmp::Reverse(q))
                    })
                    .and_then(|&q| template.data().questions.get(q))
                    .and_then(|question| focus_of(&question.id, false));
                if largest.is_some() {
                    return largest;
                }
                if let Some(Some(meter)) = index.and_then(|i| budgets.get(i)) {
                    return Some(id_of(meter.root()));
                }
            }
            if let Some(q) = &f.question {
                return focus_of(q, f.code == crate::FindingCode::ChoiceMissing);
            }
            f.questions.iter().find_map(|q| focus_of(q, false))
        };
        // "Rensa texten" only where the core has a change to propose.
        let cleanable = |q: &str| {
            fields
                .iter()
                .find(|f| f.id == q && f.textarea.is_some())
                .is_some_and(|f| !crate::fixes(&f.text()).is_empty())
        };
        self.summary
            .show(&self.doc, &shown, lang, &target, &cleanable, scope_note)?;
        self.show_submit_state(&shown)?;
        if let Ok(detail) = to_js(&shown) {
            self.outbox.push(("formkoll:update", detail));
        }
        Ok(())
    }
}
