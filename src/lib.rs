//! formkoll: the rules of a Swedish public-sector report for any web form.
//!
//! A template (the 2024:99 report template is embedded) declares sections,
//! questions, shared character budgets and the form's instructions. formkoll
//! counts characters the way a person sees them, validates a report, and
//! scores its completeness — the same in the browser (WebAssembly), in Node
//! and natively.
//!
//! # Example
//!
//! This shows the real 2024 report of Region Jämtland Härjedalen going over
//! budget in section 2.
//!
//! ```
//! use formkoll::{check_json, Lang, Template};
//! let json = std::fs::read_to_string("tests/fixtures/jamtland-2024.json").unwrap();
//! let result = check_json(&Template::default_template(), &json, Lang::Sv)?;
//! let s2 = result.limits.iter().find(|l| l.section.as_deref() == Some("2")).unwrap();
//! assert_eq!((s2.count, s2.max, s2.over_by), (15_775, 15_000, 775));
//! assert!(!result.valid);
//! # Ok::<(), formkoll::Error>(())
//! ```
//!
//! Layers: this crate's modules are the pure core; `bindings` (wasm32 only)
//! turns its results into JS values; `dom` enhances an existing form; `cli` is
//! the command line (the `formkoll` binary and the npm `bin` wrap it). See `docs/rules.md` for the exact rules.

#![deny(missing_docs)]
// The npm package's wasm (feature "no-std", scripts/build-pkg.sh) is built
// without std: its panic machinery (hook, message formatting, stderr) cost
// ~25 KB gzip, and on stable Rust only a no_std cdylib with its own panic
// handler leaves it out (src/no_std.rs). Every other build — native, tests,
// the fuzz targets, `cargo build --target wasm32-unknown-unknown` — keeps
// std. So the crate is written against `core` and `alloc`: a file that needs
// String, Vec, Box, ToString or ToOwned has `use crate::prelude::*;`, and
// paths say `core::` or `alloc::`, never `std::` (outside tests and cfg'd
// native-only code).
#![cfg_attr(all(feature = "no-std", target_arch = "wasm32"), no_std)]
// A panic inside WebAssembly kills the module for the whole page: outside
// tests, every unwrap, expect, panic and unchecked index is either replaced by
// a total equivalent or allowed at its site with the reason it cannot fail.
#![cfg_attr(
    not(test),
    warn(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::panic
    )
)]

#[cfg_attr(all(feature = "no-std", target_arch = "wasm32"), macro_use)]
extern crate alloc;

// Before the modules: `thread_local!` without std (macro_rules are in scope
// in the modules declared after them).
#[cfg(all(feature = "no-std", target_arch = "wasm32"))]
#[macro_use]
mod no_std;
mod prelude;

mod count;
mod error;
mod finding;
mod grapheme;
mod hygiene;
pub mod import;
mod json;
mod keywords;
mod messages;
mod report;
mod result;
mod rules;
mod scope;
mod score;
mod session;
mod sort;
mod strset;
mod swar;
mod template;
#[cfg(test)]
mod test_gen;
mod validate;
// The byte order mark and UTF-16 detection (issue 22).
mod encoding;

pub mod cli;

#[cfg(target_arch = "wasm32")]
pub mod bindings;
#[cfg(target_arch = "wasm32")]
pub mod dom;

pub use count::{count, count_code_points, count_default, count_utf16, Policy, Unit};
pub use error::{Error, ErrorCode, Result};
pub use finding::{is_check_name, Finding, FindingCode, InstructionCode, Severity, MAX_CHECK_NAME};
pub use hygiene::{
    apply_fixes, fixes, locate, normalize, scan, Fix, Location, Normalized, Occurrences,
};
pub use import::{import_text, Import, ImportCode, ImportFinding, Placement};
pub use keywords::fold;
pub use messages::{describe, format_number, render, table, Arg, Entry, Lang};
pub use report::{Answer, Answers, Report};
pub use result::{
    CheckResult, Counts, LimitResult, LimitStatus, QuestionResult, QuestionStatus, Update,
};
pub use scope::{check_questions, question_mask};
pub use score::{points_lost, score, Loss, ScoreBreakdown, POINTS_PER_QUESTION};
pub use session::Session;
pub use template::{
    Choice, Explanation, Instruction, Limit, Mode, Question, QuestionKind, Section, Template,
    TemplateData, Text, DEFAULT_TEMPLATE_ID, FORMAT,
};
pub use validate::{check, check_json};
