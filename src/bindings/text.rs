//! Free functions on plain text: counting and hygiene (`count`,
//! `normalize`, `fixes`).

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

/// Every change `normalize` would make, one by one, for a person to review:
/// `[{ start, end, before, after, code }]`, sorted and non-overlapping, with
/// `start`/`end` in UTF-16 code units of `text` (JavaScript's string
/// offsets), so `textarea.setRangeText(f.after, f.start, f.end)` applies
/// one. Applied from the last to the first, all of them give
/// `normalize(text).text`.
///
/// ```js
/// fixes("😀 fö r");   // [{ start: 5, end: 6, before: " ", after: "", code: "hygiene.pdf_spacing" }]
/// ```
#[wasm_bindgen(unchecked_return_type = "Fix[]")]
pub fn fixes(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
) -> Result<JsValue, JsValue> {
    let text = convert::text(&text, "text")?;
    fixes_of(&text)
}

/// The JS objects of [`fixes`]: also `rules.fixes`.
pub(crate) fn fixes_of(text: &str) -> Result<JsValue, JsValue> {
    let found = crate::fixes(text);
    convert::to_js(&crate::hygiene::in_utf16(text, &found))
}
