//! Fuzz target `check_report`: see `formkoll_fuzz::check_report` for what it asserts.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| formkoll_fuzz::check_report(data));
