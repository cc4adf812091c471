//! Templates: the form's structure, budgets and instructions, loaded from JSON.
//!
//! The 2024:99 template is data (`templates/resultatredovisning-2024-99.json`,
//! embedded with `include_str!`); any other template is loaded at run time with
//! [`Template::from_json`]. Loading checks the JSON's shape *and* its
//! consistency, so a template that loads can be used without further checks.

use crate::prelude::*;

mod consistency;
mod model;
mod read;
mod write;

use hashbrown::HashMap;

pub use model::{
    CheckKind, Choice, Explanation, Instruction, Limit, Mode, Question, QuestionKind, Section,
    TemplateData, Text, FORMAT,
};

use crate::count::Policy;
use crate::error::{Error, ErrorCode, Result};
use crate::keywords::Vocabulary;

/// The id of the embedded default template.
pub const DEFAULT_TEMPLATE_ID: &str = "resultatredovisning-2024-99";

/// The embedded templates: (id, JSON source).
const EMBEDDED: &[(&str, &str)] = &[(
    DEFAULT_TEMPLATE_ID,
    include_str!("../../templates/resultatredovisning-2024-99.json"),
)];

/// A loaded, consistent template with lookup tables built once.
///
/// # Example
///
/// This shows how to find the budget a question counts against.
///
/// ```
/// use formkoll::Template;
/// let t = Template::default_template();
/// let q = t.question_index("2.3").unwrap();
/// let limits: Vec<&str> = t.limits_of(q).iter().map(|&l| t.data().limits[l].id.as_str()).collect();
/// assert_eq!(limits, ["section-2"]);
/// ```
#[derive(Clone, Debug)]
pub struct Template {
    data: TemplateData,
    source: Option<&'static str>,
    question_by_id: HashMap<String, usize>,
    section_of_question: Vec<usize>,
    first_question_of_section: Vec<usize>,
    limits_of_question: Vec<Vec<usize>>,
    instructions_of_question: Vec<Vec<usize>>,
    limit_questions: Vec<Vec<usize>>,
    instruction_questions: Vec<Vec<usize>>,
    instruction_vocabulary: Vec<Vocabulary>,
}

impl Template {
    /// Loads a template from JSON, checking its shape and consistency.
    ///
    /// # Errors
    ///
    /// [`ErrorCode::TemplateInvalid`] with the JSON path of the first problem:
    /// bad JSON, a wrong type, an unknown field, a duplicate id, a reference to a
    /// missing question or section, a choice question without choices, …
    ///
    /// # Example
    ///
    /// ```
    /// let err = formkoll::Template::from_json(r#"{"format":"formkoll-template/1","id":"x","titel":"typo"}"#).unwrap_err();
    /// assert_eq!(err.path(), "titel");
    /// ```
    pub fn from_json(json: &str) -> Result<Template> {
        Template::from_data(crate::json::parse(
            json,
            ErrorCode::TemplateInvalid,
            read::template,
        )?)
    }

    /// Builds a template from already-deserialized data, checking consistency.
    ///
    /// # Errors
    ///
    /// As [`Template::from_json`], for the consistency rules.
    ///
    /// # Example
    ///
    /// ```
    /// use formkoll::Template;
    /// let mut data = Template::default_template().data().clone();
    /// data.limits[0].questions.push("1.1".into());
    /// let err = Template::from_data(data).unwrap_err();
    /// assert_eq!(err.path(), "limits[0].questions[5]");
    /// ```
    pub fn from_data(data: TemplateData) -> Result<Template> {
        consistency::check(&data)?;
        Ok(Template::index(data, None))
    }

    /// Returns the embedded 2024:99 template ("resultatredovisning-2024-99").
    ///
    /// # Example
    ///
    /// ```
    /// let t = formkoll::Template::default_template();
    /// assert_eq!(t.id(), "resultatredovisning-2024-99");
    /// assert_eq!(t.data().questions.len(), 31);
    /// ```
    pub fn default_template() -> Template {
        // The embedded template is checked by a unit test; should it ever be
        // broken the fallback is an empty, still usable template rather than a panic.
        Template::embedded(DEFAULT_TEMPLATE_ID).unwrap_or_else(|_| Template::empty())
    }

    /// Returns an embedded template by id.
    ///
    /// # Errors
    ///
    /// [`ErrorCode::TemplateUnknown`] when no template has that id.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(formkoll::Template::embedded("nope").is_err());
    /// ```
    pub fn embedded(id: &str) -> Result<Template> {
        let (_, src) = EMBEDDED.iter().find(|(eid, _)| *eid == id).ok_or_else(|| {
            Error::new(ErrorCode::TemplateUnknown, "", {
                let mut s = String::from("no embedded template with id ");
                crate::json::read::push_quoted(&mut s, id);
                s
            })
        })?;
        let mut t = Template::from_json(src)?;
        t.source = Some(src);
        Ok(t)
    }

    /// Returns the JSON source of an embedded template, exactly as embedded.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(formkoll::Template::embedded_source("resultatredovisning-2024-99").unwrap().contains("15000"));
    /// ```
    pub fn embedded_source(id: &str) -> Option<&'static str> {
        EMBEDDED.iter().find(|(eid, _)| *eid == id).map(|(_, s)| *s)
    }

    /// Returns the ids of the embedded templates.
    pub fn embedded_ids() -> impl Iterator<Item = &'static str> {
        EMBEDDED.iter().map(|(id, _)| *id)
    }

    fn empty() -> Template {
        Template::index(
            TemplateData {
                format: FORMAT.to_string(),
                id: DEFAULT_TEMPLATE_ID.to_string(),
                version: None,
                title: Text::Plain(String::new()),
                language: None,
                policy: Policy::default(),
                near_threshold_percent: 90,
                vocabularies: Default::default(),
                vocabulary_exclusions: Default::default(),
                sections: vec![],
                questions: vec![],
                limits: vec![],
                instructions: vec![],
            },
            None,
        )
    }

    /// Builds the lookup tables. Only called on consistent data, so every
    /// reference resolves; unresolvable ones are skipped rather than panicking.
    fn index(data: TemplateData, source: Option<&'static str>) -> Template {
        let question_by_id: HashMap<String, usize> = data
            .questions
            .iter()
            .enumerate()
            .map(|(i, q)| (q.id.clone(), i))
            .collect();
        let section_by_id: HashMap<&str, usize> = data
            .sections
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.as_str(), i))
            .collect();
        let section_of_question: Vec<usize> = data
            .questions
            .iter()
            .map(|q| section_by_id.get(q.section.as_str()).copied().unwrap_or(0))
            .collect();
        // hashbrown's map (unlike std's) may not outlive the `data` it borrows.
        drop(section_by_id);
        let mut first_question_of_section = vec![usize::MAX; data.sections.len()];
        for (q, &s) in section_of_question.iter().enumerate() {
            if let Some(first) = first_question_of_section.get_mut(s) {
                *first = (*first).min(q);
            }
        }
        let resolve = |ids: &[String]| -> Vec<usize> {
            ids.iter()
                .filter_map(|id| question_by_id.get(id).copied())
                .collect()
        };
        let limit_questions: Vec<Vec<usize>> =
            data.limits.iter().map(|l| resolve(&l.questions)).collect();
        let instruction_questions: Vec<Vec<usize>> = data
            .instructions
            .iter()
            .map(|i| resolve(&i.questions))
            .collect();
        let mut limits_of_question = vec![Vec::new(); data.questions.len()];
        for (l, qs) in limit_questions.iter().enumerate() {
            for &q in qs {
                if let Some(ls) = limits_of_question.get_mut(q) {
                    ls.push(l);
                }
            }
        }
        let mut instructions_of_question = vec![Vec::new(); data.questions.len()];
        for (i, qs) in instruction_questions.iter().enumerate() {
            for &q in qs {
                if let Some(is) = instructions_of_question.get_mut(q) {
                    is.push(i);
                }
            }
        }
        let instruction_vocabulary = data
            .instructions
            .iter()
            .map(|i| {
                let name = i.vocabulary.as_deref().unwrap_or(i.check.as_str());
                let words = data.vocabularies.get(name);
                let exclusions = data.vocabulary_exclusions.get(name);
                Vocabulary::new(
                    words.map(Vec::as_slice).unwrap_or(&[]),
                    exclusions.map(Vec::as_slice).unwrap_or(&[]),
                )
            })
            .collect();
        Template {
            data,
            source,
            question_by_id,
            section_of_question,
            first_question_of_section,
            limits_of_question,
            instructions_of_question,
            limit_questions,
            instruction_questions,
            instruction_vocabulary,
        }
    }

    /// Returns the template's data as loaded.
    pub fn data(&self) -> &TemplateData {
        &self.data
    }

    /// Returns the template id.
    pub fn id(&self) -> &str {
        &self.data.id
    }

    /// Returns the counting policy.
    pub fn policy(&self) -> &Policy {
        &self.data.policy
    }

    /// Returns the JSON source when the template is embedded.
    pub fn source(&self) -> Option<&'static str> {
        self.source
    }

    /// Returns the position of a question by id.
    ///
    /// # Example
    ///
    /// ```
    /// let t = formkoll::Template::default_template();
    /// assert_eq!(t.question_index("1.1"), Some(0));
    /// assert_eq!(t.question_index("9.9"), None);
    /// ```
    pub fn question_index(&self, id: &str) -> Option<usize> {
        self.question_by_id.get(id).copied()
    }

    /// Returns the position (in `sections`) of the section of question `q`.
    ///
    /// # Example
    ///
    /// ```
    /// let t = formkoll::Template::default_template();
    /// let q = t.question_index("5.1c").unwrap();
    /// assert_eq!(t.data().sections[t.section_of(q)].id, "5");
    /// ```
    pub fn section_of(&self, q: usize) -> usize {
        self.section_of_question.get(q).copied().unwrap_or(0)
    }

    /// Returns the position of the first question of the section of question `q`.
    pub fn first_question_of_section_of(&self, q: usize) -> usize {
        self.first_question_of_section
            .get(self.section_of(q))
            .copied()
            .unwrap_or(q)
    }

    /// Returns the limits (positions in `limits`) that question `q` counts against.
    pub fn limits_of(&self, q: usize) -> &[usize] {
        self.limits_of_question
            .get(q)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// Returns the instructions (positions in `instructions`) whose scope holds question `q`.
    ///
    /// # Example
    ///
    /// ```
    /// let t = formkoll::Template::default_template();
    /// let q = t.question_index("1.5").unwrap();
    /// let ids: Vec<&str> = t.instructions_of(q).iter().map(|&i| t.data().instructions[i].id.as_str()).collect();
    /// assert_eq!(ids, ["1.5-basis", "1.5-goals"]);
    /// ```
    pub fn instructions_of(&self, q: usize) -> &[usize] {
        self.instructions_of_question
            .get(q)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// Returns the questions (positions) of limit `l`.
    pub fn limit_questions(&self, l: usize) -> &[usize] {
        self.limit_questions
            .get(l)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// Returns the questions (positions) of instruction `i`.
    pub fn instruction_questions(&self, i: usize) -> &[usize] {
        self.instruction_questions
            .get(i)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// Returns the compiled vocabulary of instruction `i`.
    pub(crate) fn instruction_vocabulary(&self, i: usize) -> Option<&Vocabulary> {
        self.instruction_vocabulary.get(i)
    }
}

impl Default for Template {
    fn default() -> Template {
        Template::default_template()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn template_embedded_default_loads() {
        let t = Template::embedded(DEFAULT_TEMPLATE_ID).expect("embedded template must load");
        assert_eq!(t.data().sections.len(), 6);
        assert_eq!(t.data().questions.len(), 31);
        let maxes: Vec<u64> = t.data().limits.iter().map(|l| l.max).collect();
        assert_eq!(maxes, [11_000, 15_000, 15_000, 11_000, 8_000, 5_000]);
        let optional: Vec<&str> = t
            .data()
            .questions
            .iter()
            .filter(|q| q.optional)
            .map(|q| q.id.as_str())
            .collect();
        assert_eq!(optional, ["1.5", "2.7", "3.5", "4.5"]);
    }

    #[test]
    fn template_choice_questions_have_their_options() {
        let t = Template::default_template();
        let ids = |q: &str| -> Vec<String> {
            let q = &t.data().questions[t.question_index(q).unwrap()];
            q.choices
                .iter()
                .map(|c| format!("{}:{:?}", c.id, c.explanation))
                .collect()
        };
        assert_eq!(ids("5.1a"), ["ja:Required", "nej:Required"]);
        assert_eq!(
            ids("5.1d"),
            ["ja:Required", "nej:Required", "ej_aktuellt:None"]
        );
    }
}
