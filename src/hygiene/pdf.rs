//! Damage a PDF copy leaves in Swedish text: words split after å/ä/ö
//! ("fö r", "stä rka") and words hyphenated at a line end ("utveck- ling").
//!
//! Precision comes first: a warning on correct Swedish costs more than a
//! missed one, so a split is reported only on evidence that one side cannot
//! be a word. Abbreviations ("t.ex.", "s.k."), e-words ("e-post"), suspended
//! hyphens ("natur- kultur- och fritid"), names and loanwords ("på swish")
//! are correct Swedish. The measured precision and recall are in
//! docs/rules.md; the corpora that hold them are in tests/fixtures/.

use crate::prelude::*;
use core::ops::Range;

// Lowercasing without the Unicode case tables (src/keywords/lower.rs).
use crate::keywords::{lower_chars, lowercase};

/// Words that legitimately follow a suspended hyphen ("landsbygds- och").
const AFTER_SUSPENDED_HYPHEN: &[&str] = &[
    "och",
    "eller",
    "samt",
    "respektive",
    "resp",
    "som",
    "till",
    "men",
    "liksom",
    "utan",
    "än",
    "alternativt",
    "plus",
    "kontra",
    "mot",
    "versus",
    "vs",
    "jämte",
    "inklusive",
    // Correlative conjunctions: "yrkes- såväl som högskoleutbildade".
    "såväl",
    "både",
    "varken",
    "antingen",
    "dels",
    "inkl",
    "and",
    "or",
    "to",
];

/// "utveck- ling": two lowercase letters, a hyphen, whitespace (a space or a
/// line break), then a lowercase word that is not a conjunction and does not
/// itself end in a suspended hyphen ("natur- kultur- och"). The hyphen and
/// whitespace are what a fix deletes.
pub(super) fn hyphenation(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for (i, _) in text.match_indices('-') {
        let before = text.get(..i).unwrap_or("");
        // Two letters, the last lowercase ("utveck-", "Fö-"; not "IT-").
        let mut two = before.chars().rev().take(2);
        if !(two.next().is_some_and(char::is_lowercase)
            && two.next().is_some_and(char::is_alphabetic))
        {
            continue;
        }
        let after = text.get(i + 1..).unwrap_or("");
        let ws = after.len() - after.trim_start_matches([' ', '\t', '\r', '\n']).len();
        if ws == 0 {
            continue;
        }
        let rest = after.get(ws..).unwrap_or("");
        let word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
        let starts_lower = word.chars().next().is_some_and(char::is_lowercase);
        let suspended_chain = rest.get(word.len()..).is_some_and(|r| r.starts_with('-'));
        // The same damaged copies also turn o into ö ("landsbygds- öch"):
        // a conjunction is recognised through that too.
        let lower = lowercase(&word);
        let conjunction = AFTER_SUSPENDED_HYPHEN.contains(&lower.as_str())
            || AFTER_SUSPENDED_HYPHEN.contains(&lower.replace('ö', "o").as_str());
        if starts_lower && !suspended_chain && !conjunction {
            out.push(i..i + 1 + ws);
        }
    }
    out
}

/// Swedish words (lowercase) ending in å, ä or ö: a fragment before a space
/// that is one of these may be a whole word ("avslå ansökan", "spå om").
///
/// Derived, not copied: the lowercase entries of two to four letters ending
/// in å/ä/ö of the Swedish hunspell dictionary (`hunspell-sv`, `sv_SE.dic`),
/// without its interjections and colloquial spellings (asså, jadå, jodå,
/// nähä, nä, bä, blä, hå, …) and without four rare two-letter nouns, mö, lä,
/// hö and tö (maiden, lee, hay, thaw), whose letters begin common words:
/// in the raw real report (tests/fixtures/seed-raw.txt) mö, lä and hö stand
/// before a split 86 times ("mö ta", "lä rande", "hö gre") and none of the
/// four is a word in the repaired report. Five-letter words that no compound final below covers are added:
/// förmå, undfå, uppnå, halvö. tests/hygiene_dictionary.rs holds every
/// entry to the dictionary when it is installed.
const WORDS_ENDING_IN_AAO: &[&str] = &[
    "adjö", "angå", "avgå", "begå", "behå", "beså", "blå", "byrå", "depå", "då", "dö", "ernå",
    "essä", "flå", "frö", "fä", "få", "grå", "gå", "iklä", "ingå", "inpå", "klä", "klå", "knä",
    "kö", "må", "nivå", "nå", "på", "pågå", "relä", "ridå", "rå", "sjå", "sjö", "skrå", "slå",
    "slö", "små", "snö", "spä", "spå", "spö", "strå", "strö", "stå", "så", "trä", "trå", "två",
    "tå", "uppå", "utfå", "utgå", "utså", "vrå", "ändå", "åtgå", "åtrå", "förmå", "undfå", "uppnå",
    "halvö", "miljö",
];

/// The words of [`WORDS_ENDING_IN_AAO`] that end six or more lowercase
/// words of the same dictionary after a first part of two or more letters
/// (counted with `unmunch`: nivå 110, kö 81, blå 64, … strå 6, tå 6; dö and
/// få end five, må four): a fragment ending in one of these after such a
/// first part may be a compound or a prefixed verb ("arbetsmiljö",
/// "länsnivå", "avslå", "uppgå"). Rarer finals are left out: they would
/// make split fragments look like words ("bedö mning").
const COMPOUND_FINALS: &[&str] = &[
    "nivå", "kö", "blå", "frö", "grå", "miljö", "byrå", "trä", "snö", "gå", "slå", "stå", "sjö",
    "på", "så", "spö", "rå", "relä", "två", "vrå", "strö", "behå", "knä", "små", "då", "strå",
    "tå",
];

/// Small words (prepositions, conjunctions, auxiliaries) that no Swedish word
/// continues into after å/ä/ö: after a space they stand alone ("en å som",
/// "en ö i", "hö och", "så som"). After a bare å/ö anything else is the rest
/// of a split word ("å ret", "ö kad", "i ö vrigt").
const SMALL_WORDS: &[&str] = &[
    "i", "med", "som", "där", "och", "eller", "nära", "utanför", "vid", "på", "till", "från",
    "mitt", "har", "är", "var", "blev", "kan", "ska", "men", "för", "av", "om", "under", "utan",
    "inte", "eller", "mellan", "längs", "ute",
];

/// Returns true if and only if a bare å or ö is the letter or the old
/// preposition of a fixed phrase: "å ena sidan", "å andra sidan", "å
/// regionens vägnar" (on behalf of), "från a till ö".
fn bare_letter_idiom(before: &str, letter: &str, right: &str, after: &str) -> bool {
    match letter {
        "å" => {
            let next = after
                .get(right.len()..)
                .and_then(|r| r.strip_prefix(" vägnar"));
            matches!(right, "ena" | "andra")
                || next.is_some_and(|r| !r.starts_with(char::is_alphabetic))
        }
        "ö" => {
            // The letter after "till" after a single letter ("a till ö").
            let head = before
                .get(..before.len().saturating_sub(letter.len()))
                .unwrap_or("");
            let mut back = head.strip_suffix(" till ").unwrap_or("").chars().rev();
            back.next().is_some_and(char::is_alphabetic)
                && back.next().map_or(true, char::is_whitespace)
        }
        _ => false,
    }
}

/// Returns true if and only if `fragment` starts with two letters that end
/// Swedish syllables but begin no word and no common acronym: a doubled
/// consonant ("tts", "llbar") or ng, nk, ck.
fn starts_as_coda(fragment: &str) -> bool {
    let mut chars = fragment.chars();
    let (Some(a), Some(b)) = (chars.next(), chars.next()) else {
        return false;
    };
    (a == b && !is_vowel(a)) || matches!((a, b), ('n', 'g') | ('n', 'k') | ('c', 'k'))
}

/// Two-letter beginnings that Swedish words and common loanwords and brands
/// ("swish", "crowdfunding", "gmail", "mcdonalds") can have.
/// A fragment after the space that starts otherwise ("stä rka", "Tillvä xtverket")
/// cannot be a word of its own.
const WORD_ONSETS: &[&str] = &[
    "bj", "bl", "br", "ch", "cl", "cr", "dj", "dr", "dv", "fj", "fl", "fn", "fr", "gj", "gl", "gm",
    "gn", "gr", "hj", "hv", "kj", "kl", "kn", "kr", "kv", "lj", "mc", "mj", "nj", "ph", "pj", "pl",
    "pr", "ps", "rh", "sc", "sf", "sh", "sj", "sk", "sl", "sm", "sn", "sp", "st", "sv", "sw", "th",
    "tj", "tr", "ts", "tv", "tw", "vr", "wh",
];

/// Abbreviations written with spaces instead of periods ("t ex", "s k").
const SPACED_ABBREVIATIONS: &[&str] = &[
    "t ex", "s k", "m fl", "m m", "d v s", "o s v", "p g a", "f d", "e d", "bl a", "f n", "i st",
    "m a o", "s a s", "t o m", "fr o m",
];

/// Returns true if and only if the lowercase fragment `left` (ending in
/// å/ä/ö) may be a whole Swedish word.
fn may_be_word(left: &str) -> bool {
    if WORDS_ENDING_IN_AAO.contains(&left) {
        return true;
    }
    // A compound or a prefixed verb: a first part of two or more letters
    // with a vowel, then a listed word ("arbetsmiljö", "länsnivå", "avslå").
    COMPOUND_FINALS.iter().any(|w| {
        left.strip_suffix(w)
            .is_some_and(|p| p.chars().count() >= 2 && p.chars().any(is_vowel))
    })
}

fn is_vowel(c: char) -> bool {
    "aeiouyåäöéü".contains(c)
}

/// Returns true if and only if `fragment` (lowercase letters) could begin a
/// Swedish word as far as its first two letters tell.
fn can_start_word(fragment: &str) -> bool {
    let mut chars = fragment.chars();
    let (Some(a), Some(b)) = (chars.next(), chars.next()) else {
        // A single letter: only "i", "å", "ö" and "o" are words.
        return matches!(fragment, "i" | "å" | "ö" | "o");
    };
    if is_vowel(a) || is_vowel(b) {
        return true;
    }
    let mut pair = String::new();
    pair.push(a);
    pair.push(b);
    WORD_ONSETS.contains(&pair.as_str())
}

/// The byte offsets of the spaces right after å, ä, ö, Å, Ä or Ö. These are
/// 0xC3 and one of six bytes in UTF-8, so the scan looks for the rare 0xC3
/// rather than stopping at every space.
fn spaces_after_aao(text: &str) -> impl Iterator<Item = usize> + '_ {
    let bytes = text.as_bytes();
    bytes.iter().enumerate().filter_map(move |(i, &b)| {
        let aao = b == 0xC3
            && matches!(
                bytes.get(i + 1),
                Some(0xA5 | 0xA4 | 0xB6 | 0x85 | 0x84 | 0x96)
            )
            && bytes.get(i + 2) == Some(&b' ');
        aao.then_some(i + 2)
    })
}

/// The document's own dictionary, asked only about `wanted` (lowercase
/// words): for each, whether `text` has a whole word of three or more letters
/// that lowercases to it. One pass over the text and no set of all its words
/// (building one with every word lowercased was half of a keystroke).
fn in_dictionary(text: &str, wanted: &[String]) -> Vec<bool> {
    let mut found = vec![false; wanted.len()];
    if wanted.is_empty() {
        return found;
    }
    for word in text.split(|c: char| !c.is_alphabetic()) {
        for (hit, w) in found.iter_mut().zip(wanted) {
            if !*hit && lower_chars(word).eq(w.chars()) && word.chars().count() >= 3 {
                *hit = true;
            }
        }
    }
    found
}

/// The damaged-PDF pattern: a space right after å/ä/ö, followed by a
/// lowercase letter, where the evidence says the two sides are one word.
/// When both sides may be words ("avslå ansökan", "spå om", "svaret på b",
/// "hö och", "å ena sidan") nothing is reported. Damage is:
///
/// - the left side is the bare letter ä ("ä r"), which is no word;
/// - the right side is a single letter that is not a word ("fö r", "må l"),
///   unless it begins an abbreviation or an e-word ("på t.ex.", "på e-post"),
///   is a list marker or page reference ("på a)", "på s. 12"), or names a
///   list item or variable after a whole word ("på b", "på x");
/// - the left side is a bare å or ö before anything but a small word or a
///   fixed phrase ("å ret", "ö kad"; not "en å som", "å ena sidan");
/// - the left side cannot be a word (a lowercase fragment such as "frå",
///   "stä"; a capitalized one only when the right side cannot begin a word:
///   "Tillvä xtverket", not "Umeå kommun");
/// - after a whole word, the right side starts as no word can ("må lbilden",
///   "nå tts", "tillgå ng");
/// - the document's own dictionary: the joined word occurs whole elsewhere
///   in the same text ("fö r" when "för" is written whole) and the left side
///   cannot stand alone.
pub(super) fn spacing(text: &str) -> Vec<Range<usize>> {
    // Each candidate space: damaged (`None`) or damaged if the dictionary
    // has `wanted[k]` (`Some(k)`); the dictionary is read once, at the end.
    let mut candidates: Vec<(usize, Option<usize>)> = Vec::new();
    let mut wanted: Vec<String> = Vec::new();
    for i in spaces_after_aao(text) {
        let before = text.get(..i).unwrap_or("");
        let left_len: usize = before
            .chars()
            .rev()
            .take_while(|c| c.is_alphabetic())
            .map(char::len_utf8)
            .sum();
        let left = before.get(i - left_len..).unwrap_or("");
        let after = text.get(i + 1..).unwrap_or("");
        let right: &str = {
            let n: usize = after
                .chars()
                .take_while(|c| c.is_alphabetic())
                .map(char::len_utf8)
                .sum();
            after.get(..n).unwrap_or("")
        };
        if !right.chars().next().is_some_and(char::is_lowercase) {
            continue;
        }
        if continues_as_abbreviation(after, right.len()) {
            continue;
        }
        let left_lower = lowercase(left);
        let capitalized = left.chars().next().is_some_and(char::is_uppercase);
        let single = right.chars().count() == 1;
        let bare = left_lower.chars().count() == 1;
        let damaged = if left_lower == "ä" {
            true
        } else if bare && bare_letter_idiom(before, &left_lower, right, after) {
            false
        } else if single {
            // A single letter ends the split word ("fö r", "må l", "å r"),
            // except the words i, å, ö, o and, after a whole word, the
            // letters that name list items and variables ("svaret på b",
            // "på a, b och c", "värdet på x").
            !matches!(right, "i" | "å" | "ö" | "o")
                && (bare
                    || !may_be_word(&left_lower)
                    || !matches!(
                        right,
                        "a" | "b" | "c" | "d" | "e" | "f" | "g" | "h" | "x" | "y" | "z"
                    ))
        } else if SMALL_WORDS.contains(&right) {
            // No word goes on after å/ä/ö with a whole small word ("hö och",
            // "en å som"); "så som" and "såsom" are both Swedish.
            false
        } else if bare {
            // Bare å or ö before anything else is the start of a split word
            // ("å ret", "ö kad", "i ö vrigt").
            true
        } else if !may_be_word(&left_lower) && (!capitalized || !can_start_word(right)) {
            true
        } else if !can_start_word(right) && (right.chars().any(is_vowel) || starts_as_coda(right)) {
            // After a whole word, a fragment no word starts with ("må lbilden",
            // "nå tts", "tillgå ng"); acronyms ("på pdf", "på html") have no
            // vowel and start otherwise.
            true
        } else {
            // The dictionary speaks only for fragments that are not whole
            // short words themselves.
            if !WORDS_ENDING_IN_AAO.contains(&left_lower.as_str()) {
                candidates.push((i, Some(wanted.len())));
                wanted.push(left_lower + &lowercase(right));
            }
            false
        };
        if damaged {
            candidates.push((i, None));
        }
    }
    let found = in_dictionary(text, &wanted);
    candidates
        .into_iter()
        .filter(|&(_, k)| k.map_or(true, |k| found.get(k).copied().unwrap_or(false)))
        .map(|(i, _)| i..i + 1)
        .collect()
}

/// Returns true if and only if the letters `after[..len]` go on as an
/// abbreviation or a hyphenated word ("t.ex.", "s.k.", "c:a", "e-post",
/// "t ex"), which a PDF split never does.
fn continues_as_abbreviation(after: &str, len: usize) -> bool {
    let rest = after.get(len..).unwrap_or("");
    let mut chars = rest.chars();
    if let (Some(p), Some(n)) = (chars.next(), chars.next()) {
        if matches!(
            p,
            '.' | '-' | '\u{2010}' | '\u{2011}' | ':' | '/' | '\'' | '’'
        ) && n.is_alphanumeric()
        {
            return true;
        }
    }
    // A single letter as a list marker ("på a)") or an abbreviation that the
    // sentence goes on after ("på s. 12", "f. d."); a split word ends a
    // sentence there ("under å r. Sedan").
    if after.get(..len).is_some_and(|w| w.chars().count() == 1) {
        let mut chars = rest.chars();
        match chars.next() {
            Some(')') => return true,
            Some('.') => {
                let next = chars.find(|c| *c != ' ' && *c != '\u{a0}');
                if rest
                    .get(1..)
                    .is_some_and(|r| r.starts_with([' ', '\u{a0}']))
                    && next.is_some_and(|c| c.is_ascii_digit() || c.is_lowercase())
                {
                    return true;
                }
            }
            _ => {}
        }
    }
    let head: String = lowercase(&after.chars().take(8).collect::<String>());
    SPACED_ABBREVIATIONS.iter().any(|a| {
        head.strip_prefix(a)
            .is_some_and(|tail| !tail.chars().next().is_some_and(char::is_alphabetic))
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod oracle;

#[cfg(test)]
mod tests;
