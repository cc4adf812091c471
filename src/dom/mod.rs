//! The form enhancer: `attach(form, options)` gives an existing HTML form
//! the template's rules while a person types — a counter under each answer,
//! a budget meter per section, a summary with the completeness score and
//! links to every problem, conditional follow-ups for choices, and opt-in
//! drafts.
//!
//! ```js
//! import init, { attach, Rules } from './pkg/formkoll.js';
//! await init();
//! const handle = attach(document.querySelector('form'), { lang: 'sv', draftKey: 'rapport-2024' });
//! handle.result();  // the same object as rules.check(report)
//! handle.detach();  // everything added is removed; the text stays
//! ```
//!
//! Markup: `<textarea data-formkoll-question="1.1">`, `<input type="radio"
//! data-formkoll-choice="5.1a" value="ja">`, optional `[data-formkoll-summary]`
//! and `[data-formkoll-budget="2"]` placeholders — or none of it, with
//! `fields: { '2.1': '#fld-4711' }` naming the page's own fields. A
//! multi-step form passes `scope: 'form'` and the earlier steps as
//! `report`. On submit with errors the form is stopped GOV.UK-style
//! (`submit`); `formkoll:update` and `formkoll:invalid` tell the page.
//! `initAll()` enhances every `form[data-formkoll]`.
//!
//! What it never does: set `maxlength` (the page's own is removed, as
//! GOV.UK does, and put back on `detach()`), change a text unless a person applies the changes "Rensa texten" lists, use
//! `innerHTML`, make a network request, or need inline script or style.
//! Counting is always the core's; a rule is never decided here.
//!
//! One concern per file. Reading the page: `config` (options), `markup`
//! (which fields answer which question). The parts added per answer and
//! section: `counter`, `live_region`, `budget`, `choice`; what a change
//! shows: `redraw`. The summary: `summary` (score, problems, "Rensa
//! texten"), and `review` (what "Rensa texten" would change, each change
//! to tick or untick). Drafts: `draft`. Events: `events` (listeners, timers),
//! `handle` (what `attach` returns). What happens on submit: `submit`.
//! The state and its life: `enhancer`. Narrowing to a step: `crate::scope`.
//! Safe DOM helpers: `elements`.

#![deny(clippy::unwrap_used, clippy::expect_used)]

use crate::prelude::*;

mod budget;
mod choice;
mod config;
mod counter;
mod draft;
mod edit;
mod elements;
mod enhancer;
mod events;
mod handle;
#[cfg(feature = "importer")]
mod importer;
mod live_region;
mod markup;
mod redraw;
mod review;
mod submit;
mod summary;

use alloc::rc::Rc;
use core::cell::RefCell;

#[cfg(not(feature = "importer"))]
use js_sys::Reflect;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::ErrorCode;
use config::{coded_error, Config};
use enhancer::Enhancer;
use markup::Markup;

pub use handle::FormHandle;

/// The full summary list is rebuilt this long after the last keystroke;
/// a keystroke itself only touches its counter, its meters and the score.
pub(crate) const REFRESH_MS: i32 = 250;
/// A draft is saved this long after the last keystroke (and on `pagehide`).
pub(crate) const SAVE_MS: i32 = 400;

#[wasm_bindgen(typescript_custom_section)]
const TS_ATTACH: &str = r#"
/** A field of `fields`: a CSS selector (inside the form), an element, or (for radios) a list of them. */
export type FieldTarget = string | Element | ArrayLike<Element>;
/** A stored draft, as `handle.draft()` returns it. */
export interface Draft {
  /** When it was saved, in milliseconds since 1970 (`new Date(savedAt)`). */
  savedAt: number;
  /** The template's id. */
  template: string;
  /** This form's own answers; never the `report` context. */
  answers: Record<string, Answer>;
}
/** Options of `attach`. */
export interface AttachOptions {
  /** The template's rules; the embedded 2024:99 template by default. */
  rules?: Rules;
  /** Message language; the form's nearest `lang` attribute, else Swedish. */
  lang?: 'sv' | 'en';
  /** Turns drafts on: this form's answers, kept under `formkoll:draft:<draftKey>`. */
  draftKey?: string;
  /** Days a draft is kept (a whole number, at least 1; default 14); older ones are removed unread. */
  draftDays?: number;
  /** 'local' (default): localStorage; 'session': sessionStorage, gone when the tab closes. */
  draftStorage?: 'local' | 'session';
  /** Question id → its textarea, or `{ text, choice }` (choice: its radios). */
  fields?: Record<string, FieldTarget | { text?: FieldTarget; choice?: FieldTarget }>;
  /** Question id → template option id → the page's radio value. */
  choices?: Record<string, Record<string, string>>;
  /** 'report' (default): every question counts; 'form': only this form's. */
  scope?: 'report' | 'form';
  /** Answers that live elsewhere (a report object or its JSON), read-only. */
  report?: object | string;
  /** On a submit with errors: 'block' (default), 'warn' or 'off'. */
  submit?: 'block' | 'warn' | 'off';
  /** Adds "Klistra in hela dokumentet" (formkoll/importer only). */
  importer?: boolean;
}
"#;

/// Enhances `form` and returns the handle that can take it back.
///
/// Throws (a JS `Error` with `code` and `path`, the page untouched) when
/// `form` is not an element, an option is wrong (`options.invalid`,
/// `lang.unknown`), the markup or `fields` names a question the template
/// lacks (`question.unknown`), a `fields` selector matches nothing in the
/// form (`fields.not_found`), radios belong to a text question
/// (`question.not_choice`), an answer field is not a single textarea or a
/// choice not radios (`markup.invalid`), `report` cannot be read
/// (`report.invalid` at `report.…`) or the form is already enhanced
/// (`form.attached`). Errors in `fields` have the path `fields.2.1`.
#[wasm_bindgen]
pub fn attach(
    #[wasm_bindgen(unchecked_param_type = "HTMLElement")] form: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "AttachOptions")] options: Option<JsValue>,
) -> Result<FormHandle, JsValue> {
    let options = options.unwrap_or(JsValue::UNDEFINED);
    let form = form_element(form)?;
    if handle::is_attached(&form) {
        return Err(coded_error(
            ErrorCode::FormAttached,
            "form",
            "the form is already enhanced; detach() first",
        ));
    }
    #[cfg(feature = "importer")]
    let importer = importer::wanted(&options)?;
    #[cfg(not(feature = "importer"))]
    if options.is_object() && Reflect::get(&options, &"importer".into())?.is_truthy() {
        return Err(coded_error(
            ErrorCode::OptionsInvalid,
            "importer",
            "the importer is in formkoll/importer",
        ));
    }
    let config = Config::read(&options, &form)?;
    let markup = Markup::read(&form, &config)?;
    let enhancer = Enhancer::build(form, config, markup)?;
    let state = Rc::new(RefCell::new(enhancer));
    #[cfg(feature = "importer")]
    if importer {
        let mut s = state
            .try_borrow_mut()
            .map_err(|_| JsValue::from_str("formkoll: busy"))?;
        let (form, lang) = (s.form.clone(), s.lang);
        importer::install(&form, &options, lang, &mut s.added)?;
    }
    let handle = FormHandle::bind(Rc::clone(&state))?;
    // The first `formkoll:update`, for a listener added before attach.
    let out = state
        .try_borrow_mut()
        .map(|mut s| core::mem::take(&mut s.outbox))
        .unwrap_or_default();
    events::dispatch(&state, out);
    Ok(handle)
}

/// `form` as an element, or the `argument.invalid` error at `form` that
/// `attach` and `openImporter` throw for anything else.
///
/// # Example
///
/// ```ignore
/// let form = form_element(value)?; // a JS null throws "argument.invalid: form must be an element"
/// ```
pub(crate) fn form_element(form: JsValue) -> Result<Element, JsValue> {
    form.dyn_into().map_err(|_| {
        coded_error(
            ErrorCode::ArgumentInvalid,
            "form",
            "form must be an element",
        )
    })
}

/// Enhances every `form[data-formkoll]` under `root` (the document by
/// default; `root` itself too if it is one), GOV.UK's `initAll`: options
/// from `data-formkoll-lang`, `-draft-key`, `-draft-days`, `-draft-storage`,
/// `-scope` and `-submit`, and
/// `fields` (also `choices`, `report`) from a `<script type="application/json"
/// data-formkoll-fields>` inside the form — JSON, never executed.
///
/// Returns the handles of the forms it enhanced. A form already enhanced
/// is skipped; a form that cannot be enhanced is left as it is and its
/// error logged, so one bad form does not keep the others plain.
///
/// ```js
/// import init, { initAll } from 'formkoll';
/// await init();
/// const handles = initAll();
/// ```
#[wasm_bindgen(js_name = initAll)]
pub fn init_all(
    #[wasm_bindgen(unchecked_optional_param_type = "ParentNode")] root: Option<JsValue>,
) -> Result<Vec<FormHandle>, JsValue> {
    const FORMS: &str = "form[data-formkoll]";
    let root = root.filter(|r| !r.is_undefined() && !r.is_null());
    let mut forms = Vec::new();
    // A document is searched from its root element (itself included, as
    // `document.querySelectorAll` does): one imported querySelectorAll.
    let scope = match &root {
        Some(r) => {
            if let Some(el) = r.dyn_ref::<Element>() {
                Some(el.clone())
            } else if let Some(d) = r.dyn_ref::<web_sys::Document>() {
                elements::root_element(d)
            } else {
                return Err(coded_error(
                    ErrorCode::ArgumentInvalid,
                    "root",
                    "root must be an element or a document",
                ));
            }
        }
        None => elements::root_element(&elements::document()?),
    };
    if let Some(el) = scope {
        if elements::matches(&el, FORMS).unwrap_or(false) {
            forms.push(el.clone());
        }
        forms.extend(elements::elements_of(&el, FORMS)?);
    }
    let mut handles = Vec::new();
    for form in forms {
        if handle::is_attached(&form) {
            continue;
        }
        match options_of(&form).and_then(|o| attach(form.clone().into(), Some(o))) {
            Ok(h) => handles.push(h),
            Err(e) => web_sys::console::error_2(&"formkoll: a form was not enhanced".into(), &e),
        }
    }
    Ok(handles)
}

/// `attach`'s options from a form's `data-formkoll-*` attributes and its
/// JSON scripts.
fn options_of(form: &Element) -> Result<JsValue, JsValue> {
    let options = js_sys::Object::new();
    let set = |name: &str, value: &JsValue| js_sys::Reflect::set(&options, &name.into(), value);
    for (attr, name) in [
        ("data-formkoll-lang", "lang"),
        ("data-formkoll-draft-key", "draftKey"),
        ("data-formkoll-draft-storage", "draftStorage"),
        ("data-formkoll-scope", "scope"),
        ("data-formkoll-submit", "submit"),
    ] {
        if let Some(v) = elements::attr(form, attr) {
            set(name, &v.into())?;
        }
    }
    // A number; anything but digits is NaN, which `attach` rejects.
    if let Some(v) = elements::attr(form, "data-formkoll-draft-days") {
        let days = elements::parse_digits(&v).map_or(f64::NAN, |n| n as f64);
        set("draftDays", &days.into())?;
    }
    for (selector, name) in [
        (
            "script[type=\"application/json\"][data-formkoll-fields]",
            "fields",
        ),
        (
            "script[type=\"application/json\"][data-formkoll-choices]",
            "choices",
        ),
        (
            "script[type=\"application/json\"][data-formkoll-report]",
            "report",
        ),
    ] {
        if let Some(script) = elements::query(form, selector)? {
            let text = elements::prop_string(&script, "textContent");
            let value = js_sys::JSON::parse(&text).map_err(|_| {
                coded_error(
                    ErrorCode::OptionsInvalid,
                    name,
                    "a data-formkoll JSON script is not valid JSON",
                )
            })?;
            set(name, &value)?;
        }
    }
    Ok(options.into())
}
