//! The human-readable report of `formkoll check`: section budgets, findings
//! and score. Words come from the core's message tables.

use crate::prelude::*;
use crate::{
    format_number, render, Arg, CheckResult, Finding, Lang, LimitResult, LimitStatus, Severity,
    Unit,
};

/// Renders `r` as a table followed by findings and the score.
pub(crate) fn render_result(r: &CheckResult, lang: Lang) -> String {
    let t = |key: &str| render(lang, key, 2, &[]);
    let mut out = String::new();
    line(&mut out, &[&t("cli.template"), ": ", &r.template]);
    let policy = policy_line(r, lang);
    line(&mut out, &[&policy, "\n"]);

    let header = [
        t("table.section"),
        t("table.count"),
        t("table.max"),
        t("table.remaining"),
        String::new(),
    ];
    let mut rows = vec![header];
    for l in &r.limits {
        rows.push(limit_cells(l, lang));
    }
    out.push_str(&table(&rows));

    for (heading, items) in finding_groups(r, lang) {
        line(&mut out, &["\n", &heading]);
        for f in items {
            line(&mut out, &["  - ", &f.message]);
        }
    }

    let score = u64::from(r.score);
    let score_line = render(lang, "score", score, &[("count", Arg::Num(score))]);
    line(&mut out, &["\n", &score_line]);
    if !r.score_breakdown.losses.is_empty() {
        line(&mut out, &[&t("cli.points_lost"), ":"]);
        for loss in &r.score_breakdown.losses {
            let (who, pts) = loss_parts(lang, loss);
            line(
                &mut out,
                &["  −", &pts, "  ", &who, "  ", loss.reason.as_str()],
            );
        }
    }
    let verdict = if r.valid {
        t("valid")
    } else {
        render(
            lang,
            "invalid",
            r.counts.errors,
            &[("count", Arg::Num(r.counts.errors))],
        )
    };
    line(&mut out, &["\n", &verdict]);
    out
}

/// "Räkneregel: tecken som de syns (grafemkluster), en radbrytning räknas
/// som 1 tecken": how `r` was counted.
pub(super) fn policy_line(r: &CheckResult, lang: Lang) -> String {
    let t = |key: &str| render(lang, key, 2, &[]);
    let unit = match r.policy.unit {
        Unit::Grapheme => t("cli.unit.grapheme"),
        Unit::CodePoint => t("cli.unit.code_point"),
        Unit::Utf16 => t("cli.unit.utf16"),
    };
    let lb = u64::from(r.policy.line_break);
    render(
        lang,
        "cli.policy",
        lb,
        &[("unit", Arg::Str(&unit)), ("count", Arg::Num(lb))],
    )
}

/// One row of the section table: section, count, budget, remaining
/// ("−775" when over) and the flag ("ÖVER", "nära" or nothing).
pub(super) fn limit_cells(l: &LimitResult, lang: Lang) -> [String; 5] {
    let t = |key: &str| render(lang, key, 2, &[]);
    let n = |v: u64| format_number(v, lang);
    let name = l.section.clone().unwrap_or_else(|| l.id.clone());
    let remaining = if l.remaining < 0 {
        "−".to_string() + &n(l.over_by)
    } else {
        n(l.remaining.unsigned_abs())
    };
    let flag = match l.status {
        LimitStatus::Exceeded => t("cli.over"),
        LimitStatus::Near => t("cli.near"),
        LimitStatus::Ok => String::new(),
    };
    [name, n(l.count), n(l.max), remaining, flag]
}

/// Appends `parts` and a line break.
fn line(out: &mut String, parts: &[&str]) {
    for p in parts {
        out.push_str(p);
    }
    out.push('\n');
}

/// Left-aligns the first column, right-aligns numbers; widths in characters
/// (the numbers hold no-break spaces, which are multi-byte).
fn table(rows: &[[String; 5]]) -> String {
    let chars = |s: &String| s.chars().count();
    let mut widths = [0usize; 5];
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(chars(cell));
        }
    }
    let [w_name, w_count, w_max, w_left, _] = widths;
    let mut out = String::new();
    for [name, count, max, left, flag] in rows {
        let mut line = name.clone();
        pad(&mut line, w_name.saturating_sub(chars(name)));
        for (cell, w) in [(count, w_count), (max, w_max), (left, w_left)] {
            pad(&mut line, 2 + w.saturating_sub(chars(cell)));
            line.push_str(cell);
        }
        if !flag.is_empty() {
            line.push_str("  ");
            line.push_str(flag);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// Appends `spaces` spaces.
fn pad(s: &mut String, spaces: usize) {
    s.extend(core::iter::repeat(' ').take(spaces));
}

/// The findings of `r` by severity, errors first, each group with its
/// heading ("2 fel"); a severity without findings has no group. The text
/// table and the HTML page render these rows each their own way.
///
/// # Example
///
/// ```ignore
/// for (heading, findings) in finding_groups(&result, Lang::Sv) {
///     // heading = "1 fel", findings = [&Finding { code: LimitExceeded, .. }]
/// }
/// ```
pub(super) fn finding_groups(r: &CheckResult, lang: Lang) -> Vec<(String, Vec<&Finding>)> {
    [
        (Severity::Error, "cli.errors"),
        (Severity::Warning, "cli.warnings"),
        (Severity::Info, "cli.info"),
    ]
    .into_iter()
    .filter_map(|(severity, key)| {
        let items: Vec<&Finding> = r
            .findings
            .iter()
            .filter(|f| f.severity == severity)
            .collect();
        let count = items.len() as u64;
        (count > 0).then(|| {
            (
                render(lang, key, count, &[("count", Arg::Num(count))]),
                items,
            )
        })
    })
    .collect()
}

/// What a lost point is for ("Fråga 2.1", "Avsnitt 3" or nothing) and how
/// many points ("1 poäng"), as the text table and the HTML page show it.
pub(super) fn loss_parts(lang: Lang, loss: &crate::score::Loss) -> (String, String) {
    let who = match (&loss.question, &loss.section) {
        (Some(q), _) => render(lang, "subject.question", 1, &[("question", Arg::Str(q))]),
        (None, Some(s)) => render(lang, "subject.section", 1, &[("section", Arg::Str(s))]),
        _ => String::new(),
    };
    let pts = render(
        lang,
        "cli.points",
        loss.points,
        &[("count", Arg::Num(loss.points))],
    );
    (who, pts)
}
