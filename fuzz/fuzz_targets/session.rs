//! Fuzz target `session`: see `formkoll_fuzz::session` for what it asserts.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| formkoll_fuzz::session(data));
