//! Findings: what validation found, as data with stable codes.
//!
//! [`FindingCode`] is *the* list of codes: messages, CSS classes, JavaScript
//! and tests all take their codes from here.

use crate::prelude::*;
use serde::{Serialize, Serializer};

/// How serious a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The report cannot be submitted as it is.
    Error,
    /// The report can be submitted, but the form asks for something missing.
    Warning,
    /// For information only (a budget is nearly used up).
    Info,
}

impl Severity {
    /// Returns "error", "warning" or "info".
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

macro_rules! finding_codes {
    ($($(#[$doc:meta])* $variant:ident = $code:literal, $severity:ident;)*) => {
        /// A stable finding code. See `docs/rules.md` for each one.
        ///
        /// The fixed codes are unit variants; an instruction check's code is
        /// [`FindingCode::Instruction`], named by the template
        /// (`"instruction.<check>"`, made with [`FindingCode::instruction`]).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[non_exhaustive]
        pub enum FindingCode {
            $($(#[$doc])* $variant,)*
            /// An answer in scope does not do what an instruction of the
            /// template asks (its vocabulary does not match): the code is
            /// `"instruction.<check>"`, e.g. `"instruction.actors"`.
            Instruction(InstructionCode),
        }

        impl FindingCode {
            /// Every code with a fixed name, in documentation order. The
            /// instruction codes (`instruction.<check>`) are the template's:
            /// see [`FindingCode::instruction`].
            pub const ALL: &'static [FindingCode] = &[$(FindingCode::$variant,)*];

            /// Returns the dotted code, e.g. `"limit.exceeded"` or `"instruction.actors"`.
            ///
            /// # Example
            ///
            /// ```
            /// use formkoll::FindingCode;
            /// assert_eq!(FindingCode::ExplanationMissing.as_str(), "explanation.missing");
            /// assert_eq!(FindingCode::instruction("indicators").unwrap().as_str(), "instruction.indicators");
            /// ```
            pub fn as_str(&self) -> &str {
                match self {
                    $(FindingCode::$variant => $code,)*
                    FindingCode::Instruction(c) => c.as_str(),
                }
            }

            /// Returns the severity that always goes with this code.
            pub fn severity(self) -> Severity {
                match self {
                    $(FindingCode::$variant => Severity::$severity,)*
                    FindingCode::Instruction(_) => Severity::Warning,
                }
            }

            /// Looks a code up by its dotted form; `"instruction.<check>"`
            /// for any check name (see [`is_check_name`]).
            ///
            /// # Example
            ///
            /// ```
            /// use formkoll::FindingCode;
            /// assert_eq!(FindingCode::from_str("limit.near"), Some(FindingCode::LimitNear));
            /// assert_eq!(FindingCode::from_str("instruction.goals"), FindingCode::instruction("goals"));
            /// assert_eq!(FindingCode::from_str("instruction.Goals"), None);
            /// ```
            // An `Option` lookup, not `FromStr`'s `Result` (a name kept for its callers).
            #[allow(clippy::should_implement_trait)]
            pub fn from_str(code: &str) -> Option<FindingCode> {
                match code {
                    $($code => Some(FindingCode::$variant),)*
                    _ => FindingCode::instruction(code.strip_prefix(INSTRUCTION_PREFIX)?),
                }
            }
        }
    };
}

/// What every instruction check's finding code begins with.
const INSTRUCTION_PREFIX: &str = "instruction.";

/// The longest check name a template may use (so that an instruction's
/// finding code stays a small `Copy` value).
pub const MAX_CHECK_NAME: usize = 32;

/// Returns true if and only if `name` can name an instruction check: an
/// identifier `^[a-z][a-z0-9_]*$` of at most [`MAX_CHECK_NAME`] characters.
///
/// # Example
///
/// ```
/// use formkoll::is_check_name;
/// assert!(is_check_name("success_factors"));
/// assert!(!is_check_name("Goals") && !is_check_name("1goal") && !is_check_name("a-b") && !is_check_name(""));
/// ```
pub fn is_check_name(name: &str) -> bool {
    let b = name.as_bytes();
    b.len() <= MAX_CHECK_NAME
        && b.first().is_some_and(u8::is_ascii_lowercase)
        && b.iter()
            .all(|&c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'_')
}

/// The code of an instruction check, `"instruction.<check>"`, held inline
/// (no allocation, `Copy`) like the fixed codes.
///
/// # Example
///
/// ```
/// use formkoll::FindingCode;
/// let FindingCode::Instruction(c) = FindingCode::instruction("actors").unwrap() else { unreachable!() };
/// assert_eq!((c.as_str(), c.check()), ("instruction.actors", "actors"));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct InstructionCode {
    len: u8,
    bytes: [u8; INSTRUCTION_PREFIX.len() + MAX_CHECK_NAME],
}

impl InstructionCode {
    /// Returns the whole code, e.g. `"instruction.actors"`.
    pub fn as_str(&self) -> &str {
        let bytes = self.bytes.get(..usize::from(self.len)).unwrap_or(&[]);
        // Only ever filled from a `str` (prefix + check name): valid UTF-8.
        core::str::from_utf8(bytes).unwrap_or("")
    }

    /// Returns the check's name, e.g. `"actors"`.
    pub fn check(&self) -> &str {
        self.as_str().get(INSTRUCTION_PREFIX.len()..).unwrap_or("")
    }
}

impl core::fmt::Debug for InstructionCode {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.as_str())
    }
}

finding_codes! {
    /// A budget is exceeded: its answers together have more characters than `max`.
    LimitExceeded = "limit.exceeded", Error;
    /// A required question has no answer (empty or only whitespace).
    RequiredMissing = "required.missing", Error;
    /// A required choice question has no option chosen (or text without a choice).
    ChoiceMissing = "choice.missing", Error;
    /// The chosen option is not one of the question's options.
    ChoiceUnknown = "choice.unknown", Error;
    /// The chosen option requires a follow-up text, and there is none.
    ExplanationMissing = "explanation.missing", Error;
    /// The report answers a question the template does not have.
    AnswerUnknownQuestion = "answer.unknown_question", Error;
    /// More than 50 answers to questions the template does not have: the
    /// first 50 are listed one by one, the rest counted in this one finding
    /// (`occurrences`), so a hostile report cannot make thousands.
    AnswerUnknownMore = "answer.unknown_more", Error;
    /// Zero-width characters (U+200B, U+2060, U+180E).
    HygieneZeroWidth = "hygiene.zero_width", Warning;
    /// Soft hyphens (U+00AD).
    HygieneSoftHyphen = "hygiene.soft_hyphen", Warning;
    /// Control characters other than tab and line breaks.
    HygieneControl = "hygiene.control", Warning;
    /// Byte-order marks (U+FEFF).
    HygieneBom = "hygiene.bom", Warning;
    /// Spaces or tabs at the end of a line.
    HygieneTrailingWhitespace = "hygiene.trailing_whitespace", Warning;
    /// Two or more blank lines in a row.
    HygieneBlankLines = "hygiene.blank_lines", Warning;
    /// A word split by a PDF copy: "utveck- ling".
    HygienePdfHyphenation = "hygiene.pdf_hyphenation", Warning;
    /// Spurious spaces after å/ä/ö from a damaged PDF: "fö r", "ä r", "må l".
    HygienePdfSpacing = "hygiene.pdf_spacing", Warning;
    /// A budget is at least 90 % used (the template's threshold).
    LimitNear = "limit.near", Info;
}

impl FindingCode {
    /// The code of instruction check `check`, `"instruction.<check>"`; `None`
    /// when `check` is not a check name ([`is_check_name`]).
    ///
    /// # Example
    ///
    /// ```
    /// use formkoll::{FindingCode, Severity};
    /// let c = FindingCode::instruction("indicators").unwrap();
    /// assert_eq!((c.as_str(), c.check(), c.severity()), ("instruction.indicators", Some("indicators"), Severity::Warning));
    /// assert_eq!(FindingCode::instruction("not a name"), None);
    /// ```
    pub fn instruction(check: &str) -> Option<FindingCode> {
        if !is_check_name(check) {
            return None;
        }
        let mut bytes = [0; INSTRUCTION_PREFIX.len() + MAX_CHECK_NAME];
        let len = INSTRUCTION_PREFIX.len() + check.len();
        let (prefix, name) = bytes.split_at_mut(INSTRUCTION_PREFIX.len());
        prefix.copy_from_slice(INSTRUCTION_PREFIX.as_bytes());
        name.get_mut(..check.len())?
            .copy_from_slice(check.as_bytes());
        Some(FindingCode::Instruction(InstructionCode {
            len: len as u8,
            bytes,
        }))
    }

    /// Returns the check's name when this is an instruction code.
    pub fn check(&self) -> Option<&str> {
        match self {
            FindingCode::Instruction(c) => Some(c.check()),
            _ => None,
        }
    }
}

impl Serialize for FindingCode {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// One finding: a code, what it concerns, the numbers a message needs, and
/// the message in the requested language.
///
/// `question` and `section` are always present in JSON (null when they do not
/// apply); the numbers only when they do.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// The stable code.
    pub code: FindingCode,
    /// Its severity (always `code.severity()`).
    pub severity: Severity,
    /// The question concerned.
    pub question: Option<String>,
    /// The section concerned (its id, e.g. "2").
    pub section: Option<String>,
    /// The limit concerned.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<String>,
    /// The instruction concerned.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instruction: Option<String>,
    /// The questions in scope of a range-wide finding.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub questions: Vec<String>,
    /// The option chosen, for choice findings.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub choice: Option<String>,
    /// The characters counted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count: Option<u64>,
    /// The budget.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max: Option<u64>,
    /// Characters over the budget.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub over_by: Option<u64>,
    /// Characters left in the budget.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remaining: Option<u64>,
    /// How many times a hygiene problem occurs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub occurrences: Option<u64>,
    /// The message, rendered in the session's language.
    pub message: String,
}

impl Finding {
    /// Creates a finding with no subject, numbers or message yet.
    ///
    /// # Example
    ///
    /// ```
    /// use formkoll::{Finding, FindingCode, Severity};
    /// let f = Finding::new(FindingCode::RequiredMissing).with_question("1.1");
    /// assert_eq!(f.severity, Severity::Error);
    /// ```
    pub fn new(code: FindingCode) -> Finding {
        Finding {
            code,
            severity: code.severity(),
            question: None,
            section: None,
            limit: None,
            instruction: None,
            questions: Vec::new(),
            choice: None,
            count: None,
            max: None,
            over_by: None,
            remaining: None,
            occurrences: None,
            message: String::new(),
        }
    }

    /// Sets the question concerned.
    pub fn with_question(mut self, id: &str) -> Finding {
        self.question = Some(id.to_string());
        self
    }

    /// Sets the section concerned.
    pub fn with_section(mut self, id: &str) -> Finding {
        self.section = Some(id.to_string());
        self
    }

    /// Returns true if and only if this finding is an error.
    ///
    /// # Example
    ///
    /// ```
    /// use formkoll::{Finding, FindingCode};
    /// assert!(Finding::new(FindingCode::LimitExceeded).is_error());
    /// assert!(!Finding::new(FindingCode::LimitNear).is_error());
    /// ```
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finding_codes_round_trip_and_are_unique() {
        let mut seen = std::collections::HashSet::new();
        for c in FindingCode::ALL {
            assert!(seen.insert(c.as_str()), "duplicate {}", c.as_str());
            assert_eq!(FindingCode::from_str(c.as_str()), Some(*c));
        }
        assert_eq!(FindingCode::ALL.len(), 16);
    }

    #[test]
    fn finding_instruction_code_carries_any_check_name() {
        for name in ["actors", "success_factors", "indicators", "a", "x9_"] {
            let c = FindingCode::instruction(name).unwrap();
            assert_eq!(c.as_str(), format!("instruction.{name}"));
            assert_eq!(c.check(), Some(name));
            assert_eq!(FindingCode::from_str(c.as_str()), Some(c));
            assert_eq!(c.severity(), Severity::Warning);
            assert_eq!(
                serde_json::to_string(&c).unwrap(),
                format!("\"instruction.{name}\"")
            );
        }
        let longest = "a".repeat(MAX_CHECK_NAME);
        assert!(FindingCode::instruction(&longest).is_some());
        for bad in [
            "",
            "Actors",
            "9a",
            "_a",
            "a-b",
            "a.b",
            "å",
            &"a".repeat(MAX_CHECK_NAME + 1),
        ] {
            assert_eq!(FindingCode::instruction(bad), None, "{bad:?}");
            assert_eq!(FindingCode::from_str(&format!("instruction.{bad}")), None);
        }
        assert_ne!(
            FindingCode::instruction("goals"),
            FindingCode::instruction("basis")
        );
        assert_eq!(FindingCode::LimitExceeded.check(), None);
    }
}
