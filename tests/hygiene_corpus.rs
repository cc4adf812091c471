//! The PDF-damage rules measured on four corpora (docs/rules.md, "Text hygiene"):
//! no finding on correct Swedish (tests/fixtures/hygiene-negative.txt and the
//! unseen hygiene-negative-unseen.txt), no wrong repair and at least 90 %
//! recall on the unseen damaged/correct pairs (hygiene-positive-unseen.txt),
//! and at least the measured recall on the real damage of the raw seed
//! (tests/fixtures/seed-raw.txt). `hygiene_table` prints the table of
//! docs/rules.md.

use std::process::{Command, Stdio};

use formkoll::{apply_fixes, fixes, locate, normalize, scan, FindingCode, Report};

/// Recall of `hygiene.pdf_spacing` on the raw seed, measured when the rules
/// were last changed; the test fails if a change lowers it.
const SPACING_RECALL_FLOOR_PERMILLE: usize = 949;

fn negative_corpus() -> Vec<String> {
    std::fs::read_to_string("tests/fixtures/hygiene-negative.txt")
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect()
}

fn is_pdf(code: FindingCode) -> bool {
    matches!(
        code,
        FindingCode::HygienePdfSpacing | FindingCode::HygienePdfHyphenation
    )
}

/// Every sentence of a negative corpus: no PDF finding (the failure lists
/// each false positive with where it is), and normalize changes nothing.
fn assert_no_pdf_finding_and_normalize_keeps(corpus: &[String]) {
    let flagged: Vec<String> = corpus
        .iter()
        .filter(|s| scan(s).iter().any(|o| is_pdf(o.code)))
        .map(|s| {
            let at: Vec<_> = locate(s).into_iter().map(|l| l.range).collect();
            format!("{s:?} at {at:?}")
        })
        .collect();
    assert!(
        flagged.is_empty(),
        "false positives:\n{}",
        flagged.join("\n")
    );
    for s in corpus {
        let n = normalize(s);
        assert_eq!(n.text, *s);
        assert!(n.changes.is_empty(), "{s:?}: {:?}", n.changes);
    }
}

#[test]
fn hygiene_negative_corpus_has_no_pdf_finding_and_normalize_keeps_it() {
    let corpus = negative_corpus();
    assert!(corpus.len() >= 400, "{} sentences", corpus.len());
    assert_no_pdf_finding_and_normalize_keeps(&corpus);
    // The corpus as one document too: the dictionary rule sees every word.
    let whole = corpus.join("\n");
    assert!(!scan(&whole).iter().any(|o| is_pdf(o.code)));
    assert_eq!(normalize(&whole).text, whole);
}

/// The sentence of issue 11, through the CLI as a person runs it.
#[test]
fn hygiene_issue_sentence_is_left_byte_for_byte_by_the_cli() {
    let sentence =
        "Vi arbetar också t.ex. med stöd på e-post och på s.k. noder, natur- kultur- och fritid.";
    assert!(scan(sentence).is_empty(), "{:?}", scan(sentence));
    let mut child = Command::new(env!("CARGO_BIN_EXE_formkoll"))
        .arg("normalize")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(sentence.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stdout).unwrap(), sentence);
}

/// The sentences issue 21 quotes as damaged by the rules of issue 11:
/// verbs in -å before a word, a list marker and a page reference after
/// "på". Both sides of each space are words, so nothing is proposed.
#[test]
fn hygiene_issue_21_sentences_get_no_pdf_finding_and_no_change() {
    for s in [
        "Nämnden beslutade att avslå ansökan om stöd.",
        "Regionen valde att anslå medel till insatsen.",
        "Svaret på a) finns i bilagan.",
        "Eleverna fick spå om framtiden.",
        "Statistiken redovisas på s. 12 i bilagan.",
        "Se på s.\u{a0}12, på b) och på c).",
    ] {
        assert!(
            !scan(s).iter().any(|o| is_pdf(o.code)),
            "{s}: {:?}",
            scan(s)
        );
        assert_eq!(normalize(s).text, s);
    }
}

/// The lines of a corpus file that are not comments or blank.
fn corpus_lines(name: &str) -> Vec<String> {
    std::fs::read_to_string(format!("tests/fixtures/{name}"))
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect()
}

/// The unseen positive corpus: (damaged, correct) pairs.
fn positive_pairs() -> Vec<(String, String)> {
    corpus_lines("hygiene-positive-unseen.txt")
        .iter()
        .map(|l| {
            let (d, c) = l.split_once('\t').expect("DAMAGED<TAB>CORRECT");
            (d.to_string(), c.to_string())
        })
        .collect()
}

/// Which bytes of `damaged` the repair to `correct` deletes (the corpus'
/// damage is only inserted bytes), or `None` if it is not only deletions.
fn deleted_bytes(damaged: &str, correct: &str) -> Option<Vec<bool>> {
    let (d, c) = (damaged.as_bytes(), correct.as_bytes());
    let mut deleted = vec![false; d.len()];
    let mut j = 0;
    for (i, &b) in d.iter().enumerate() {
        if c.get(j) == Some(&b) {
            j += 1;
        } else {
            deleted[i] = true;
        }
    }
    (j == c.len()).then_some(deleted)
}

/// One rule on one corpus: as many sentences, flagged sentences, findings,
/// findings that are damage, damage, and damage found as measured.
#[derive(Default)]
struct Measured {
    sentences: usize,
    flagged: usize,
    findings: usize,
    right: usize,
    damage: usize,
    found: usize,
}

impl Measured {
    fn row(&self, rule: &str, corpus: &str) -> String {
        let pct = |a: usize, b: usize| {
            if b == 0 {
                "—".to_string()
            } else {
                format!("{:.1} %", a as f64 * 100.0 / b as f64)
            }
        };
        format!(
            "| {rule} | {corpus} | {} | {} | {} of {} = {} | {} of {} = {} |",
            self.sentences,
            self.flagged,
            self.right,
            self.findings,
            pct(self.right, self.findings),
            self.found,
            self.damage,
            pct(self.found, self.damage)
        )
    }
}

const RULES: [(FindingCode, &str); 2] = [
    (FindingCode::HygienePdfSpacing, "pdf_spacing"),
    (FindingCode::HygienePdfHyphenation, "pdf_hyphenation"),
];

/// The byte a finding of `code` is about: the space of a split, the hyphen
/// of a line-end hyphenation.
fn damage_byte(code: FindingCode, damaged: &str, i: usize) -> bool {
    let b = damaged.as_bytes();
    match code {
        FindingCode::HygienePdfSpacing => {
            b.get(i) == Some(&b' ')
                && damaged
                    .get(..i)
                    .and_then(|s| s.chars().next_back())
                    .is_some_and(|c| "åäöÅÄÖ".contains(c))
        }
        _ => b.get(i) == Some(&b'-'),
    }
}

/// Each rule on the unseen positive corpus, against the correct column.
fn measure_positive(code: FindingCode) -> Measured {
    let mut m = Measured::default();
    for (damaged, correct) in positive_pairs() {
        let deleted = deleted_bytes(&damaged, &correct).expect("only insertions");
        let found: Vec<_> = locate(&damaged)
            .into_iter()
            .filter(|l| l.code == code)
            .map(|l| l.range)
            .collect();
        m.sentences += 1;
        m.flagged += usize::from(!found.is_empty());
        m.findings += found.len();
        m.right += found
            .iter()
            .filter(|r| (*r).clone().all(|i| deleted[i]))
            .count();
        for i in (0..damaged.len()).filter(|&i| deleted[i] && damage_byte(code, &damaged, i)) {
            m.damage += 1;
            m.found += usize::from(found.iter().any(|r| r.contains(&i)));
        }
    }
    m
}

/// Each rule on a negative corpus: every finding is a false one.
fn measure_negative(code: FindingCode, name: &str) -> Measured {
    let lines = corpus_lines(name);
    let mut m = Measured {
        sentences: lines.len(),
        ..Measured::default()
    };
    for s in &lines {
        let n = locate(s).into_iter().filter(|l| l.code == code).count();
        m.flagged += usize::from(n > 0);
        m.findings += n;
    }
    m
}

#[test]
fn hygiene_unseen_negative_corpus_has_no_pdf_finding_and_normalize_keeps_it() {
    let corpus = corpus_lines("hygiene-negative-unseen.txt");
    assert!(corpus.len() >= 350, "{} sentences", corpus.len());
    assert_no_pdf_finding_and_normalize_keeps(&corpus);
}

/// The unseen positive corpus: every change `normalize` makes is one the
/// correct column makes (nothing is repaired wrongly), and each rule finds
/// at least 90 % of its damage.
#[test]
fn hygiene_unseen_positive_corpus_is_repaired_right_with_recall_of_90_percent() {
    let pairs = positive_pairs();
    assert!(pairs.len() >= 60, "{} pairs", pairs.len());
    let (mut whole, mut partly, mut untouched) = (0, 0, 0);
    for (damaged, correct) in &pairs {
        let repaired = normalize(damaged).text;
        // What normalize deleted must be a part of what the repair deletes.
        let by_rules = deleted_bytes(damaged, &repaired).expect("normalize only deletes");
        let by_repair = deleted_bytes(damaged, correct).expect("only insertions");
        let wrong = by_rules.iter().zip(&by_repair).any(|(r, c)| *r && !*c);
        assert!(
            !wrong,
            "repaired wrongly: {damaged:?} -> {repaired:?}, want {correct:?}"
        );
        if repaired == *correct {
            whole += 1;
        } else if repaired == *damaged {
            untouched += 1;
        } else {
            partly += 1;
        }
    }
    println!(
        "hygiene-positive-unseen: {} pairs: {whole} repaired whole, {partly} in part (every change right), {untouched} untouched, 0 wrongly",
        pairs.len()
    );
    for (code, rule) in RULES {
        let m = measure_positive(code);
        assert_eq!(m.right, m.findings, "{rule}: a finding that is no damage");
        assert!(
            m.found * 10 >= m.damage * 9,
            "{rule}: recall {} of {}",
            m.found,
            m.damage
        );
    }
}

/// The precision/recall table of docs/rules.md, printed by
/// `cargo test --test hygiene_corpus hygiene_table -- --nocapture`.
#[test]
fn hygiene_table_of_precision_and_recall_per_rule_and_corpus() {
    let raw = std::fs::read_to_string("tests/fixtures/seed-raw.txt").unwrap();
    let labels = labelled_spaces(&raw);
    println!("| rule | corpus | sentences | flagged | precision (findings that are damage) | recall (damage found) |");
    println!("|---|---|---|---|---|---|");
    for (code, rule) in RULES {
        for name in ["hygiene-negative.txt", "hygiene-negative-unseen.txt"] {
            let m = measure_negative(code, name);
            assert_eq!(m.findings, 0, "{rule} on {name}");
            println!("{}", m.row(rule, name));
        }
        println!(
            "{}",
            measure_positive(code).row(rule, "hygiene-positive-unseen.txt")
        );
        // The raw report is one text; its damage is labelled space by space.
        let found: Vec<_> = locate(&raw)
            .into_iter()
            .filter(|l| l.code == code)
            .map(|l| l.range.start)
            .collect();
        let damage: Vec<usize> = if code == FindingCode::HygienePdfSpacing {
            labels.iter().filter(|(_, d)| *d).map(|(i, _)| *i).collect()
        } else {
            Vec::new()
        };
        let m = Measured {
            sentences: 1,
            flagged: usize::from(!found.is_empty()),
            findings: found.len(),
            right: found.iter().filter(|i| damage.contains(i)).count(),
            damage: damage.len(),
            found: damage.iter().filter(|i| found.contains(i)).count(),
        };
        println!("{}", m.row(rule, "seed-raw.txt (one text)"));
    }
}

/// The spaces of the raw seed after å/ä/ö and before a lowercase letter:
/// (byte offset, whether it is damage). The repair (repair-notes.md) removed
/// all but three, where a mangled final "o" (shown as "ö") is followed by a
/// real space: "närvaro av" (at a line break in the raw text, so not a space
/// here), "oro finns" and "oro på".
fn labelled_spaces(raw: &str) -> Vec<(usize, bool)> {
    let kept: Vec<usize> = ["örö finns", "örö på"]
        .iter()
        .flat_map(|k| raw.match_indices(k).map(|(at, _)| at + "örö".len()))
        .collect();
    raw.match_indices(' ')
        .map(|(i, _)| i)
        .filter(|&i| {
            let before = raw[..i].chars().next_back();
            let after = raw[i + 1..].chars().next();
            before.is_some_and(|c| "åäöÅÄÖ".contains(c)) && after.is_some_and(char::is_lowercase)
        })
        .map(|i| (i, !kept.contains(&i)))
        .collect()
}

#[test]
fn hygiene_positive_corpus_recall_is_at_least_the_floor() {
    let raw = std::fs::read_to_string("tests/fixtures/seed-raw.txt").unwrap();
    let labels = labelled_spaces(&raw);
    let damage = labels.iter().filter(|(_, d)| *d).count();
    assert_eq!(
        labels.len() - damage,
        2,
        "the two kept spaces on one line each"
    );
    let found: std::collections::HashSet<usize> = locate(&raw)
        .into_iter()
        .filter(|l| l.code == FindingCode::HygienePdfSpacing)
        .map(|l| l.range.start)
        .collect();
    let true_pos = labels
        .iter()
        .filter(|(i, d)| *d && found.contains(i))
        .count();
    let false_pos = labels
        .iter()
        .filter(|(i, d)| !*d && found.contains(i))
        .count();
    let recall = true_pos * 1000 / damage;
    println!(
        "pdf_spacing on seed-raw: {true_pos} of {damage} damaged spaces found (recall {recall} ‰), {false_pos} false positives, {} findings in all",
        found.len()
    );
    // The two kept spaces follow "örö", a mangled "oro" that no rule can
    // tell from a split fragment.
    assert!(false_pos <= 2, "{false_pos} false positives");
    // The raw seed has no line-end hyphenation; every hyphen before a space
    // is suspended ("landsbygds- öch"), with the mangled "öch" for "och".
    let hyphenation: Vec<_> = locate(&raw)
        .into_iter()
        .filter(|l| l.code == FindingCode::HygienePdfHyphenation)
        .map(|l| raw[l.range.end..].chars().take(3).collect::<String>())
        .collect();
    assert_eq!(hyphenation, Vec::<String>::new());
    assert!(
        recall >= SPACING_RECALL_FLOOR_PERMILLE,
        "recall {recall} ‰ < floor {SPACING_RECALL_FLOOR_PERMILLE} ‰"
    );
}

/// `normalize` the way it was written before fixes were data: each rule in
/// turn deletes what it finds in the text the rules before it left, pass
/// after pass until nothing changes (the rules through `locate`).
fn normalize_by_passes(text: &str) -> String {
    const ORDER: [FindingCode; 8] = [
        FindingCode::HygieneBom,
        FindingCode::HygieneZeroWidth,
        FindingCode::HygieneSoftHyphen,
        FindingCode::HygieneControl,
        FindingCode::HygienePdfHyphenation,
        FindingCode::HygienePdfSpacing,
        FindingCode::HygieneTrailingWhitespace,
        FindingCode::HygieneBlankLines,
    ];
    let mut current = text.to_string();
    loop {
        let before = current.clone();
        for code in ORDER {
            let mut out = String::new();
            let mut at = 0;
            for l in locate(&current).into_iter().filter(|l| l.code == code) {
                if l.range.start >= at {
                    out.push_str(&current[at..l.range.start]);
                    at = l.range.end;
                }
            }
            out.push_str(&current[at..]);
            current = out;
        }
        if current == before {
            return current;
        }
    }
}

/// Every text of the corpora: the fixtures' text files, each line of them,
/// and every answer of the real report.
fn corpus_texts() -> Vec<String> {
    let mut texts = Vec::new();
    for name in [
        "hygiene-negative.txt",
        "seed-raw.txt",
        "jamtland-2024-word.txt",
    ] {
        let whole = std::fs::read_to_string(format!("tests/fixtures/{name}")).unwrap();
        texts.extend(whole.lines().map(str::to_string));
        texts.push(whole);
    }
    let report =
        Report::from_json(&std::fs::read_to_string("tests/fixtures/jamtland-2024.json").unwrap())
            .unwrap();
    assert!(report.answers.0.len() > 20);
    texts.extend(report.answers.0.iter().map(|(_, a)| a.text().to_string()));
    texts
}

#[test]
fn hygiene_normalize_is_the_fixes_applied_on_every_corpus_text() {
    let texts = corpus_texts();
    let mut with_fixes = 0;
    for text in &texts {
        let found = fixes(text);
        let expected = normalize_by_passes(text);
        assert_eq!(apply_fixes(text, &found), expected, "{text:?}");
        assert_eq!(normalize(text).text, expected, "{text:?}");
        for f in &found {
            assert_eq!(text.get(f.start..f.end), Some(f.before.as_str()), "{f:?}");
        }
        // Each fix alone changes exactly its own bytes.
        for f in found.iter().take(50) {
            let one = apply_fixes(text, std::slice::from_ref(f));
            assert_eq!(
                one,
                format!("{}{}{}", &text[..f.start], f.after, &text[f.end..])
            );
        }
        with_fixes += usize::from(!found.is_empty());
    }
    // The corpora hold damage, so the test sees fixes, not only empty lists.
    println!("{} texts, {with_fixes} with fixes", texts.len());
    assert!(with_fixes > 50, "{with_fixes}");
}
