//! Consistency rules a template must meet beyond its JSON shape.
//!
//! Each rule returns the JSON path of the offending value, so a portal team
//! editing a template by hand is pointed at the exact line to fix.

use std::collections::HashSet;

use super::model::{Explanation, QuestionKind, TemplateData, FORMAT};
use crate::error::{Error, ErrorCode, Result};

fn invalid(path: String, reason: impl Into<String>) -> Error {
    Error::new(ErrorCode::TemplateInvalid, path, reason)
}

/// Checks every rule; returns the first violation.
pub(super) fn check(t: &TemplateData) -> Result<()> {
    if t.format != FORMAT {
        return Err(invalid(
            "format".into(),
            format!("expected {FORMAT:?}, found {:?}", t.format),
        ));
    }
    non_empty(&t.id, "id")?;
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
    for (field, lists) in [
        ("vocabularies", &t.vocabularies),
        ("vocabulary_exclusions", &t.vocabulary_exclusions),
    ] {
        for (name, words) in lists {
            if field == "vocabulary_exclusions" && !t.vocabularies.contains_key(name) {
                return Err(invalid(
                    format!("{field}.{name}"),
                    format!("excludes words from vocabularies.{name}, which does not exist"),
                ));
            }
            for (i, w) in words.iter().enumerate() {
                let core = w.trim().trim_matches('*');
                if core.trim().is_empty() {
                    return Err(invalid(format!("{field}.{name}[{i}]"), "empty keyword"));
                }
                if core.contains('*') {
                    return Err(invalid(
                        format!("{field}.{name}[{i}]"),
                        "a * may only begin or end a keyword (\"*verket\", \"region*\")",
                    ));
                }
            }
        }
    }

    let mut sections = HashSet::new();
    for (i, s) in t.sections.iter().enumerate() {
        let path = format!("sections[{i}].id");
        non_empty(&s.id, &path)?;
        if !sections.insert(s.id.as_str()) {
            return Err(invalid(path, format!("duplicate section id {:?}", s.id)));
        }
    }

    let mut questions = HashSet::new();
    for (i, q) in t.questions.iter().enumerate() {
        let path = format!("questions[{i}]");
        non_empty(&q.id, &format!("{path}.id"))?;
        if !questions.insert(q.id.as_str()) {
            return Err(invalid(
                format!("{path}.id"),
                format!("duplicate question id {:?}", q.id),
            ));
        }
        if !sections.contains(q.section.as_str()) {
            return Err(invalid(
                format!("{path}.section"),
                format!("no section with id {:?}", q.section),
            ));
        }
        match q.kind {
            QuestionKind::Text if !q.choices.is_empty() => {
                return Err(invalid(
                    format!("{path}.choices"),
                    "a text question has no choices",
                ));
            }
            QuestionKind::Choice if q.choices.is_empty() => {
                return Err(invalid(
                    format!("{path}.choices"),
                    "a choice question needs at least one choice",
                ));
            }
            _ => {}
        }
        let mut choices = HashSet::new();
        for (j, c) in q.choices.iter().enumerate() {
            let cpath = format!("{path}.choices[{j}].id");
            non_empty(&c.id, &cpath)?;
            if !choices.insert(c.id.as_str()) {
                return Err(invalid(cpath, format!("duplicate choice id {:?}", c.id)));
            }
            if c.explanation == Explanation::None && c.prompt.is_some() {
                return Err(invalid(
                    format!("{path}.choices[{j}].prompt"),
                    "a prompt asks for text, but explanation is \"none\"",
                ));
            }
        }
    }

    let mut limits = HashSet::new();
    for (i, l) in t.limits.iter().enumerate() {
        let path = format!("limits[{i}]");
        non_empty(&l.id, &format!("{path}.id"))?;
        if !limits.insert(l.id.as_str()) {
            return Err(invalid(
                format!("{path}.id"),
                format!("duplicate limit id {:?}", l.id),
            ));
        }
        if let Some(s) = &l.section {
            if !sections.contains(s.as_str()) {
                return Err(invalid(
                    format!("{path}.section"),
                    format!("no section with id {s:?}"),
                ));
            }
        }
        question_list(&l.questions, &questions, &format!("{path}.questions"))?;
    }

    let mut instructions = HashSet::new();
    for (i, ins) in t.instructions.iter().enumerate() {
        let path = format!("instructions[{i}]");
        non_empty(&ins.id, &format!("{path}.id"))?;
        if !instructions.insert(ins.id.as_str()) {
            return Err(invalid(
                format!("{path}.id"),
                format!("duplicate instruction id {:?}", ins.id),
            ));
        }
        question_list(&ins.questions, &questions, &format!("{path}.questions"))?;
        let vocab = ins.vocabulary.as_deref().unwrap_or(ins.check.as_str());
        match t.vocabularies.get(vocab) {
            Some(words) if !words.is_empty() => {}
            _ => {
                let at = if ins.vocabulary.is_some() {
                    format!("{path}.vocabulary")
                } else {
                    format!("{path}.check")
                };
                return Err(invalid(at, format!("no keywords in vocabularies.{vocab}")));
            }
        }
    }
    Ok(())
}

fn non_empty(value: &str, path: &str) -> Result<()> {
    if value.trim().is_empty() {
        return Err(invalid(path.to_string(), "must not be empty"));
    }
    Ok(())
}

fn question_list(ids: &[String], known: &HashSet<&str>, path: &str) -> Result<()> {
    if ids.is_empty() {
        return Err(invalid(path.to_string(), "names no question"));
    }
    let mut seen = HashSet::new();
    for (j, id) in ids.iter().enumerate() {
        if !known.contains(id.as_str()) {
            return Err(invalid(
                format!("{path}[{j}]"),
                format!("no question with id {id:?}"),
            ));
        }
        if !seen.insert(id.as_str()) {
            return Err(invalid(
                format!("{path}[{j}]"),
                format!("question {id:?} listed twice"),
            ));
        }
    }
    Ok(())
}
