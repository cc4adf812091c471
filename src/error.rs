//! Errors for input that cannot be used at all: a malformed template or report.
//!
//! Validation results are *not* errors: an over-long answer is a
//! [`Finding`](crate::Finding). An [`Error`] means formkoll could not even read
//! what it was given, and says where (a JSON path) and why.

use std::fmt;

/// A convenient alias for results whose error is [`Error`].
pub type Result<T> = std::result::Result<T, Error>;

/// What kind of input was unusable.
///
/// The string form ([`ErrorCode::as_str`]) is stable and is what JavaScript
/// sees as `error.code`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorCode {
    /// A template was not valid JSON, had a wrong type or an unknown field,
    /// or was inconsistent (a duplicate id, a limit naming a missing question).
    TemplateInvalid,
    /// No template with the requested id is embedded.
    TemplateUnknown,
    /// A report was not valid JSON or had a wrong type.
    ReportInvalid,
    /// A report names a different template than the one it is checked against.
    ReportTemplateMismatch,
    /// A session was asked about a question the template does not have.
    QuestionUnknown,
    /// `choose` was called on a question that has no choices.
    QuestionNotChoice,
}

impl ErrorCode {
    /// Returns the stable dotted code, e.g. `"template.invalid"`.
    ///
    /// # Example
    ///
    /// ```
    /// use formkoll::ErrorCode;
    /// assert_eq!(ErrorCode::ReportInvalid.as_str(), "report.invalid");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::TemplateInvalid => "template.invalid",
            ErrorCode::TemplateUnknown => "template.unknown",
            ErrorCode::ReportInvalid => "report.invalid",
            ErrorCode::ReportTemplateMismatch => "report.template_mismatch",
            ErrorCode::QuestionUnknown => "question.unknown",
            ErrorCode::QuestionNotChoice => "question.not_choice",
        }
    }
}

/// An unusable input: a code, the JSON path where the problem is (empty for
/// the whole document) and a short English reason.
///
/// # Example
///
/// This shows the error for a template whose limit names a missing question.
///
/// ```
/// use formkoll::{Template, ErrorCode};
/// let json = r#"{"format":"formkoll-template/1","id":"t","title":"T",
///   "sections":[{"id":"1","title":"S"}],
///   "questions":[{"id":"1.1","section":"1","text":"Q","kind":"text"}],
///   "limits":[{"id":"l","max":10,"questions":["1.9"]}]}"#;
/// let err = Template::from_json(json).unwrap_err();
/// assert_eq!(err.code(), ErrorCode::TemplateInvalid);
/// assert_eq!(err.path(), "limits[0].questions[0]");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    code: ErrorCode,
    path: String,
    reason: String,
}

impl Error {
    /// Creates an error with a code, a JSON path and a reason.
    ///
    /// # Example
    ///
    /// ```
    /// use formkoll::{Error, ErrorCode};
    /// let e = Error::new(ErrorCode::ReportInvalid, "answers.1.1", "expected a string");
    /// assert_eq!(e.to_string(), "report.invalid at answers.1.1: expected a string");
    /// ```
    pub fn new(code: ErrorCode, path: impl Into<String>, reason: impl Into<String>) -> Error {
        Error {
            code,
            path: path.into(),
            reason: reason.into(),
        }
    }

    /// Returns the kind of error.
    pub fn code(&self) -> ErrorCode {
        self.code
    }

    /// Returns the JSON path of the offending value, like `questions[3].kind`;
    /// empty when the problem is the document as a whole.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// Returns the reason, in English, without the code or path.
    pub fn reason(&self) -> &str {
        &self.reason
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}: {}", self.code.as_str(), self.reason)
        } else {
            write!(
                f,
                "{} at {}: {}",
                self.code.as_str(),
                self.path,
                self.reason
            )
        }
    }
}

impl std::error::Error for Error {}
