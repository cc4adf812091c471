//! The `Session` class: a report being written, re-checked one edit at a time.
//!
//! Each edit returns the core's small `Update` (the question, its limits,
//! the findings in its reach, the totals), so a keystroke never serializes
//! the whole report.

use crate::prelude::*;
use alloc::sync::Arc;

use wasm_bindgen::prelude::*;

use crate::{ErrorCode, Lang, Report, Session, Template};

use super::convert::{self, js_error};
use super::options::questions;

/// A live session, created by `rules.session(report?, lang?)`.
///
/// ```js
/// const session = Rules.default().session();
/// const update = session.set("2.1", textarea.value);
/// update.limits[0].remaining;   // characters left in section 2
/// ```
#[wasm_bindgen(js_name = "Session")]
pub struct SessionHandle {
    inner: Session,
}

impl SessionHandle {
    pub(crate) fn open(
        template: Arc<Template>,
        report: Report,
        lang: Lang,
    ) -> Result<SessionHandle, JsValue> {
        let inner = Session::new(template, report, lang).map_err(|e| js_error(&e))?;
        Ok(SessionHandle { inner })
    }

    /// The core session, for Rust code (the DOM enhancer).
    pub fn core(&mut self) -> &mut Session {
        &mut self.inner
    }

    /// The whole result as a JS object, for Rust callers (JS calls
    /// `result(options?)`, [`SessionHandle::result_for`]).
    pub fn result(&self) -> Result<JsValue, JsValue> {
        convert::to_js(&self.inner.result())
    }
}

#[wasm_bindgen(js_class = "Session")]
impl SessionHandle {
    /// Sets the text of a question (the follow-up text of a choice question).
    /// Throws `question.unknown` for an id the template lacks.
    #[wasm_bindgen(unchecked_return_type = "Update")]
    pub fn set(
        &mut self,
        #[wasm_bindgen(js_name = "questionId", unchecked_param_type = "string")]
        question_id: JsValue,
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    ) -> Result<JsValue, JsValue> {
        let id = question(&question_id)?;
        let text = text.as_string().ok_or_else(|| {
            js_error(&crate::Error::new(
                ErrorCode::ReportInvalid,
                ["answers.", id.as_str()].concat(),
                "the answer must be a string",
            ))
        })?;
        let update = self.inner.set(&id, &text).map_err(|e| js_error(&e))?;
        convert::to_js(&update)
    }

    /// Chooses an option of a choice question; `null` or `undefined` clears
    /// the choice. An option the template lacks is kept and reported as the
    /// finding `choice.unknown`.
    #[wasm_bindgen(unchecked_return_type = "Update")]
    pub fn choose(
        &mut self,
        #[wasm_bindgen(js_name = "questionId", unchecked_param_type = "string")]
        question_id: JsValue,
        #[wasm_bindgen(js_name = "choiceId", unchecked_optional_param_type = "string | null")]
        choice_id: Option<JsValue>,
    ) -> Result<JsValue, JsValue> {
        let id = question(&question_id)?;
        let choice = match choice_id {
            Some(c) if !c.is_null() && !c.is_undefined() => {
                Some(c.as_string().ok_or_else(|| {
                    js_error(&crate::Error::new(
                        ErrorCode::ReportInvalid,
                        ["answers.", id.as_str(), ".choice"].concat(),
                        "the choice must be a string or null",
                    ))
                })?)
            }
            _ => None,
        };
        let update = self
            .inner
            .choose(&id, choice.as_deref())
            .map_err(|e| js_error(&e))?;
        convert::to_js(&update)
    }

    /// The whole result, as `rules.check()` would give for the report now;
    /// with `{ questions }`, narrowed to those questions as
    /// `rules.check(report, { questions })` narrows it.
    #[wasm_bindgen(js_name = "result", unchecked_return_type = "CheckResult")]
    pub fn result_for(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "{ questions?: string[] }")] options: Option<
            JsValue,
        >,
    ) -> Result<JsValue, JsValue> {
        match questions(&options.unwrap_or(JsValue::UNDEFINED))? {
            None => convert::to_js(&self.inner.result()),
            Some(ids) => convert::to_js(&self.inner.result_for(&ids).map_err(|e| js_error(&e))?),
        }
    }

    /// The report exactly as entered, as a plain object, so
    /// `JSON.stringify(session)` gives the report.
    #[wasm_bindgen(js_name = "toJSON", unchecked_return_type = "Report")]
    pub fn to_json(&self) -> Result<JsValue, JsValue> {
        js_sys::JSON::parse(&self.inner.report().to_json())
    }

    /// The report as JSON text, byte for byte what `Report::to_json` (and
    /// the CLI) writes: key order kept even for keys JS objects reorder.
    #[wasm_bindgen(js_name = "reportJson")]
    pub fn report_json(&self) -> String {
        self.inner.report().to_json()
    }

    /// The language of the messages, "sv" or "en".
    #[wasm_bindgen(getter, unchecked_return_type = "Lang")]
    pub fn lang(&self) -> String {
        self.inner.lang().as_str().to_string()
    }

    /// Changes the language of every message.
    #[wasm_bindgen(js_name = "setLang")]
    pub fn set_lang(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "Lang")] lang: JsValue,
    ) -> Result<(), JsValue> {
        self.inner.set_lang(convert::lang(&lang)?);
        Ok(())
    }
}

/// Reads a question id; a non-string can name no question.
fn question(value: &JsValue) -> Result<String, JsValue> {
    value.as_string().ok_or_else(|| {
        js_error(&crate::Error::new(
            ErrorCode::QuestionUnknown,
            "",
            "the question id must be a string",
        ))
    })
}
