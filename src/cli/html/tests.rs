//! The page's parts, on real checks of the fixture and a report without
//! answers (tests/cli.rs and tests/e2e/overview.spec.mjs test the whole).

use super::*;
use crate::{check, Report, Template};

const FIXTURE: &str = include_str!("../../../tests/fixtures/jamtland-2024.json");

fn checked(json: &str, lang: Lang) -> CheckResult {
    let template = Template::default_template();
    check(&template, &Report::from_json(json).unwrap(), lang).unwrap()
}

#[test]
fn html_escape_covers_markup_and_both_quotes() {
    let mut out = String::from("kept ");
    escape(&mut out, "<a href=\"x\" title='y'>Å & ö</a>");
    assert_eq!(
        out,
        "kept &lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Å &amp; ö&lt;/a&gt;"
    );
    let mut plain = String::new();
    escape(&mut plain, "11\u{a0}000 – ”ok”");
    assert_eq!(plain, "11\u{a0}000 – ”ok”");
}

#[test]
fn html_file_names_and_reasons_are_escaped() {
    let items = [Item {
        file: "<b>&\"x\".json",
        region: None,
        outcome: Err("<b>&\"x\".json: report.invalid: <script>"),
        not_placed: None,
    }];
    let page = render_page(&items, Lang::Sv);
    assert!(
        !page.contains("<b>") && !page.contains("<script>"),
        "{page}"
    );
    assert!(page.contains("&lt;b&gt;&amp;&quot;x&quot;.json"));
    assert!(page.contains("report.invalid: &lt;script&gt;"));
}

#[test]
fn html_overview_bars_worst_total_and_order() {
    let full = checked(FIXTURE, Lang::Sv);
    let empty = checked(r#"{"answers":{}}"#, Lang::Sv);
    let items = [
        Item {
            file: "z.json",
            region: Some("Region Jämtland Härjedalen"),
            outcome: Ok(&full),
            not_placed: None,
        },
        Item {
            file: "a.json",
            region: None,
            outcome: Ok(&empty),
            not_placed: None,
        },
        Item {
            file: "m.json",
            region: None,
            outcome: Err("m.json: report.invalid: not valid JSON"),
            not_placed: None,
        },
    ];
    let page = render_page(&items, Lang::Sv);
    // File-name order: a, m, z; the anchors follow it.
    let at = |s: &str| page.find(s).unwrap_or_else(|| panic!("{s} missing"));
    assert!(at("href=\"#r-1\">a.json") < at("href=\"#r-2\">m.json"));
    assert!(at("href=\"#r-2\">m.json") < at("href=\"#r-3\">Region Jämtland"));
    // Three sections over budget, each a bar with its numbers and the word.
    assert_eq!(page.matches("class=\"budget over\"").count(), 3);
    for numbers in [
        "15\u{a0}775 / 15\u{a0}000",
        "15\u{a0}546 / 15\u{a0}000",
        "8\u{a0}314 / 8\u{a0}000",
    ] {
        assert!(page.contains(numbers), "{numbers}");
    }
    assert!(page.contains("ÖVER +775</strong>"));
    assert!(page
        .contains("aria-label=\"Avsnitt 2: 15\u{a0}775 av 15\u{a0}000 tecken, 775 för mycket\""));
    // The empty report has the most errors: it alone is the worst.
    assert_eq!(page.matches("<tr class=\"worst\">").count(), 1);
    let worst_row = &page[at("<tr class=\"worst\">")..];
    assert!(worst_row.starts_with("<tr class=\"worst\"><th scope=\"row\"><a href=\"#r-1\">a.json"));
    // The total: errors summed, one report over budget in section 2.
    let errors = full.counts.errors + empty.counts.errors;
    assert!(page.contains(&("<td class=\"num\">".to_string() + &errors.to_string() + "</td>")));
    assert!(page.contains("Totalt: 3 filer"));
    assert!(page.contains("<td>1 över budget</td>"));
    // The unusable file, with its error, once in the table and once listed.
    assert!(page.contains("<strong>m.json</strong>: <code>report.invalid: not valid JSON</code>"));
    assert!(page.contains("Kunde inte läsas"));
    // Sections for the two checked reports only.
    assert_eq!(page.matches("<section class=\"report\"").count(), 2);
}

#[test]
fn html_missed_counts_reports_and_links_them() {
    let full = checked(FIXTURE, Lang::En);
    let items = [
        Item {
            file: "a.json",
            region: Some("A"),
            outcome: Ok(&full),
            not_placed: None,
        },
        Item {
            file: "b.json",
            region: Some("B"),
            outcome: Ok(&full),
            not_placed: None,
        },
    ];
    let page = render_page(&items, Lang::En);
    assert!(page.contains("<html lang=\"en\">"));
    let missed = &page[page.find("id=\"missed\"").unwrap()..];
    let row = "Section 2: 15,775 of 15,000 characters. You have 775 characters too many.</th><td><code>limit.exceeded</code></td><td>2 reports: <a href=\"#r-1\">A</a>, <a href=\"#r-2\">B</a></td>";
    assert!(missed.contains(row), "{missed}");
    // Information findings are not "missed".
    assert!(!missed[..missed.find("</section>").unwrap()].contains("characters remaining"));
}

#[test]
fn html_one_file_is_a_receipt() {
    let full = checked(FIXTURE, Lang::Sv);
    let items = [Item {
        file: "r.json",
        region: Some("Region Jämtland Härjedalen"),
        outcome: Ok(&full),
        not_placed: None,
    }];
    let page = render_page(&items, Lang::Sv);
    assert!(page.contains("<h1 id=\"r-1-h\">Kontrollkvitto: Region Jämtland Härjedalen</h1>"));
    assert!(!page.contains("class=\"overview\"") && !page.contains("id=\"missed\""));
    // The text format's table and findings.
    assert!(page.contains("<tr><th scope=\"row\">2</th><td class=\"num\">15\u{a0}775</td><td class=\"num\">15\u{a0}000</td><td class=\"num\">−775</td><td><strong class=\"flag\">ÖVER</strong></td></tr>"));
    assert!(page.contains("<h2>Fel (3)</h2>"));
    assert!(page.contains("Fullständighet: 88 av 100"));
}
