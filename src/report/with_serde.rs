//! `serde` for [`Answer`] and [`Answers`]: part of the public API (serde is
//! a dependency of the crate, and a Rust user can keep answers in a serde
//! type of their own, as the `Answer` example does with `serde_json`).
//!
//! The crate itself never uses them: it reads reports with its own reader
//! (src/report/read.rs) and writes them with its one writer
//! (src/json/write.rs). The tests below hold the two to the same JSON.

use crate::prelude::*;
use crate::strset::StrSet;
use core::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};

use super::{Answer, Answers};

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{json, Report};

    #[test]
    fn report_serde_answers_equal_the_crate_reader_and_writer() {
        let fixture = include_str!("../../tests/fixtures/jamtland-2024.json");
        let mut report = Report::from_json(fixture).unwrap();
        report.set_answer("x", Answer::Text("\"\\\u{1}\r\n".into()));
        report.set_answer(
            "y",
            Answer::Choice {
                choice: None,
                text: String::new(),
            },
        );
        let written = json::to_string(&report.answers);
        assert!(written.contains(r#""y":{"text":""}"#), "{written}");
        assert_eq!(serde_json::to_string(&report.answers).unwrap(), written);
        let by_serde: Answers = serde_json::from_str(&written).unwrap();
        assert_eq!(by_serde, report.answers);
        for bad in [
            r#"{"a":"1","a":"2"}"#,
            r#"{"a":{"choise":"ja"}}"#,
            r#"{"a":3}"#,
        ] {
            assert!(serde_json::from_str::<Answers>(bad).is_err(), "{bad}");
            let doc = String::from("{\"answers\":") + bad + "}";
            assert!(Report::from_json(&doc).is_err(), "{bad}");
        }
    }
}
