//! Reading a report with the crate's JSON reader (src/json/read.rs): the
//! `template`, the `answers` in order (each a string or `{"choice", "text"}`),
//! every other top-level field kept as written; a repeated answer or field
//! is an error at its path, and with a template at most its
//! [`Template::max_answers`] answers are read.

use crate::prelude::*;
use crate::strset::StrSet;

use super::{Answer, Answers, Key, Report};
use crate::error::{ErrorCode, Result};
use crate::json::{self, Reader};
use crate::template::Template;

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
pub(super) fn read_report(r: &mut Reader<'_>, limit: Option<&Template>) -> Result<Report> {
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
