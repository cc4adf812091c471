//! Fuzz target `import_text`: see `formkoll_fuzz::import_text` for what it asserts.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| formkoll_fuzz::import_text(data));
