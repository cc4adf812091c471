//! Fuzz target `template_bytes`, and the strict JSON reading and path checks the template targets share.

#[allow(unused_imports)]
use super::*;

/// Loads a template from arbitrary bytes (lossily decoded). An error must be
/// `template.invalid`; a template that loads must check reports without panicking.
pub fn template_bytes(data: &[u8]) {
    let json = String::from_utf8_lossy(data);
    match Template::from_json(&json) {
        Ok(t) => exercise_template(&t),
        Err(e) => {
            assert_eq!(e.code(), ErrorCode::TemplateInvalid, "{e}");
            assert!(!e.reason().is_empty(), "an error says why: {e}");
            if let Some(v) = parse_strict(&json) {
                assert_path_resolves(&v, e.path());
            }
        }
    }
}
