//! Fuzz target `check_report`, and the invariants every check result must hold.

#[allow(unused_imports)]
use super::*;

/// Checks an arbitrary report (lossily decoded bytes) against the default
/// template (or the tiny one when the report names "tiny"). Errors must carry
/// the right code; results must be internally consistent, deterministic and
/// equal through `check_json`; the report must survive a JSON round trip.
pub fn check_report(data: &[u8]) {
    let json = String::from_utf8_lossy(data);
    let report = match Report::from_json(&json) {
        Ok(r) => r,
        Err(e) => {
            assert_eq!(e.code(), ErrorCode::ReportInvalid, "{e}");
            if let Some(v) = parse_strict(&json) {
                assert_path_resolves(&v, e.path());
            }
            return;
        }
    };
    let again = Report::from_json(&report.to_json())
        .unwrap_or_else(|e| panic!("a written report must read back: {e}"));
    assert_eq!(
        again.answers, report.answers,
        "answers survive a round trip"
    );
    assert_eq!(again.template, report.template);
    let t = if report.template.as_deref() == Some("tiny") {
        tiny_template(false)
    } else {
        Template::default_template()
    };
    for lang in [Lang::Sv, Lang::En] {
        match check(&t, &report, lang) {
            Ok(r) => {
                assert_result_invariants(&r);
                let via_json =
                    check_json(&t, &json, lang).unwrap_or_else(|e| panic!("check_json: {e}"));
                assert_eq!(via_json, r, "check_json agrees with check");
                assert_eq!(
                    check(&t, &report, lang).ok(),
                    Some(r),
                    "check is deterministic"
                );
            }
            Err(e) => {
                assert_eq!(e.code(), ErrorCode::ReportTemplateMismatch, "{e}");
                assert_eq!(e.path(), "template");
            }
        }
    }
}
