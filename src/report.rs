//! Reports: the answers a person gave, exactly as entered.
//!
//! The JSON shape is `{"template": id, "answers": {"1.1": "text", "5.1a":
//! {"choice": "ja", "text": "…"}}}`; other top-level fields (region, year)
//! are kept as they are. Answers keep their order, and their text is never
//! altered: [`Report::to_json`] gives back what [`Report::from_json`] read.

use crate::prelude::*;
use crate::strset::StrSet;
use core::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};

use crate::error::{ErrorCode, Result};
use crate::json::{self, Object, Reader, ToJson};
use crate::template::Template;

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

impl Serialize for Answer {
    fn serialize<S: Serializer>(&self, s: S) -> core::result::Result<S::Ok, S::Error> {
        match self {
            Answer::Text(t) => s.serialize_str(t),
            Answer::Choice { choice, text } => {
                let mut m = s.serialize_map(Some(2))?;
                if let Some(c) = choice {
                    m.serialize_entry("choice", c)?;
                }
                m.serialize_entry("text", text)?;
                m.end()
            }
        }
    }
}

impl<'de> Deserialize<'de> for Answer {
    fn deserialize<D: Deserializer<'de>>(d: D) -> core::result::Result<Answer, D::Error> {
        struct AnswerVisitor;
        impl<'de> Visitor<'de> for AnswerVisitor {
            type Value = Answer;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string, or an object {\"choice\": …, \"text\": …}")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> core::result::Result<Answer, E> {
                Ok(Answer::Text(v.to_string()))
            }
            fn visit_string<E: de::Error>(self, v: String) -> core::result::Result<Answer, E> {
                Ok(Answer::Text(v))
            }
            fn visit_map<A: MapAccess<'de>>(
                self,
                mut map: A,
            ) -> core::result::Result<Answer, A::Error> {
                let mut choice: Option<Option<String>> = None;
                let mut text: Option<String> = None;
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        "choice" if choice.is_none() => choice = Some(map.next_value()?),
                        "text" if text.is_none() => text = Some(map.next_value()?),
                        "choice" | "text" => {
                            return Err(de::Error::custom(format!("duplicate field `{key}`")))
                        }
                        other => return Err(de::Error::unknown_field(other, &["choice", "text"])),
                    }
                }
                Ok(Answer::Choice {
                    choice: choice.flatten(),
                    text: text.unwrap_or_default(),
                })
            }
        }
        d.deserialize_any(AnswerVisitor)
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

impl Serialize for Answers {
    fn serialize<S: Serializer>(&self, s: S) -> core::result::Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

impl<'de> Deserialize<'de> for Answers {
    fn deserialize<D: Deserializer<'de>>(d: D) -> core::result::Result<Answers, D::Error> {
        struct AnswersVisitor;
        impl<'de> Visitor<'de> for AnswersVisitor {
            type Value = Answers;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object of answers keyed by question id")
            }
            fn visit_map<A: MapAccess<'de>>(
                self,
                mut map: A,
            ) -> core::result::Result<Answers, A::Error> {
                let mut seen = StrSet::default();
                let mut out = Vec::new();
                while let Some(key) = map.next_key::<String>()? {
                    if !seen.insert(&key) {
                        return Err(de::Error::custom(format!(
                            "question {key:?} is answered twice"
                        )));
                    }
                    let value: Answer = map.next_value()?;
                    out.push((key, value));
                }
                Ok(Answers(out))
            }
        }
        d.deserialize_map(AnswersVisitor)
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

/// "duplicate field `name`", serde's words.
fn duplicate_field(r: &Reader<'_>, name: &str) -> crate::Error {
    let mut s = String::from("duplicate field `");
    s.push_str(name);
    s.push('`');
    r.error(s)
}

/// The error for a report with `n` answers, more than `template` allows.
pub(crate) fn too_many_answers(n: usize, template: &Template) -> crate::Error {
    let mut s = String::from("the report has ");
    json::write::push_u64(&mut s, n as u64);
    s.push_str(" answers; a report for this template may have at most ");
    json::write::push_u64(&mut s, template.max_answers() as u64);
    s.push_str(" (10 × its questions, at least 1 000)");
    crate::Error::new(ErrorCode::ReportInvalid, "answers", s)
}

/// Reads a report: `template`, `answers`, any other field kept as written;
/// with a template, at most its [`Template::max_answers`].
fn read_report(r: &mut Reader<'_>, limit: Option<&Template>) -> Result<Report> {
    let mut report = Report::default();
    let mut seen = StrSet::default();
    r.object(
        "a report object {\"template\": …, \"answers\": {…}}",
        |r, key| {
            if !seen.insert(key) {
                return Err(duplicate_field(r, key));
            }
            match key {
                "template" => {
                    report.template = Some(r.string_value()?);
                    report.order.push(Key::Template);
                }
                "answers" => {
                    report.answers = read_answers(r, limit)?;
                    report.order.push(Key::Answers);
                }
                _ => {
                    let value = r.raw()?;
                    report.order.push(Key::Extra(report.extra.len()));
                    report.extra.push((key.to_string(), value));
                }
            }
            Ok(())
        },
    )?;
    if !seen.contains("answers") {
        return Err(r.error("missing field `answers`"));
    }
    Ok(report)
}

fn read_answers(r: &mut Reader<'_>, limit: Option<&Template>) -> Result<Answers> {
    let max = limit.map_or(usize::MAX, Template::max_answers);
    let mut seen = StrSet::default();
    let mut out = Vec::new();
    let mut beyond = 0usize;
    r.object("an object of answers keyed by question id", |r, key| {
        if out.len() >= max {
            // Over the limit: counted and skipped, nothing kept.
            beyond += 1;
            return r.skip();
        }
        if !seen.insert(key) {
            let mut s = String::from("question ");
            json::read::push_quoted(&mut s, key);
            s.push_str(" is answered twice");
            return Err(r.error(s));
        }
        out.push((key.to_string(), read_answer(r)?));
        Ok(())
    })?;
    if let (Some(t), true) = (limit, beyond > 0) {
        return Err(too_many_answers(out.len() + beyond, t));
    }
    Ok(Answers(out))
}

fn read_answer(r: &mut Reader<'_>) -> Result<Answer> {
    const EXPECTED: &str = "a string, or an object {\"choice\": …, \"text\": …}";
    match r.peek()? {
        json::read::Kind::String => Ok(Answer::Text(r.string_value()?)),
        json::read::Kind::Object => {
            let mut choice: Option<Option<String>> = None;
            let mut text: Option<String> = None;
            r.object(EXPECTED, |r, key| match key {
                "choice" if choice.is_none() => {
                    choice = Some(r.nullable(Reader::string_value)?);
                    Ok(())
                }
                "text" if text.is_none() => {
                    text = Some(r.string_value()?);
                    Ok(())
                }
                "choice" | "text" => Err(duplicate_field(r, key)),
                other => {
                    let mut s = String::from("unknown field `");
                    s.push_str(other);
                    s.push_str("`, expected `choice` or `text`");
                    Err(r.error(s))
                }
            })?;
            Ok(Answer::Choice {
                choice: choice.flatten(),
                text: text.unwrap_or_default(),
            })
        }
        _ => Err(r.invalid_type(EXPECTED)),
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
