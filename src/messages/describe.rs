//! Turns a [`Finding`] into its message, taking labels and prompts from the template.

use super::{render, Arg, Lang};
use crate::finding::{Finding, FindingCode};
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
    let question = f.question.as_deref().unwrap_or("");
    let section = f.section.as_deref().unwrap_or("");
    let range = range_text(&f.questions);
    let subject = subject(f, lang, &range);
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
            ("question", Arg::Str(question)),
            ("section", Arg::Str(section)),
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

/// "Avsnitt 2", "Fråga 2.1" or "Frågorna 2.1–2.3".
fn subject(f: &Finding, lang: Lang, range: &str) -> String {
    if let Some(s) = &f.section {
        if f.question.is_none() {
            return render(lang, "subject.section", 1, &[("section", Arg::Str(s))]);
        }
    }
    match (&f.question, f.questions.len()) {
        (Some(q), _) => render(lang, "subject.question", 1, &[("question", Arg::Str(q))]),
        (None, 1) => render(
            lang,
            "subject.question",
            1,
            &[("question", Arg::Str(range))],
        ),
        _ => render(lang, "subject.questions", 2, &[("range", Arg::Str(range))]),
    }
}

/// "1.1–1.3" from a scope (first and last id), or the single id.
fn range_text(ids: &[String]) -> String {
    match ids {
        [] => String::new(),
        [one] => one.clone(),
        [first, .., last] => format!("{first}–{last}"),
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
        None => (value.clone(), String::new()),
    }
}
