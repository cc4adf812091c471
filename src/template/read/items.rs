//! Reading the parts of a template: texts, the policy, sections,
//! questions with their choices, limits and instructions — each item field by
//! field, with serde's messages at the exact JSON path (see `super`).

use crate::prelude::*;

use super::super::model::{
    Choice, Explanation, Instruction, Limit, Mode, Question, QuestionKind, Section, Text,
};
use super::{list, push_list, push_ticked, required, strings, Fields};
use crate::count::{Policy, Unit};
use crate::error::Result;
use crate::json::read::{Kind, Reader};

/// One of a fixed set of names: "unknown variant `multi`, expected `text`
/// or `choice`".
fn variant<T: Copy>(r: &mut Reader<'_>, variants: &[(&'static str, T)]) -> Result<T> {
    let names: Vec<&str> = variants.iter().map(|(n, _)| *n).collect();
    if r.peek()? != Kind::String {
        let mut s = String::from("one of ");
        push_list(&mut s, &names);
        return Err(r.invalid_type(&s));
    }
    let name = r.str()?;
    if let Some((_, v)) = variants.iter().find(|(n, _)| *n == name) {
        return Ok(*v);
    }
    let mut s = String::from("unknown variant ");
    push_ticked(&mut s, &name);
    s.push_str(", expected ");
    if let [a, b] = names.as_slice() {
        push_ticked(&mut s, a);
        s.push_str(" or ");
        push_ticked(&mut s, b);
    } else {
        s.push_str("one of ");
        push_list(&mut s, &names);
    }
    Err(r.error(s))
}

/// A text: `"Ja"` or `{"sv": "Ja", "en": "Yes"}`.
#[inline(never)]
pub(super) fn text(r: &mut Reader<'_>) -> Result<Text> {
    const SHAPE: &str = "a text is a string, or an object {\"sv\": …, \"en\": …} with the Swedish text and optionally the English";
    match r.peek()? {
        Kind::String => Ok(Text::Plain(r.string_value()?)),
        Kind::Object => {
            let mut sv = None;
            let mut en = None;
            let mut seen = Fields::new(&["sv", "en"]);
            r.object("", |r, key| {
                if key != "sv" && key != "en" {
                    let mut s = String::from("unknown key ");
                    push_ticked(&mut s, key);
                    s.push_str(" in a text: ");
                    s.push_str(SHAPE);
                    return Err(r.error(s));
                }
                match seen.field(r, key)? {
                    0 => sv = Some(r.string_value()?),
                    _ => en = r.nullable(Reader::string_value)?,
                }
                Ok(())
            })?;
            match sv {
                Some(sv) => Ok(Text::Localized { sv, en }),
                None => {
                    let mut s = String::from("a text object needs \"sv\", the Swedish text: ");
                    s.push_str(SHAPE);
                    Err(r.error(s))
                }
            }
        }
        kind => {
            // The whole value is read first, so a broken one (too deep, not
            // JSON) is reported where it breaks, as for any other value.
            let at = r.pos();
            r.skip()?;
            r.rewind(at);
            let mut s = String::from(match kind {
                Kind::Array => "a list is not a text: ",
                Kind::Number => "a number is not a text: ",
                Kind::Bool => "true or false is not a text: ",
                _ => "null is not a text: ",
            });
            s.push_str(SHAPE);
            Err(r.error(s))
        }
    }
}

fn optional_text(r: &mut Reader<'_>) -> Result<Option<Text>> {
    r.nullable(text)
}

#[inline(never)]
pub(super) fn read_policy(r: &mut Reader<'_>) -> Result<Policy> {
    let mut f = Fields::new(&["unit", "line_break"]);
    let mut p = Policy::default();
    r.object("struct Policy", |r, key| {
        match f.field(r, key)? {
            0 => {
                p.unit = variant(
                    r,
                    &[
                        ("grapheme", Unit::Grapheme),
                        ("code_point", Unit::CodePoint),
                        ("utf16", Unit::Utf16),
                    ],
                )?
            }
            _ => p.line_break = r.uint(u64::from(u8::MAX), "u8")? as u8,
        }
        Ok(())
    })?;
    Ok(p)
}

#[inline(never)]
pub(super) fn section(r: &mut Reader<'_>) -> Result<Section> {
    let mut f = Fields::new(&["id", "title"]);
    let (mut id, mut title) = (None, None);
    r.object("struct Section", |r, key| {
        match f.field(r, key)? {
            0 => id = Some(r.string_value()?),
            _ => title = Some(text(r)?),
        }
        Ok(())
    })?;
    Ok(Section {
        id: required(r, id, "id")?,
        title: required(r, title, "title")?,
    })
}

#[inline(never)]
pub(super) fn question(r: &mut Reader<'_>) -> Result<Question> {
    let mut f = Fields::new(&[
        "id", "section", "topic", "group", "stem", "text", "kind", "choices", "optional",
        "footnote",
    ]);
    let (mut id, mut section, mut topic, mut group, mut stem) = (None, None, None, None, None);
    let (mut text_, mut kind, mut choices, mut optional, mut footnote) =
        (None, None, Vec::new(), false, None);
    r.object("struct Question", |r, key| {
        match f.field(r, key)? {
            0 => id = Some(r.string_value()?),
            1 => section = Some(r.string_value()?),
            2 => topic = r.nullable(Reader::string_value)?,
            3 => group = r.nullable(Reader::string_value)?,
            4 => stem = optional_text(r)?,
            5 => text_ = Some(text(r)?),
            6 => {
                kind = Some(variant(
                    r,
                    &[
                        ("text", QuestionKind::Text),
                        ("choice", QuestionKind::Choice),
                    ],
                )?)
            }
            7 => choices = list(r, choice)?,
            8 => optional = r.bool()?,
            _ => footnote = optional_text(r)?,
        }
        Ok(())
    })?;
    Ok(Question {
        id: required(r, id, "id")?,
        section: required(r, section, "section")?,
        topic,
        group,
        stem,
        text: required(r, text_, "text")?,
        kind: required(r, kind, "kind")?,
        choices,
        optional,
        footnote,
    })
}

#[inline(never)]
fn choice(r: &mut Reader<'_>) -> Result<Choice> {
    let mut f = Fields::new(&["id", "label", "explanation", "prompt"]);
    let (mut id, mut label, mut explanation, mut prompt) = (None, None, Explanation::None, None);
    r.object("struct Choice", |r, key| {
        match f.field(r, key)? {
            0 => id = Some(r.string_value()?),
            1 => label = Some(text(r)?),
            2 => {
                explanation = variant(
                    r,
                    &[
                        ("required", Explanation::Required),
                        ("optional", Explanation::Optional),
                        ("none", Explanation::None),
                    ],
                )?
            }
            _ => prompt = optional_text(r)?,
        }
        Ok(())
    })?;
    Ok(Choice {
        id: required(r, id, "id")?,
        label: required(r, label, "label")?,
        explanation,
        prompt,
    })
}

#[inline(never)]
pub(super) fn limit(r: &mut Reader<'_>) -> Result<Limit> {
    let mut f = Fields::new(&["id", "section", "max", "questions", "text"]);
    let (mut id, mut section, mut max, mut questions, mut text_) = (None, None, None, None, None);
    r.object("struct Limit", |r, key| {
        match f.field(r, key)? {
            0 => id = Some(r.string_value()?),
            1 => section = r.nullable(Reader::string_value)?,
            2 => max = Some(r.uint(u64::MAX, "u64")?),
            3 => questions = Some(strings(r)?),
            _ => text_ = optional_text(r)?,
        }
        Ok(())
    })?;
    Ok(Limit {
        id: required(r, id, "id")?,
        section,
        max: required(r, max, "max")?,
        questions: required(r, questions, "questions")?,
        text: text_,
    })
}

#[inline(never)]
pub(super) fn instruction(r: &mut Reader<'_>) -> Result<Instruction> {
    let mut f = Fields::new(&[
        "id",
        "check",
        "mode",
        "questions",
        "vocabulary",
        "message",
        "text",
    ]);
    let (mut id, mut check, mut mode, mut questions) = (None, None, None, None);
    let (mut vocabulary, mut message, mut text_) = (None, None, None);
    r.object("struct Instruction", |r, key| {
        match f.field(r, key)? {
            0 => id = Some(r.string_value()?),
            1 => check = Some(r.string_value()?),
            2 => mode = Some(variant(r, &[("each", Mode::Each), ("any", Mode::Any)])?),
            3 => questions = Some(strings(r)?),
            4 => vocabulary = r.nullable(Reader::string_value)?,
            5 => message = Some(text(r)?),
            _ => text_ = optional_text(r)?,
        }
        Ok(())
    })?;
    Ok(Instruction {
        id: required(r, id, "id")?,
        check: required(r, check, "check")?,
        mode: required(r, mode, "mode")?,
        questions: required(r, questions, "questions")?,
        vocabulary,
        message: required(r, message, "message")?,
        text: text_,
    })
}
