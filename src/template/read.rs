//! Reading a `formkoll-template/1` file into [`TemplateData`], by hand.
//!
//! Field by field what the model's serde derives accept (defaults, `null`
//! for an absent optional value, unknown fields rejected), with serde's
//! messages ("unknown field `titel`, expected one of …", "missing field
//! `kind`") at the exact JSON path — except for texts, where a template
//! author gets a sentence instead of "did not match any variant of untagged
//! enum Text", and an unknown key (`{"sv": "T", "enn": "typo"}`) is an error.

use crate::prelude::*;
use alloc::collections::BTreeMap;

mod items;

use items::{instruction, limit, question, read_policy, section, text};

use super::consistency::{Broken, Ids};
use super::model::{TemplateData, Text};
use crate::error::{Error, Result};
use crate::json::read::{Kind, Reader};

/// Reads a whole template document, recovering where it can: an unknown
/// or repeated field, a field of the wrong shape, a broken item of a list
/// (section, question, limit, instruction, vocabulary) is pushed to
/// `problems` and skipped, and noted in the returned [`Broken`] so that the
/// consistency rules leave what depends on it alone. `Err` only for JSON
/// that is not valid (or not an object): then nothing more can be read.
pub(super) fn template(
    r: &mut Reader<'_>,
    problems: &mut Vec<Error>,
) -> Result<(TemplateData, Broken)> {
    const FIELDS: &[&str] = &[
        "format",
        "id",
        "version",
        "title",
        "language",
        "policy",
        "near_threshold_percent",
        "vocabularies",
        "vocabulary_exclusions",
        "sections",
        "questions",
        "limits",
        "instructions",
        "$schema",
    ];
    let mut f = Fields::new(FIELDS);
    let mut broken = Broken::default();
    let mut format = None;
    let mut id = None;
    let mut version = None;
    let mut title = None;
    let mut language = None;
    let mut policy = None;
    let mut near = None;
    let mut vocabularies = None;
    let mut exclusions = None;
    let mut sections = None;
    let mut questions = None;
    let mut limits = None;
    let mut instructions = None;
    r.object("struct TemplateData", |r, key| {
        let i = match f.field(r, key) {
            Ok(i) => i,
            Err(e) => {
                problems.push(e);
                return r.skip();
            }
        };
        let p = &mut *problems;
        match i {
            0 => format = r.recover(p, Reader::string_value)?,
            1 => id = r.recover(p, Reader::string_value)?,
            2 => {
                version = r
                    .recover(p, |r| r.nullable(Reader::string_value))?
                    .flatten()
            }
            3 => title = r.recover(p, text)?,
            4 => {
                language = r
                    .recover(p, |r| r.nullable(Reader::string_value))?
                    .flatten()
            }
            5 => policy = r.recover(p, read_policy)?,
            6 => near = r.recover(p, |r| Ok(r.uint(u64::from(u8::MAX), "u8")? as u8))?,
            7 => vocabularies = string_lists(r, p, &mut broken.vocabularies)?,
            8 => exclusions = string_lists(r, p, &mut Ids::default())?,
            9 => sections = items(r, p, &mut broken.sections, section)?,
            10 => questions = items(r, p, &mut broken.questions, question)?,
            11 => limits = items(r, p, &mut broken.limits, limit)?,
            12 => instructions = items(r, p, &mut broken.instructions, instruction)?,
            // The JSON Schema an editor validates against: a string, ignored.
            _ => drop(r.recover(p, Reader::string_value)?),
        }
        Ok(())
    })?;
    // A field that was there but broken is a problem already; one that is
    // missing is one now (in the order serde's derive reports them).
    let mut missing = |present: bool, name: &str| {
        if !present && !f.was_seen(name) {
            let mut s = String::from("missing field ");
            push_ticked(&mut s, name);
            problems.push(r.error(s));
        }
        !present
    };
    broken.format = missing(format.is_some(), "format");
    broken.id = missing(id.is_some(), "id");
    missing(title.is_some(), "title");
    broken.sections.all |= missing(sections.is_some(), "sections");
    broken.questions.all |= missing(questions.is_some(), "questions");
    let seen = |name: &str| f.was_seen(name);
    broken.policy = policy.is_none() && seen("policy");
    broken.near = near.is_none() && seen("near_threshold_percent");
    broken.vocabularies.all |= vocabularies.is_none() && seen("vocabularies");
    Ok((
        TemplateData {
            format: format.unwrap_or_default(),
            id: id.unwrap_or_default(),
            version,
            title: title.unwrap_or(Text::Plain(String::new())),
            language,
            policy: policy.unwrap_or_default(),
            near_threshold_percent: near.unwrap_or(90),
            vocabularies: vocabularies.unwrap_or_default(),
            vocabulary_exclusions: exclusions.unwrap_or_default(),
            sections: sections.unwrap_or_default(),
            questions: questions.unwrap_or_default(),
            limits: limits.unwrap_or_default(),
            instructions: instructions.unwrap_or_default(),
        },
        broken,
    ))
}

/// A top-level list read item by item: a broken item is pushed to
/// `problems` and skipped, and its id (when it has a readable one) noted in
/// `broken`. `None` when the value is not a list at all (pushed too).
fn items<'a, T>(
    r: &mut Reader<'a>,
    problems: &mut Vec<Error>,
    broken: &mut Ids,
    item: fn(&mut Reader<'a>) -> Result<T>,
) -> Result<Option<Vec<T>>> {
    if r.peek()? != Kind::Array {
        broken.all = true;
        return r
            .recover(problems, |r| Err::<(), _>(r.invalid_type("a sequence")))
            .map(|_| None);
    }
    let mut out = Vec::new();
    let mut at = 0;
    r.array("a sequence", |r| {
        let start = r.pos();
        at += 1;
        if let Some(v) = r.recover(problems, item)? {
            out.push(v);
            broken.at.push(at - 1);
            return Ok(());
        }
        // Its id, if it has one as a string: references to it are not errors.
        r.rewind(start);
        let mut id = None;
        let read = r.recover(&mut Vec::new(), |r| {
            r.object("", |r, key| {
                if key == "id" && r.peek()? == Kind::String {
                    id = Some(r.string_value()?);
                    Ok(())
                } else {
                    r.skip()
                }
            })
        })?;
        match id {
            Some(id) if read.is_some() => broken.ids.push(id),
            _ => broken.all = true,
        }
        Ok(())
    })?;
    Ok(Some(out))
}

/// The fields of one object: which are allowed, which were seen.
struct Fields {
    names: &'static [&'static str],
    seen: u64,
}

impl Fields {
    fn new(names: &'static [&'static str]) -> Fields {
        Fields { names, seen: 0 }
    }

    /// The position of `key` among the fields; an error for an unknown or
    /// repeated one.
    fn field(&mut self, r: &Reader<'_>, key: &str) -> Result<usize> {
        let Some(i) = self.names.iter().position(|&n| n == key) else {
            let mut s = String::from("unknown field `");
            s.push_str(key);
            s.push_str("`, expected ");
            match self.names {
                [one] => push_ticked(&mut s, one),
                [a, b] => {
                    push_ticked(&mut s, a);
                    s.push_str(" or ");
                    push_ticked(&mut s, b);
                }
                names => {
                    s.push_str("one of ");
                    push_list(&mut s, names);
                }
            }
            return Err(r.error(s));
        };
        if self.seen & (1 << i) != 0 {
            let mut s = String::from("duplicate field ");
            push_ticked(&mut s, key);
            return Err(r.error(s));
        }
        self.seen |= 1 << i;
        Ok(i)
    }

    /// Returns true if and only if the field `name` was in the object.
    fn was_seen(&self, name: &str) -> bool {
        let i = self.names.iter().position(|&n| n == name);
        i.is_some_and(|i| self.seen & (1 << i) != 0)
    }
}

fn push_ticked(s: &mut String, name: &str) {
    s.push('`');
    s.push_str(name);
    s.push('`');
}

fn push_list(s: &mut String, names: &[&str]) {
    for (i, n) in names.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        push_ticked(s, n);
    }
}

/// A field every object of its kind has: "missing field `kind`" at the
/// object's path when absent.
fn required<T>(r: &Reader<'_>, value: Option<T>, name: &str) -> Result<T> {
    value.ok_or_else(|| {
        let mut s = String::from("missing field ");
        push_ticked(&mut s, name);
        r.error(s)
    })
}

fn list<'a, T>(
    r: &mut Reader<'a>,
    mut item: impl FnMut(&mut Reader<'a>) -> Result<T>,
) -> Result<Vec<T>> {
    let mut out = Vec::new();
    r.array("a sequence", |r| {
        out.push(item(r)?);
        Ok(())
    })?;
    Ok(out)
}

#[inline(never)]
fn strings(r: &mut Reader<'_>) -> Result<Vec<String>> {
    list(r, Reader::string_value)
}

/// `{"name": ["word", …], …}`; a repeated name is an error at its path
/// (`vocabularies.actors`): which list was meant cannot be guessed, and
/// keeping the last (serde's way for a map) loses the first without a word.
/// A broken list is pushed to `problems` and its name noted in `broken`;
/// `None` when the value is not a map at all.
#[inline(never)]
fn string_lists(
    r: &mut Reader<'_>,
    problems: &mut Vec<Error>,
    broken: &mut Ids,
) -> Result<Option<BTreeMap<String, Vec<String>>>> {
    if r.peek()? != Kind::Object {
        broken.all = true;
        return r
            .recover(problems, |r| Err::<(), _>(r.invalid_type("a map")))
            .map(|_| None);
    }
    let mut out = BTreeMap::new();
    r.object("a map", |r, key| {
        if out.contains_key(key) {
            let mut s = String::from("the name ");
            crate::json::read::push_quoted(&mut s, key);
            s.push_str(" is given twice");
            problems.push(r.error(s));
            broken.ids.push(key.to_string());
            return r.skip();
        }
        match r.recover(problems, strings)? {
            Some(words) => drop(out.insert(key.to_string(), words)),
            None => broken.ids.push(key.to_string()),
        }
        Ok(())
    })?;
    Ok(Some(out))
}

#[cfg(test)]
mod tests {
    use crate::{ErrorCode, Template};

    /// A one-section template whose section title is `title`.
    fn with_title(title: &str) -> String {
        let mut s = String::from(
            r#"{"format":"formkoll-template/1","id":"t","title":"T","sections":[{"id":"1","title":"#,
        );
        s.push_str(title);
        s.push_str(r#"}],"questions":[{"id":"1.1","section":"1","text":"Q","kind":"text"}]}"#);
        s
    }

    fn error(title: &str) -> crate::Error {
        Template::from_json(&with_title(title)).unwrap_err()
    }

    #[test]
    fn template_text_unknown_key_is_an_error_at_its_path() {
        let e = error(r#"{"sv":"T","enn":"typo"}"#);
        assert_eq!(e.code(), ErrorCode::TemplateInvalid);
        assert_eq!(e.path(), "sections[0].title.enn");
        assert!(e.reason().starts_with("unknown key `enn` in a text"), "{e}");
        assert!(!e.reason().contains("variant") && !e.reason().contains("untagged"));
        assert!(Template::from_json(&with_title(r#"{"sv":"T","en":"E"}"#)).is_ok());
        assert!(Template::from_json(&with_title(r#"{"sv":"T","en":null}"#)).is_ok());
    }

    #[test]
    fn template_invalid_text_is_a_sentence_at_the_text_path() {
        // `title` is the section's last key: the path is still the title's.
        for (title, start) in [
            ("5", "a number is not a text"),
            (r#"["T"]"#, "a list is not a text"),
            ("true", "true or false is not a text"),
            ("null", "null is not a text"),
        ] {
            let e = error(title);
            assert_eq!(e.path(), "sections[0].title", "{title}");
            assert!(e.reason().starts_with(start), "{title}: {e}");
            assert!(e.reason().contains(r#"{"sv": …, "en": …}"#), "{e}");
            assert!(!e.reason().contains("variant") && !e.reason().contains("untagged"));
        }
        let e = error(r#"{"en":"E"}"#);
        assert_eq!(e.path(), "sections[0].title");
        assert!(e.reason().contains("needs \"sv\""), "{e}");
        let e = error(r#"{"sv":5}"#);
        assert_eq!(e.path(), "sections[0].title.sv");
        let e = error(r#"{"sv":"T","sv":"U"}"#);
        assert_eq!(e.path(), "sections[0].title.sv");
        assert!(e.reason().contains("duplicate"), "{e}");
    }

    #[test]
    fn template_repeated_vocabulary_name_is_an_error_at_its_path() {
        // Found by the json_differential fuzz target: the second list used
        // to replace the first without a word.
        for field in ["vocabularies", "vocabulary_exclusions"] {
            let json = with_title(r#""S""#).replace(
                r#""sections""#,
                &format!(r#""{field}":{{"actors":["a"],"goals":[],"actors":["b"]}},"sections""#),
            );
            let e = Template::from_json(&json).unwrap_err();
            assert_eq!(e.code(), ErrorCode::TemplateInvalid);
            assert_eq!(e.path(), format!("{field}.actors"));
            assert_eq!(e.reason(), r#"the name "actors" is given twice"#);
        }
    }

    #[test]
    fn template_schema_reference_is_accepted_and_ignored() {
        let plain = with_title(r#""S""#);
        let with_schema = plain.replacen(
            '{',
            r#"{"$schema":"https://example.org/formkoll-template.schema.json","#,
            1,
        );
        let t = Template::from_json(&with_schema).expect("$schema is accepted");
        assert_eq!(t.data(), Template::from_json(&plain).unwrap().data());
        let e = Template::from_json(&plain.replacen('{', r#"{"$schema":5,"#, 1)).unwrap_err();
        assert_eq!(e.path(), "$schema");
        let e = Template::from_json(&plain.replacen('{', r#"{"$schema":"a","$schema":"b","#, 1))
            .unwrap_err();
        assert!(e.reason().contains("duplicate"), "{e}");
    }

    #[test]
    fn template_reader_messages_name_fields_and_variants() {
        let e = Template::from_json(r#"{"format":"formkoll-template/1","titel":1}"#).unwrap_err();
        assert_eq!(e.path(), "titel");
        assert!(
            e.reason()
                .starts_with("unknown field `titel`, expected one of `format`, `id`,"),
            "{e}"
        );
        let kind = with_title(r#""S""#).replace(r#""kind":"text""#, r#""kind":"multi""#);
        let e = Template::from_json(&kind).unwrap_err();
        assert_eq!(
            (e.path(), e.reason()),
            (
                "questions[0].kind",
                "unknown variant `multi`, expected `text` or `choice`"
            )
        );
        let e = Template::from_json(&with_title(r#""S""#).replace(r#","kind":"text""#, ""))
            .unwrap_err();
        assert_eq!(
            (e.path(), e.reason()),
            ("questions[0]", "missing field `kind`")
        );
        let e = Template::from_json("[]").unwrap_err();
        assert_eq!(
            e.reason(),
            "invalid type: sequence, expected struct TemplateData"
        );
    }
}
