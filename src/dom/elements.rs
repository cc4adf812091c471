//! Small DOM helpers that cannot inject markup: elements are created by tag
//! name and filled with `textContent` only, and every call returns a
//! `Result` instead of panicking.
//!
//! Everything the enhancer adds to a page goes through [`Added`], so
//! `detach()` can take exactly that back out again.

use crate::prelude::*;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, Window};

#[path = "js_names.rs"]
pub(crate) mod js_names;
use js_names::js_name;
#[path = "direct.rs"]
mod direct;

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

/// `target[name]`: the DOM properties formkoll reads (`value`, `checked`,
/// `type`, `labels`, `title`) through one imported function instead of
/// one per property.
pub(crate) fn prop(target: &JsValue, name: &'static str) -> JsValue {
    js_sys::Reflect::get(target, js_name(name)).unwrap_or(JsValue::UNDEFINED)
}

/// `target[name]` as a string ("" when it is not one).
pub(crate) fn prop_string(target: &JsValue, name: &'static str) -> String {
    prop(target, name).as_string().unwrap_or_default()
}

/// Calls `target[name]()`; a JS exception (or no such method) is an `Err`.
pub(crate) fn call0(target: &JsValue, name: &'static str) -> Dom<JsValue> {
    prop(target, name)
        .unchecked_into::<js_sys::Function>()
        .call0(target)
}

/// Calls `target[name](a)`; a JS exception (or no such method) is an `Err`.
pub(crate) fn call1(target: &JsValue, name: &'static str, a: &JsValue) -> Dom<JsValue> {
    prop(target, name)
        .unchecked_into::<js_sys::Function>()
        .call1(target, a)
}

/// Calls `target[name](a, b)`; a JS exception (or no such method) is an `Err`.
pub(crate) fn call2(
    target: &JsValue,
    name: &'static str,
    a: &JsValue,
    b: &JsValue,
) -> Dom<JsValue> {
    prop(target, name)
        .unchecked_into::<js_sys::Function>()
        .call2(target, a, b)
}

/// Calls `target[name](a, b, c)`; a JS exception (or no such method) is an `Err`.
pub(crate) fn call3(
    target: &JsValue,
    name: &'static str,
    a: &JsValue,
    b: &JsValue,
    c: &JsValue,
) -> Dom<JsValue> {
    prop(target, name)
        .unchecked_into::<js_sys::Function>()
        .call3(target, a, b, c)
}

/// The parent element of `el`, if it has one.
pub(crate) fn parent_of(el: &Element) -> Option<Element> {
    prop(el, "parentElement").dyn_into::<Element>().ok()
}

/// `target[name] = value`.
pub(crate) fn set_prop(target: &JsValue, name: &'static str, value: &JsValue) {
    let _ = js_sys::Reflect::set(target, js_name(name), value);
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

/// Appends `n` in decimal digits ("15000"): the JSON writer's, so the DOM
/// layer carries no `core::fmt` and no second digit writer.
pub(crate) use crate::json::write::push_u64 as push_digits;

/// `n` in decimal digits, for an attribute value.
pub(crate) fn digits(n: u64) -> String {
    let mut s = String::new();
    push_digits(&mut s, n);
    s
}

/// The number `s` writes in decimal digits — 1 to 15 of them, so it is
/// exact as an `f64` too — or `None` for anything else (a sign, a space,
/// a point): no `core::str::parse` for the DOM layer's few numbers.
pub(crate) fn parse_digits(s: &str) -> Option<u64> {
    if s.is_empty() || s.len() > 15 {
        return None;
    }
    s.bytes().try_fold(0u64, |n, b| {
        b.is_ascii_digit().then(|| n * 10 + u64::from(b - b'0'))
    })
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

/// Unique ids for the elements we add, so `aria-describedby`,
/// `aria-labelledby` and summary links can point at them.
#[derive(Debug)]
pub(crate) struct Ids {
    prefix: String,
    next: u32,
}

thread_local! {
    static ATTACHED: core::cell::Cell<u32> = const { core::cell::Cell::new(0) };
}

impl Ids {
    /// A fresh id space: "formkoll-1-…", "formkoll-2-…" for each attach,
    /// so two enhanced forms on one page never share an id.
    pub(crate) fn new() -> Ids {
        let n = ATTACHED.with(|c| {
            let n = c.get().wrapping_add(1);
            c.set(n);
            n
        });
        let mut prefix = String::from("formkoll-");
        push_digits(&mut prefix, u64::from(n));
        prefix.push('-');
        Ids { prefix, next: 0 }
    }

    /// Returns a new id ending in `what` ("count", "live", …).
    pub(crate) fn make(&mut self, what: &str) -> String {
        self.next += 1;
        let mut id = self.prefix.clone();
        push_digits(&mut id, u64::from(self.next));
        id.push('-');
        id.push_str(what);
        id
    }

    /// Returns a new id ending in `what` and `n` ("answer-3").
    pub(crate) fn make_numbered(&mut self, what: &str, n: usize) -> String {
        let mut id = self.make(what);
        push_digits(&mut id, n as u64);
        id
    }
}

/// An attribute changed on a page element, with the value to put back.
#[derive(Debug)]
struct Restore {
    el: Element,
    name: &'static str,
    old: Option<String>,
}

/// What the enhancer added to the page: elements to remove and attributes
/// to restore on `detach()`.
#[derive(Debug, Default)]
pub(crate) struct Added {
    elements: Vec<Element>,
    attributes: Vec<Restore>,
    /// Per attribute name, the elements in `attributes` with it: a JS
    /// array's `includes` answers "seen?" in one call, where comparing with
    /// each remembered element (`Object.is`) was one call per element,
    /// O(n²) at attach.
    touched: Vec<(&'static str, js_sys::Array)>,
}

impl Added {
    /// Remembers an element we inserted.
    pub(crate) fn element(&mut self, el: &Element) {
        self.elements.push(el.clone());
    }

    /// Sets an attribute on a page element, remembering its old value the
    /// first time it is touched.
    pub(crate) fn set_attribute(
        &mut self,
        el: &Element,
        name: &'static str,
        value: &str,
    ) -> Dom<()> {
        self.remember(el, name);
        el.set_attribute(name, value)
    }

    /// Removes an attribute from a page element, remembering its old value.
    pub(crate) fn remove_attribute(&mut self, el: &Element, name: &'static str) -> Dom<()> {
        self.remember(el, name);
        remove_attr(el, name)
    }

    fn remember(&mut self, el: &Element, name: &'static str) {
        if !self.touched.iter().any(|(n, _)| *n == name) {
            // `Array.from({})`: an empty array from two functions the
            // module imports anyway (a Set would add three, +264 B gzip).
            let list = js_sys::Array::from(&js_sys::Object::new());
            self.touched.push((name, list));
        }
        let Some((_, list)) = self.touched.iter().find(|(n, _)| *n == name) else {
            return;
        };
        if !call1(list, "includes", el).is_ok_and(|v| v.is_truthy()) {
            let _ = call1(list, "push", el);
            self.attributes.push(Restore {
                el: el.clone(),
                name,
                old: attr(el, name),
            });
        }
    }

    /// Removes every element we added and restores every attribute. Keeps
    /// going after a failure so one odd element cannot leave the rest behind.
    pub(crate) fn undo(&mut self) {
        for el in self.elements.drain(..).rev() {
            let _ = call0(&el, "remove");
        }
        self.touched.clear();
        for r in self.attributes.drain(..).rev() {
            let _ = match r.old {
                Some(v) => r.el.set_attribute(r.name, &v),
                None => remove_attr(&r.el, r.name),
            };
        }
    }
}

/// A pending `setTimeout`, restarted by each call to [`Debounce::schedule`]:
/// the callback runs once, `ms` after the last call.
#[derive(Debug, Default)]
pub(crate) struct Debounce {
    id: Option<i32>,
}

impl Debounce {
    /// (Re)starts the timer.
    pub(crate) fn schedule(&mut self, window: &Window, callback: &js_sys::Function, ms: i32) {
        self.cancel(window);
        self.id = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(callback, ms)
            .ok();
    }

    /// Stops the timer if it is pending.
    pub(crate) fn cancel(&mut self, window: &Window) {
        if let Some(id) = self.id.take() {
            window.clear_timeout_with_handle(id);
        }
    }

    /// Forgets the timer after it fired.
    pub(crate) fn fired(&mut self) {
        self.id = None;
    }

    /// Returns true if and only if the timer is pending.
    pub(crate) fn is_pending(&self) -> bool {
        self.id.is_some()
    }
}
