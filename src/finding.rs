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
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[non_exhaustive]
        pub enum FindingCode {
            $($(#[$doc])* $variant,)*
        }

        impl FindingCode {
            /// Every code, in documentation order.
            pub const ALL: &'static [FindingCode] = &[$(FindingCode::$variant,)*];

            /// Returns the dotted code, e.g. `"limit.exceeded"`.
            ///
            /// # Example
            ///
            /// ```
            /// assert_eq!(formkoll::FindingCode::ExplanationMissing.as_str(), "explanation.missing");
            /// ```
            pub fn as_str(self) -> &'static str {
                match self { $(FindingCode::$variant => $code,)* }
            }

            /// Returns the severity that always goes with this code.
            pub fn severity(self) -> Severity {
                match self { $(FindingCode::$variant => Severity::$severity,)* }
            }

            /// Looks a code up by its dotted form.
            pub fn from_str(code: &str) -> Option<FindingCode> {
                match code { $($code => Some(FindingCode::$variant),)* _ => None }
            }
        }
    };
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
    /// An answer in scope names no actor worked with.
    InstructionActors = "instruction.actors", Warning;
    /// No answer in scope describes challenges.
    InstructionChallenges = "instruction.challenges", Warning;
    /// No answer in scope describes success factors.
    InstructionSuccessFactors = "instruction.success_factors", Warning;
    /// An effects answer does not say whether it rests on uppföljning, utvärdering or egen bedömning.
    InstructionBasis = "instruction.basis", Warning;
    /// A results answer names no goals.
    InstructionGoals = "instruction.goals", Warning;
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
        for &c in FindingCode::ALL {
            assert!(seen.insert(c.as_str()), "duplicate {}", c.as_str());
            assert_eq!(FindingCode::from_str(c.as_str()), Some(c));
        }
        assert_eq!(FindingCode::ALL.len(), 21);
    }
}
