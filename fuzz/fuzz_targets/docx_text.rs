//! Fuzz target `docx_text`: see `formkoll_fuzz::docx_text` for what it asserts.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| formkoll_fuzz::docx_text(data));
