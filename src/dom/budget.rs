//! A section's budget meter: "Avsnitt 2: 15 775 av 15 000 tecken — 775 för
//! mycket", a `<meter>`, and each answer's share. Over budget shows in
//! colour *and* in the text, never by colour alone.

use crate::prelude::*;
use web_sys::{Document, Element};

use crate::{render, Arg, Lang, LimitResult, LimitStatus};

use super::counter::subject_of;
use super::elements::{digits, make, Dom, Ids, TextSlot};

/// The meter of one limit.
#[derive(Debug)]
pub(crate) struct BudgetMeter {
    root: Element,
    label: TextSlot,
    meter: Element,
    /// Question id and its share's text, in template order.
    shares: Vec<(String, TextSlot)>,
    status: Option<LimitStatus>,
    value: u64,
}

impl BudgetMeter {
    /// Creates the meter for a limit over `questions` (not yet in the page).
    pub(crate) fn new(doc: &Document, ids: &mut Ids, questions: &[String]) -> Dom<BudgetMeter> {
        let root_id = ids.make("budget");
        let label_id = ids.make("budget-label");
        // A summary link to a budget moves focus here (tabindex).
        let root = make(
            doc,
            None,
            "div",
            "formkoll-budget",
            &[("id", &root_id), ("tabindex", "-1")],
            "",
        )?;
        let r = Some(&root);
        let label = make(
            doc,
            r,
            "p",
            "formkoll-budget__label",
            &[("id", &label_id)],
            "",
        )?;
        let meter = make(
            doc,
            r,
            "meter",
            "formkoll-budget__meter",
            &[("min", "0"), ("aria-labelledby", &label_id)],
            "",
        )?;
        let list = make(doc, r, "ul", "formkoll-budget__shares", &[], "")?;
        let mut shares = Vec::with_capacity(questions.len());
        for q in questions {
            let li = make(doc, Some(&list), "li", "formkoll-budget__share", &[], "")?;
            shares.push((q.clone(), TextSlot::new(li)));
        }
        Ok(BudgetMeter {
            root,
            label: TextSlot::new(label),
            meter,
            shares,
            status: None,
            value: u64::MAX,
        })
    }

    /// The meter's root element.
    pub(crate) fn root(&self) -> &Element {
        &self.root
    }

    /// Shows the limit's total.
    pub(crate) fn show_total(&mut self, l: &LimitResult, lang: Lang) -> Dom<()> {
        let subject = subject_of(l, lang);
        let budget = render(
            lang,
            "budget",
            l.count,
            &[
                ("subject", Arg::Str(&subject)),
                ("count", Arg::Num(l.count)),
                ("max", Arg::Num(l.max)),
            ],
        );
        let tail = if l.over_by > 0 {
            render(
                lang,
                "budget_over",
                l.over_by,
                &[("count", Arg::Num(l.over_by))],
            )
        } else {
            let left = l.remaining.unsigned_abs();
            render(lang, "budget_remaining", left, &[("count", Arg::Num(left))])
        };
        let mut label = budget;
        label.push_str(" — ");
        label.push_str(&tail);
        self.label.set(&label);
        if self.value != l.count {
            self.value = l.count;
            self.meter.set_attribute("max", &digits(l.max))?;
            // Lower is better; the last stretch before the limit is "near".
            self.meter.set_attribute("optimum", "0")?;
            self.meter.set_attribute("low", &digits(l.max / 10 * 9))?;
            self.meter.set_attribute("high", &digits(l.max))?;
            // A meter draws values above max as full; the text says by how much.
            self.meter
                .set_attribute("value", &digits(l.count.min(l.max)))?;
        }
        if self.status != Some(l.status) {
            self.status = Some(l.status);
            let class = match l.status {
                LimitStatus::Exceeded => "formkoll-budget formkoll-budget--over",
                LimitStatus::Near => "formkoll-budget formkoll-budget--near",
                _ => "formkoll-budget",
            };
            self.root.set_attribute("class", class)?;
        }
        Ok(())
    }

    /// Shows one answer's share ("Fråga 2.1: 2 010 tecken").
    pub(crate) fn show_share(&mut self, question: &str, count: u64, lang: Lang) {
        if let Some((_, slot)) = self.shares.iter_mut().find(|(q, _)| q == question) {
            slot.set(&render(
                lang,
                "share_of_question",
                count,
                &[("question", Arg::Str(question)), ("count", Arg::Num(count))],
            ));
        }
    }
}
