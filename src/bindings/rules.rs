//! The `Rules` class: a template, ready to check reports and open sessions.

use std::sync::Arc;

use wasm_bindgen::prelude::*;

use crate::Template;

use super::convert::js_error;

/// A template's rules: the embedded 2024:99 template or one read from JSON.
///
/// ```js
/// const rules = Rules.default();
/// const result = rules.check(report);
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
        Rules { template: Arc::new(Template::default_template()) }
    }

    /// Reads a template from its JSON text; throws `template.invalid` with
    /// the JSON path of the first problem.
    #[wasm_bindgen(js_name = "fromJson")]
    pub fn from_json(json: &str) -> Result<Rules, JsValue> {
        let template = Template::from_json(json).map_err(|e| js_error(&e))?;
        Ok(Rules { template: Arc::new(template) })
    }
}

impl Rules {
    /// The shared template, for Rust code (the DOM enhancer) that was handed
    /// a `Rules` from JavaScript.
    pub fn template_arc(&self) -> Arc<Template> {
        Arc::clone(&self.template)
    }
}
