//! One-shot checks: a report in, a [`CheckResult`] out.

use alloc::sync::Arc;

use crate::error::Result;
use crate::messages::Lang;
use crate::report::Report;
use crate::result::CheckResult;
use crate::session::Session;
use crate::template::Template;

/// Checks `report` against `template`, with messages in `lang`.
///
/// This is a [`Session`] built and read once, so its verdict is by
/// construction the one a session fed the same answers reaches.
///
/// # Errors
///
/// [`ErrorCode::ReportTemplateMismatch`](crate::ErrorCode::ReportTemplateMismatch)
/// when the report names another template.
///
/// # Example
///
/// ```
/// use formkoll::{check, Lang, Report, Template};
/// let report = Report::from_json(r#"{"template":"resultatredovisning-2024-99","answers":{"9.9":"x"}}"#)?;
/// let result = check(&Template::default_template(), &report, Lang::Sv)?;
/// assert!(!result.valid);
/// assert!(result.findings.iter().any(|f| f.code.as_str() == "answer.unknown_question"));
/// # Ok::<(), formkoll::Error>(())
/// ```
pub fn check(template: &Template, report: &Report, lang: Lang) -> Result<CheckResult> {
    Ok(Session::new(Arc::new(template.clone()), report.clone(), lang)?.result())
}

/// Parses a report from JSON and checks it.
///
/// # Errors
///
/// [`ErrorCode::ReportInvalid`](crate::ErrorCode::ReportInvalid) for JSON that
/// is not a report, and the errors of [`check`].
///
/// # Example
///
/// ```
/// let r = formkoll::check_json(&formkoll::Template::default_template(), r#"{"answers":{}}"#, formkoll::Lang::En)?;
/// assert_eq!(r.score, 0);
/// # Ok::<(), formkoll::Error>(())
/// ```
pub fn check_json(template: &Template, report_json: &str, lang: Lang) -> Result<CheckResult> {
    check(
        template,
        &Report::from_json_for(report_json, template)?,
        lang,
    )
}
