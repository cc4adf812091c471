//! The `Rules` class: a template, ready to check reports and open sessions.

use crate::prelude::*;
use alloc::sync::Arc;

use wasm_bindgen::prelude::*;

use crate::{check, check_questions, Report, Template};

use super::convert::{self, js_error};
use super::options::check_options;
use super::session::SessionHandle;

/// A template's rules: the embedded 2024:99 template or one read from JSON.
///
/// ```js
/// const rules = Rules.default();
/// const result = rules.check(report);   // same object as `formkoll check --format json`
/// ```
#[wasm_bindgen]
pub struct Rules {
    pub(crate) template: Arc<Template>,
}

#[wasm_bindgen]
impl Rules {
    /// The embedded template "Mall för redovisning enligt förordning (2024:99)".
    #[wasm_bindgen(js_name = "default")]
    pub fn default_rules() -> Rules {
        Rules {
            template: Arc::new(Template::default_template()),
        }
    }

    /// Reads a template from its JSON text (or from a plain object); throws
    /// `template.invalid` with the JSON path of the first problem.
    #[wasm_bindgen(js_name = "fromJson")]
    pub fn from_json(
        #[wasm_bindgen(unchecked_param_type = "string | Template")] json: JsValue,
    ) -> Result<Rules, JsValue> {
        let template = convert::template(&json).map_err(|e| js_error(&e))?;
        Ok(Rules {
            template: Arc::new(template),
        })
    }

    /// The template's id, e.g. "resultatredovisning-2024-99".
    #[wasm_bindgen(getter)]
    pub fn id(&self) -> String {
        self.template.id().to_string()
    }

    /// The template as a plain object (sections, questions, limits,
    /// instructions), for rendering a form.
    #[wasm_bindgen(unchecked_return_type = "Template")]
    pub fn template(&self) -> Result<JsValue, JsValue> {
        convert::to_js(self.template.data())
    }

    /// Checks a whole report (a plain object or its JSON text); returns the
    /// object `formkoll check --format json` prints. The second argument is
    /// the language (`"sv"`, `"en"`) or `{ lang?, questions? }`: with
    /// `questions`, the verdict for one step of a multi-step form — what
    /// `attach(form, { scope: 'form', report })` gives for a form with those
    /// questions' fields, and `formkoll check --questions` prints.
    ///
    /// ```js
    /// rules.check(report, { questions: ['2.1', '2.2', '2.3', '2.4'] });
    /// ```
    #[wasm_bindgen(unchecked_return_type = "CheckResult")]
    pub fn check(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string | Report")] report: JsValue,
        // Declared as `lang?: Lang` (the signature since the first release);
        // the overload with `CheckOptions` is declared beside the types
        // (src/bindings/types.rs), TypeScript merging it into the class.
        #[wasm_bindgen(unchecked_optional_param_type = "Lang")] lang: Option<JsValue>,
    ) -> Result<JsValue, JsValue> {
        let options = check_options(&lang.unwrap_or(JsValue::UNDEFINED))?;
        let report = convert::report(&report, &self.template).map_err(|e| js_error(&e))?;
        let result = match &options.questions {
            None => check(&self.template, &report, options.lang),
            Some(ids) => check_questions(&self.template, &report, options.lang, ids),
        }
        .map_err(|e| js_error(&e))?;
        convert::to_js(&result)
    }

    /// Every change "Rensa texten" would propose for `text`, one by one:
    /// `[{ start, end, before, after, code }]` with offsets in UTF-16 code
    /// units (for `setRangeText`), the same as the free function `fixes`.
    ///
    /// ```js
    /// rules.fixes("fö r");   // [{ start: 2, end: 3, before: " ", after: "", code: "hygiene.pdf_spacing" }]
    /// ```
    #[wasm_bindgen(unchecked_return_type = "Fix[]")]
    pub fn fixes(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    ) -> Result<JsValue, JsValue> {
        super::text::fixes_of(&convert::text(&text, "text")?)
    }

    /// Opens a session for live editing, on a report (object or JSON text)
    /// or, when none is given, on an empty report for this template.
    pub fn session(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "string | Report | null")] report: Option<
            JsValue,
        >,
        #[wasm_bindgen(unchecked_optional_param_type = "Lang")] lang: Option<JsValue>,
    ) -> Result<SessionHandle, JsValue> {
        let lang = convert::lang(&lang.unwrap_or(JsValue::UNDEFINED))?;
        let report = match report {
            Some(r) if !r.is_null() && !r.is_undefined() => {
                convert::report(&r, &self.template).map_err(|e| js_error(&e))?
            }
            _ => Report::new(self.template.id(), Vec::new()),
        };
        SessionHandle::open(Arc::clone(&self.template), report, lang)
    }
}

impl Rules {
    /// The shared template, for Rust code (the DOM enhancer) that was handed
    /// a `Rules` from JavaScript.
    pub fn template_arc(&self) -> Arc<Template> {
        Arc::clone(&self.template)
    }
}
