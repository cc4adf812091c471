//! The options of `rules.check(report, options)` and `session.result(options)`:
//! `{ lang?, questions? }`. Only read here; which ids are questions of the
//! template is the core's decision (`question_mask`, src/scope.rs).

use crate::prelude::*;
use js_sys::{Array, Reflect};
use wasm_bindgen::JsValue;

use super::convert::{self, coded_error};
use crate::scope::index_path;
use crate::{ErrorCode, Lang};

/// What a check is asked for: the language, and the questions to narrow the
/// result to (`None`: the whole report).
pub(crate) struct CheckOptions {
    pub(crate) lang: Lang,
    pub(crate) questions: Option<Vec<String>>,
}

/// Reads the second argument of `rules.check`: a language tag (`"sv"`,
/// `"en"`, as before), nothing, or an object `{ lang?, questions? }`.
pub(crate) fn check_options(value: &JsValue) -> Result<CheckOptions, JsValue> {
    if value.is_undefined() || value.is_null() || value.is_string() {
        return Ok(CheckOptions {
            lang: convert::lang(value)?,
            questions: None,
        });
    }
    if !value.is_object() || Array::is_array(value) {
        return Err(invalid("", "options must be a language tag or an object"));
    }
    Ok(CheckOptions {
        lang: convert::lang(&get(value, "lang"))?,
        questions: questions(value)?,
    })
}

/// Reads `questions` of an options object: absent (`undefined`) or an array
/// of strings.
pub(crate) fn questions(options: &JsValue) -> Result<Option<Vec<String>>, JsValue> {
    if options.is_undefined() || options.is_null() {
        return Ok(None);
    }
    let list = get(options, "questions");
    if list.is_undefined() {
        return Ok(None);
    }
    if !Array::is_array(&list) {
        return Err(invalid(
            "questions",
            "questions must be an array of question ids",
        ));
    }
    Array::from(&list)
        .iter()
        .enumerate()
        .map(|(i, id)| {
            id.as_string()
                .ok_or_else(|| invalid(&index_path(i), "a question id must be a string"))
        })
        .collect::<Result<Vec<_>, _>>()
        .map(Some)
}

fn get(object: &JsValue, key: &str) -> JsValue {
    // A getter that throws reads as absent, as a missing key does.
    Reflect::get(object, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

fn invalid(path: &str, reason: &str) -> JsValue {
    let message = [ErrorCode::OptionsInvalid.as_str(), ": ", reason].concat();
    coded_error(ErrorCode::OptionsInvalid, path, &message)
}
