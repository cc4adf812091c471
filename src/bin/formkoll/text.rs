//! The human-readable report of `formkoll check`: section budgets, findings
//! and score. Words come from the core's message tables.

use formkoll::{format_number, render, Arg, CheckResult, Lang, LimitStatus, Severity, Unit};

/// Renders `r` as a table followed by findings and the score.
pub fn render_result(r: &CheckResult, lang: Lang) -> String {
    let t = |key: &str| render(lang, key, 2, &[]);
    let n = |v: u64| format_number(v, lang);
    let mut out = String::new();
    out.push_str(&format!("{}: {}\n", t("cli.template"), r.template));
    let unit = match r.policy.unit {
        Unit::Grapheme => t("cli.unit.grapheme"),
        Unit::CodePoint => t("cli.unit.code_point"),
        Unit::Utf16 => t("cli.unit.utf16"),
    };
    let lb = u64::from(r.policy.line_break);
    out.push_str(&render(
        lang,
        "cli.policy",
        lb,
        &[("unit", Arg::Str(&unit)), ("count", Arg::Num(lb))],
    ));
    out.push_str("\n\n");

    let header = [
        t("table.section"),
        t("table.count"),
        t("table.max"),
        t("table.remaining"),
        String::new(),
    ];
    let mut rows = vec![header];
    for l in &r.limits {
        let name = l.section.clone().unwrap_or_else(|| l.id.clone());
        let remaining = if l.remaining < 0 {
            format!("−{}", n(l.over_by))
        } else {
            n(l.remaining as u64)
        };
        let flag = match l.status {
            LimitStatus::Exceeded => t("cli.over"),
            LimitStatus::Near => t("cli.near"),
            LimitStatus::Ok => String::new(),
        };
        rows.push([name, n(l.count), n(l.max), remaining, flag]);
    }
    out.push_str(&table(&rows));

    for (severity, key) in [
        (Severity::Error, "cli.errors"),
        (Severity::Warning, "cli.warnings"),
        (Severity::Info, "cli.info"),
    ] {
        let items: Vec<&str> = r
            .findings
            .iter()
            .filter(|f| f.severity == severity)
            .map(|f| f.message.as_str())
            .collect();
        if items.is_empty() {
            continue;
        }
        let count = items.len() as u64;
        out.push_str(&format!(
            "\n{}\n",
            render(lang, key, count, &[("count", Arg::Num(count))])
        ));
        for m in items {
            out.push_str(&format!("  - {m}\n"));
        }
    }

    let score = u64::from(r.score);
    out.push_str(&format!(
        "\n{}\n",
        render(lang, "score", score, &[("count", Arg::Num(score))])
    ));
    if !r.score_breakdown.losses.is_empty() {
        out.push_str(&format!("{}:\n", t("cli.points_lost")));
        for loss in &r.score_breakdown.losses {
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
            out.push_str(&format!("  −{pts}  {who}  {}\n", loss.reason.as_str()));
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
    out.push_str(&format!("\n{verdict}\n"));
    out
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
        let mut line = format!("{name:<w_name$}");
        for (cell, w) in [(count, w_count), (max, w_max), (left, w_left)] {
            line.push_str(&format!("  {}{cell}", " ".repeat(w - chars(cell))));
        }
        if !flag.is_empty() {
            line.push_str(&format!("  {flag}"));
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
