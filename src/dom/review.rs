//! "Rensa texten" as a review: the button opens, next to the answer, every
//! change the core proposes (`crate::fixes`), each with a few words of
//! context, the change marked (`<del>`/`<ins>`) and a checkbox, checked.
//! "Genomför valda ändringar" makes only the checked ones, as one edit;
//! "Ångra rensningen" then brings back the exact text until the person types
//! again. Nothing here is made before the button is first pressed.
//!
//! The edit itself, one step of the browser's undo history, is edit.rs.
//!
//! ```js
//! document.querySelector('[data-formkoll-clean="6.1"]').click();
//! // focus is on the first checkbox of "Fråga 6.1: 3 föreslagna ändringar"
//! document.querySelector('[data-formkoll-review="apply"]').click();
//! ```

use crate::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Event, HtmlTextAreaElement};

use crate::{apply_fixes, fixes, render, Arg, Fix, Lang};

use super::edit::replace;
use super::elements::{
    attr, button, closest, concat, contains, event_element, focus, insert_after, make, prop,
    prop_string, push_digits, query, set_hidden, Dom,
};
use super::enhancer::Enhancer;

/// Attribute of the review's buttons: `apply`, `cancel` or `undo`.
pub(crate) const REVIEW_ATTR: &str = "data-formkoll-review";
const REVIEW_SELECTOR: &str = "[data-formkoll-review]";

/// Words of context shown on each side of a change, and at most this many
/// characters of them.
const CONTEXT_WORDS: usize = 3;
const CONTEXT_CHARS: usize = 40;

/// What a review shows.
enum Shown {
    /// The list, for the answer as it was when the button was pressed.
    List {
        text: String,
        fixes: Vec<Fix>,
        boxes: Vec<Element>,
    },
    /// "Ångra rensningen": `before` comes back while the answer is `after`.
    Undo { before: String, after: String },
}

/// The review of one answer: a `div` after its counter, made when first needed.
pub(super) struct Review {
    field: usize,
    root: Element,
    shown: Option<Shown>,
}

/// The reviews made so far (none until "Rensa texten" is pressed).
#[derive(Default)]
pub(super) struct Reviews(Vec<Review>);

impl Review {
    /// Empties and hides the review.
    fn close(&mut self) -> Dom<()> {
        self.shown = None;
        self.root.set_text_content(None);
        set_hidden(&self.root, true)
    }
}

impl Enhancer {
    /// "Rensa texten" for field `i`: shows its proposed changes and moves
    /// focus to the first checkbox.
    pub(super) fn open_review(&mut self, i: usize) -> Dom<()> {
        let Some(f) = self.fields.get(i) else {
            return Ok(());
        };
        let Some(t) = f.textarea.clone() else {
            return Ok(());
        };
        let q = f.id.clone();
        let text = prop_string(&t, "value");
        let found = fixes(&text);
        let k = self.review_of(i, &t)?;
        let Some(review) = self.reviews.0.get_mut(k) else {
            return Ok(());
        };
        review.close()?;
        if found.is_empty() {
            return Ok(());
        }
        let id = self.ids.make("review");
        let boxes = build(&self.doc, &review.root, self.lang, &q, &id, &text, &found)?;
        set_hidden(&review.root, false)?;
        if let Some(first) = boxes.first() {
            focus(first.unchecked_ref(), false)?;
        }
        review.shown = Some(Shown::List {
            text,
            fixes: found,
            boxes,
        });
        Ok(())
    }

    /// The index in `reviews` of field `i`'s review, made (after the
    /// counter) if it is the first time.
    fn review_of(&mut self, i: usize, t: &HtmlTextAreaElement) -> Dom<usize> {
        if let Some(k) = self.reviews.0.iter().position(|r| r.field == i) {
            return Ok(k);
        }
        let root = make(&self.doc, None, "div", "formkoll-review", &[], "")?;
        let anchor: &Element = match self.fields.get(i).and_then(|f| f.counter.as_ref()) {
            Some(c) => c.root(),
            None => t.as_ref(),
        };
        insert_after(anchor, &root)?;
        self.added.element(&root);
        self.reviews.0.push(Review {
            field: i,
            root,
            shown: None,
        });
        Ok(self.reviews.0.len() - 1)
    }

    /// A click in the form: the review's buttons.
    pub(super) fn on_review_click(&mut self, event: &Event) -> Dom<()> {
        if self.reviews.0.is_empty() {
            return Ok(());
        }
        let Some(button) = event_element(event)
            .map(|el| closest(&el, REVIEW_SELECTOR))
            .transpose()?
            .flatten()
        else {
            return Ok(());
        };
        let Some(k) = self
            .reviews
            .0
            .iter()
            .position(|r| contains(&r.root, &button))
        else {
            return Ok(());
        };
        match attr(&button, REVIEW_ATTR).as_deref() {
            Some("apply") => self.apply_review(k),
            Some("cancel") => self.cancel_review(k),
            Some("undo") => self.undo_review(k),
            _ => Ok(()),
        }
    }

    /// The person typed in field `i`: its open review is stale and its undo
    /// is over. Focus stays where it is.
    pub(super) fn review_typed(&mut self, i: usize) -> Dom<()> {
        match self.reviews.0.iter_mut().find(|r| r.field == i) {
            Some(r) if r.shown.is_some() => r.close(),
            _ => Ok(()),
        }
    }

    /// "Avbryt": nothing changes; focus goes back to "Rensa texten".
    fn cancel_review(&mut self, k: usize) -> Dom<()> {
        let Some(r) = self.reviews.0.get_mut(k) else {
            return Ok(());
        };
        r.close()?;
        let i = r.field;
        self.focus_clean_button(i)
    }

    /// Focuses field `i`'s "Rensa texten" button, else its textarea.
    fn focus_clean_button(&self, i: usize) -> Dom<()> {
        let Some(f) = self.fields.get(i) else {
            return Ok(());
        };
        let mut selector = String::from("[data-formkoll-clean=\"");
        selector.push_str(&f.id);
        selector.push_str("\"]");
        match query(self.summary.root(), &selector).ok().flatten() {
            Some(b) => focus(b.unchecked_ref(), false),
            None => match &f.textarea {
                Some(t) => focus(t.unchecked_ref(), false),
                None => Ok(()),
            },
        }
    }

    /// "Genomför valda ändringar": the checked changes, as one edit.
    fn apply_review(&mut self, k: usize) -> Dom<()> {
        let Some(r) = self.reviews.0.get_mut(k) else {
            return Ok(());
        };
        let i = r.field;
        let Some(Shown::List {
            text: before,
            fixes: mut chosen,
            boxes,
        }) = r.shown.take()
        else {
            return Ok(());
        };
        let mut checked = boxes
            .iter()
            .map(|b| prop(b, "checked").as_bool() == Some(true));
        chosen.retain(|_| checked.next().unwrap_or(false));
        let Some(t) = self.fields.get(i).and_then(|f| f.textarea.clone()) else {
            return Ok(());
        };
        // The answer changed under the list (a script, a draft): show the
        // changes of the text as it is now instead.
        if prop_string(&t, "value") != before {
            return self.open_review(i);
        }
        if chosen.is_empty() {
            return self.cancel_review(k);
        }
        let after = apply_fixes(&before, &chosen);
        replace(&self.doc, &t, &before, &after)?;
        let q = self.fields.get(i).map(|f| f.id.clone()).unwrap_or_default();
        let lang = self.lang;
        if let Some(r) = self.reviews.0.get_mut(k) {
            r.close()?;
            let label = render(lang, "review_undo", 1, &[]);
            button(
                &self.doc,
                Some(&r.root),
                "formkoll-button formkoll-button--secondary",
                &[(REVIEW_ATTR, "undo")],
                &label,
            )?;
            set_hidden(&r.root, false)?;
            r.shown = Some(Shown::Undo { before, after });
        }
        self.sync(i)?;
        let n = chosen.len() as u64;
        let message = render(
            lang,
            "hygiene_applied",
            n,
            &[("question", Arg::Str(&q)), ("count", Arg::Num(n))],
        );
        self.summary.say(&message);
        self.refresh()?;
        focus(t.unchecked_ref(), false)
    }

    /// "Ångra rensningen": the exact text from before the clean-up.
    fn undo_review(&mut self, k: usize) -> Dom<()> {
        let Some(r) = self.reviews.0.get_mut(k) else {
            return Ok(());
        };
        let i = r.field;
        let Some(Shown::Undo { before, after }) = r.shown.take() else {
            return Ok(());
        };
        r.close()?;
        let Some(f) = self.fields.get(i) else {
            return Ok(());
        };
        let (q, t) = (f.id.clone(), f.textarea.clone());
        let Some(t) = t else { return Ok(()) };
        let now = prop_string(&t, "value");
        if now == after {
            replace(&self.doc, &t, &now, &before)?;
            self.sync(i)?;
            let message = render(self.lang, "review_undone", 1, &[("question", Arg::Str(&q))]);
            self.summary.say(&message);
            self.refresh()?;
        }
        focus(t.unchecked_ref(), false)
    }
}

/// Fills `root` with the list of `found` (changes of `text`, question `q`)
/// and its buttons; returns the checkboxes, in the order of `found`.
fn build(
    doc: &Document,
    root: &Element,
    lang: Lang,
    q: &str,
    id: &str,
    text: &str,
    found: &[Fix],
) -> Dom<Vec<Element>> {
    let n = found.len() as u64;
    let hint_id = concat(id, "-hint");
    let fieldset = make(
        doc,
        Some(root),
        "fieldset",
        "formkoll-review__fieldset",
        &[("aria-describedby", &hint_id)],
        "",
    )?;
    let f = Some(&fieldset);
    let legend = render(
        lang,
        "review_legend",
        n,
        &[("question", Arg::Str(q)), ("count", Arg::Num(n))],
    );
    make(doc, f, "legend", "formkoll-review__legend", &[], &legend)?;
    let hint = render(lang, "review_hint", n, &[]);
    make(
        doc,
        f,
        "p",
        "formkoll-review__hint",
        &[("id", &hint_id)],
        &hint,
    )?;
    let list = make(doc, f, "ul", "formkoll-review__list", &[], "")?;
    let (removed, added) = (
        render(lang, "review_removed", 1, &[]),
        render(lang, "review_added", 1, &[]),
    );
    let mut boxes = Vec::with_capacity(found.len());
    for (k, fix) in found.iter().enumerate() {
        let li = make(doc, Some(&list), "li", "formkoll-review__item", &[], "")?;
        let mut box_id = String::from(id);
        box_id.push('-');
        push_digits(&mut box_id, k as u64);
        let check = make(
            doc,
            Some(&li),
            "input",
            "formkoll-review__check",
            &[("type", "checkbox"), ("id", &box_id), ("checked", "")],
            "",
        )?;
        let label = make(
            doc,
            Some(&li),
            "label",
            "formkoll-review__label",
            &[("for", &box_id)],
            "",
        )?;
        let l = Some(&label);
        make(
            doc,
            l,
            "span",
            "formkoll-review__kind",
            &[],
            &kind(lang, fix),
        )?;
        let (left, right) = context(text, fix.start, fix.end);
        let excerpt = make(doc, l, "span", "formkoll-review__context", &[], "")?;
        let e = Some(&excerpt);
        make(doc, e, "span", "", &[], &left)?;
        for (tag, said, part) in [("del", &removed, &fix.before), ("ins", &added, &fix.after)] {
            if part.is_empty() {
                continue;
            }
            let mark = make(doc, e, tag, "", &[], "")?;
            make(
                doc,
                Some(&mark),
                "span",
                "formkoll-visually-hidden",
                &[],
                said,
            )?;
            make(doc, Some(&mark), "span", "", &[], &visible(part))?;
        }
        make(doc, e, "span", "", &[], &right)?;
        boxes.push(check);
    }
    let actions = make(doc, Some(root), "div", "formkoll-review__actions", &[], "")?;
    let a = Some(&actions);
    for (what, key, class) in [
        ("apply", "review_apply", "formkoll-button"),
        (
            "cancel",
            "review_cancel",
            "formkoll-button formkoll-button--secondary",
        ),
    ] {
        let label = render(lang, key, 1, &[]);
        button(doc, a, class, &[(REVIEW_ATTR, what)], &label)?;
    }
    Ok(boxes)
}

/// What kind of change `fix` is ("Osynligt tecken: "), from its finding code.
fn kind(lang: Lang, fix: &Fix) -> String {
    let key = concat("fix.", fix.code.as_str());
    let mut said = render(lang, &key, 1, &[]);
    if said == key {
        said = render(lang, "review_change", 1, &[]);
    }
    said.push_str(": ");
    said
}

/// Up to [`CONTEXT_WORDS`] words of `text` on each side of `start..end`,
/// on the changed line, "…" where a side was cut short.
fn context(text: &str, start: usize, end: usize) -> (String, String) {
    let head = text.get(..start).unwrap_or("");
    let tail = text.get(end..).unwrap_or("");
    let (from, cut) = side(&mut head.char_indices().rev(), head.len(), true);
    let mut l = String::from(if cut { "…" } else { "" });
    l.push_str(head.get(from..).unwrap_or(""));
    let (to, cut) = side(&mut tail.char_indices(), 0, false);
    let mut r = String::from(tail.get(..to).unwrap_or(""));
    if cut {
        r.push('…');
    }
    (l, r)
}

/// Walks `chars` (offset, character) away from a change, from offset
/// `near`, until a line break, [`CONTEXT_WORDS`] words or
/// [`CONTEXT_CHARS`] characters. Returns where the context ends (its start
/// when `left`) and true when it stopped inside the line.
fn side(chars: &mut dyn Iterator<Item = (usize, char)>, near: usize, left: bool) -> (usize, bool) {
    let (mut words, mut n, mut in_word, mut edge) = (0, 0, false, near);
    for (k, c) in chars {
        if c == '\n' || c == '\r' {
            return (edge, false);
        }
        let space = c.is_whitespace();
        if space && in_word {
            words += 1;
            if words == CONTEXT_WORDS {
                return (edge, true);
            }
        }
        if n == CONTEXT_CHARS {
            return (edge, true);
        }
        in_word = !space;
        n += 1;
        edge = if left { k } else { k + c.len_utf8() };
    }
    (edge, false)
}

/// A change's text as it can be seen: a space as "·", a line break as "¶",
/// a tab as "→" (as a word processor shows them) and a character that
/// shows nothing as "◌".
fn visible(part: &str) -> String {
    let mut buf = [0u8; 4];
    let mut out = String::with_capacity(part.len());
    for c in part.chars() {
        out.push(match c {
            '\n' => '¶',
            '\t' => '→',
            c if c.is_whitespace() => '·',
            c if !crate::hygiene::has_visible(c.encode_utf8(&mut buf)) => '◌',
            c => c,
        });
    }
    out
}
