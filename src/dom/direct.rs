//! The DOM methods attach() calls once per element or more — createElement,
//! insertAdjacentElement, getAttribute — as imported methods
//! that take their names as cached JS strings (see `js_names`).
//!
//! Through `Reflect` each call was three crossings into JS (the name as a
//! new JS string, `Reflect.get` of the method, `Function.call`); here it is
//! one, and no string is decoded for a name. The rest of the DOM layer's
//! calls are cold and stay on `Reflect` (one imported function for all).
//!
//! ```ignore
//! let el = direct::create(&doc, js_name("div"))?;
//! ```

use crate::prelude::*;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Element;

#[wasm_bindgen]
extern "C" {
    /// Any DOM node (a document or an element): the methods below are
    /// looked up on the object, as `target[name](…)` did.
    type Node;

    #[wasm_bindgen(method, catch, js_name = createElement)]
    fn create_element(this: &Node, tag: &JsValue) -> Result<Element, JsValue>;

    #[wasm_bindgen(method, catch, js_name = insertAdjacentElement)]
    fn insert_adjacent(this: &Node, place: &JsValue, new: &Element) -> Result<JsValue, JsValue>;

    // getAttribute never throws for an element (any name is looked up).
    #[wasm_bindgen(method, js_name = getAttribute)]
    fn get_attribute(this: &Node, name: &JsValue) -> Option<String>;
}

/// `doc.createElement(tag)`.
pub(crate) fn create(doc: &JsValue, tag: &JsValue) -> Result<Element, JsValue> {
    doc.unchecked_ref::<Node>().create_element(tag)
}

/// `anchor.insertAdjacentElement(place, new)`.
pub(crate) fn insert(anchor: &Element, place: &JsValue, new: &Element) -> Result<(), JsValue> {
    anchor.unchecked_ref::<Node>().insert_adjacent(place, new)?;
    Ok(())
}

/// `el.getAttribute(name)`; `None` when it has none.
pub(crate) fn get_attr(el: &Element, name: &JsValue) -> Option<String> {
    el.unchecked_ref::<Node>().get_attribute(name)
}
