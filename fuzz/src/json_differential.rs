//! Fuzz target `json_differential`: the crate's hand-written JSON reader
//! against serde_json on the same bytes.
//!
//! The reader (src/json/read.rs) replaced serde's derives for size; this
//! target holds it to serde_json's verdict. For each input (UTF-8 text: the
//! reader takes `&str`, decoding bytes is the caller's) it requires:
//!
//! 1. **Reports**: `Report::from_json` accepts exactly when a serde reading
//!    of the report shape accepts (an object; `template` a string; `answers`
//!    required, an object of strings or `{"choice": string|null, "text":
//!    string}`; any other field any JSON value; no key twice in the report
//!    or in `answers` or in an answer), and then the two readings are equal:
//!    template, answers in order, other fields as values.
//! 2. **Any JSON value**: the input spliced in as a report's other field
//!    (`{"answers":{},"v":INPUT}`) gets the same verdict both ways, and
//!    the same value: the reader's grammar is serde_json's.
//! 3. **Templates**: `Template::from_json` accepts exactly when
//!    `serde_json::from_str::<TemplateData>` does and `Template::from_data`
//!    accepts that, and then the data are equal; when serde reads the data
//!    and only the consistency check fails, the reader's error is that
//!    same error.
//!
//! Intended differences, applied to serde's side before comparing:
//!
//! - a leading UTF-8 byte order mark is skipped by the reader (RFC 8259
//!   lets a reader ignore it; Notepad writes it), not by serde_json;
//! - a `\uXXXX` escape of a lone surrogate reads as U+FFFD (as wasm-bindgen
//!   reads a JS string holding one; serde_json rejects it);
//! - in a template every repeated key is an error, a repeated vocabulary
//!   name too (serde_json keeps the last list of a map): the reference
//!   rejects a template with any repeated key;
//! - a text object of a template with a key other than `sv`/`en` is an
//!   error (serde's untagged `Text` ignores the key);
//! - serde_json rejects a number beyond f64's range (`1e400`) when it
//!   builds a value; the reader keeps a report's other fields as written,
//!   so such inputs are not compared.

use formkoll::{Answer, ErrorCode, Report, Template, TemplateData};
use serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};
use serde_json::Value;
use std::fmt;

/// Runs the three comparisons on `data`; panics on a disagreement.
pub fn json_differential(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    report_agrees(text);
    report_agrees(&format!("{{\"answers\":{{}},\"v\":{text}}}"));
    template_agrees(text);
}

/// What serde_json is given for `text`: without a leading byte order mark,
/// lone-surrogate escapes replaced by `\ufffd` (the intended differences).
pub fn serde_view(text: &str) -> String {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let b = text.as_bytes();
    let hex4 = |at: usize| -> Option<u32> {
        let h = b.get(at..at + 4)?;
        if !h.iter().all(u8::is_ascii_hexdigit) {
            return None;
        }
        u32::from_str_radix(std::str::from_utf8(h).ok()?, 16).ok()
    };
    let mut out = String::with_capacity(text.len());
    let (mut i, mut last, mut in_string) = (0, 0, false);
    while let Some(&c) = b.get(i) {
        match c {
            b'"' => in_string = !in_string,
            b'\\' if in_string => {
                if b.get(i + 1) == Some(&b'u') {
                    match hex4(i + 2) {
                        Some(0xD800..=0xDBFF)
                            if b.get(i + 6..i + 8) == Some(b"\\u")
                                && matches!(hex4(i + 8), Some(0xDC00..=0xDFFF)) =>
                        {
                            i += 12;
                            continue;
                        }
                        Some(0xD800..=0xDFFF) => {
                            out.push_str(&text[last..i]);
                            out.push_str("\\ufffd");
                            i += 6;
                            last = i;
                            continue;
                        }
                        _ => {}
                    }
                }
                i += 1; // the escaped character
            }
            _ => {}
        }
        i += 1;
    }
    out.push_str(&text[last..]);
    out
}

/// A report as serde reads it by the documented shape.
#[derive(Debug, PartialEq)]
pub struct RefReport {
    template: Option<String>,
    answers: Vec<(String, Answer)>,
    /// Other fields' names, in order.
    extra: Vec<String>,
}

struct AnswersSeed;
struct AnswerSeed;

impl<'de> de::DeserializeSeed<'de> for AnswersSeed {
    type Value = Vec<(String, Answer)>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for AnswersSeed {
    type Value = Vec<(String, Answer)>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("answers")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut out: Vec<(String, Answer)> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        while let Some(k) = map.next_key::<String>()? {
            if !seen.insert(k.clone()) {
                return Err(de::Error::custom("answered twice"));
            }
            let a = map.next_value_seed(AnswerSeed)?;
            out.push((k, a));
        }
        Ok(out)
    }
}

impl<'de> de::DeserializeSeed<'de> for AnswerSeed {
    type Value = Answer;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Answer, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for AnswerSeed {
    type Value = Answer;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an answer")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Answer, E> {
        Ok(Answer::Text(v.to_string()))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Answer, A::Error> {
        let (mut choice, mut text): (Option<Option<String>>, Option<String>) = (None, None);
        while let Some(k) = map.next_key::<String>()? {
            match k.as_str() {
                "choice" if choice.is_none() => choice = Some(map.next_value()?),
                "text" if text.is_none() => text = Some(map.next_value()?),
                _ => return Err(de::Error::custom("repeated or unknown field")),
            }
        }
        Ok(Answer::Choice {
            choice: choice.flatten(),
            text: text.unwrap_or_default(),
        })
    }
}

impl<'de> Deserialize<'de> for RefReport {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<RefReport, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RefReport;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a report")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RefReport, A::Error> {
                let mut r = RefReport {
                    template: None,
                    answers: Vec::new(),
                    extra: Vec::new(),
                };
                let mut seen = std::collections::HashSet::new();
                while let Some(k) = map.next_key::<String>()? {
                    if !seen.insert(k.clone()) {
                        return Err(de::Error::custom("duplicate field"));
                    }
                    match k.as_str() {
                        "template" => r.template = Some(map.next_value()?),
                        "answers" => r.answers = map.next_value_seed(AnswersSeed)?,
                        _ => {
                            // A value, so that serde_json's depth limit applies.
                            map.next_value::<Value>()?;
                            r.extra.push(k);
                        }
                    }
                }
                if !seen.contains("answers") {
                    return Err(de::Error::custom("missing field `answers`"));
                }
                Ok(r)
            }
        }
        d.deserialize_map(V)
    }
}

fn out_of_range(e: &serde_json::Error) -> bool {
    e.to_string().contains("number out of range")
}

/// Comparison 1 (and 2, for a spliced value).
pub fn report_agrees(text: &str) {
    let view = serde_view(text);
    let by_serde = serde_json::from_str::<RefReport>(&view);
    if matches!(&by_serde, Err(e) if out_of_range(e)) {
        return;
    }
    let by_reader = Report::from_json(text);
    match (&by_reader, &by_serde) {
        (Ok(r), Ok(s)) => {
            assert_eq!(r.template, s.template, "template\n{text:?}");
            assert_eq!(r.answers.0, s.answers, "answers\n{text:?}");
            let names: Vec<&String> = r.extra.iter().map(|(k, _)| k).collect();
            assert_eq!(
                names,
                s.extra.iter().collect::<Vec<_>>(),
                "fields\n{text:?}"
            );
            let doc: Value = serde_json::from_str(&view).expect("serde read it");
            for (k, raw) in &r.extra {
                let v: Value = serde_json::from_str(raw)
                    .unwrap_or_else(|e| panic!("field {k:?} kept as {raw:?}: {e}\n{text:?}"));
                assert_eq!(Some(&v), doc.get(k), "field {k:?}\n{text:?}");
            }
            let again = Report::from_json(&r.to_json()).expect("written back, read again");
            assert_eq!(&again, r, "round trip\n{text:?}");
        }
        (Err(e), Err(_)) => assert_eq!(e.code(), ErrorCode::ReportInvalid, "{e}"),
        (Ok(_), Err(e)) => panic!("the reader accepts a report serde rejects ({e}):\n{text:?}"),
        (Err(e), Ok(_)) => panic!("the reader rejects a report serde accepts ({e}):\n{text:?}"),
    }
}

/// Comparison 3.
pub fn template_agrees(text: &str) {
    let view = serde_view(text);
    let by_serde = serde_json::from_str::<TemplateData>(&view).map_err(|e| e.to_string());
    let by_serde = by_serde.and_then(|data| {
        // Intended differences: any repeated key, an unknown key in a text.
        let doc = super::parse_strict(&view).ok_or("a repeated key")?;
        texts_have_known_keys(&doc)?;
        Ok(data)
    });
    let by_reader = Template::from_json(text);
    match (by_reader, by_serde) {
        (Ok(t), Ok(data)) => match Template::from_data(data) {
            Ok(s) => assert_eq!(t.data(), s.data(), "template data\n{text:?}"),
            Err(e) => panic!("the reader accepts a template serde's data fails ({e}):\n{text:?}"),
        },
        (Err(e), Ok(data)) => {
            assert_eq!(e.code(), ErrorCode::TemplateInvalid, "{e}");
            match Template::from_data(data) {
                Err(same) => assert_eq!(e, same, "the same consistency error\n{text:?}"),
                Ok(_) => panic!("the reader rejects a template serde accepts ({e}):\n{text:?}"),
            }
        }
        (Ok(_), Err(e)) => panic!("the reader accepts a template serde rejects ({e}):\n{text:?}"),
        (Err(e), Err(_)) => assert_eq!(e.code(), ErrorCode::TemplateInvalid, "{e}"),
    }
}

/// Whether every text object of a template (titles, labels, prompts, …)
/// has only the keys `sv` and `en`.
fn texts_have_known_keys(doc: &Value) -> Result<(), String> {
    let check = |v: Option<&Value>| match v {
        Some(Value::Object(m)) if m.keys().any(|k| k != "sv" && k != "en") => {
            Err("an unknown key in a text".to_string())
        }
        _ => Ok(()),
    };
    let each = |v: &Value, key: &str| -> Vec<Value> {
        match v.get(key) {
            Some(Value::Array(a)) => a.clone(),
            _ => Vec::new(),
        }
    };
    check(doc.get("title"))?;
    for s in each(doc, "sections") {
        check(s.get("title"))?;
    }
    for q in each(doc, "questions") {
        for k in ["stem", "text", "footnote"] {
            check(q.get(k))?;
        }
        for c in each(&q, "choices") {
            check(c.get("label"))?;
            check(c.get("prompt"))?;
        }
    }
    for k in ["limits", "instructions"] {
        for x in each(doc, k) {
            check(x.get("text"))?;
        }
    }
    Ok(())
}
