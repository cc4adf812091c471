//! The parts of the page about findings: one report's section (the receipt),
//! the findings counted across reports, and the files that could not be read.

use super::{anchor, escape, Item};
use crate::cli::text::{finding_groups, limit_cells, policy_line};
use crate::prelude::*;
use crate::{render, Arg, CheckResult, Finding, Lang, Severity};

/// `<h1>`…`<h6>` opening or closing tag for `level`.
fn heading(out: &mut String, level: u8, close: bool, id: Option<&str>) {
    out.push_str(if close { "</h" } else { "<h" });
    out.push(char::from(b'0' + level.clamp(1, 6)));
    if let Some(id) = id {
        out.push_str(" id=\"");
        out.push_str(id);
        out.push('"');
    }
    out.push('>');
}

/// One report's section: heading `level` (1 on a receipt, 2 on the
/// overview), its file, template and counting rule, verdict and score, the
/// section table, the findings by severity and the points lost — what
/// `--format text` prints, as HTML.
pub(super) fn report_section(
    out: &mut String,
    item: &Item<'_>,
    r: &CheckResult,
    id: &str,
    level: u8,
    lang: Lang,
) {
    let t = |key: &str| render(lang, key, 2, &[]);
    let p = |out: &mut String, text: &str| {
        out.push_str("<p>");
        escape(out, text);
        out.push_str("</p>\n");
    };
    let head = id.to_string() + "-h";
    out.push_str("<section class=\"report\" id=\"");
    out.push_str(id);
    out.push_str("\" aria-labelledby=\"");
    out.push_str(&head);
    out.push_str("\">\n");
    heading(out, level, false, Some(&head));
    if level == 1 {
        escape(out, &t("html.receipt_title"));
        out.push_str(": ");
    }
    escape(out, item.name());
    heading(out, level, true, None);
    out.push_str("\n<dl>\n");
    for (key, value) in [
        ("html.file", item.file),
        ("cli.template", r.template.as_str()),
    ] {
        out.push_str("<dt>");
        escape(out, &t(key));
        out.push_str("</dt><dd>");
        escape(out, value);
        out.push_str("</dd>\n");
    }
    out.push_str("</dl>\n");
    p(out, &policy_line(r, lang));
    let verdict = if r.valid {
        t("valid")
    } else {
        let e = r.counts.errors;
        render(lang, "invalid", e, &[("count", Arg::Num(e))])
    };
    out.push_str(if r.valid {
        "<p class=\"verdict valid\">"
    } else {
        "<p class=\"verdict invalid\">"
    });
    escape(out, &verdict);
    out.push_str("</p>\n");
    let score = u64::from(r.score);
    p(
        out,
        &render(lang, "score", score, &[("count", Arg::Num(score))]),
    );
    if let Some(k) = item.not_placed {
        p(
            out,
            &render(lang, "html.not_placed", k, &[("count", Arg::Num(k))]),
        );
    }
    sections_table(out, r, lang);
    for (title, items) in finding_groups(r, lang) {
        heading(out, level + 1, false, None);
        escape(out, &title);
        heading(out, level + 1, true, None);
        out.push_str("\n<ul>\n");
        for f in items {
            out.push_str("<li>");
            escape(out, &f.message);
            out.push_str(" <code>");
            escape(out, f.code.as_str());
            out.push_str("</code></li>\n");
        }
        out.push_str("</ul>\n");
    }
    if !r.score_breakdown.losses.is_empty() {
        heading(out, level + 1, false, None);
        escape(out, &t("cli.points_lost"));
        heading(out, level + 1, true, None);
        out.push_str("\n<ul>\n");
        for loss in &r.score_breakdown.losses {
            let (who, pts) = super::super::text::loss_parts(lang, loss);
            out.push_str("<li>−");
            escape(out, &pts);
            if !who.is_empty() {
                out.push_str(": ");
                escape(out, &who);
            }
            out.push_str(" <code>");
            escape(out, loss.reason.as_str());
            out.push_str("</code></li>\n");
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
}

/// The section table of `--format text`: section, count, budget, remaining,
/// status.
fn sections_table(out: &mut String, r: &CheckResult, lang: Lang) {
    let t = |key: &str| render(lang, key, 2, &[]);
    out.push_str("<table class=\"sections\">\n<caption>");
    escape(out, &t("html.sections_caption"));
    out.push_str("</caption>\n<thead>\n<tr>");
    for (i, key) in [
        "table.section",
        "table.count",
        "table.max",
        "table.remaining",
        "html.status",
    ]
    .iter()
    .enumerate()
    {
        out.push_str(if (1..4).contains(&i) {
            "<th scope=\"col\" class=\"num\">"
        } else {
            "<th scope=\"col\">"
        });
        escape(out, &t(key));
        out.push_str("</th>");
    }
    out.push_str("</tr>\n</thead>\n<tbody>\n");
    for l in &r.limits {
        let [name, count, max, left, flag] = limit_cells(l, lang);
        out.push_str("<tr><th scope=\"row\">");
        escape(out, &name);
        out.push_str("</th>");
        for cell in [count, max, left] {
            out.push_str("<td class=\"num\">");
            escape(out, &cell);
            out.push_str("</td>");
        }
        out.push_str(match l.status {
            crate::LimitStatus::Exceeded => "<td><strong class=\"flag\">",
            _ => "<td><strong>",
        });
        escape(out, &flag);
        out.push_str("</strong></td></tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
}

/// The files that could not be read, each with its error.
pub(super) fn unusable_list(out: &mut String, items: &[&Item<'_>], level: u8, lang: Lang) {
    let k = items.len() as u64;
    out.push_str("<section id=\"unusable\" aria-labelledby=\"unusable-h\">\n");
    heading(out, level, false, Some("unusable-h"));
    escape(
        out,
        &render(lang, "html.unusable_heading", k, &[("count", Arg::Num(k))]),
    );
    heading(out, level, true, None);
    out.push_str("\n<ul class=\"unusable\">\n");
    for item in items {
        let reason = item.outcome.err().unwrap_or_default();
        // The reason starts with the file's name; it is shown once.
        let reason = reason
            .strip_prefix(item.file)
            .map_or(reason, |r| r.trim_start_matches(": "));
        out.push_str("<li><strong>");
        escape(out, item.file);
        out.push_str("</strong>: <code>");
        escape(out, reason);
        out.push_str("</code></li>\n");
    }
    out.push_str("</ul>\n</section>\n");
}

/// The errors and warnings counted across the reports: one row per code and
/// subject (question, section or limit, instruction, choice), the reports
/// concerned linked, the most common first (ties in first-seen order).
pub(super) fn missed(out: &mut String, items: &[&Item<'_>], lang: Lang) {
    let t = |key: &str| render(lang, key, 2, &[]);
    struct Group<'a> {
        first: &'a Finding,
        same_message: bool,
        reports: Vec<usize>,
    }
    let same = |a: &Finding, b: &Finding| {
        a.code == b.code
            && a.question == b.question
            && a.section == b.section
            && a.limit == b.limit
            && a.instruction == b.instruction
            && a.choice == b.choice
    };
    let mut groups: Vec<Group<'_>> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let Ok(r) = item.outcome else { continue };
        for f in r.findings.iter().filter(|f| f.severity != Severity::Info) {
            match groups.iter_mut().find(|g| same(g.first, f)) {
                Some(g) => {
                    g.same_message &= g.first.message == f.message;
                    if !g.reports.contains(&i) {
                        g.reports.push(i);
                    }
                }
                None => groups.push(Group {
                    first: f,
                    same_message: true,
                    reports: vec![i],
                }),
            }
        }
    }
    // Stable: equal counts keep the order they were first seen in.
    groups.sort_by_key(|g| core::cmp::Reverse(g.reports.len()));
    out.push_str("<section id=\"missed\" aria-labelledby=\"missed-h\">\n<h2 id=\"missed-h\">");
    escape(out, &t("html.missed_heading"));
    out.push_str("</h2>\n");
    if groups.is_empty() {
        out.push_str("<p>");
        escape(out, &t("html.missed_none"));
        out.push_str("</p>\n</section>\n");
        return;
    }
    out.push_str("<table class=\"missed\">\n<caption>");
    escape(out, &t("html.missed_caption"));
    out.push_str("</caption>\n<thead>\n<tr>");
    for key in ["html.finding", "html.code", "html.reports"] {
        out.push_str("<th scope=\"col\">");
        escape(out, &t(key));
        out.push_str("</th>");
    }
    out.push_str("</tr>\n</thead>\n<tbody>\n");
    for g in &groups {
        out.push_str("<tr><th scope=\"row\">");
        if !g.same_message {
            escape(out, &t("html.example"));
        }
        escape(out, &g.first.message);
        out.push_str("</th><td><code>");
        escape(out, g.first.code.as_str());
        out.push_str("</code></td><td>");
        let k = g.reports.len() as u64;
        escape(
            out,
            &render(lang, "html.in_reports", k, &[("count", Arg::Num(k))]),
        );
        out.push_str(": ");
        for (j, &i) in g.reports.iter().enumerate() {
            if j > 0 {
                out.push_str(", ");
            }
            out.push_str("<a href=\"#");
            out.push_str(&anchor(i));
            out.push_str("\">");
            if let Some(item) = items.get(i) {
                escape(out, item.name());
            }
            out.push_str("</a>");
        }
        out.push_str("</td></tr>\n");
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
}
