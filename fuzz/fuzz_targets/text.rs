//! Fuzz target `text`: see `formkoll_fuzz::text` for what it asserts.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| formkoll_fuzz::text(data));
