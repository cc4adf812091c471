//! The PDF-damage rules measured on two corpora (docs/rules.md, "Text hygiene"):
//! no finding on correct Swedish (tests/fixtures/hygiene-negative.txt), and at
//! least the measured recall on the real damage of the raw seed
//! (tests/fixtures/seed-raw.txt).

use std::process::{Command, Stdio};

use formkoll::{locate, normalize, scan, FindingCode};

/// Recall of `hygiene.pdf_spacing` on the raw seed, measured when the rules
/// were last changed; the test fails if a change lowers it.
const SPACING_RECALL_FLOOR_PERMILLE: usize = 945;

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

#[test]
fn hygiene_negative_corpus_has_no_pdf_finding_and_normalize_keeps_it() {
    let corpus = negative_corpus();
    assert!(corpus.len() >= 400, "{} sentences", corpus.len());
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
    for s in &corpus {
        let n = normalize(s);
        assert_eq!(n.text, *s);
        assert!(n.changes.is_empty(), "{s:?}: {:?}", n.changes);
    }
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
