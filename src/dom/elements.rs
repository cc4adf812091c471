//! Small DOM helpers that cannot inject markup: elements are created by tag
//! name and filled with `textContent` only, and every call returns a
//! `Result` instead of panicking.
//!
//! Everything the enhancer adds to a page goes through [`Added`], so
//! `detach()` can take exactly that back out again.

use crate::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, Window};

/// A DOM call's result: a JS exception becomes an `Err`, never a panic.
pub(crate) type Dom<T> = Result<T, JsValue>;

/// Returns the window, or an error outside a browser page.
pub(crate) fn window() -> Dom<Window> {
    web_sys::window().ok_or_else(|| JsValue::from_str("formkoll: no window"))
}

/// Returns the document of the window.
pub(crate) fn document() -> Dom<Document> {
    window()?
        .document()
        .ok_or_else(|| JsValue::from_str("formkoll: no document"))
}

/// Creates `<tag class="class">`. The class names are ours, never text from
/// a template or a person.
pub(crate) fn element(doc: &Document, tag: &str, class: &str) -> Dom<Element> {
    let el = doc.create_element(tag)?;
    if !class.is_empty() {
        el.set_attribute("class", class)?;
    }
    Ok(el)
}

/// Creates `<tag class="class">text</tag>`, the text set as a text node.
pub(crate) fn element_with_text(
    doc: &Document,
    tag: &str,
    class: &str,
    text: &str,
) -> Dom<Element> {
    let el = element(doc, tag, class)?;
    el.set_text_content(Some(text));
    Ok(el)
}

/// Creates `<tag class="formkoll-visually-hidden …">`: there for a screen
/// reader, invisible on the page — even without formkoll.css. The strict
/// CSP (`style-src 'self'`) blocks `style="…"` in markup and `<style>`,
/// but not CSSOM: `element.style.cssText` is set.
pub(crate) fn visually_hidden(doc: &Document, tag: &str, class: &str) -> Dom<Element> {
    let mut classes = String::from("formkoll-visually-hidden");
    if !class.is_empty() {
        classes.push(' ');
        classes.push_str(class);
    }
    let el = element(doc, tag, &classes)?;
    // CSSOM, which the strict CSP allows: `el.style.cssText = …`.
    set_prop(
        &prop(&el, "style"),
        "cssText",
        &JsValue::from_str(
            "position:absolute!important;width:1px!important;height:1px!important;\
             margin:0!important;padding:0!important;overflow:hidden!important;\
             clip:rect(0 0 0 0)!important;clip-path:inset(50%)!important;\
             border:0!important;white-space:nowrap!important",
        ),
    );
    Ok(el)
}

/// Appends `child` to `parent`. All insertions go through
/// `insertAdjacentElement`: one imported DOM function instead of three.
pub(crate) fn append(parent: &Element, child: &Element) -> Dom<()> {
    parent.insert_adjacent_element("beforeend", child)?;
    Ok(())
}

/// Inserts `child` as the first child of `parent`.
pub(crate) fn prepend(parent: &Element, child: &Element) -> Dom<()> {
    parent.insert_adjacent_element("afterbegin", child)?;
    Ok(())
}

/// Sets an element's `id`.
pub(crate) fn set_id(el: &Element, id: &str) -> Dom<()> {
    el.set_attribute("id", id)
}

/// An element's `id` ("" when it has none), as `element.id` reads it.
pub(crate) fn id_of(el: &Element) -> String {
    el.get_attribute("id").unwrap_or_default()
}

/// `target[name]`: the DOM properties formkoll reads (`value`, `checked`,
/// `type`, `labels`, `title`) through one imported function instead of
/// one per property.
pub(crate) fn prop(target: &JsValue, name: &str) -> JsValue {
    js_sys::Reflect::get(target, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

/// `target[name]` as a string ("" when it is not one).
pub(crate) fn prop_string(target: &JsValue, name: &str) -> String {
    prop(target, name).as_string().unwrap_or_default()
}

/// Calls `target[name]()`; a JS exception (or no such method) is an `Err`.
pub(crate) fn call0(target: &JsValue, name: &str) -> Dom<JsValue> {
    prop(target, name)
        .unchecked_into::<js_sys::Function>()
        .call0(target)
}

/// The parent element of `el`, if it has one.
pub(crate) fn parent_of(el: &Element) -> Option<Element> {
    prop(el, "parentElement").dyn_into::<Element>().ok()
}

/// `target[name] = value`.
pub(crate) fn set_prop(target: &JsValue, name: &str, value: &JsValue) {
    let _ = js_sys::Reflect::set(target, &JsValue::from_str(name), value);
}

/// Focuses `el` (an HTML element), optionally without scrolling: one
/// imported `focus(options)` for both.
pub(crate) fn focus(el: &web_sys::HtmlElement, prevent_scroll: bool) -> Dom<()> {
    let options = js_sys::Object::new();
    if prevent_scroll {
        set_prop(&options, "preventScroll", &JsValue::TRUE);
    }
    el.focus_with_options(options.unchecked_ref())
}

/// Inserts `new` right after `anchor`.
pub(crate) fn insert_after(anchor: &Element, new: &Element) -> Dom<()> {
    anchor.insert_adjacent_element("afterend", new)?;
    Ok(())
}

/// Inserts `new` right before `anchor`.
pub(crate) fn insert_before(anchor: &Element, new: &Element) -> Dom<()> {
    anchor.insert_adjacent_element("beforebegin", new)?;
    Ok(())
}

/// Shows or hides an element with the `hidden` attribute (no inline style,
/// so it works under `style-src 'self'`).
pub(crate) fn set_hidden(el: &Element, hidden: bool) -> Dom<()> {
    if hidden {
        el.set_attribute("hidden", "")
    } else {
        el.remove_attribute("hidden")
    }
}

/// The elements under `root` that match `selector`, in document order.
pub(crate) fn elements_of(root: &Element, selector: &str) -> Dom<Vec<Element>> {
    let list = root.query_selector_all(selector)?;
    Ok((0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
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
        el.remove_attribute(name)
    }

    fn remember(&mut self, el: &Element, name: &'static str) {
        let seen = self
            .attributes
            .iter()
            .any(|r| r.name == name && r.el == *el);
        if !seen {
            self.attributes.push(Restore {
                el: el.clone(),
                name,
                old: el.get_attribute(name),
            });
        }
    }

    /// Removes every element we added and restores every attribute. Keeps
    /// going after a failure so one odd element cannot leave the rest behind.
    pub(crate) fn undo(&mut self) {
        for el in self.elements.drain(..).rev() {
            el.remove();
        }
        for r in self.attributes.drain(..).rev() {
            let _ = match r.old {
                Some(v) => r.el.set_attribute(r.name, &v),
                None => r.el.remove_attribute(r.name),
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
