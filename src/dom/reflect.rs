//! `Reflect` wrappers: reading, setting and calling a JS object's members
//! by name (`target[name]`, `target[name](a, …)`), through the two
//! imported functions `Reflect.get`/`Reflect.set` instead of one import per
//! property or method. Every call returns a `Result`, never a panic.

use crate::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use super::js_names::js_name;
use super::Dom;

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

/// `target[name] = value`.
pub(crate) fn set_prop(target: &JsValue, name: &'static str, value: &JsValue) {
    let _ = js_sys::Reflect::set(target, js_name(name), value);
}
