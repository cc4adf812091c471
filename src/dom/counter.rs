//! The live counter under each answer, in GOV.UK's character-count pattern:
//!
//! - a visually hidden description ("Svaren i Avsnitt 2 får tillsammans ha
//!   högst 15 000 tecken."), linked from the textarea by `aria-describedby`;
//! - the visible count, `aria-hidden` (a screen reader would read it on every
//!   keystroke): the answer's share of its section and what the section has
//!   left ("2 010 tecken av avsnittets 15 000 · Du har 775 tecken för mycket");
//! - a [`LiveRegion`] that says the same after a pause.
//!
//! Every number comes from the core's session; nothing here counts.

use crate::prelude::*;
use web_sys::{Document, Element};

use crate::{render, Arg, Lang, LimitResult, LimitStatus};

use super::elements::{append, id_of, make, set_id, visually_hidden, Dom, Ids, TextSlot};
use super::live_region::LiveRegion;

/// The counter of one answer.
#[derive(Debug)]
pub(crate) struct Counter {
    root: Element,
    share: TextSlot,
    remaining: TextSlot,
    description: TextSlot,
    live: LiveRegion,
    over: bool,
}

impl Counter {
    /// Creates the counter's elements (not yet in the page): the root (to
    /// insert after the textarea) holds the visible count, the live region
    /// and the description.
    pub(crate) fn new(doc: &Document, ids: &mut Ids) -> Dom<Counter> {
        let root = make(doc, None, "div", "formkoll-count", &[], "")?;
        let visible = make(
            doc,
            Some(&root),
            "div",
            "formkoll-count__visible",
            &[("aria-hidden", "true")],
            "",
        )?;
        let v = Some(&visible);
        let share = make(doc, v, "span", "formkoll-count__share", &[], "")?;
        // Without formkoll.css the two lines must not run together.
        make(doc, v, "br", "", &[], "")?;
        let remaining = make(doc, v, "span", "formkoll-count__remaining", &[], "")?;
        let description = visually_hidden(doc, "formkoll-visually-hidden")?;
        set_id(&description, &ids.make("description"))?;
        let live = LiveRegion::new(doc, &ids.make("live"))?;
        append(&root, live.el())?;
        append(&root, &description)?;
        Ok(Counter {
            root,
            share: TextSlot::new(share),
            remaining: TextSlot::new(remaining),
            description: TextSlot::new(description),
            live,
            over: false,
        })
    }

    /// The element to insert after the textarea.
    pub(crate) fn root(&self) -> &Element {
        &self.root
    }

    /// The id the textarea's `aria-describedby` names.
    pub(crate) fn description_id(&self) -> String {
        id_of(self.description.el())
    }

    /// Shows `count` characters against `limit` (the answer's section budget,
    /// if it has one). Cheap: at most three text writes, and only of what
    /// changed.
    pub(crate) fn show(&mut self, count: u64, limit: Option<&LimitResult>, lang: Lang) -> Dom<()> {
        match limit {
            Some(l) => {
                self.share.set(&render(
                    lang,
                    "question_share",
                    count,
                    &[("count", Arg::Num(count)), ("max", Arg::Num(l.max))],
                ));
                self.remaining.set(&remaining_message(l, lang));
                let subject = subject_of(l, lang);
                self.description.set(&render(
                    lang,
                    "textarea_description_shared",
                    l.max,
                    &[("subject", Arg::Str(&subject)), ("count", Arg::Num(l.max))],
                ));
            }
            None => {
                self.share.set(&render(
                    lang,
                    "answer_characters",
                    count,
                    &[("count", Arg::Num(count))],
                ));
                self.remaining.set("");
            }
        }
        let over = limit.is_some_and(|l| l.status == LimitStatus::Exceeded);
        if over != self.over {
            self.over = over;
            let class = if over {
                "formkoll-count formkoll-count--over"
            } else {
                "formkoll-count"
            };
            self.root.set_attribute("class", class)?;
        }
        Ok(())
    }

    /// Copies the visible message into the live region (after a pause).
    pub(crate) fn announce(&mut self) {
        let text = match (self.remaining.text(), self.share.text()) {
            ("", share) => String::from(share),
            (remaining, share) => {
                let mut t = String::from(remaining);
                t.push_str(". ");
                t.push_str(share);
                t.push('.');
                t
            }
        };
        self.live.announce(&text);
    }
}

/// "Du har 1 234 tecken kvar" / "Du har 775 tecken för mycket" for a budget.
pub(crate) fn remaining_message(l: &LimitResult, lang: Lang) -> String {
    if l.over_by > 0 {
        render(
            lang,
            "characters_over_limit",
            l.over_by,
            &[("count", Arg::Num(l.over_by))],
        )
    } else if l.remaining == 0 {
        render(lang, "characters_at_limit", 0, &[])
    } else {
        let left = l.remaining.unsigned_abs();
        render(
            lang,
            "characters_under_limit",
            left,
            &[("count", Arg::Num(left))],
        )
    }
}

/// "Avsnitt 2" for a section budget, "Frågorna 2.1–2.3" for another one.
pub(crate) fn subject_of(l: &LimitResult, lang: Lang) -> String {
    match &l.section {
        Some(s) => render(lang, "subject.section", 1, &[("section", Arg::Str(s))]),
        None => {
            let range = match (l.questions.first(), l.questions.last()) {
                (Some(a), Some(b)) if a != b => {
                    let mut r = a.clone();
                    r.push('–');
                    r.push_str(b);
                    r
                }
                (Some(a), _) => a.clone(),
                _ => l.id.clone(),
            };
            render(lang, "subject.questions", 1, &[("range", Arg::Str(&range))])
        }
    }
}
