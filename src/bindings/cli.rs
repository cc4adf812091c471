//! The command line for the npm package's `bin` (`npx formkoll`) and
//! `formkoll/cli`: the same `formkoll::cli::run` as the native binary, with
//! files read by a JS callback. Only conversion here; the commands live in
//! `src/cli/`. Built with the cargo feature `cli` only (pkg/cli/, for Node):
//! the page's module leaves the command line out.

use crate::prelude::*;
use js_sys::{Array, Function, Object, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::convert::coded_error;
use crate::ErrorCode;

// Here rather than in types.rs: only the cli build (formkoll/cli) has runCli.
#[wasm_bindgen(typescript_custom_section)]
const CLI_OUTPUT: &'static str = r#"
/** What `runCli` returns: what `formkoll ARGS…` prints and its exit code (0 valid, 1 errors, 2 unusable input). */
export interface CliOutput {
  stdout: string;
  stderr: string;
  exit: 0 | 1 | 2;
}
"#;

/// Runs `formkoll ARGS…` and returns what the process would print and its
/// exit code. `read(path)` returns a file's bytes, or standard input's for
/// `null`; what it throws becomes the CLI's "unusable input" (exit 2).
///
/// # Example
///
/// ```js
/// const out = runCli(["count"], () => new TextEncoder().encode("Å\r\nö"));
/// // out = { stdout: "3\n", stderr: "", exit: 0 }
/// ```
#[wasm_bindgen(js_name = runCli, unchecked_return_type = "CliOutput")]
pub fn run_cli(
    #[wasm_bindgen(unchecked_param_type = "string[]")] args: JsValue,
    #[wasm_bindgen(unchecked_param_type = "(path: string | null) => Uint8Array")] read: &Function,
) -> Result<JsValue, JsValue> {
    let invalid = || {
        coded_error(
            ErrorCode::ArgumentInvalid,
            "args",
            "args must be an array of strings",
        )
    };
    if !Array::is_array(&args) {
        return Err(invalid());
    }
    let args = Array::from(&args)
        .iter()
        .map(|a| a.as_string())
        .collect::<Option<Vec<String>>>()
        .ok_or_else(invalid)?;
    let out = crate::cli::run_with(
        &args,
        &mut |path| {
            let path = path.map_or(JsValue::NULL, JsValue::from);
            match read.call1(&JsValue::NULL, &path) {
                Ok(bytes) => bytes
                    .dyn_into::<Uint8Array>()
                    .map(|b| b.to_vec())
                    .map_err(|_| "read() did not return a Uint8Array".to_string()),
                Err(e) => Err(Reflect::get(&e, &"message".into())
                    .ok()
                    .and_then(|m| m.as_string())
                    .unwrap_or_else(|| "cannot be read".to_string())),
            }
        },
        // The core's JSON writer: serde_json's text byte for byte
        // (src/json/equal_to_serde.rs), the same text `rules.check()` parses.
        &|result| Ok(crate::json::to_string(result)),
    );
    let result = Object::new();
    // Setting a property on a fresh plain object cannot fail.
    let _ = Reflect::set(&result, &"stdout".into(), &out.stdout.into());
    let _ = Reflect::set(&result, &"stderr".into(), &out.stderr.into());
    let _ = Reflect::set(&result, &"exit".into(), &out.exit.into());
    Ok(result.into())
}
