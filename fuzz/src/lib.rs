//! What each fuzz target feeds the core and what it asserts.
//!
//! Every target is a function of raw bytes, so libFuzzer (`fuzz_targets/*.rs`)
//! and the native replay test (`tests/fuzz_regressions.rs`, which includes this
//! file as a module) run exactly the same code on exactly the same input.
//! Structure-aware targets turn the bytes into a value with `arbitrary`, as
//! libfuzzer-sys would, so a saved input replays identically.
//!
//! A target fails by panicking: the core itself must never panic, so every
//! panic here is either a broken promise (an `assert!`) or a bug in the core.
//!
//! One file a target (`<target>.rs`: what it feeds the core and what it
//! asserts), the generators several targets share in `shared.rs`, the checks
//! they share in `checks.rs`; this file only names them. The `#[path]`s keep
//! the files found when a test includes this one as a module.

use std::sync::Arc;

use arbitrary::{Arbitrary, Unstructured};
use formkoll::{
    check, check_json, count, count_code_points, count_default, count_utf16, format_number,
    normalize, scan, Answer, CheckResult, ErrorCode, Lang, Policy, Report, Session, Template, Unit,
    Update,
};
use serde_json::Value;
use unicode_segmentation::UnicodeSegmentation;

#[path = "shared.rs"]
mod shared;
#[allow(unused_imports)]
pub use shared::*;

#[path = "checks.rs"]
mod checks;
#[allow(unused_imports)]
pub use checks::*;

#[path = "template_bytes.rs"]
mod template_bytes;
#[allow(unused_imports)]
pub use template_bytes::*;

#[path = "template_structured.rs"]
mod template_structured;
#[allow(unused_imports)]
pub use template_structured::*;

#[path = "check_report.rs"]
mod check_report;
#[allow(unused_imports)]
pub use check_report::*;

#[path = "text.rs"]
mod text;
#[allow(unused_imports)]
pub use text::*;

#[path = "session.rs"]
mod session;
#[allow(unused_imports)]
pub use session::*;

#[path = "import_text.rs"]
mod import_text;
#[allow(unused_imports)]
pub use import_text::*;

// Native only: the .docx reader (and miniz_oxide, which builds the
// archives) is not in the wasm build that tests/web.rs compiles these
// targets for.
#[cfg(not(target_arch = "wasm32"))]
#[path = "docx_text.rs"]
mod docx_text;
#[cfg(not(target_arch = "wasm32"))]
#[allow(unused_imports)]
pub use docx_text::*;

// ---------------------------------------------------------------- json_differential

#[path = "json_differential.rs"]
mod json_differential;
#[allow(unused_imports)] // tests/model.rs includes this file and does not use it
pub use json_differential::json_differential;
