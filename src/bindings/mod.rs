//! The JavaScript face of formkoll: `#[wasm_bindgen]` wrappers that only
//! convert between JS values and the core's types. No rules live here.
//!
//! One concern per file: `rules` (the `Rules` class), `session` (the
//! `Session` class), `text` (`count`, `normalize`, `fixes`), `convert` (JS ⇄ Rust
//! values and coded errors), `cli` (the command line for `npx formkoll`, in
//! the `cli` build only: pkg/cli/, Node), `import` (`rules.importText`, in the
//! `importer` build only), `types` (the TypeScript declarations of the plain
//! objects crossing the boundary).
//!
//! Every failure is a thrown JS `Error` with a string `code` and a JSON
//! `path`; nothing here panics, so the module keeps working afterwards.

#[cfg(feature = "cli")]
mod cli;
mod convert;
#[cfg(feature = "importer")]
mod import;
mod options;
mod rules;
mod session;
mod text;
mod types;

#[cfg(feature = "cli")]
pub use cli::run_cli;
pub use rules::Rules;
pub use session::SessionHandle;
pub use text::{count, fixes, normalize};

// The DOM enhancer (src/dom/) throws the same errors as the bindings.
#[allow(unused_imports)]
pub(crate) use convert::{coded_error, js_error, lang_or, to_js};
