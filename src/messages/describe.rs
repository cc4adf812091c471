//! Turns a [`Finding`] into its message, taking labels and prompts from the template.

use super::{render, Arg, Lang};
use crate::finding::{Finding, FindingCode};
use crate::prelude::*;
use crate::template::Template;

/// Renders the message of `f` in `lang`.
///
/// # Example
///
/// ```
/// use formkoll::{describe, Finding, FindingCode, Lang, Template};
/// let t = Template::default_template();
/// let mut f = Finding::new(FindingCode::ExplanationMissing).with_question("5.1a");
/// f.choice = Some("nej".into());
/// assert_eq!(
///     describe(&f, &t, Lang::Sv),
///     "Fråga 5.1a: du har svarat Nej. Om nej, beskriv varför anslaget inte har bidragit till att nå målen."
/// );
/// ```
pub fn describe(f: &Finding, template: &Template, lang: Lang) -> String {
    let question = shown_id(f.question.as_deref().unwrap_or(""), lang);
    let section = shown_id(f.section.as_deref().unwrap_or(""), lang);
    let range = range_text(&f.questions, lang);
    let subject = subject(f, lang, &question, &section, &range);
    let scope = scope(f, lang, &range);
    if f.code.check().is_some() {
        return instruction_message(f, template, lang, subject, &scope);
    }
    let (label, prompt) = choice_texts(f, template, lang);
    let n = match f.code {
        FindingCode::LimitExceeded => f.over_by,
        FindingCode::LimitNear => f.remaining,
        _ => f.occurrences,
    }
    .unwrap_or(1);
    let num = |v: Option<u64>| Arg::Num(v.unwrap_or(0));
    render(
        lang,
        f.code.as_str(),
        n,
        &[
            ("subject", Arg::Str(&subject)),
            ("scope", Arg::Str(&scope)),
            ("question", Arg::Str(&question)),
            ("section", Arg::Str(&section)),
            ("range", Arg::Str(&range)),
            ("choice", Arg::Str(&label)),
            ("prompt", Arg::Str(&prompt)),
            ("count", num(f.count)),
            ("max", num(f.max)),
            ("over_by", num(f.over_by)),
            ("remaining", num(f.remaining)),
            ("occurrences", num(f.occurrences)),
        ],
    )
}

/// An instruction's finding: the subject, the scope (unless the template's
/// message places it with `%{scope}`), ": ", the message, and "." unless the
/// message ends a sentence itself. A finding whose instruction is not in the
/// template (made by hand) shows its code in the message's place.
fn instruction_message(
    f: &Finding,
    template: &Template,
    lang: Lang,
    subject: String,
    scope: &str,
) -> String {
    let message = f
        .instruction
        .as_deref()
        .and_then(|id| template.data().instructions.iter().find(|i| i.id == id))
        .map_or(f.code.as_str(), |i| i.message.get(lang));
    let mut out = subject;
    match message.split_once("%{scope}") {
        Some((before, after)) => {
            out.push_str(": ");
            out.push_str(before);
            out.push_str(scope);
            out.push_str(&after.replace("%{scope}", scope));
        }
        None => {
            out.push_str(scope);
            out.push_str(": ");
            out.push_str(message);
        }
    }
    if !out.ends_with(['.', '!', '?']) {
        out.push('.');
    }
    out
}

/// An id as it appears in a sentence: quoted when it is empty or has
/// whitespace at an end, so no message has a gap ("Fråga ”” saknar svar.").
fn shown_id(id: &str, lang: Lang) -> String {
    if id.is_empty() || id.trim() != id {
        render(lang, "id.quoted", 1, &[("id", Arg::Str(id))])
    } else {
        id.to_string()
    }
}

/// "Avsnitt 2", "Fråga 2.1" or "Frågorna 2.1–2.3".
fn subject(f: &Finding, lang: Lang, question: &str, section: &str, range: &str) -> String {
    if f.section.is_some() && f.question.is_none() {
        return render(
            lang,
            "subject.section",
            1,
            &[("section", Arg::Str(section))],
        );
    }
    match (&f.question, f.questions.len()) {
        (Some(_), _) => render(
            lang,
            "subject.question",
            1,
            &[("question", Arg::Str(question))],
        ),
        (None, 0 | 1) => render(
            lang,
            "subject.question",
            1,
            &[("question", Arg::Str(range))],
        ),
        _ => render(lang, "subject.questions", 2, &[("range", Arg::Str(range))]),
    }
}

/// " (frågorna 1.1–1.3)" after a section subject whose finding covers a
/// range of questions; empty when the subject already names the questions.
fn scope(f: &Finding, lang: Lang, range: &str) -> String {
    if f.question.is_some() || f.section.is_none() || f.questions.is_empty() {
        return String::new();
    }
    let key = if f.questions.len() == 1 {
        "scope.question"
    } else {
        "scope.questions"
    };
    let mut out = String::from(" ");
    out.push_str(&render(lang, key, 1, &[("range", Arg::Str(range))]));
    out
}

/// "1.1–1.3" from a scope (first and last id), or the single id.
fn range_text(ids: &[String], lang: Lang) -> String {
    match ids {
        [] => shown_id("", lang),
        [one] => shown_id(one, lang),
        [first, .., last] => {
            let mut out = shown_id(first, lang);
            out.push('–');
            out.push_str(&shown_id(last, lang));
            out
        }
    }
}

/// The chosen option's label ("Nej") and follow-up prompt, or the raw value
/// when the option is not in the template.
fn choice_texts(f: &Finding, template: &Template, lang: Lang) -> (String, String) {
    let Some(value) = &f.choice else {
        return (String::new(), String::new());
    };
    let choice = f
        .question
        .as_deref()
        .and_then(|q| template.question_index(q))
        .and_then(|q| template.data().questions.get(q))
        .and_then(|q| q.choices.iter().find(|c| &c.id == value));
    match choice {
        Some(c) => (
            c.label.get(lang).to_string(),
            c.prompt
                .as_ref()
                .map(|p| p.get(lang).to_string())
                .unwrap_or_else(|| render(lang, "explanation.prompt", 1, &[])),
        ),
        None => (value.clone(), render(lang, "explanation.prompt", 1, &[])),
    }
}
