//! The options of `attach(form, options)`: `{ rules?, lang?, draftKey? }`.
//!
//! Options are read before the page is touched, so a bad option throws a
//! coded error and leaves the form exactly as it was.

use std::sync::Arc;

use js_sys::{Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::{ErrorCode, Lang, Template};

/// A JS `Error` with a `code` and a `path`, like the ones the bindings throw
/// (the message starts with the code).
pub(crate) fn coded_error(code: ErrorCode, path: &str, message: &str) -> JsValue {
    crate::bindings::coded_error(code, path, &format!("{}: {message}", code.as_str()))
}

/// Read options.
#[derive(Debug)]
pub(crate) struct Config {
    /// The template whose rules apply.
    pub(crate) template: Arc<Template>,
    /// The language of every message.
    pub(crate) lang: Lang,
    /// Where drafts are kept (`None`: drafts are off).
    pub(crate) draft_key: Option<String>,
}

impl Config {
    /// Reads `options` (undefined, null or an object).
    ///
    /// Without `lang`, the nearest `lang` attribute of the form decides, and
    /// Swedish is the default.
    pub(crate) fn read(options: &JsValue, form: &web_sys::Element) -> Result<Config, JsValue> {
        let get = |name: &str| -> Result<JsValue, JsValue> {
            if options.is_undefined() || options.is_null() {
                return Ok(JsValue::UNDEFINED);
            }
            if !options.is_object() {
                return Err(coded_error(
                    ErrorCode::OptionsInvalid,
                    "",
                    "options must be an object",
                ));
            }
            Reflect::get(options, &name.into())
        };
        let template = match get("rules")? {
            v if v.is_undefined() || v.is_null() => Arc::new(Template::default_template()),
            rules => template_of(&rules)?,
        };
        let lang = match get("lang")? {
            v if v.is_undefined() || v.is_null() => page_lang(form).unwrap_or_default(),
            v => v
                .as_string()
                .as_deref()
                .and_then(Lang::parse)
                .ok_or_else(|| {
                    coded_error(
                        ErrorCode::LangUnknown,
                        "lang",
                        "lang must be \"sv\" or \"en\"",
                    )
                })?,
        };
        let draft_key = match get("draftKey")? {
            v if v.is_undefined() || v.is_null() => None,
            v => match v.as_string() {
                Some(k) if !k.is_empty() => Some(k),
                _ => {
                    return Err(coded_error(
                        ErrorCode::OptionsInvalid,
                        "draftKey",
                        "draftKey must be a non-empty string",
                    ))
                }
            },
        };
        Ok(Config {
            template,
            lang,
            draft_key,
        })
    }
}

/// The template of a `Rules` object. `Rules` is a Rust object owned by JS;
/// taking it by value would empty the caller's object, so we ask it for its
/// template (`rules.template()`, a plain object) and read that as JSON —
/// once, at attach time.
fn template_of(rules: &JsValue) -> Result<Arc<Template>, JsValue> {
    let not_rules = || {
        coded_error(
            ErrorCode::OptionsInvalid,
            "rules",
            "rules must be a Rules object",
        )
    };
    let method = Reflect::get(rules, &"template".into())?
        .dyn_into::<Function>()
        .map_err(|_| not_rules())?;
    let data = method.call0(rules)?;
    let json = js_sys::JSON::stringify(&data)?
        .as_string()
        .ok_or_else(not_rules)?;
    let template = Template::from_json(&json).map_err(|e| crate::bindings::js_error(&e))?;
    Ok(Arc::new(template))
}

/// The language of the nearest element with a `lang` attribute.
fn page_lang(form: &web_sys::Element) -> Option<Lang> {
    let el = form.closest("[lang]").ok()??;
    Lang::parse(&el.get_attribute("lang")?)
}
