//! Conversions at the boundary: JS values in, plain JS objects and coded JS
//! `Error`s out. Nothing here decides anything about a report.
//!
//! A report or template, as an object or as JSON text, is parsed by the
//! core's JSON parser exactly as the CLI parses a file. Strings from JS may
//! hold lone surrogates; they arrive as U+FFFD (wasm-bindgen's lossy
//! UTF-16 → UTF-8 conversion, mirrored for objects), never as an error.

use crate::prelude::*;
use wasm_bindgen::JsValue;

use crate::json::{self, ToJson};
use crate::{Error, ErrorCode, Lang, Report, Template};

/// Builds a JS `Error` whose `message` is the error's display form and which
/// carries the stable `code` (`"report.invalid"`) and the JSON `path`
/// (`"answers.1.1"`, empty for the whole document) as properties.
///
/// The DOM enhancer reuses this so every failure looks the same to a page.
pub(crate) fn js_error(err: &Error) -> JsValue {
    error_object(err.code(), err.path(), &err.message())
}

/// Builds a JS `Error` with a `code` and a `path` property whose message is
/// the code, `": "` and `detail` (`"lang.unknown: lang must be …"`). The code
/// is an [`ErrorCode`], never a string: with [`js_error`] this is the one
/// place a code is thrown (bindings and the DOM enhancer alike), so every
/// thrown code is in the list the TypeScript union is generated from.
///
/// # Example
///
/// ```ignore
/// let e = coded_error(ErrorCode::ArgumentInvalid, "text", "text must be a string");
/// // e.message == "argument.invalid: text must be a string", e.path == "text"
/// ```
pub(crate) fn coded_error(code: ErrorCode, path: &str, detail: &str) -> JsValue {
    error_object(code, path, &[code.as_str(), ": ", detail].concat())
}

/// The JS `Error` itself: `message`, `code` and `path`.
fn error_object(code: ErrorCode, path: &str, message: &str) -> JsValue {
    let js = js_sys::Error::new(message);
    // Reflect::set only fails on frozen or proxied objects; a fresh Error is
    // neither, and a missing property is better than a trap.
    let _ = js_sys::Reflect::set(&js, &"code".into(), &code.as_str().into());
    let _ = js_sys::Reflect::set(&js, &"path".into(), &path.into());
    js.into()
}

/// Turns a core result into plain JS objects: its JSON text (the core's
/// writer, the same bytes the CLI prints) through `JSON.parse`. One string
/// crosses the boundary; no generic serializer ships (docs/performance.md).
pub(crate) fn to_js<T: ToJson + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    js_sys::JSON::parse(&json::to_string(value))
}

/// Reads a string argument; a JS string with lone surrogates arrives with
/// U+FFFD in their place. Anything else is an `argument.invalid` error
/// naming the parameter.
pub(crate) fn text(value: &JsValue, name: &str) -> Result<String, JsValue> {
    value.as_string().ok_or_else(|| {
        coded_error(
            ErrorCode::ArgumentInvalid,
            name,
            &[name, " must be a string"].concat(),
        )
    })
}

/// Reads an optional language tag: absent means Swedish.
pub(crate) fn lang(value: &JsValue) -> Result<Lang, JsValue> {
    lang_or(value, Lang::default)
}

/// Reads a language tag (`"sv"` or `"en"`), the one reader of the bindings'
/// `lang` arguments and of `attach`'s `lang` option: undefined or null gives
/// `absent()`, anything else is a `lang.unknown` error at `lang`.
///
/// # Example
///
/// ```ignore
/// let lang = lang_or(&"en".into(), Lang::default)?; // Lang::En
/// let lang = lang_or(&JsValue::NULL, || Lang::En)?; // Lang::En
/// // lang_or(&"de".into(), …) throws "lang.unknown: lang must be \"sv\" or \"en\""
/// ```
pub(crate) fn lang_or(value: &JsValue, absent: impl FnOnce() -> Lang) -> Result<Lang, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok(absent());
    }
    value
        .as_string()
        .as_deref()
        .and_then(Lang::parse)
        .ok_or_else(|| {
            coded_error(
                ErrorCode::LangUnknown,
                "lang",
                "lang must be \"sv\" or \"en\"",
            )
        })
}

/// Reads a report given as a JS object or as its JSON text, to be checked
/// against `template` (whose answer limit stops the reading).
pub(crate) fn report(value: &JsValue, template: &Template) -> Result<Report, Error> {
    Report::from_json_for(
        &json_text(
            value,
            ErrorCode::ReportInvalid,
            "a report object or its JSON text",
        )?,
        template,
    )
}

/// Reads a template given as its JSON text or as a plain object.
pub(crate) fn template(value: &JsValue) -> Result<Template, Error> {
    Template::from_json(&json_text(
        value,
        ErrorCode::TemplateInvalid,
        "a template object or its JSON text",
    )?)
}

/// Returns the JSON text of a value: a string as it is, an object through
/// `JSON.stringify`. Objects go through the core's JSON parser too, so a
/// report object gets exactly the CLI's verdict and error paths, and the
/// module carries one deserializer per type instead of two.
fn json_text(value: &JsValue, code: ErrorCode, expected: &str) -> Result<String, Error> {
    let json = match value.as_string() {
        Some(json) => json,
        None if value.is_object() => js_sys::JSON::stringify(value)
            .ok()
            .and_then(|s| s.as_string())
            // Throws on cycles and BigInt; gives undefined for functions.
            .ok_or_else(|| {
                Error::new(
                    code,
                    "",
                    ["expected ", expected, ": not representable as JSON"].concat(),
                )
            })?,
        None => return Err(Error::new(code, "", ["expected ", expected].concat())),
    };
    // Lone-surrogate escapes (JSON.stringify of a JS string holding one) are
    // read as U+FFFD by the core's JSON reader, as for a file.
    Ok(json)
}
