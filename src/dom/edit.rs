//! One edit of a textarea's text that the browser can undo (the review of
//! "Rensa texten", review.rs, makes its changes here): the changed span is
//! selected and replaced with `document.execCommand('insertText')`. In
//! Chromium (and Firefox) that is one step of the browser's own undo
//! history — Ctrl+Z takes it back — and the browser fires `input` for the
//! page's listeners; `setRangeText` and `value = …` would both lose the
//! history (checked in Chromium: after either, `execCommand('undo')` leaves
//! the text as it is). Where the command is missing or edits otherwise, the
//! value is set and an `input` event dispatched, so the text is exactly the
//! one wanted either way.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, HtmlElement, HtmlTextAreaElement};

use super::elements::{call1, call2, call3, focus, prop_string, set_prop, Dom};

/// Replaces the textarea's text `from` (its value now) by `to` as one edit:
/// the span between what the two share at their start and end is selected
/// and typed over with `execCommand('insertText')`, which keeps the
/// browser's undo history (see the module doc). If the value is then
/// not exactly `to`, it is set, and `input` is dispatched for the page.
pub(super) fn replace(doc: &Document, t: &HtmlTextAreaElement, from: &str, to: &str) -> Dom<()> {
    let (start, end_from, end_to) = changed_span(from, to);
    let units = |s: &str, end: usize| {
        JsValue::from_f64(s.get(..end).map_or(0, |p| p.encode_utf16().count()) as f64)
    };
    let el: &HtmlElement = t.as_ref();
    focus(el, false)?;
    call2(
        t,
        "setSelectionRange",
        &units(from, start),
        &units(from, end_from),
    )?;
    let typed = to.get(start..end_to).unwrap_or("");
    let done = call3(
        doc,
        "execCommand",
        &JsValue::from_str("insertText"),
        &JsValue::FALSE,
        &JsValue::from_str(typed),
    )
    .is_ok_and(|v| v.is_truthy());
    if !done || prop_string(t, "value") != to {
        set_prop(t, "value", &JsValue::from_str(to));
        let init = js_sys::Object::new();
        set_prop(&init, "bubbles", &JsValue::TRUE);
        // Formkoll's own listener is busy now and skips it; the page's hear it.
        if let Ok(event) =
            web_sys::CustomEvent::new_with_event_init_dict("input", init.unchecked_ref())
        {
            call1(t, "dispatchEvent", &event)?;
        }
    }
    Ok(())
}

/// Where `from` and `to` differ: (start, end in `from`, end in `to`), byte
/// offsets on character boundaries; the bytes before `start` and after the
/// ends are the same in both.
fn changed_span(from: &str, to: &str) -> (usize, usize, usize) {
    let (a, b) = (from.as_bytes(), to.as_bytes());
    let mut start = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    while start > 0 && !(from.is_char_boundary(start) && to.is_char_boundary(start)) {
        start -= 1;
    }
    let room = a.len().min(b.len()) - start;
    let mut tail = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take(room)
        .take_while(|(x, y)| x == y)
        .count();
    while tail > 0
        && !(from.is_char_boundary(a.len() - tail) && to.is_char_boundary(b.len() - tail))
    {
        tail -= 1;
    }
    (start, a.len() - tail, b.len() - tail)
}
