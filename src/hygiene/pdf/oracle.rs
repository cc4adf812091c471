//! The PDF split-word rules against the Swedish hunspell dictionary
//! (Debian's `hunspell-sv`: /usr/share/hunspell/sv_SE.aff and .dic, LGPL),
//! read here at test time and never copied into the repository or the
//! package. Without the dictionary the tests print a note and pass
//! (`scripts/ensure-tools.sh hunspell` installs it; `make test` runs that).
//!
//! Two checks: the word list of [`super::WORDS_ENDING_IN_AAO`] is the
//! dictionary's own short words in -å/-ä/-ö less the documented exclusions,
//! and on every corpus no space is joined where both sides are dictionary
//! words and the joined word is not ("avslå ansökan", "spå om").

use super::*;
use std::collections::BTreeSet;

const AFF: &str = "/usr/share/hunspell/sv_SE.aff";
const DIC: &str = "/usr/share/hunspell/sv_SE.dic";

fn dictionary() -> Option<spellbook::Dictionary> {
    let (Ok(aff), Ok(dic)) = (std::fs::read_to_string(AFF), std::fs::read_to_string(DIC)) else {
        println!("NOTE: {DIC} is absent (apt-get install hunspell-sv): dictionary oracle skipped");
        return None;
    };
    spellbook::Dictionary::new(&aff, &dic).ok()
}

/// The dictionary's lowercase entries of two to four letters in -å/-ä/-ö
/// that [`WORDS_ENDING_IN_AAO`] leaves out, and why.
const EXCLUDED: &[&str] = &[
    // Interjections and colloquial spellings.
    "asså", "bä", "blä", "hå", "håhå", "jadå", "jaså", "jodå", "mähä", "måfå", "nevö", "nähä",
    "nänä", "nä", "nää", "seså", "såå", "sååå", "vadå", "åhå",
    // Rare nouns whose two letters begin common words: split fragments in
    // the real report, never words there ("mö ta", "lä rande", "hö gre").
    "mö", "lä", "hö", "tö", // Compounds that a final covers ("små" + "ö") or names.
    "småö",
];

#[test]
fn pdf_word_list_is_the_dictionarys_short_words_less_the_exclusions() {
    let Some(dict) = dictionary() else { return };
    let dic = std::fs::read_to_string(DIC).unwrap_or_default();
    let entries: BTreeSet<&str> = dic
        .lines()
        .skip(1)
        .map(|l| l.split('/').next().unwrap_or(""))
        .filter(|w| {
            (2..=4).contains(&w.chars().count())
                && w.chars().all(char::is_lowercase)
                && w.ends_with(['å', 'ä', 'ö'])
        })
        .collect();
    let listed: BTreeSet<&str> = WORDS_ENDING_IN_AAO
        .iter()
        .copied()
        .filter(|w| w.chars().count() <= 4)
        .collect();
    let derived: BTreeSet<&str> = entries
        .iter()
        .copied()
        .filter(|w| !EXCLUDED.contains(w))
        .collect();
    assert_eq!(listed, derived, "the list drifted from the dictionary");
    for w in WORDS_ENDING_IN_AAO.iter().chain(COMPOUND_FINALS) {
        assert!(dict.check(w), "{w} is no dictionary word");
        assert!(WORDS_ENDING_IN_AAO.contains(w), "{w}");
    }
}

/// The texts of the corpora: the raw real report, the negative corpus, and
/// each line (its damaged side) of any other tests/fixtures/hygiene-*.txt.
fn corpora() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let Ok(dir) = std::fs::read_dir("tests/fixtures") else {
        return out;
    };
    let mut paths: Vec<_> = dir.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if !(name == "seed-raw.txt" || name.starts_with("hygiene-") && name.ends_with(".txt")) {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        if name == "seed-raw.txt" {
            out.push((name.to_string(), text));
            continue;
        }
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let damaged = line.split('\t').next().unwrap_or("");
            out.push((name.to_string(), damaged.to_string()));
        }
    }
    out
}

/// The letters on each side of the space at `i`.
fn sides(text: &str, i: usize) -> (String, String) {
    let left: Vec<char> = text
        .get(..i)
        .unwrap_or("")
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .collect();
    let right = text
        .get(i + 1..)
        .unwrap_or("")
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    (left.into_iter().rev().collect(), right)
}

/// Whether the dictionary has `word` in its own case or lowercased.
fn known(dict: &spellbook::Dictionary, word: &str) -> bool {
    dict.check(word) || dict.check(&lowercase(word))
}

/// [`known`], where each ö may also stand for o: the raw report's copy
/// turned o into ö ("regiönala"), and a join of its fragments is then a
/// word only so. (The sides are judged as written: "örö finns", a mangled
/// "oro", is two fragments to a reader and to the rule.)
fn known_joined(dict: &spellbook::Dictionary, word: &str) -> bool {
    let lower = lowercase(word);
    let spots: Vec<usize> = lower.match_indices('ö').map(|(i, _)| i).take(6).collect();
    (0u32..1 << spots.len()).any(|mask| {
        let mut w = lower.clone();
        for (k, &at) in spots.iter().enumerate().rev() {
            if mask & 1 << k != 0 {
                w.replace_range(at..at + 'ö'.len_utf8(), "o");
            }
        }
        dict.check(&w)
    }) || known(dict, word)
}

#[test]
fn pdf_no_join_where_both_sides_are_words_and_the_join_is_not() {
    let Some(dict) = dictionary() else { return };
    let mut joins = 0;
    let mut bad = Vec::new();
    for (name, text) in corpora() {
        for range in spacing(&text) {
            joins += 1;
            let (left, right) = sides(&text, range.start);
            let word = |w: &str| w.chars().count() >= 2 && known(&dict, w);
            if word(&left) && word(&right) && !known_joined(&dict, &format!("{left}{right}")) {
                bad.push(format!("{name}: {left:?} {right:?}"));
            }
        }
    }
    println!(
        "pdf_spacing joins on the corpora: {joins}, of two dictionary words into none: {}",
        bad.len()
    );
    assert!(joins > 1000, "{joins} joins: the corpora are missing");
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}
