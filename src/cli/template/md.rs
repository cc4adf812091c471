//! The overview of `formkoll template FILE --format md|text`: what a template
//! holds, in the order of the form, for an agency to proofread against the
//! PDF — the title and counting rule, each section with its questions
//! (text, kind, required or not, choices and which need an explanation),
//! the character limits with the questions that share them, and the
//! instruction checks. Headings come from the message tables (Swedish, or
//! English with `--lang en`); the template's own texts are shown as written
//! (Markdown's special characters escaped), in `lang` where it has them.

use crate::prelude::*;
use crate::{
    render, Arg, Explanation, Instruction, Lang, Mode, Question, QuestionKind, Template, Text, Unit,
};

/// The document being written: Markdown, or plain text with underlined
/// headings and no escapes.
struct Doc {
    out: String,
    md: bool,
    lang: Lang,
}

impl Doc {
    /// The message `key` (no arguments).
    fn t(&self, key: &str) -> String {
        render(self.lang, key, 2, &[])
    }

    /// A template text in the document's language, escaped for Markdown.
    fn text(&self, t: &Text) -> String {
        self.prose(t.get(self.lang))
    }

    /// `s` as running text: Markdown's special characters escaped, a line
    /// break kept as `<br>` (it would end a list item).
    fn prose(&self, s: &str) -> String {
        if !self.md {
            return s.to_string();
        }
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            match c {
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' => {
                    out.push('\\');
                    out.push(c);
                }
                '\n' => out.push_str("<br>"),
                '\r' => {}
                c => out.push(c),
            }
        }
        out
    }

    /// An id as code: `` `1-actors` `` in Markdown, as it is in text.
    fn code(&self, s: &str) -> String {
        if !self.md {
            return s.to_string();
        }
        let fence = if s.contains('`') { "`` " } else { "`" };
        let close = if s.contains('`') { " ``" } else { "`" };
        fence.to_string() + s + close
    }

    /// A heading of `level` (1–3), with a blank line after it.
    fn heading(&mut self, level: usize, title: &str) {
        if !self.out.is_empty() && !self.out.ends_with("\n\n") {
            self.out.push('\n');
        }
        if self.md {
            self.out.push_str(&"#".repeat(level));
            self.out.push(' ');
            self.out.push_str(title);
            self.out.push('\n');
        } else {
            self.out.push_str(title);
            self.out.push('\n');
            let rule = match level {
                1 => '=',
                2 => '-',
                _ => '~',
            };
            // As wide as the title shows: its characters as people see them.
            let width = crate::count_default(title);
            self.out.extend(core::iter::repeat(rule).take(width));
            self.out.push('\n');
        }
        self.out.push('\n');
    }

    /// A paragraph.
    fn para(&mut self, text: &str) {
        self.out.push_str(text);
        self.out.push_str("\n\n");
    }

    /// A list item `- label: value` at `depth` (0 or 1).
    fn item(&mut self, depth: usize, label: &str, value: &str) {
        self.out.push_str(&"  ".repeat(depth));
        self.out.push_str("- ");
        if !label.is_empty() {
            self.out.push_str(label);
            self.out.push_str(": ");
        }
        self.out.push_str(value);
        self.out.push('\n');
    }

    /// The item `- label: value` for message `key`, when there is a value.
    fn field(&mut self, key: &str, value: Option<String>) {
        if let Some(value) = value {
            let label = self.t(key);
            self.item(0, &label, &value);
        }
    }

    /// Ends a list.
    fn end_list(&mut self) {
        self.out.push('\n');
    }
}

/// Renders the overview of `template` as Markdown (`md`) or plain text.
///
/// The first line is the title as a heading; see the module comment for the
/// rest.
pub(super) fn render_overview(template: &Template, md: bool, lang: Lang) -> String {
    let mut doc = Doc {
        out: String::new(),
        md,
        lang,
    };
    let data = template.data();
    let title = doc.text(&data.title);
    doc.heading(1, &title);
    doc.field("tmpl.id", Some(doc.code(&data.id)));
    doc.field(
        "tmpl.version",
        data.version.as_deref().map(|v| doc.prose(v)),
    );
    doc.field(
        "tmpl.language",
        data.language.as_deref().map(|l| doc.code(l)),
    );
    doc.item(0, "", &policy(template, lang));
    let near = u64::from(data.near_threshold_percent);
    doc.item(
        0,
        "",
        &render(lang, "tmpl.near", near, &[("count", Arg::Num(near))]),
    );
    doc.end_list();

    for section in &data.sections {
        let title = doc.text(&section.title);
        let heading = render(
            lang,
            "tmpl.section",
            1,
            &[("id", Arg::Str(&section.id)), ("title", Arg::Str(&title))],
        );
        doc.heading(2, &heading);
        for q in data.questions.iter().filter(|q| q.section == section.id) {
            question(&mut doc, template, q);
        }
    }

    if !data.limits.is_empty() {
        doc.heading(2, &doc.t("tmpl.limits"));
        doc.para(&policy(template, lang));
        for l in &data.limits {
            let mut heading = doc.code(&l.id);
            if let Some(s) = &l.section {
                let section = render(lang, "subject.section", 1, &[("section", Arg::Str(s))]);
                heading = heading + " (" + &section + ")";
            }
            doc.heading(3, &heading);
            doc.item(
                0,
                "",
                &render(lang, "tmpl.max", l.max, &[("count", Arg::Num(l.max))]),
            );
            doc.item(0, &doc.t("tmpl.shared"), &l.questions.join(", "));
            doc.field("tmpl.printed", l.text.as_ref().map(|t| doc.text(t)));
            doc.end_list();
        }
    }

    if !data.instructions.is_empty() {
        doc.heading(2, &doc.t("tmpl.instructions"));
        for i in &data.instructions {
            instruction(&mut doc, i);
        }
    }
    while doc.out.ends_with("\n\n") {
        doc.out.pop();
    }
    doc.out
}

/// "Räkneregel: tecken som de syns (grafemkluster), en radbrytning räknas
/// som 1 tecken" (the words of `check`'s text report).
fn policy(template: &Template, lang: Lang) -> String {
    let policy = template.policy();
    let unit = render(
        lang,
        match policy.unit {
            Unit::Grapheme => "cli.unit.grapheme",
            Unit::CodePoint => "cli.unit.code_point",
            Unit::Utf16 => "cli.unit.utf16",
        },
        2,
        &[],
    );
    let lb = u64::from(policy.line_break);
    render(
        lang,
        "cli.policy",
        lb,
        &[("unit", Arg::Str(&unit)), ("count", Arg::Num(lb))],
    )
}

/// One question: its id as a heading, its text, then kind, choices, group,
/// footnote and the limits and instructions that name it.
fn question(doc: &mut Doc, template: &Template, q: &Question) {
    let lang = doc.lang;
    doc.heading(
        3,
        &render(lang, "tmpl.question", 1, &[("id", Arg::Str(&q.id))]),
    );
    if let Some(stem) = &q.stem {
        let stem = doc.text(stem);
        doc.para(&stem);
    }
    let text = doc.text(&q.text);
    doc.para(&text);
    let kind = match q.kind {
        QuestionKind::Text => doc.t("tmpl.kind.text"),
        QuestionKind::Choice => doc.t("tmpl.kind.choice"),
    };
    let need = doc.t(if q.optional {
        "tmpl.optional"
    } else {
        "tmpl.required"
    });
    doc.item(0, &doc.t("tmpl.kind"), &(kind + ", " + &need));
    if !q.choices.is_empty() {
        doc.item(0, &doc.t("tmpl.choices"), "");
        doc.out.truncate(doc.out.trim_end().len());
        doc.out.push('\n');
        for c in &q.choices {
            let explanation = doc.t(match c.explanation {
                Explanation::Required => "tmpl.explanation.required",
                Explanation::Optional => "tmpl.explanation.optional",
                Explanation::None => "tmpl.explanation.none",
            });
            let mut line = doc.text(&c.label) + " (" + &doc.code(&c.id) + "): " + &explanation;
            if let Some(prompt) = &c.prompt {
                line = line + " – " + &doc.text(prompt);
            }
            doc.item(1, "", &line);
        }
    }
    doc.field("tmpl.group", q.group.as_deref().map(|g| doc.prose(g)));
    doc.field("tmpl.topic", q.topic.as_deref().map(|t| doc.code(t)));
    doc.field("tmpl.footnote", q.footnote.as_ref().map(|n| doc.text(n)));
    let data = template.data();
    let limits: Vec<String> = data
        .limits
        .iter()
        .filter(|l| l.questions.contains(&q.id))
        .map(|l| {
            doc.code(&l.id)
                + " ("
                + &render(lang, "tmpl.max", l.max, &[("count", Arg::Num(l.max))])
                + ")"
        })
        .collect();
    if !limits.is_empty() {
        doc.item(0, &doc.t("tmpl.limit"), &limits.join(", "));
    }
    let instructions: Vec<String> = data
        .instructions
        .iter()
        .filter(|i| i.questions.contains(&q.id))
        .map(|i| doc.code(&i.id))
        .collect();
    if !instructions.is_empty() {
        doc.item(0, &doc.t("tmpl.instructions"), &instructions.join(", "));
    }
    doc.end_list();
}

/// One instruction: its id as a heading, then one line per field, each from
/// its own helper (the instruction model is growing: issue 24 item 1).
fn instruction(doc: &mut Doc, i: &Instruction) {
    let id = doc.code(&i.id);
    doc.heading(3, &id);
    let check = check_line(doc, i);
    doc.item(0, &doc.t("tmpl.check"), &check);
    let mode = mode_line(doc, i.mode);
    doc.item(0, &doc.t("tmpl.mode"), &mode);
    doc.item(0, &doc.t("tmpl.questions"), &i.questions.join(", "));
    let vocabulary = doc.code(vocabulary_name(i));
    doc.item(0, &doc.t("tmpl.vocabulary"), &vocabulary);
    doc.field("tmpl.message", Some(doc.text(&i.message)));
    doc.field("tmpl.printed", i.text.as_ref().map(|t| doc.text(t)));
    doc.end_list();
}

/// "`actors` (kod `instruction.actors`)".
fn check_line(doc: &Doc, i: &Instruction) -> String {
    let check = i.check.as_str();
    let code = "instruction.".to_string() + check;
    doc.code(check) + " (" + &doc.t("tmpl.code") + " " + &doc.code(&code) + ")"
}

/// "i varje besvarad fråga" or "i någon av frågorna".
fn mode_line(doc: &Doc, mode: Mode) -> String {
    doc.t(match mode {
        Mode::Each => "tmpl.mode.each",
        Mode::Any => "tmpl.mode.any",
    })
}

/// The vocabulary the instruction matches: its own, or the check's name.
fn vocabulary_name(i: &Instruction) -> &str {
    i.vocabulary.as_deref().unwrap_or(i.check.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: &str = r#"{"format":"formkoll-template/1","id":"t_1","title":"A *b* [c] <d> _e_",
      "sections":[{"id":"1","title":"S #1"}],
      "questions":[{"id":"1.1","section":"1","text":"Q\nline two","kind":"text","optional":true}]}"#;

    #[test]
    fn template_md_escapes_markdown_and_keeps_line_breaks() {
        let t = Template::from_json(SMALL).unwrap();
        let md = render_overview(&t, true, Lang::Sv);
        assert!(
            md.starts_with("# A \\*b\\* \\[c\\] \\<d\\> \\_e\\_\n\n- Mall-id: `t_1`\n"),
            "{md}"
        );
        assert!(md.contains("\n## Avsnitt 1: S \\#1\n"), "{md}");
        assert!(
            md.contains("\nQ<br>line two\n\n- Typ: fritext, frivillig (om möjligt)\n"),
            "{md}"
        );
        // No limits or instructions: no empty headings; one line break at the end.
        assert!(
            !md.contains("Teckenbudgetar") && !md.contains("Instruktioner"),
            "{md}"
        );
        assert!(md.ends_with(")\n") && !md.ends_with("\n\n"), "{md:?}");
        let text = render_overview(&t, false, Lang::Sv);
        assert!(
            text.starts_with("A *b* [c] <d> _e_\n=================\n"),
            "{text}"
        );
        assert!(text.contains("\nQ\nline two\n"), "{text}");
    }

    #[test]
    fn template_md_code_spans_hold_backticks() {
        let doc = Doc {
            out: String::new(),
            md: true,
            lang: Lang::Sv,
        };
        assert_eq!(doc.code("a`b"), "`` a`b ``");
        assert_eq!(doc.code("ab"), "`ab`");
    }
}
