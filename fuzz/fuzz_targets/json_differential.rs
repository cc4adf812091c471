//! Fuzz target `json_differential`: see `formkoll_fuzz::json_differential`
//! (fuzz/src/json_differential.rs) for what it compares with serde_json.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| formkoll_fuzz::json_differential(data));
