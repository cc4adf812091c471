//! Small DOM helpers that cannot inject markup: elements are created by tag
//! name and filled with `textContent` only, found, inserted and shown or
//! hidden; every call returns a `Result` instead of panicking.
//!
//! The other helpers of the DOM layer each have a file, re-exported here so
//! the enhancer names one module: `Reflect` wrappers (reflect.rs), digits
//! (digits.rs), ids (ids.rs), the undo log of `detach()` (added.rs) and
//! timers (timer.rs).

use crate::prelude::*;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, Window};

#[path = "js_names.rs"]
pub(crate) mod js_names;
use js_names::js_name;
#[path = "added.rs"]
mod added;
#[path = "digits.rs"]
mod digits;
#[path = "direct.rs"]
mod direct;
#[path = "ids.rs"]
mod ids;
#[path = "reflect.rs"]
mod reflect;
#[path = "timer.rs"]
mod timer;

pub(crate) use added::Added;
pub(crate) use digits::{digits, parse_digits, push_digits};
pub(crate) use ids::Ids;
pub(crate) use reflect::{call0, call1, call2, call3, prop, prop_string, set_prop};
pub(crate) use timer::Debounce;

/// A DOM call's result: a JS exception becomes an `Err`, never a panic.
pub(crate) type Dom<T> = Result<T, JsValue>;

#[wasm_bindgen]
extern "C" {
    /// `globalThis`: one imported accessor, where `web_sys::window()` goes
    /// through `js_sys::global()` and its four (`globalThis`, `self`,
    /// `window`, `global`) — every browser formkoll supports has
    /// `globalThis`, and it is the window there.
    #[wasm_bindgen(thread_local_v2, js_name = globalThis)]
    static GLOBAL_THIS: JsValue;
}

/// Returns the window, or an error outside a browser page.
pub(crate) fn window() -> Dom<Window> {
    GLOBAL_THIS
        .with(JsValue::clone)
        .dyn_into::<Window>()
        .map_err(|_| JsValue::from_str("formkoll: no window"))
}

/// Returns the document of the window.
pub(crate) fn document() -> Dom<Document> {
    let window = window()?;
    let doc = prop(&window, "document");
    if doc.is_undefined() || doc.is_null() {
        return Err(JsValue::from_str("formkoll: no document"));
    }
    Ok(doc.unchecked_into())
}

/// `v` as an element (`None` for null and anything else).
fn element_of(v: JsValue) -> Option<Element> {
    v.dyn_into::<Element>().ok()
}

/// `root.querySelector(selector)`; an invalid selector is an `Err`.
pub(crate) fn query(root: &Element, selector: &str) -> Dom<Option<Element>> {
    call1(root, "querySelector", &JsValue::from_str(selector)).map(element_of)
}

/// `el.closest(selector)`; an invalid selector is an `Err`.
pub(crate) fn closest(el: &Element, selector: &str) -> Dom<Option<Element>> {
    call1(el, "closest", &JsValue::from_str(selector)).map(element_of)
}

/// `el.matches(selector)`; an invalid selector is an `Err`.
pub(crate) fn matches(el: &Element, selector: &str) -> Dom<bool> {
    call1(el, "matches", &JsValue::from_str(selector)).map(|v| v.is_truthy())
}

/// `document.documentElement`.
pub(crate) fn root_element(doc: &Document) -> Option<Element> {
    element_of(prop(doc, "documentElement"))
}

/// `document.getElementById(id)`.
pub(crate) fn by_id(doc: &Document, id: &str) -> Option<Element> {
    element_of(call1(doc, "getElementById", &JsValue::from_str(id)).ok()?)
}

/// True if and only if `node` is `root` or inside it (`root.contains(node)`).
pub(crate) fn contains(root: &Element, node: &Element) -> bool {
    call1(root, "contains", node).is_ok_and(|v| v.is_truthy())
}

/// Creates `<tag class="class">`. The class names are ours, never text from
/// a template or a person.
pub(crate) fn element(doc: &Document, tag: &'static str, class: &str) -> Dom<Element> {
    let el = direct::create(doc, js_name(tag))?;
    if !class.is_empty() {
        el.set_attribute("class", class)?;
    }
    Ok(el)
}

/// Creates `<tag class="class">text</tag>`, the text set as a text node.
#[cfg(feature = "importer")]
pub(crate) fn element_with_text(
    doc: &Document,
    tag: &'static str,
    class: &str,
    text: &str,
) -> Dom<Element> {
    let el = element(doc, tag, class)?;
    el.set_text_content(Some(text));
    Ok(el)
}

/// Creates `<tag class="class" name="value" …>text</tag>` (the text as a
/// text node; no class, attribute or text when empty) and appends it to
/// `parent` when there is one. The enhancer's markup is made here, one call
/// per element with its attributes as data, instead of a sequence of calls
/// (each with its own error path) at every element.
#[inline(never)]
pub(crate) fn make(
    doc: &Document,
    parent: Option<&Element>,
    tag: &'static str,
    class: &str,
    attrs: &[(&str, &str)],
    text: &str,
) -> Dom<Element> {
    let el = element(doc, tag, class)?;
    for (name, value) in attrs {
        el.set_attribute(name, value)?;
    }
    if !text.is_empty() {
        el.set_text_content(Some(text));
    }
    if let Some(parent) = parent {
        append(parent, &el)?;
    }
    Ok(el)
}

/// Creates `<button type="button" class="class" name="value" …>label</button>`
/// and appends it to `parent` when there is one: every button the enhancer
/// adds (review, summary, drafts, importer) is made here. `attrs` are the
/// button's own, usually the `data-formkoll-*` attribute that names what it
/// does.
///
/// # Example
///
/// ```ignore
/// button(&doc, Some(&actions), "formkoll-button", &[(REVIEW_ATTR, "apply")], "Genomför")?;
/// ```
pub(crate) fn button(
    doc: &Document,
    parent: Option<&Element>,
    class: &str,
    attrs: &[(&str, &str)],
    label: &str,
) -> Dom<Element> {
    let el = make(doc, None, "button", class, &[("type", "button")], label)?;
    for (name, value) in attrs {
        el.set_attribute(name, value)?;
    }
    if let Some(parent) = parent {
        append(parent, &el)?;
    }
    Ok(el)
}

/// Creates `<div class="formkoll-visually-hidden …">` (`class` starts with
/// it): there for a screen reader, invisible on the page — even without
/// formkoll.css. The strict CSP (`style-src 'self'`) blocks `style="…"` in
/// markup and `<style>`, but not CSSOM: `element.style.cssText` is set.
pub(crate) fn visually_hidden(doc: &Document, class: &str) -> Dom<Element> {
    let el = element(doc, "div", class)?;
    // CSSOM, which the strict CSP allows: `el.style.cssText = …`.
    set_prop(
        &prop(&el, "style"),
        "cssText",
        // One JS string for every hidden element, made the first time.
        js_name(
            "position:absolute!important;width:1px!important;height:1px!important;\
             margin:0!important;padding:0!important;overflow:hidden!important;\
             clip:rect(0 0 0 0)!important;clip-path:inset(50%)!important;\
             border:0!important;white-space:nowrap!important",
        ),
    );
    Ok(el)
}

/// `anchor.insertAdjacentElement(place, new)`: every insertion, called
/// through `Reflect` like the other cold DOM calls (no imported function).
fn insert(anchor: &Element, place: &'static str, new: &Element) -> Dom<()> {
    direct::insert(anchor, js_name(place), new)
}

/// Appends `child` to `parent`.
pub(crate) fn append(parent: &Element, child: &Element) -> Dom<()> {
    insert(parent, "beforeend", child)
}

/// Inserts `child` as the first child of `parent`.
pub(crate) fn prepend(parent: &Element, child: &Element) -> Dom<()> {
    insert(parent, "afterbegin", child)
}

/// Sets an element's `id`.
pub(crate) fn set_id(el: &Element, id: &str) -> Dom<()> {
    el.set_attribute("id", id)
}

/// An element's `id` ("" when it has none), as `element.id` reads it.
pub(crate) fn id_of(el: &Element) -> String {
    attr(el, "id").unwrap_or_default()
}

/// `el.getAttribute(name)` (one imported call: attach() reads ~300).
pub(crate) fn attr(el: &Element, name: &'static str) -> Option<String> {
    direct::get_attr(el, js_name(name))
}

/// `el.removeAttribute(name)`.
pub(crate) fn remove_attr(el: &Element, name: &'static str) -> Dom<()> {
    call1(el, "removeAttribute", js_name(name))?;
    Ok(())
}

/// The parent element of `el`, if it has one.
pub(crate) fn parent_of(el: &Element) -> Option<Element> {
    prop(el, "parentElement").dyn_into::<Element>().ok()
}

/// Focuses `el` (an HTML element), optionally without scrolling: one
/// imported `focus(options)` for both.
pub(crate) fn focus(el: &web_sys::HtmlElement, prevent_scroll: bool) -> Dom<()> {
    let options = js_sys::Object::new();
    if prevent_scroll {
        set_prop(&options, "preventScroll", &JsValue::TRUE);
    }
    call1(el, "focus", &options)?;
    Ok(())
}

/// Inserts `new` right after `anchor`.
pub(crate) fn insert_after(anchor: &Element, new: &Element) -> Dom<()> {
    insert(anchor, "afterend", new)
}

/// Inserts `new` right before `anchor`.
pub(crate) fn insert_before(anchor: &Element, new: &Element) -> Dom<()> {
    insert(anchor, "beforebegin", new)
}

/// Shows or hides an element with the `hidden` attribute (no inline style,
/// so it works under `style-src 'self'`).
pub(crate) fn set_hidden(el: &Element, hidden: bool) -> Dom<()> {
    if hidden {
        el.set_attribute("hidden", "")
    } else {
        remove_attr(el, "hidden")
    }
}

/// The elements under `root` that match `selector`, in document order.
pub(crate) fn elements_of(root: &Element, selector: &str) -> Dom<Vec<Element>> {
    let list = call1(root, "querySelectorAll", &JsValue::from_str(selector))?;
    Ok(js_sys::Array::from(&list)
        .iter()
        .filter_map(element_of)
        .collect())
}

/// Returns the element `event.target` points at, if it is an element.
pub(crate) fn event_element(event: &web_sys::Event) -> Option<Element> {
    prop(event, "target").dyn_into::<Element>().ok()
}

/// `a` followed by `b`.
pub(crate) fn concat(a: &str, b: &str) -> String {
    let mut s = String::with_capacity(a.len() + b.len());
    s.push_str(a);
    s.push_str(b);
    s
}

/// A text shown in an element, written to the DOM only when it changes:
/// most refreshes change nothing, and a DOM write costs far more than a
/// string comparison.
#[derive(Debug)]
pub(crate) struct TextSlot {
    el: Element,
    shown: String,
}

impl TextSlot {
    /// Wraps `el`, whose current text is assumed empty.
    pub(crate) fn new(el: Element) -> TextSlot {
        TextSlot {
            el,
            shown: String::new(),
        }
    }

    /// Shows `text` (as text, never markup).
    pub(crate) fn set(&mut self, text: &str) {
        if self.shown != text {
            self.el.set_text_content(Some(text));
            self.shown.clear();
            self.shown.push_str(text);
        }
    }

    /// The text shown now.
    pub(crate) fn text(&self) -> &str {
        &self.shown
    }

    /// The element.
    pub(crate) fn el(&self) -> &Element {
        &self.el
    }
}
