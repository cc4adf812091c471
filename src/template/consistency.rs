//! Consistency rules a template must meet beyond its JSON shape.
//!
//! Each rule returns the JSON path of the offending value, so a portal team
//! editing a template by hand is pointed at the exact line to fix. Paths
//! and messages are built from parts, and only for the error: loading a
//! good template allocates no path, and the wasm build needs no `core::fmt`.

use crate::prelude::*;
use crate::strset::StrSet;

use super::model::{Explanation, QuestionKind, TemplateData, Text, FORMAT};
use crate::error::{Error, ErrorCode, Result};
use crate::json::read::push_quoted;
use crate::json::write::push_u64;

fn invalid(path: String, reason: impl Into<String>) -> Error {
    Error::new(ErrorCode::TemplateInvalid, path, reason)
}

/// `base[i]`, e.g. `questions[3]`.
fn index(base: &str, i: usize) -> String {
    let mut s = String::from(base);
    s.push('[');
    push_u64(&mut s, i as u64);
    s.push(']');
    s
}

/// `base.field`, e.g. `questions[3].id`.
fn field(base: &str, name: &str) -> String {
    let mut s = String::from(base);
    s.push('.');
    s.push_str(name);
    s
}

/// `what` followed by the quoted value: `duplicate question id "1.1"`.
fn naming(what: &str, value: &str) -> String {
    let mut s = String::from(what);
    s.push(' ');
    push_quoted(&mut s, value);
    s
}

/// Checks every rule; returns the first violation.
pub(super) fn check(t: &TemplateData) -> Result<()> {
    if t.format != FORMAT {
        let mut reason = naming("expected", FORMAT);
        reason.push_str(", found ");
        push_quoted(&mut reason, &t.format);
        return Err(invalid("format".into(), reason));
    }
    non_empty(&t.id, || "id".into())?;
    if t.policy.line_break > 2 {
        return Err(invalid(
            "policy.line_break".into(),
            "a line break counts 0, 1 or 2",
        ));
    }
    if t.near_threshold_percent > 100 {
        return Err(invalid(
            "near_threshold_percent".into(),
            "a percentage from 0 to 100",
        ));
    }
    for (list_field, lists) in [
        ("vocabularies", &t.vocabularies),
        ("vocabulary_exclusions", &t.vocabulary_exclusions),
    ] {
        for (name, words) in lists {
            if list_field == "vocabulary_exclusions" && !t.vocabularies.contains_key(name) {
                let mut reason = String::from("excludes words from vocabularies.");
                reason.push_str(name);
                reason.push_str(", which does not exist");
                return Err(invalid(field(list_field, name), reason));
            }
            for (i, w) in words.iter().enumerate() {
                let core = w.trim().trim_matches('*');
                let reason = if core.trim().is_empty() {
                    "empty keyword"
                } else if core.contains('*') {
                    "a * may only begin or end a keyword (\"*verket\", \"region*\")"
                } else {
                    continue;
                };
                return Err(invalid(index(&field(list_field, name), i), reason));
            }
        }
    }

    let mut sections = StrSet::default();
    for (i, s) in t.sections.iter().enumerate() {
        let path = || field(&index("sections", i), "id");
        non_empty(&s.id, path)?;
        if !sections.insert(&s.id) {
            return Err(invalid(path(), naming("duplicate section id", &s.id)));
        }
    }

    let mut questions = StrSet::default();
    for (i, q) in t.questions.iter().enumerate() {
        let path = |name: &str| field(&index("questions", i), name);
        non_empty(&q.id, || path("id"))?;
        if !questions.insert(&q.id) {
            return Err(invalid(path("id"), naming("duplicate question id", &q.id)));
        }
        if !sections.contains(&q.section) {
            return Err(invalid(
                path("section"),
                naming("no section with id", &q.section),
            ));
        }
        match q.kind {
            QuestionKind::Text if !q.choices.is_empty() => {
                return Err(invalid(path("choices"), "a text question has no choices"));
            }
            QuestionKind::Choice if q.choices.is_empty() => {
                return Err(invalid(
                    path("choices"),
                    "a choice question needs at least one choice",
                ));
            }
            _ => {}
        }
        let mut choices = StrSet::default();
        for (j, c) in q.choices.iter().enumerate() {
            let cpath = |name: &str| field(&index(&path("choices"), j), name);
            non_empty(&c.id, || cpath("id"))?;
            if !choices.insert(&c.id) {
                return Err(invalid(cpath("id"), naming("duplicate choice id", &c.id)));
            }
            if c.explanation == Explanation::None && c.prompt.is_some() {
                return Err(invalid(
                    cpath("prompt"),
                    "a prompt asks for text, but explanation is \"none\"",
                ));
            }
        }
    }

    let mut limits = StrSet::default();
    for (i, l) in t.limits.iter().enumerate() {
        let path = |name: &str| field(&index("limits", i), name);
        non_empty(&l.id, || path("id"))?;
        if !limits.insert(&l.id) {
            return Err(invalid(path("id"), naming("duplicate limit id", &l.id)));
        }
        if let Some(s) = &l.section {
            if !sections.contains(s) {
                return Err(invalid(path("section"), naming("no section with id", s)));
            }
        }
        question_list(&l.questions, &questions, || path("questions"))?;
    }

    let mut instructions = StrSet::default();
    for (i, ins) in t.instructions.iter().enumerate() {
        let path = |name: &str| field(&index("instructions", i), name);
        non_empty(&ins.id, || path("id"))?;
        if !instructions.insert(&ins.id) {
            return Err(invalid(
                path("id"),
                naming("duplicate instruction id", &ins.id),
            ));
        }
        if !crate::finding::is_check_name(&ins.check) {
            let mut reason = naming("the check name", &ins.check);
            reason.push_str(
                " is not a lowercase identifier: a letter a–z, then a–z, 0–9 or _, at most ",
            );
            push_u64(&mut reason, crate::finding::MAX_CHECK_NAME as u64);
            reason.push_str(" characters (e.g. \"indicators\")");
            return Err(invalid(path("check"), reason));
        }
        question_list(&ins.questions, &questions, || path("questions"))?;
        let vocab = ins.vocabulary.as_deref().unwrap_or(&ins.check);
        match t.vocabularies.get(vocab) {
            Some(words) if !words.is_empty() => {}
            found => {
                let at = path(if ins.vocabulary.is_some() {
                    "vocabulary"
                } else {
                    "check"
                });
                let mut reason = String::from("no keywords in vocabularies.");
                reason.push_str(vocab);
                if found.is_none() {
                    reason.push_str(": the template has no vocabulary of that name");
                }
                return Err(invalid(at, reason));
            }
        }
        message(&ins.message, || path("message"))?;
    }
    Ok(())
}

/// An instruction's message: a text in each of its languages, with no
/// placeholder but `%{scope}`.
fn message(text: &Text, path: impl Fn() -> String) -> Result<()> {
    let texts: [(&str, Option<&str>); 2] = match text {
        Text::Plain(s) => [("", Some(s)), ("", None)],
        Text::Localized { sv, en } => [(".sv", Some(sv)), (".en", en.as_deref())],
    };
    for (lang, s) in texts {
        let Some(s) = s else { continue };
        let at = || {
            let mut p = path();
            p.push_str(lang);
            p
        };
        non_empty(s, at)?;
        let mut rest = s;
        while let Some(start) = rest.find("%{") {
            rest = &rest[start..];
            if !rest.starts_with("%{scope}") {
                return Err(invalid(
                    at(),
                    "the only placeholder in a message is %{scope} (where the questions in scope go)",
                ));
            }
            rest = &rest["%{scope}".len()..];
        }
    }
    Ok(())
}

fn non_empty(value: &str, path: impl FnOnce() -> String) -> Result<()> {
    if value.trim().is_empty() {
        return Err(invalid(path(), "must not be empty"));
    }
    Ok(())
}

fn question_list(ids: &[String], known: &StrSet, path: impl Fn() -> String) -> Result<()> {
    if ids.is_empty() {
        return Err(invalid(path(), "names no question"));
    }
    let mut seen = StrSet::default();
    for (j, id) in ids.iter().enumerate() {
        if !known.contains(id) {
            return Err(invalid(
                index(&path(), j),
                naming("no question with id", id),
            ));
        }
        if !seen.insert(id) {
            let mut reason = naming("question", id);
            reason.push_str(" listed twice");
            return Err(invalid(index(&path(), j), reason));
        }
    }
    Ok(())
}
