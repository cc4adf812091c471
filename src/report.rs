//! Reports: the answers a person gave, exactly as entered.
//!
//! The JSON shape is `{"template": id, "answers": {"1.1": "text", "5.1a":
//! {"choice": "ja", "text": "…"}}}`; other top-level fields (region, year)
//! are kept as they are. Answers keep their order, and their text is never
//! altered: [`Report::to_json`] gives back what [`Report::from_json`] read.
//!
//! This file holds the model and its JSON writing (the crate's writer,
//! src/json/write.rs); src/report/read.rs reads it with the crate's reader,
//! and src/report/with_serde.rs has the public `serde` impls of [`Answer`]
//! and [`Answers`].

use crate::prelude::*;

use crate::error::{ErrorCode, Result};
use crate::json::{self, Object, ToJson};
use crate::template::Template;

mod read;
mod with_serde;

use read::read_report;
pub(crate) use read::too_many_answers;

/// One answer: text, or a choice with its follow-up text.
///
/// # Example
///
/// ```
/// use formkoll::Answer;
/// let a: Answer = serde_json::from_str(r#"{"choice":"nej","text":""}"#).unwrap();
/// assert_eq!(a.choice(), Some("nej"));
/// assert_eq!(a.text(), "");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    /// A text answer (`"1.1": "…"`).
    Text(String),
    /// A choice answer (`"5.1a": {"choice": "ja", "text": "…"}`); `choice` is
    /// `None` when no option is chosen yet.
    Choice {
        /// The chosen option's id.
        choice: Option<String>,
        /// The follow-up text.
        text: String,
    },
}

impl Answer {
    /// Returns the answer's text (the follow-up text of a choice).
    pub fn text(&self) -> &str {
        match self {
            Answer::Text(t) | Answer::Choice { text: t, .. } => t,
        }
    }

    /// Returns the chosen option, if any.
    pub fn choice(&self) -> Option<&str> {
        match self {
            Answer::Text(_) => None,
            Answer::Choice { choice, .. } => choice.as_deref(),
        }
    }
}

/// Answers in the order they were entered.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers(pub Vec<(String, Answer)>);

impl Answers {
    /// Returns the answer to question `id`.
    ///
    /// # Example
    ///
    /// ```
    /// let r = formkoll::Report::from_json(r#"{"answers":{"1.1":"a"}}"#)?;
    /// assert_eq!(r.answers.get("1.1").map(|a| a.text()), Some("a"));
    /// assert!(r.answers.get("1.2").is_none());
    /// # Ok::<(), formkoll::Error>(())
    /// ```
    pub fn get(&self, id: &str) -> Option<&Answer> {
        self.0.iter().find(|(k, _)| k == id).map(|(_, a)| a)
    }
}

/// A report: which template it follows, its answers, and any other fields.
///
/// # Example
///
/// This shows that a report round-trips unchanged.
///
/// ```
/// use formkoll::Report;
/// let json = r#"{"template":"t","region":"X","answers":{"1.1":"a\r\nb","5.1a":{"choice":"ja","text":""}}}"#;
/// let r = Report::from_json(json)?;
/// assert_eq!(r.to_json(), json);
/// # Ok::<(), formkoll::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Report {
    /// The template id the report claims to follow.
    pub template: Option<String>,
    /// The answers.
    pub answers: Answers,
    /// Every other top-level field, in order, untouched: its name and the
    /// JSON text of its value as written (only the whitespace between
    /// tokens dropped).
    pub extra: Vec<(String, String)>,
    /// Order of the top-level keys as read, so output matches input.
    order: Vec<Key>,
}

#[derive(Clone, Debug, PartialEq)]
enum Key {
    Template,
    Answers,
    Extra(usize),
}

impl Report {
    /// Creates a report for `template` with the given answers.
    ///
    /// # Example
    ///
    /// ```
    /// use formkoll::{Answer, Report};
    /// let r = Report::new("resultatredovisning-2024-99", vec![("1.1".into(), Answer::Text("Svar".into()))]);
    /// assert_eq!(r.to_json(), r#"{"template":"resultatredovisning-2024-99","answers":{"1.1":"Svar"}}"#);
    /// ```
    pub fn new(template: impl Into<String>, answers: Vec<(String, Answer)>) -> Report {
        Report {
            template: Some(template.into()),
            answers: Answers(answers),
            extra: Vec::new(),
            order: vec![Key::Template, Key::Answers],
        }
    }

    /// Parses a report.
    ///
    /// # Errors
    ///
    /// [`ErrorCode::ReportInvalid`] with the JSON path of the first problem.
    ///
    /// # Example
    ///
    /// ```
    /// let e = formkoll::Report::from_json(r#"{"answers":{"1.1":3}}"#).unwrap_err();
    /// assert_eq!(e.path(), "answers.1.1");
    /// ```
    pub fn from_json(json: &str) -> Result<Report> {
        json::parse(json, ErrorCode::ReportInvalid, |r| read_report(r, None))
    }

    /// Parses a report to be checked against `template`: as
    /// [`Report::from_json`], but a report with more answers than
    /// [`Template::max_answers`] is `report.invalid` at `answers`, found
    /// while reading: the answers beyond the limit are only counted (their
    /// syntax checked), never copied, hashed or checked.
    ///
    /// # Errors
    ///
    /// As [`Report::from_json`], and the answer limit.
    ///
    /// # Example
    ///
    /// ```
    /// use formkoll::{Report, Template};
    /// let t = Template::default_template();
    /// let many: Vec<String> = (0..1001).map(|i| format!("\"q{i}\":\"\"")).collect();
    /// let json = format!("{{\"answers\":{{{}}}}}", many.join(","));
    /// let e = Report::from_json_for(&json, &t).unwrap_err();
    /// assert_eq!(e.path(), "answers");
    /// assert!(e.reason().contains("1001 answers"), "{e}");
    /// assert!(Report::from_json(&json).is_ok());
    /// # Ok::<(), formkoll::Error>(())
    /// ```
    pub fn from_json_for(json: &str, template: &Template) -> Result<Report> {
        json::parse(json, ErrorCode::ReportInvalid, |r| {
            read_report(r, Some(template))
        })
    }

    /// Serializes the report, with top-level keys in the order they were read.
    pub fn to_json(&self) -> String {
        json::to_string(self)
    }

    /// Returns another top-level field (`region`, `year`) as text: a
    /// string's contents, or the digits of a non-negative integer; `None`
    /// for a missing field or any other value.
    ///
    /// # Example
    ///
    /// ```
    /// let r = formkoll::Report::from_json(r#"{"region":"Jämtland","year":2024,"x":[1],"answers":{}}"#)?;
    /// assert_eq!(r.field_text("region").as_deref(), Some("Jämtland"));
    /// assert_eq!(r.field_text("year").as_deref(), Some("2024"));
    /// assert_eq!((r.field_text("x"), r.field_text("nope")), (None, None));
    /// # Ok::<(), formkoll::Error>(())
    /// ```
    pub fn field_text(&self, key: &str) -> Option<String> {
        let (_, raw) = self.extra.iter().find(|(k, _)| k == key)?;
        if raw.starts_with('"') {
            return json::parse(raw, ErrorCode::ReportInvalid, |r| r.string_value()).ok();
        }
        raw.parse::<u64>().ok().map(|_| raw.clone())
    }

    /// Sets (or adds) an answer, keeping its place if it exists.
    ///
    /// # Example
    ///
    /// ```
    /// use formkoll::{Answer, Report};
    /// let mut r = Report::from_json(r#"{"answers":{"1.1":"a","1.2":"b"}}"#)?;
    /// r.set_answer("1.1", Answer::Text("ny".into()));
    /// assert_eq!(r.to_json(), r#"{"answers":{"1.1":"ny","1.2":"b"}}"#);
    /// # Ok::<(), formkoll::Error>(())
    /// ```
    pub fn set_answer(&mut self, id: &str, answer: Answer) {
        match self.answers.0.iter_mut().find(|(k, _)| k == id) {
            Some((_, a)) => *a = answer,
            None => self.answers.0.push((id.to_string(), answer)),
        }
        if !self.order.contains(&Key::Answers) {
            self.order.push(Key::Answers);
        }
    }
}

impl ToJson for Report {
    fn write_json(&self, out: &mut String) {
        let mut m = Object::new(out);
        let mut wrote_answers = false;
        for key in &self.order {
            match key {
                Key::Template => {
                    m.some("template", &self.template);
                }
                Key::Answers => {
                    wrote_answers = true;
                    m.field("answers", &self.answers);
                }
                Key::Extra(i) => {
                    if let Some((k, v)) = self.extra.get(*i) {
                        m.key(k).push_str(v);
                    }
                }
            }
        }
        if !wrote_answers {
            m.field("answers", &self.answers);
        }
        m.end();
    }
}

impl ToJson for Answers {
    fn write_json(&self, out: &mut String) {
        let mut m = Object::new(out);
        for (k, v) in &self.0 {
            m.field(k, v);
        }
        m.end();
    }
}

impl ToJson for Answer {
    fn write_json(&self, out: &mut String) {
        match self {
            Answer::Text(t) => t.write_json(out),
            Answer::Choice { choice, text } => {
                Object::new(out)
                    .some("choice", choice)
                    .field("text", text)
                    .end();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_duplicate_answer_is_error_with_path() {
        let e = Report::from_json(r#"{"answers":{"1.1":"a","1.1":"b"}}"#).unwrap_err();
        assert_eq!(e.code(), ErrorCode::ReportInvalid);
        assert!(e.path().starts_with("answers"), "{e}");
    }

    #[test]
    fn report_unknown_answer_field_is_error() {
        let e = Report::from_json(r#"{"answers":{"5.1a":{"choise":"ja"}}}"#).unwrap_err();
        assert_eq!(e.path(), "answers.5.1a.choise");
        assert!(e.reason().contains("choise"), "{e}");
    }

    #[test]
    fn report_keeps_text_byte_for_byte() {
        let json = "{\"answers\":{\"1.1\":\"e\u{301} 11\u{a0}000\\r\\n\"}}";
        let r = Report::from_json(json).unwrap();
        assert_eq!(
            r.answers.get("1.1").unwrap().text(),
            "e\u{301} 11\u{a0}000\r\n"
        );
        assert_eq!(Report::from_json(&r.to_json()).unwrap(), r);
    }
}
