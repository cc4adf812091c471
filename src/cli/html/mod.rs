//! `formkoll check FILE… --format html`: the agency's overview as one
//! self-contained page — no script, no request to anything (the styles are
//! in a `<style>` element, the bars inline SVG), readable from `file://` and
//! printable on A4. One file gives that report's section alone: a check
//! receipt a region can attach to its submission.
//!
//! The overview, in order: a table with one row per file in file-name order
//! (name — the report's own `region` when it has one, else the file —
//! score, errors, warnings, and per section a bar of its count against the
//! budget with the numbers beside it, "ÖVER" and red when over), the worst
//! report marked, and a total row; the findings counted across the reports
//! ("most often missed"), each linking to the reports concerned; the files
//! that could not be read, with their error; then every report's section
//! (`id="r-1"`, …) with the section table, the findings and the score as
//! `--format text` shows them.
//!
//! "Worst" is defined as: the most errors, and among reports with as many
//! errors, the lowest score. Every report tied for worst is marked; nothing
//! is marked when no report has an error and all score 100.
//!
//! Pure Rust over [`CheckResult`]s: the native CLI and the npm package's CLI
//! module (`npx formkoll`) render the same bytes. Every text from a report
//! or a file name goes through [`escape`].

use crate::prelude::*;
use crate::{format_number, render, Arg, CheckResult, Lang, LimitStatus};

#[cfg(target_arch = "wasm32")]
mod node;
mod report;
mod style;

#[cfg(target_arch = "wasm32")]
pub(super) use node::run_reports;

use report::{missed, report_section, unusable_list};

/// One file of the page: its name, the report's region, and the check
/// result or why the file could not be used.
pub(crate) struct Item<'a> {
    /// The file as given on the command line.
    pub file: &'a str,
    /// The report's `region` field, when it has one.
    pub region: Option<&'a str>,
    /// The result, or the reason the file is unusable.
    pub outcome: Result<&'a CheckResult, &'a str>,
    /// For an imported document: how many parts could not be placed.
    pub not_placed: Option<u64>,
}

impl Item<'_> {
    /// The name a person knows the report by: its region, else the file.
    fn name(&self) -> &str {
        self.region.unwrap_or(self.file)
    }
}

/// Renders `items` as a page: the overview for several, the receipt for one.
///
/// # Example
///
/// ```ignore
/// let page = render_page(&[Item { file: "a.json", region: None, outcome: Err("a.json: gone"), not_placed: None }], Lang::Sv);
/// assert!(page.starts_with("<!DOCTYPE html>"));
/// ```
pub(crate) fn render_page(items: &[Item<'_>], lang: Lang) -> String {
    let t = |key: &str| render(lang, key, 2, &[]);
    let mut sorted: Vec<&Item<'_>> = items.iter().collect();
    sorted.sort_by(|a, b| a.file.cmp(b.file));
    let mut out = String::with_capacity(16 * 1024);
    out.push_str("<!DOCTYPE html>\n<html lang=\"");
    out.push_str(lang.as_str());
    out.push_str("\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str(
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>",
    );
    if let [only] = sorted.as_slice() {
        escape(&mut out, &t("html.receipt_title"));
        out.push_str(": ");
        escape(&mut out, only.name());
    } else {
        escape(&mut out, &t("html.title"));
    }
    out.push_str("</title>\n<style>\n");
    out.push_str(style::CSS);
    out.push_str("</style>\n</head>\n<body>\n<main>\n");
    if let [only] = sorted.as_slice() {
        receipt(&mut out, only, lang);
    } else {
        overview(&mut out, &sorted, lang);
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

/// A single file: its section with an `<h1>`, or its error.
fn receipt(out: &mut String, item: &Item<'_>, lang: Lang) {
    match item.outcome {
        Ok(result) => report_section(out, item, result, "r-1", 1, lang),
        Err(_) => {
            out.push_str("<h1>");
            escape(out, &render(lang, "html.receipt_title", 1, &[]));
            out.push_str("</h1>\n");
            unusable_list(out, &[item], 2, lang);
        }
    }
}

/// Several files: the table, the findings across them, the unusable files
/// and each report's section.
fn overview(out: &mut String, items: &[&Item<'_>], lang: Lang) {
    let t = |key: &str| render(lang, key, 2, &[]);
    out.push_str("<h1>");
    escape(out, &t("html.title"));
    out.push_str("</h1>\n<p>");
    let n = items.len() as u64;
    escape(
        out,
        &render(lang, "html.intro", n, &[("count", Arg::Num(n))]),
    );
    out.push_str("</p>\n");
    overview_table(out, items, lang);
    missed(out, items, lang);
    let unusable: Vec<&Item<'_>> = items
        .iter()
        .copied()
        .filter(|i| i.outcome.is_err())
        .collect();
    if !unusable.is_empty() {
        unusable_list(out, &unusable, 2, lang);
    }
    for (i, item) in items.iter().enumerate() {
        if let Ok(result) = item.outcome {
            report_section(out, item, result, &anchor(i), 2, lang);
        }
    }
}

/// The anchor of the `i`th file (0-based, in page order): "r-1", "r-2", …
pub(super) fn anchor(i: usize) -> String {
    "r-".to_string() + &super::digits(i as u64 + 1)
}

/// The limits every report is measured against, in template order: (id,
/// header), from the first report that has each.
fn columns(items: &[&Item<'_>], lang: Lang) -> Vec<(String, String)> {
    let mut cols: Vec<(String, String)> = Vec::new();
    for result in items.iter().filter_map(|i| i.outcome.ok()) {
        for l in &result.limits {
            if !cols.iter().any(|(id, _)| *id == l.id) {
                let header = match &l.section {
                    Some(s) => render(lang, "subject.section", 1, &[("section", Arg::Str(s))]),
                    None => l.id.clone(),
                };
                cols.push((l.id.clone(), header));
            }
        }
    }
    cols
}

/// Which of `items` are worst: the most errors, then the lowest score.
/// Nothing is worst when every report is valid with a full score.
fn worst(items: &[&Item<'_>]) -> Vec<bool> {
    let key = |r: &CheckResult| (r.counts.errors, u32::MAX - r.score);
    let top = items.iter().filter_map(|i| i.outcome.ok()).map(key).max();
    items
        .iter()
        .map(|i| match (i.outcome, top) {
            (Ok(r), Some(top)) => key(r) == top && (r.counts.errors > 0 || r.score < 100),
            _ => false,
        })
        .collect()
}

fn overview_table(out: &mut String, items: &[&Item<'_>], lang: Lang) {
    let t = |key: &str| render(lang, key, 2, &[]);
    let n = |v: u64| format_number(v, lang);
    let cols = columns(items, lang);
    let worst = worst(items);
    out.push_str("<table class=\"overview\">\n<caption>");
    escape(out, &t("html.caption"));
    out.push_str("</caption>\n<thead>\n<tr>");
    for (key, class) in [
        ("html.name", ""),
        ("html.score", " class=\"num\""),
        ("html.errors", " class=\"num\""),
        ("html.warnings", " class=\"num\""),
    ] {
        out.push_str("<th scope=\"col\"");
        out.push_str(class);
        out.push('>');
        escape(out, &t(key));
        out.push_str("</th>");
    }
    for (_, header) in &cols {
        out.push_str("<th scope=\"col\">");
        escape(out, header);
        out.push_str("</th>");
    }
    out.push_str("</tr>\n</thead>\n<tbody>\n");
    let (mut errors, mut warnings) = (0u64, 0u64);
    let mut over = vec![0u64; cols.len()];
    for (i, item) in items.iter().enumerate() {
        let is_worst = worst.get(i).copied().unwrap_or(false);
        out.push_str(if is_worst {
            "<tr class=\"worst\">"
        } else {
            "<tr>"
        });
        out.push_str("<th scope=\"row\"><a href=\"#");
        out.push_str(&anchor(i));
        out.push_str("\">");
        escape(out, item.name());
        out.push_str("</a>");
        if item.region.is_some() {
            out.push_str("<br><span class=\"file\">");
            escape(out, item.file);
            out.push_str("</span>");
        }
        if is_worst {
            out.push_str(" <strong class=\"tag\">");
            escape(out, &t("html.worst"));
            out.push_str("</strong>");
        }
        out.push_str("</th>");
        match item.outcome {
            Ok(r) => {
                errors += r.counts.errors;
                warnings += r.counts.warnings;
                for v in [u64::from(r.score), r.counts.errors, r.counts.warnings] {
                    out.push_str("<td class=\"num\">");
                    out.push_str(&n(v));
                    out.push_str("</td>");
                }
                for ((id, header), over) in cols.iter().zip(over.iter_mut()) {
                    out.push_str("<td>");
                    match r.limits.iter().find(|l| l.id == *id) {
                        Some(l) => {
                            if l.status == LimitStatus::Exceeded {
                                *over += 1;
                            }
                            bar(out, header, l, lang);
                        }
                        None => out.push('–'),
                    }
                    out.push_str("</td>");
                }
            }
            Err(_) => {
                out.push_str("<td colspan=\"");
                out.push_str(&super::digits(3 + cols.len() as u64));
                out.push_str("\" class=\"unusable\">");
                escape(out, &t("html.unusable"));
                out.push_str("</td>");
            }
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n<tfoot>\n<tr><th scope=\"row\">");
    let files = items.len() as u64;
    escape(
        out,
        &render(lang, "html.total", files, &[("count", Arg::Num(files))]),
    );
    out.push_str("</th><td class=\"num\">–</td>");
    for v in [errors, warnings] {
        out.push_str("<td class=\"num\">");
        out.push_str(&n(v));
        out.push_str("</td>");
    }
    for k in over {
        out.push_str("<td>");
        escape(
            out,
            &render(lang, "html.over_count", k, &[("count", Arg::Num(k))]),
        );
        out.push_str("</td>");
    }
    out.push_str("</tr>\n</tfoot>\n</table>\n");
    if worst.contains(&true) {
        out.push_str("<p class=\"note\">");
        escape(out, &t("html.worst_note"));
        out.push_str("</p>\n");
    }
}

/// A bar of `l.count` against `l.max` (inline SVG, its text alternative the
/// budget sentence) and the numbers beside it: "15 775 / 15 000", then
/// "ÖVER" and how much when over. Colour is never the only sign.
fn bar(out: &mut String, header: &str, l: &crate::LimitResult, lang: Lang) {
    let n = |v: u64| format_number(v, lang);
    let class = match l.status {
        LimitStatus::Exceeded => "over",
        LimitStatus::Near => "near",
        LimitStatus::Ok => "ok",
    };
    // 100 units are the larger of count and budget; the budget line marks
    // where the budget ends when the count is over it.
    let scale = l.count.max(l.max).max(1);
    let fill = l.count.saturating_mul(100) / scale;
    let budget = l.max.saturating_mul(100) / scale;
    let mut label = render(
        lang,
        "budget",
        l.count,
        &[
            ("subject", Arg::Str(header)),
            ("count", Arg::Num(l.count)),
            ("max", Arg::Num(l.max)),
        ],
    );
    if l.status == LimitStatus::Exceeded {
        label.push_str(", ");
        label.push_str(&render(
            lang,
            "html.over",
            l.over_by,
            &[("count", Arg::Num(l.over_by))],
        ));
    }
    out.push_str("<div class=\"budget ");
    out.push_str(class);
    out.push_str("\"><svg class=\"bar\" viewBox=\"0 0 100 10\" width=\"100\" height=\"10\" role=\"img\" aria-label=\"");
    escape(out, &label);
    out.push_str(
        "\"><rect class=\"track\" width=\"100\" height=\"10\"/><rect class=\"fill\" width=\"",
    );
    out.push_str(&super::digits(fill));
    out.push_str("\" height=\"10\"/>");
    if l.status == LimitStatus::Exceeded {
        out.push_str("<rect class=\"limit\" x=\"");
        out.push_str(&super::digits(budget.saturating_sub(1)));
        out.push_str("\" width=\"2\" height=\"10\"/>");
    }
    out.push_str("</svg><span class=\"nums\">");
    out.push_str(&n(l.count));
    out.push_str(" / ");
    out.push_str(&n(l.max));
    out.push_str("</span>");
    if l.status == LimitStatus::Exceeded {
        out.push_str(" <strong class=\"flag\">");
        escape(out, &render(lang, "cli.over", 1, &[]));
        out.push_str(" +");
        out.push_str(&n(l.over_by));
        out.push_str("</strong>");
    } else if l.status == LimitStatus::Near {
        out.push_str(" <span class=\"flag-near\">");
        escape(out, &render(lang, "cli.near", 1, &[]));
        out.push_str("</span>");
    }
    out.push_str("</div>");
}

/// Appends `s` with `&`, `<`, `>`, `"` and `'` escaped: safe in text and in
/// a double- or single-quoted attribute.
///
/// # Example
///
/// ```ignore
/// let mut out = String::new();
/// escape(&mut out, "<a href=\"x\">&'");
/// assert_eq!(out, "&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
/// ```
pub(crate) fn escape(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests;
