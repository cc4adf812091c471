//! Errors for input that cannot be used at all: a malformed template or report.
//!
//! Validation results are *not* errors: an over-long answer is a
//! [`Finding`](crate::Finding). An [`Error`] means formkoll could not even read
//! what it was given, and says where (a JSON path) and why.

use crate::prelude::*;
use core::fmt;

/// A convenient alias for results whose error is [`Error`].
pub type Result<T> = core::result::Result<T, Error>;

macro_rules! error_codes {
    ($($(#[$doc:meta])* $variant:ident = $code:literal;)*) => {
        /// What kind of input was unusable: *the* list of every error code
        /// formkoll throws, from the core, the JS bindings and the DOM
        /// enhancer alike.
        ///
        /// The string form ([`ErrorCode::as_str`]) is stable and is what
        /// JavaScript sees as `error.code`; the TypeScript `ErrorCode` union
        /// is generated from this list ([`ErrorCode::TS_UNION`]), so a code
        /// cannot be thrown without being in the type.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum ErrorCode {
            $($(#[$doc])* $variant,)*
        }

        impl ErrorCode {
            /// Every code, in documentation order.
            ///
            /// # Example
            ///
            /// ```
            /// use formkoll::ErrorCode;
            /// assert!(ErrorCode::ALL.contains(&ErrorCode::FormAttached));
            /// ```
            pub const ALL: &'static [ErrorCode] = &[$(ErrorCode::$variant,)*];

            /// The TypeScript declaration of the codes, as the npm package's
            /// `formkoll.d.ts` carries it.
            ///
            /// # Example
            ///
            /// ```
            /// use formkoll::ErrorCode;
            /// assert!(ErrorCode::TS_UNION.contains(r#"| "report.invalid""#));
            /// ```
            pub const TS_UNION: &'static str = concat!(
                "\n/** The code of a thrown error (`error.code`): every code formkoll throws. */\nexport type ErrorCode =",
                $("\n  | \"", $code, "\"",)*
                ";\n"
            );

            /// Returns the stable dotted code, e.g. `"template.invalid"`.
            ///
            /// # Example
            ///
            /// ```
            /// use formkoll::ErrorCode;
            /// assert_eq!(ErrorCode::ReportInvalid.as_str(), "report.invalid");
            /// ```
            pub fn as_str(self) -> &'static str {
                match self { $(ErrorCode::$variant => $code,)* }
            }

            /// Looks a code up by its dotted form.
            ///
            /// # Example
            ///
            /// ```
            /// use formkoll::ErrorCode;
            /// assert_eq!(ErrorCode::from_str("handle.busy"), Some(ErrorCode::HandleBusy));
            /// assert_eq!(ErrorCode::from_str("nope"), None);
            /// ```
            #[allow(clippy::should_implement_trait)]
            pub fn from_str(code: &str) -> Option<ErrorCode> {
                match code { $($code => Some(ErrorCode::$variant),)* _ => None }
            }
        }
    };
}

error_codes! {
    /// A template was not valid JSON, had a wrong type or an unknown field,
    /// or was inconsistent (a duplicate id, a limit naming a missing question).
    TemplateInvalid = "template.invalid";
    /// No template with the requested id is embedded.
    TemplateUnknown = "template.unknown";
    /// A report was not valid JSON or had a wrong type.
    ReportInvalid = "report.invalid";
    /// A report names a different template than the one it is checked against.
    ReportTemplateMismatch = "report.template_mismatch";
    /// A session (or a form's markup) names a question the template does not have.
    QuestionUnknown = "question.unknown";
    /// `choose` was called on (or radios belong to) a question that has no choices.
    QuestionNotChoice = "question.not_choice";
    /// A JS argument had the wrong type (a number where a string belongs,
    /// something other than an element as the form).
    ArgumentInvalid = "argument.invalid";
    /// A `lang` other than "sv" or "en" (or a regional variant of them).
    LangUnknown = "lang.unknown";
    /// The options of `attach` are not an object, or one of them is wrong.
    OptionsInvalid = "options.invalid";
    /// `attach` was called on a form that is already enhanced.
    FormAttached = "form.attached";
    /// The form's markup cannot be enhanced: an answer field that is not a
    /// textarea, a choice that is not a radio, two fields for one question.
    MarkupInvalid = "markup.invalid";
    /// A form handle was used while the form was being updated (re-entrant call).
    HandleBusy = "handle.busy";
    /// A selector in `attach`'s `fields` matches nothing in the form.
    FieldsNotFound = "fields.not_found";
    /// A document to import could not be read: a .docx that is not a zip
    /// archive or holds no readable `word/document.xml`.
    DocumentInvalid = "document.invalid";
    /// A document to import holds none of the template's questions.
    DocumentNoQuestions = "document.no_questions";
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

    /// Returns the display form, `code: reason` or `code at path: reason`
    /// (what `to_string()` gives), put together without `core::fmt`, which
    /// the package's wasm does not carry.
    ///
    /// # Example
    ///
    /// ```
    /// use formkoll::{Error, ErrorCode};
    /// let e = Error::new(ErrorCode::ReportInvalid, "answers.1.1", "expected a string");
    /// assert_eq!(e.message(), "report.invalid at answers.1.1: expected a string");
    /// assert_eq!(e.message(), e.to_string());
    /// let whole = Error::new(ErrorCode::ReportInvalid, "", "expected an object");
    /// assert_eq!(whole.message(), "report.invalid: expected an object");
    /// ```
    pub fn message(&self) -> String {
        let code = self.code.as_str();
        let mut s = String::with_capacity(code.len() + self.path.len() + self.reason.len() + 6);
        s.push_str(code);
        if !self.path.is_empty() {
            s.push_str(" at ");
            s.push_str(&self.path);
        }
        s.push_str(": ");
        s.push_str(&self.reason);
        s
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

#[cfg(not(all(feature = "no-std", target_arch = "wasm32")))]
impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_is_unique_dotted_and_round_trips() {
        let mut seen = std::collections::HashSet::new();
        for &code in ErrorCode::ALL {
            let s = code.as_str();
            assert!(seen.insert(s), "{s} twice");
            assert_eq!(ErrorCode::from_str(s), Some(code));
            let (area, what) = s.split_once('.').unwrap();
            assert!(!area.is_empty() && !what.is_empty(), "{s}");
            assert!(
                s.bytes()
                    .all(|b| b.is_ascii_lowercase() || b == b'.' || b == b'_'),
                "{s}"
            );
        }
    }

    #[test]
    fn the_typescript_union_is_exactly_the_list() {
        let members: Vec<&str> = ErrorCode::TS_UNION
            .split("export type ErrorCode =")
            .nth(1)
            .unwrap()
            .split('|')
            .map(|m| m.trim().trim_end_matches(';').trim().trim_matches('"'))
            .filter(|m| !m.is_empty())
            .collect();
        let all: Vec<&str> = ErrorCode::ALL.iter().map(|c| c.as_str()).collect();
        assert_eq!(members, all);
    }
}
