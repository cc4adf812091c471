//! The template's data model: exactly what a `formkoll-template/1` JSON file holds.
//!
//! Every struct denies unknown fields, so a misspelt key is an error with a
//! path rather than a silently ignored setting.

use crate::prelude::*;
use alloc::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::count::Policy;
use crate::messages::Lang;

/// The only template format this version reads.
pub const FORMAT: &str = "formkoll-template/1";

/// A text in the template's language, optionally with translations.
///
/// In JSON either a plain string (`"Ja"`) or an object (`{"sv": "Ja", "en": "Yes"}`).
///
/// # Example
///
/// ```
/// use formkoll::{Lang, Text};
/// let t: Text = serde_json::from_str(r#"{"sv":"Ja","en":"Yes"}"#).unwrap();
/// assert_eq!(t.get(Lang::En), "Yes");
/// let plain: Text = serde_json::from_str(r#""Nej""#).unwrap();
/// assert_eq!(plain.get(Lang::En), "Nej");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Text {
    /// One string for every language.
    Plain(String),
    /// Swedish, with an optional English translation.
    Localized {
        /// Swedish (required: the forms are Swedish first).
        sv: String,
        /// English; falls back to Swedish when missing.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        en: Option<String>,
    },
}

impl Text {
    /// Returns the text for `lang`, falling back to Swedish.
    pub fn get(&self, lang: Lang) -> &str {
        match (self, lang) {
            (Text::Plain(s), _) => s,
            (Text::Localized { en: Some(en), .. }, Lang::En) => en,
            (Text::Localized { sv, .. }, _) => sv,
        }
    }
}

/// A section of the form, e.g. "2. Kompetensförsörjning och kompetensutveckling".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// The section's id, its number as a string ("2").
    pub id: String,
    /// The heading.
    pub title: Text,
}

/// Whether a question is answered with text or with a choice plus text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    /// Free text.
    Text,
    /// A choice (Ja/Nej/…) with a follow-up text whose need depends on the choice.
    Choice,
}

/// One question of the form.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// The canonical id, e.g. "3.4" or "5.1a".
    pub id: String,
    /// The id of the [`Section`] the question belongs to.
    pub section: String,
    /// What the question is about (strategic, prestationer, …); informational.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
    /// The printed parent of grouped sub-questions ("5.1" for 5.1a–d).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// The shared lead-in of a group ("Har anslaget bidragit till att nå målen i:").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stem: Option<Text>,
    /// The question as printed.
    pub text: Text,
    /// Text or choice.
    pub kind: QuestionKind,
    /// The options of a choice question; empty for text questions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub choices: Vec<Choice>,
    /// True for "Om möjligt" questions: an empty answer costs nothing.
    #[serde(default)]
    pub optional: bool,
    /// A footnote printed with the question.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub footnote: Option<Text>,
}

/// Whether a choice needs a follow-up text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Explanation {
    /// Text is required ("Om nej, beskriv varför").
    Required,
    /// Text may be given.
    Optional,
    /// No text is asked for ("Ej aktuellt").
    #[default]
    None,
}

/// One option of a choice question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// The stored value, e.g. "nej" or "ej_aktuellt".
    pub id: String,
    /// The label shown ("Nej").
    pub label: Text,
    /// Whether the follow-up text is required when this option is chosen.
    #[serde(default)]
    pub explanation: Explanation,
    /// What the follow-up text should say ("Om nej, beskriv varför …").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prompt: Option<Text>,
}

/// A character budget shared by a set of questions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Limit {
    /// A unique id, e.g. "section-2".
    pub id: String,
    /// The section this budget belongs to, when it is a section budget.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// The most characters allowed, summed over `questions`.
    pub max: u64,
    /// The questions whose answers count against this budget.
    pub questions: Vec<String>,
    /// The rule as printed ("Observera! Maximalt antal tecken …").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<Text>,
}

/// Where an instruction must be satisfied.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// In every answered question of the scope.
    Each,
    /// Somewhere in the scope ("Beskriv genomgående i frågorna 1.1–1.3").
    Any,
}

/// An instruction of the form turned into a keyword check over a question range.
///
/// # Example
///
/// ```
/// use formkoll::{Instruction, Lang, Mode};
/// let i: Instruction = serde_json::from_str(r#"{"id":"a2","check":"indicators","mode":"each",
///     "questions":["A2"],"message":{"sv":"ange vilka indikatorer ni följer upp","en":"name the indicators you follow"}}"#).unwrap();
/// assert_eq!((i.check.as_str(), i.mode, i.message.get(Lang::En)), ("indicators", Mode::Each, "name the indicators you follow"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Instruction {
    /// A unique id, e.g. "1-actors".
    pub id: String,
    /// What is looked for: a name matching `^[a-z][a-z0-9_]*$`
    /// ([`is_check_name`](crate::is_check_name)); the finding's code is
    /// `"instruction.<check>"`.
    pub check: String,
    /// Each question, or anywhere in the range.
    pub mode: Mode,
    /// The scope.
    pub questions: Vec<String>,
    /// The vocabulary to match; defaults to the check's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vocabulary: Option<String>,
    /// What to do, shown after the subject: "ange vilka aktörer ni har
    /// samverkat med". The scope follows the subject unless the message
    /// places it with `%{scope}`; a "." ends it unless it ends in `.`, `!`
    /// or `?` (docs/rules.md).
    pub message: Text,
    /// The instruction as printed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<Text>,
}

/// The template file itself.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TemplateData {
    /// Always [`FORMAT`].
    pub format: String,
    /// The template id reports refer to.
    pub id: String,
    /// A version label.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// The form's title.
    pub title: Text,
    /// The language of the form's own texts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The counting policy.
    #[serde(default)]
    pub policy: Policy,
    /// `limit.near` is reported from this share of a limit, in percent.
    #[serde(default = "ninety")]
    pub near_threshold_percent: u8,
    /// Keyword lists for instruction checks, one pattern per entry: `"kommun"`
    /// matches the word and its inflected forms, `"region*"` also longer words
    /// beginning so, `"*organisation"` also compounds ending so (docs/rules.md).
    #[serde(default)]
    pub vocabularies: BTreeMap<String, Vec<String>>,
    /// Words that never satisfy a vocabulary even when one of its entries
    /// matches them, keyed by vocabulary name and written in the same pattern
    /// syntax (`"regional*"` excludes "regionala" from `"region"`-like entries,
    /// `"område*"` excludes "området" from `"*rådet"`). See docs/rules.md.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub vocabulary_exclusions: BTreeMap<String, Vec<String>>,
    /// Sections in form order.
    pub sections: Vec<Section>,
    /// Questions in form order.
    pub questions: Vec<Question>,
    /// Character budgets.
    #[serde(default)]
    pub limits: Vec<Limit>,
    /// Instruction checks.
    #[serde(default)]
    pub instructions: Vec<Instruction>,
}

fn ninety() -> u8 {
    90
}
