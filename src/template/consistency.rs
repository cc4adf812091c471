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

/// What could not be read of a template (see [`super::Template::problems`]):
/// the rules that depend on it are not checked, so a broken item gives one
/// problem, not a second one from every reference to it.
#[derive(Debug, Default)]
pub(super) struct Broken {
    /// `format`, missing or unreadable.
    pub(super) format: bool,
    /// `id`.
    pub(super) id: bool,
    /// `policy`.
    pub(super) policy: bool,
    /// `near_threshold_percent`.
    pub(super) near: bool,
    /// Sections that could not be read.
    pub(super) sections: Ids,
    /// Questions that could not be read.
    pub(super) questions: Ids,
    /// Vocabularies that could not be read.
    pub(super) vocabularies: Ids,
    /// Limits that could not be read.
    pub(super) limits: Ids,
    /// Instructions that could not be read.
    pub(super) instructions: Ids,
}

/// The ids of unreadable items: those whose id could be read, or all.
#[derive(Debug, Default)]
pub(super) struct Ids {
    /// An item without a readable id, or the whole list, is broken.
    pub(super) all: bool,
    /// The ids of the broken items that have one.
    pub(super) ids: Vec<String>,
    /// The position in the file of each item read, when some were skipped
    /// (empty: item `i` is the file's item `i`), so paths name the file's.
    pub(super) at: Vec<usize>,
}

impl Ids {
    /// The path of item `i` of list `base` as the file numbers it.
    fn index(&self, base: &str, i: usize) -> String {
        index(base, self.at.get(i).copied().unwrap_or(i))
    }

    /// Returns true if and only if `id` may name a broken item.
    fn covers(&self, id: &str) -> bool {
        self.all || self.ids.iter().any(|i| i == id)
    }
}

/// Checks every rule; returns the first violation.
pub(super) fn check(t: &TemplateData) -> Result<()> {
    let mut problems = Vec::new();
    check_all(t, &Broken::default(), &mut problems);
    match problems.into_iter().next() {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// Checks every rule that does not depend on a broken part, pushing each
/// violation to `out` in the order `check` meets them: each value, and each
/// item of a list, on its own (an item's first violation).
pub(super) fn check_all(t: &TemplateData, broken: &Broken, out: &mut Vec<Error>) {
    let mut note = |r: Result<()>| {
        if let Err(e) = r {
            out.push(e);
        }
    };
    if !broken.format && t.format != FORMAT {
        let mut reason = naming("expected", FORMAT);
        reason.push_str(", found ");
        push_quoted(&mut reason, &t.format);
        note(Err(invalid("format".into(), reason)));
    }
    if !broken.id {
        note(non_empty(&t.id, || "id".into()));
    }
    if !broken.policy && t.policy.line_break > 2 {
        note(Err(invalid(
            "policy.line_break".into(),
            "a line break counts 0, 1 or 2",
        )));
    }
    if !broken.near && t.near_threshold_percent > 100 {
        note(Err(invalid(
            "near_threshold_percent".into(),
            "a percentage from 0 to 100",
        )));
    }
    for (list_field, lists) in [
        ("vocabularies", &t.vocabularies),
        ("vocabulary_exclusions", &t.vocabulary_exclusions),
    ] {
        for (name, words) in lists {
            note((|| {
                if list_field == "vocabulary_exclusions"
                    && !t.vocabularies.contains_key(name)
                    && !broken.vocabularies.covers(name)
                {
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
                Ok(())
            })());
        }
    }

    let mut sections = StrSet::default();
    for (i, s) in t.sections.iter().enumerate() {
        note((|| {
            let path = || field(&broken.sections.index("sections", i), "id");
            non_empty(&s.id, path)?;
            if !sections.insert(&s.id) {
                return Err(invalid(path(), naming("duplicate section id", &s.id)));
            }
            Ok(())
        })());
    }
    let section_known = |id: &str| sections.contains(id) || broken.sections.covers(id);

    let mut questions = StrSet::default();
    for (i, q) in t.questions.iter().enumerate() {
        note((|| {
            let path = |name: &str| field(&broken.questions.index("questions", i), name);
            non_empty(&q.id, || path("id"))?;
            if !questions.insert(&q.id) {
                return Err(invalid(path("id"), naming("duplicate question id", &q.id)));
            }
            if !section_known(&q.section) {
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
            Ok(())
        })());
    }
    let known = Known {
        questions: &questions,
        broken: &broken.questions,
    };

    let mut limits = StrSet::default();
    for (i, l) in t.limits.iter().enumerate() {
        note((|| {
            let path = |name: &str| field(&broken.limits.index("limits", i), name);
            non_empty(&l.id, || path("id"))?;
            if !limits.insert(&l.id) {
                return Err(invalid(path("id"), naming("duplicate limit id", &l.id)));
            }
            if let Some(s) = &l.section {
                if !section_known(s) {
                    return Err(invalid(path("section"), naming("no section with id", s)));
                }
            }
            question_list(&l.questions, &known, || path("questions"))
        })());
    }

    let mut instructions = StrSet::default();
    for (i, ins) in t.instructions.iter().enumerate() {
        note((|| {
            let path = |name: &str| field(&broken.instructions.index("instructions", i), name);
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
            question_list(&ins.questions, &known, || path("questions"))?;
            let vocab = ins.vocabulary.as_deref().unwrap_or(&ins.check);
            match t.vocabularies.get(vocab) {
                Some(words) if !words.is_empty() => {}
                _ if broken.vocabularies.covers(vocab) => {}
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
            message(&ins.message, || path("message"))
        })());
    }
}

/// The questions a list may name: those read, and any broken one.
struct Known<'a> {
    questions: &'a StrSet,
    broken: &'a Ids,
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

fn question_list(ids: &[String], known: &Known<'_>, path: impl Fn() -> String) -> Result<()> {
    if ids.is_empty() {
        return Err(invalid(path(), "names no question"));
    }
    let mut seen = StrSet::default();
    for (j, id) in ids.iter().enumerate() {
        if !known.questions.contains(id) && !known.broken.covers(id) {
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
