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
//! and `[data-formkoll-budget="2"]` placeholders.
//!
//! What it never does: set `maxlength` (one found is removed, as GOV.UK
//! does), change a text unless a person clicks "Rensa texten", use
//! `innerHTML`, make a network request, or need inline script or style.
//! Counting is always the core's; a rule is never decided here.
//!
//! One concern per file. Reading the page: `config` (options), `markup`
//! (which fields answer which question). The parts added per answer and
//! section: `counter`, `live_region`, `budget`, `choice`; what a change
//! shows: `redraw`. The summary: `summary` (score, problems, "Rensa
//! texten"). Drafts: `draft`. Events: `events` (listeners, timers),
//! `handle` (what `attach` returns). The state and its life: `enhancer`.
//! Safe DOM helpers: `elements`.

#![deny(clippy::unwrap_used, clippy::expect_used)]

mod budget;
mod choice;
mod config;
mod counter;
mod draft;
mod elements;
mod enhancer;
mod events;
mod handle;
mod live_region;
mod markup;
mod redraw;
mod summary;

use std::cell::RefCell;
use std::rc::Rc;

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
/** Options of `attach`. */
export interface AttachOptions {
  /** The template's rules; the embedded 2024:99 template by default. */
  rules?: Rules;
  /** Message language; the form's nearest `lang` attribute, else Swedish. */
  lang?: 'sv' | 'en';
  /** Turns drafts on, kept in localStorage under this key. */
  draftKey?: string;
}
"#;

/// Enhances `form` and returns the handle that can take it back.
///
/// Throws (a JS `Error` with `code` and `path`, the page untouched) when
/// `form` is not an element, an option is wrong (`options.invalid`,
/// `lang.unknown`), the markup names a question the template lacks
/// (`question.unknown`), radios belong to a text question
/// (`question.not_choice`), an answer field is not a single textarea
/// (`markup.invalid`) or the form is already enhanced (`form.attached`).
#[wasm_bindgen]
pub fn attach(
    #[wasm_bindgen(unchecked_param_type = "HTMLElement")] form: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "AttachOptions")] options: Option<JsValue>,
) -> Result<FormHandle, JsValue> {
    let options = options.unwrap_or(JsValue::UNDEFINED);
    let form: Element = form.dyn_into().map_err(|_| {
        coded_error(
            ErrorCode::ArgumentInvalid,
            "form",
            "form must be an element",
        )
    })?;
    if handle::is_attached(&form) {
        return Err(coded_error(
            ErrorCode::FormAttached,
            "form",
            "the form is already enhanced; detach() first",
        ));
    }
    let config = Config::read(&options, &form)?;
    let markup = Markup::read(&form, &config.template)?;
    let enhancer = Enhancer::build(form, config, markup)?;
    let state = Rc::new(RefCell::new(enhancer));
    FormHandle::bind(state)
}
