//! Free functions on plain text: counting and hygiene.

use wasm_bindgen::prelude::*;

use super::convert;

/// Counts characters the way a person sees them (grapheme clusters; a line
/// break, LF or CRLF, is one), the template's default policy.
///
/// ```js
/// count("Å\r\nö");   // 3
/// ```
#[wasm_bindgen]
pub fn count(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
) -> Result<f64, JsValue> {
    let text = convert::text(&text, "text")?;
    // A count is far below 2^53, so the conversion to a JS number is exact.
    Ok(crate::count_default(&text) as f64)
}

/// Returns the text with hygiene problems fixed (invisible characters, PDF
/// hyphenation and spacing, trailing whitespace, extra blank lines) and what
/// was changed. Never applied by itself: a person chooses to.
///
/// ```js
/// normalize("utveck- ling").text;   // "utveckling"
/// ```
#[wasm_bindgen(unchecked_return_type = "Normalized")]
pub fn normalize(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
) -> Result<JsValue, JsValue> {
    let text = convert::text(&text, "text")?;
    convert::to_js(&crate::normalize(&text))
}
