//! The names std's prelude gives every module, from `alloc`, so the crate
//! builds both with std and without it (the package's wasm, feature
//! "no-std"). A module that uses any of them starts with
//! `use crate::prelude::*;`; `format!` and `vec!` come from `alloc` in the
//! no-std build (`#[macro_use] extern crate alloc` in src/lib.rs) and from
//! std otherwise.
//!
//! ```ignore
//! use crate::prelude::*;
//! let names: Vec<String> = ["a", "b"].iter().map(|s| s.to_string()).collect();
//! ```

// Not every module uses every name.
#[allow(unused_imports)]
pub(crate) use alloc::{
    borrow::ToOwned,
    boxed::Box,
    string::{String, ToString},
    vec::Vec,
};
