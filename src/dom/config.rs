//! The options of `attach(form, options)`: `{ rules?, lang?, draftKey?,
//! draftDays?, draftStorage?, fields?, choices?, scope?, report?, submit? }`.
//!
//! Options are read before the page is touched, so a bad option throws a
//! coded error and leaves the form exactly as it was.

use crate::prelude::*;
use alloc::sync::Arc;

use js_sys::{Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::{Error, ErrorCode, Lang, Report, Template};

/// A JS `Error` with a `code` and a `path`, the one the bindings throw (the
/// message starts with the code).
pub(crate) use crate::bindings::coded_error;

/// `draftDays` when it is not given: a draft is kept for two weeks.
pub(crate) const DRAFT_DAYS: u32 = 14;

/// Read options.
#[derive(Debug)]
pub(crate) struct Config {
    /// The template whose rules apply.
    pub(crate) template: Arc<Template>,
    /// The language of every message.
    pub(crate) lang: Lang,
    /// Where drafts are kept (`None`: drafts are off).
    pub(crate) draft_key: Option<String>,
    /// `draftDays`: a draft older than this many days is removed unread.
    pub(crate) draft_days: u32,
    /// `draftStorage: 'session'`: drafts in sessionStorage, not localStorage.
    pub(crate) draft_session: bool,
    /// `fields`, as given (read by `markup` against the page).
    pub(crate) fields: JsValue,
    /// `choices`: per question index, (template choice id, the page's value).
    pub(crate) choices: Vec<(usize, Vec<(String, String)>)>,
    /// Which questions are validated and scored.
    pub(crate) scope: Scope,
    /// Answers that live elsewhere (earlier steps, the server's copy).
    pub(crate) report: Option<Report>,
    /// What a submit with errors does.
    pub(crate) submit: SubmitMode,
}

/// `scope`: the whole template (`'report'`) or the questions in this form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Scope {
    /// Every question of the template counts (the default).
    Report,
    /// Only the questions with a field in this form are validated and scored.
    Form,
}

/// `submit`: what a submit with errors does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SubmitMode {
    /// Stops it and shows the errors (the default).
    Block,
    /// Shows the errors and lets it go.
    Warn,
    /// Leaves submit alone.
    Off,
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
        let lang = crate::bindings::lang_or(&get("lang")?, || page_lang(form).unwrap_or_default())?;
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
        let word = |name: &str, words: &[&str]| -> Result<Option<usize>, JsValue> {
            match get(name)? {
                v if v.is_undefined() || v.is_null() => Ok(None),
                v => v
                    .as_string()
                    .and_then(|s| words.iter().position(|w| *w == s))
                    .map(Some)
                    .ok_or_else(|| {
                        let mut m = String::from(name);
                        m.push_str(" must be one of ");
                        m.push_str(&words.join(", "));
                        coded_error(ErrorCode::OptionsInvalid, name, &m)
                    }),
            }
        };
        let draft_days = match get("draftDays")? {
            v if v.is_undefined() || v.is_null() => DRAFT_DAYS,
            // A whole number of days, at least one (not NaN, not Infinity:
            // the cast saturates, so neither survives the round trip).
            v => match v.as_f64() {
                Some(d) if d >= 1.0 && f64::from(d as u32) == d => d as u32,
                _ => {
                    return Err(coded_error(
                        ErrorCode::OptionsInvalid,
                        "draftDays",
                        "draftDays must be a whole number of days, at least 1",
                    ))
                }
            },
        };
        let draft_session = word("draftStorage", &["local", "session"])? == Some(1);
        let scope = match word("scope", &["report", "form"])? {
            Some(1) => Scope::Form,
            _ => Scope::Report,
        };
        let submit = match word("submit", &["block", "warn", "off"])? {
            Some(1) => SubmitMode::Warn,
            Some(2) => SubmitMode::Off,
            _ => SubmitMode::Block,
        };
        let report = match get("report")? {
            v if v.is_undefined() || v.is_null() => None,
            v => Some(report_of(&v, &template)?),
        };
        let choices = choices_of(&get("choices")?, &template)?;
        Ok(Config {
            template,
            lang,
            draft_key,
            draft_days,
            draft_session,
            fields: get("fields")?,
            choices,
            scope,
            report,
            submit,
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
    let el = super::elements::closest(form, "[lang]").ok()??;
    Lang::parse(&super::elements::attr(&el, "lang")?)
}

/// `path` under an option: `fields` + `2.1` → `fields.2.1`.
pub(crate) fn path_in(option: &str, key: &str) -> String {
    let mut p = String::with_capacity(option.len() + 1 + key.len());
    p.push_str(option);
    if !key.is_empty() {
        p.push('.');
        p.push_str(key);
    }
    p
}

/// The own enumerable `[key, value]` pairs of a plain object, or
/// `options.invalid` at `option` when it is not one.
pub(crate) fn entries(value: &JsValue, option: &str) -> Result<Vec<(String, JsValue)>, JsValue> {
    if !value.is_object()
        || js_sys::Array::is_array(value)
        || value.is_instance_of::<web_sys::Element>()
    {
        let mut m = String::from(option);
        m.push_str(" must be an object");
        return Err(coded_error(ErrorCode::OptionsInvalid, option, &m));
    }
    let object: &js_sys::Object = value.unchecked_ref();
    Ok(js_sys::Object::entries(object)
        .iter()
        .filter_map(|pair| {
            let pair: js_sys::Array = pair.dyn_into().ok()?;
            Some((pair.get(0).as_string()?, pair.get(1)))
        })
        .collect())
}

/// `report`: a report object or its JSON text, for this template. Its
/// errors keep the core's code with the path under `report`.
fn report_of(value: &JsValue, template: &Template) -> Result<Report, JsValue> {
    let json = match value.as_string() {
        Some(text) => text,
        None => js_sys::JSON::stringify(value)?
            .as_string()
            .unwrap_or_default(),
    };
    let under = |e: Error| {
        let path = path_in("report", e.path());
        crate::bindings::js_error(&Error::new(e.code(), path, e.reason()))
    };
    let report = Report::from_json(&json).map_err(under)?;
    if let Some(t) = report.template.as_deref() {
        if t != template.id() {
            let mut m = String::from("the report is for template ");
            m.push_str(t);
            return Err(under(Error::new(
                ErrorCode::ReportTemplateMismatch,
                "template",
                m,
            )));
        }
    }
    Ok(report)
}

/// `choices: { '5.1a': { ja: '1', nej: '2' } }`: the page's value of each
/// of the template's options, for pages whose radios say 1/2/3.
fn choices_of(
    value: &JsValue,
    template: &Template,
) -> Result<Vec<(usize, Vec<(String, String)>)>, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    for (id, map) in entries(value, "choices")? {
        let path = path_in("choices", &id);
        let q = template.question_index(&id).ok_or_else(|| {
            coded_error(
                ErrorCode::QuestionUnknown,
                &path,
                "the template has no such question",
            )
        })?;
        let question = template.data().questions.get(q);
        let options = question.map(|x| x.choices.as_slice()).unwrap_or_default();
        if options.is_empty() {
            return Err(coded_error(
                ErrorCode::QuestionNotChoice,
                &path,
                "the question has no choices",
            ));
        }
        let mut values = Vec::new();
        for (choice, page_value) in entries(&map, &path)? {
            let at = path_in(&path, &choice);
            if !options.iter().any(|o| o.id == choice) {
                return Err(coded_error(
                    ErrorCode::OptionsInvalid,
                    &at,
                    "the question has no such option",
                ));
            }
            let number = page_value
                .as_f64()
                .and_then(|_| js_sys::JSON::stringify(&page_value).ok()?.as_string());
            let page_value = page_value.as_string().or(number).ok_or_else(|| {
                coded_error(
                    ErrorCode::OptionsInvalid,
                    &at,
                    "a choice value must be a string",
                )
            })?;
            values.push((choice, page_value));
        }
        out.push((q, values));
    }
    Ok(out)
}
