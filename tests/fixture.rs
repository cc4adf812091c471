//! The real 2024 report of Region Jämtland Härjedalen, checked against the
//! embedded 2024:99 template: the numbers a portal owner can verify by hand.

use formkoll::{check, Answer, CheckResult, FindingCode, Lang, Policy, Report, Template};
use unicode_normalization::UnicodeNormalization;

const FIXTURE: &str = include_str!("fixtures/jamtland-2024.json");
const SECTION_COUNTS: [u64; 6] = [9_225, 15_775, 15_546, 10_356, 8_314, 4_956];
const SECTION_MAX: [u64; 6] = [11_000, 15_000, 15_000, 11_000, 8_000, 5_000];

fn report() -> Report {
    Report::from_json(FIXTURE).expect("fixture parses")
}

fn run(report: &Report) -> CheckResult {
    check(&Template::default_template(), report, Lang::Sv).expect("fixture follows the template")
}

fn section_counts(r: &CheckResult) -> Vec<u64> {
    r.limits
        .iter()
        .filter(|l| l.section.is_some())
        .map(|l| l.count)
        .collect()
}

/// Applies `f` to every answer's text.
fn map_text(report: &Report, f: impl Fn(&str) -> String) -> Report {
    let mut out = report.clone();
    for (_, a) in &mut out.answers.0 {
        *a = match a {
            Answer::Text(t) => Answer::Text(f(t)),
            Answer::Choice { choice, text } => Answer::Choice {
                choice: choice.clone(),
                text: f(text),
            },
        };
    }
    out
}

fn codes_for<'a>(r: &'a CheckResult, question: &str) -> Vec<&'a str> {
    r.findings
        .iter()
        .filter(|f| f.question.as_deref() == Some(question))
        .map(|f| f.code.as_str())
        .collect()
}

#[test]
fn fixture_section_counts_default_policy() {
    let r = run(&report());
    assert_eq!(section_counts(&r), SECTION_COUNTS);
    let maxes: Vec<u64> = r.limits.iter().map(|l| l.max).collect();
    assert_eq!(maxes, SECTION_MAX);
    assert_eq!(r.policy, Policy::default());
}

#[test]
fn fixture_sections_2_3_5_exceeded_by_775_546_314() {
    let r = run(&report());
    let exceeded: Vec<(Option<&str>, Option<u64>)> = r
        .findings
        .iter()
        .filter(|f| f.code == FindingCode::LimitExceeded)
        .map(|f| (f.section.as_deref(), f.over_by))
        .collect();
    assert_eq!(
        exceeded,
        [
            (Some("2"), Some(775)),
            (Some("3"), Some(546)),
            (Some("5"), Some(314))
        ]
    );
    assert!(!r.valid);
    assert_eq!(r.counts.errors, 3, "the only errors are the three budgets");
    let s2 = r
        .findings
        .iter()
        .find(|f| f.section.as_deref() == Some("2"))
        .unwrap();
    assert_eq!(
        s2.message,
        "Avsnitt 2: 15\u{a0}775 av 15\u{a0}000 tecken. Du har 775 tecken för mycket."
    );
}

#[test]
fn fixture_nfd_gives_the_same_counts() {
    let nfd = map_text(&report(), |t| t.nfd().collect());
    assert_ne!(nfd, report(), "the NFD variant must differ in code points");
    assert_eq!(section_counts(&run(&nfd)), SECTION_COUNTS);
}

#[test]
fn fixture_crlf_gives_the_same_counts() {
    let crlf = map_text(&report(), |t| t.replace('\n', "\r\n"));
    assert_eq!(section_counts(&run(&crlf)), SECTION_COUNTS);
    let nfd_crlf = map_text(&crlf, |t| t.nfd().collect());
    assert_eq!(section_counts(&run(&nfd_crlf)), SECTION_COUNTS);
}

#[test]
fn fixture_line_break_policy_changes_counts_by_the_number_of_breaks() {
    let json = formkoll::Template::embedded_source("resultatredovisning-2024-99").unwrap();
    let breaks: Vec<u64> = {
        let r = report();
        let t = Template::default_template();
        t.data()
            .limits
            .iter()
            .map(|l| {
                l.questions
                    .iter()
                    .map(|q| {
                        r.answers
                            .get(q)
                            .map_or(0, |a| a.text().matches('\n').count() as u64)
                    })
                    .sum()
            })
            .collect()
    };
    for lb in [0u8, 2] {
        let t = Template::from_json(
            &json.replace("\"line_break\": 1", &format!("\"line_break\": {lb}")),
        )
        .unwrap();
        let r = check(&t, &report(), Lang::Sv).unwrap();
        assert_eq!(r.policy.line_break, lb);
        for (i, l) in r.limits.iter().enumerate() {
            let want = SECTION_COUNTS[i] - breaks[i] + breaks[i] * u64::from(lb);
            assert_eq!(l.count, want, "section {} with line_break {lb}", i + 1);
        }
    }
}

#[test]
fn fixture_ej_aktuellt_with_empty_text_is_accepted() {
    let r = run(&report());
    assert_eq!(codes_for(&r, "5.1d"), Vec::<&str>::new());
    let q = r.questions.iter().find(|q| q.id == "5.1d").unwrap();
    assert_eq!(
        (q.count, q.answered, q.choice.as_deref()),
        (0, true, Some("ej_aktuellt"))
    );
}

#[test]
fn fixture_nej_with_empty_text_is_explanation_missing() {
    let mut rep = report();
    rep.set_answer(
        "5.1b",
        Answer::Choice {
            choice: Some("nej".into()),
            text: String::new(),
        },
    );
    let r = run(&rep);
    assert_eq!(codes_for(&r, "5.1b"), ["explanation.missing"]);
    let f = r
        .findings
        .iter()
        .find(|f| f.code == FindingCode::ExplanationMissing)
        .unwrap();
    assert_eq!(
        f.message,
        "Fråga 5.1b: du har svarat Nej. Om nej, beskriv varför anslaget inte har bidragit till att nå målen."
    );
    // Whitespace is not an explanation.
    rep.set_answer(
        "5.1b",
        Answer::Choice {
            choice: Some("nej".into()),
            text: "   ".into(),
        },
    );
    assert_eq!(codes_for(&run(&rep), "5.1b"), ["explanation.missing"]);
}

#[test]
fn fixture_removed_required_answer_is_missing_and_lowers_the_score() {
    let before = run(&report());
    let mut rep = report();
    rep.answers.0.retain(|(id, _)| id != "2.2");
    let after = run(&rep);
    assert_eq!(codes_for(&after, "2.2"), ["required.missing"]);
    assert!(
        after.score < before.score,
        "{} < {}",
        after.score,
        before.score
    );
    let loss = after
        .score_breakdown
        .losses
        .iter()
        .find(|l| l.question.as_deref() == Some("2.2"))
        .unwrap();
    assert_eq!(
        (loss.reason, loss.points),
        (FindingCode::RequiredMissing, 10)
    );
}

#[test]
fn fixture_answer_for_unknown_question_is_reported_not_dropped() {
    let mut rep = report();
    rep.set_answer("9.9", Answer::Text("Ett svar utan fråga.".into()));
    let r = run(&rep);
    let f = r
        .findings
        .iter()
        .find(|f| f.code == FindingCode::AnswerUnknownQuestion)
        .unwrap();
    assert_eq!((f.question.as_deref(), f.count), (Some("9.9"), Some(20)));
    assert!(
        rep.to_json().contains("Ett svar utan fråga."),
        "the text stays in the report"
    );
    // It does not count against any budget.
    assert_eq!(section_counts(&r), SECTION_COUNTS);
}

/// Every instruction finding on the real report, each confirmed by reading the
/// answer, with whole-word matching and the template's exclusions
/// (docs/rules.md, "Matching").
#[test]
fn fixture_instruction_checks_flag_exactly_these() {
    let r = run(&report());
    let got: Vec<(&str, Option<&str>, Option<&str>)> = r
        .findings
        .iter()
        .filter(|f| f.code.as_str().starts_with("instruction."))
        .map(|f| (f.code.as_str(), f.question.as_deref(), f.section.as_deref()))
        .collect();
    let want = [
        // 1.1–1.3 name challenges (utmaningar in 1.2, 1.3) but no success factor.
        ("instruction.success_factors", None, Some("1")),
        // 1.5 rests on "Uppföljning"/"utvärderingar" but names no goal (no "mål").
        ("instruction.goals", Some("1.5"), Some("1")),
        // 2.6 lists the year's reports, event and material; its only "mål" is
        // the start of "Målgruppsanpassning" (a target group): no goal is named.
        ("instruction.goals", Some("2.6"), Some("2")),
        // 3.5 says "egen bedömning" but names no goal.
        ("instruction.goals", Some("3.5"), Some("3")),
        // 4.1–4.3 describe "stora utmaningar" and "brister", no success factor.
        ("instruction.success_factors", None, Some("4")),
        // 4.5 is three sentences on long lead times: no basis, no goal.
        ("instruction.basis", Some("4.5"), Some("4")),
        ("instruction.goals", Some("4.5"), Some("4")),
        // 5.1a–5.3 name "utmaning" several times, no success factor.
        ("instruction.success_factors", None, Some("5")),
        // 6.1–6.3: "En utmaning på lägre nivå …", no success factor.
        ("instruction.success_factors", None, Some("6")),
        // 6.2 names no partner: "Regionfullmäktige" is the region's own
        // assembly, "regionala" an adjective, "externa parter" names nobody.
        ("instruction.actors", Some("6.2"), Some("6")),
    ];
    assert_eq!(got, want);
}

#[test]
fn fixture_instruction_checks_fire_on_a_synthetic_answer() {
    let mut rep = report();
    rep.set_answer(
        "1.1",
        Answer::Text("Vi har skrivit en plan och följt den.".into()),
    );
    rep.set_answer("2.7", Answer::Text("Effekterna syns i statistiken.".into()));
    let r = run(&rep);
    assert!(codes_for(&r, "1.1").contains(&"instruction.actors"));
    let codes = codes_for(&r, "2.7");
    assert!(
        codes.contains(&"instruction.basis") && codes.contains(&"instruction.goals"),
        "{codes:?}"
    );
    // Naming an actor in NFD and upper case satisfies the check.
    rep.set_answer(
        "1.1",
        Answer::Text("Samverkan med LA\u{308}NSSTYRELSEN.".into()),
    );
    assert!(!codes_for(&run(&rep), "1.1").contains(&"instruction.actors"));
}

#[test]
fn fixture_repaired_text_has_no_pdf_damage_and_the_raw_seed_has() {
    let r = run(&report());
    let pdf: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.code.as_str().starts_with("hygiene.pdf"))
        .collect();
    assert!(pdf.is_empty(), "repaired text flagged: {pdf:?}");

    let raw = include_str!("fixtures/seed-raw.txt");
    // Passages of the damaged PDF text, as a person would paste them.
    for passage in [
        "Observera! Maximalt antal tecken inklusive blanksteg fö r frå görna 1.1–1.5 ä r",
        "Regiön Jämtland Hä rjedalens regiönala serviceprögram",
    ] {
        assert!(raw.contains(passage), "not in the raw seed: {passage}");
        let found = formkoll::scan(passage);
        assert!(
            found
                .iter()
                .any(|o| o.code == FindingCode::HygienePdfSpacing),
            "{passage}"
        );
    }
    let whole = formkoll::scan(raw);
    let spacing = whole
        .iter()
        .find(|o| o.code == FindingCode::HygienePdfSpacing)
        .unwrap();
    assert!(
        spacing.count > 300,
        "the damage is everywhere in the raw seed: {}",
        spacing.count
    );
}

#[test]
fn fixture_score_breakdown_explains_every_point() {
    let r = run(&report());
    let b = &r.score_breakdown;
    assert_eq!(b.lost, b.losses.iter().map(|l| l.points).sum::<u64>());
    assert_eq!(
        b.possible,
        31 * 10,
        "all 31 answers, optional ones included, are answered"
    );
    assert_eq!(u64::from(r.score), (b.possible - b.lost) * 100 / b.possible);
    // docs/rules.md: three budgets over (5 each) and ten instruction warnings (2 each).
    assert_eq!(b.lost, 3 * 5 + 10 * 2);
    assert_eq!(r.score, 88);
}

#[test]
fn fixture_english_messages() {
    let r = check(&Template::default_template(), &report(), Lang::En).unwrap();
    let s3 = r
        .findings
        .iter()
        .find(|f| f.section.as_deref() == Some("3"))
        .unwrap();
    assert_eq!(
        s3.message,
        "Section 3: 15,546 of 15,000 characters. You have 546 characters too many."
    );
}
