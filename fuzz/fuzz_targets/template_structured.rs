//! Fuzz target `template_structured`: see `formkoll_fuzz::template_structured` for what it asserts.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| formkoll_fuzz::template_structured(data));
