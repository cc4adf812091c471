//! Fuzz target `template_bytes`: see `formkoll_fuzz::template_bytes` for what it asserts.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| formkoll_fuzz::template_bytes(data));
