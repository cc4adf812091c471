//! The JavaScript face of formkoll: `#[wasm_bindgen]` wrappers that only
//! convert between JS values and the core's types. No rules live here.
//!
//! One concern per file: [`rules`] (the `Rules` class), [`session`] (the
//! `Session` class), [`convert`] (JS ⇄ Rust values and errors), [`types`]
//! (the hand-written TypeScript declarations).

mod convert;
mod rules;

pub use rules::Rules;

// The DOM enhancer (src/dom/) throws the same errors as the bindings.
#[allow(unused_imports)]
pub(crate) use convert::js_error;
