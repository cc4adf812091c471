//! `rules.importText(text, lang?)`: a pasted document into a report, as
//! `formkoll import` reads it. Only conversion here; the reading is
//! `crate::import`.

use wasm_bindgen::prelude::*;

use super::convert::{self, coded_error};
use super::rules::Rules;
use crate::ErrorCode;

#[wasm_bindgen(typescript_custom_section)]
const IMPORT_TYPES: &'static str = r#"
/** What `rules.importText` could not place (codes `import.*`). */
export interface ImportFinding {
  code: "import.text_before_first_question" | "import.text_unplaced" | "import.question_missing"
    | "import.question_duplicate" | "import.choice_unmarked" | "import.choice_ambiguous";
  /** The line in the pasted text, 1-based; null for a question not found. */
  line: number | null;
  question: string | null;
  /** The first words of the text concerned. */
  excerpt: string | null;
  message: string;
}

/** Where a question's heading was found, and the number printed before it. */
export interface ImportPlacement {
  question: string;
  line: number;
  label: string | null;
}

/** The result of `rules.importText`: the report (what `formkoll import` prints). */
export interface ImportResult {
  report: Report;
  findings: ImportFinding[];
  placed: ImportPlacement[];
}
"#;

#[wasm_bindgen]
impl Rules {
    /// Reads a pasted document (the text of a Word document or PDF) into a
    /// report: `{ report, findings, placed }`. `report` is what `formkoll
    /// import` prints; `findings` what it could not place. Throws
    /// `document.no_questions` when none of the template's questions is in
    /// the text (the CLI's exit 2).
    ///
    /// ```js
    /// const { report, findings } = rules.importText(pasted);
    /// ```
    #[wasm_bindgen(js_name = importText, unchecked_return_type = "ImportResult")]
    pub fn import_text(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "Lang")] lang: Option<JsValue>,
    ) -> Result<JsValue, JsValue> {
        let text = convert::text(&text, "text")?;
        let lang = convert::lang(&lang.unwrap_or(JsValue::UNDEFINED))?;
        let import = crate::import_text(&self.template, &text);
        if import.placed.is_empty() {
            return Err(coded_error(
                ErrorCode::DocumentNoQuestions,
                "",
                "document.no_questions: none of the template's questions is in the text",
            ));
        }
        js_sys::JSON::parse(&import.to_json(lang))
    }
}
