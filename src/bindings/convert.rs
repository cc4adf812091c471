//! Conversions at the boundary: Rust errors become JS `Error`s with a
//! `code` and a `path`; serializable results become plain JS objects.

use wasm_bindgen::JsValue;

/// Builds a JS `Error` whose `message` is the error's display form and which
/// carries the stable `code` (`"report.invalid"`) and the JSON `path`
/// (`"answers.1.1"`, empty for the whole document) as properties.
///
/// The DOM enhancer reuses this so every failure looks the same to a page.
pub(crate) fn js_error(err: &crate::Error) -> JsValue {
    let js = js_sys::Error::new(&err.to_string());
    // Reflect::set only fails on frozen or proxied objects; a fresh Error is
    // neither, and a missing property is better than a trap.
    let _ = js_sys::Reflect::set(&js, &"code".into(), &err.code().as_str().into());
    let _ = js_sys::Reflect::set(&js, &"path".into(), &err.path().into());
    js.into()
}
