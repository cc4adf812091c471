//! Keyword matching for instruction checks: whole Swedish words, case- and
//! NFC/NFD-insensitive.
//!
//! A vocabulary entry is a *pattern* over words (docs/rules.md, "Matching"):
//!
//! | pattern | matches | does not match |
//! |---|---|---|
//! | `kommun` | the word and its inflected forms: "kommun", "Kommunerna", "kommuns" | "kommunikation", "kommunal", "primärkommun" |
//! | `region*` | also longer words that begin so: "regionförbundet" | "interregional" |
//! | `*verket` | also compounds that end so: "Tillväxtverket", "Trafikverkets" | "verkstaden" |
//! | `*nätverk*` | the letters anywhere in a word: "företagsnätverksträffar" | |
//! | `egen bedömning` | the words in a row, separated by whitespace | "egen, bedömning" |
//!
//! Without a trailing `*` a word may only continue with one of [`ENDINGS`]
//! (Swedish inflection: -en, -er, -erna, -s, …). A vocabulary may also
//! *exclude* words, written the same way: with `område*` excluded, `*rådet`
//! matches "Tillväxtrådet" but not "området". Text and patterns are both
//! [`fold`]ed first, so "Länsstyrelsen" typed in NFD still matches.

mod lower;

use lower::push_lower;
pub(crate) use lower::{lower_chars, lowercase};

/// What may follow a pattern that has no trailing `*`: the endings of Swedish
/// nouns, adjectives and participles, each optionally with a genitive -s.
pub(crate) const ENDINGS: &[&str] = &[
    "", "s", "n", "ns", "t", "ts", "e", "es", "a", "as", "an", "ans", "en", "ens", "et", "ets",
    "na", "nas", "ar", "ars", "arna", "arnas", "er", "ers", "erna", "ernas", "or", "ors", "orna",
    "ornas", "r", "rs", "rna", "rnas", "de", "des",
];

use crate::prelude::*;

/// One compiled pattern.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Pattern {
    /// The folded words, in order (at least one, none empty).
    words: Vec<String>,
    /// A leading `*`: letters may come before the first word (a compound's end).
    inside: bool,
    /// A trailing `*`: any letters may follow the last word.
    open_end: bool,
}

impl Pattern {
    fn new(entry: &str) -> Option<Pattern> {
        let folded = fold(entry.trim());
        let inside = folded.starts_with('*');
        let open_end = folded.ends_with('*');
        let words: Vec<String> = folded
            .trim_matches('*')
            .split_whitespace()
            .map(str::to_string)
            .collect();
        (!words.is_empty()).then_some(Pattern {
            words,
            inside,
            open_end,
        })
    }

    fn first(&self) -> &str {
        self.words.first().map_or("", String::as_str)
    }

    /// If the pattern matches with its first word starting at byte `at` of
    /// `text`, returns the byte range of the matched words (whole words).
    fn match_at(&self, text: &str, at: usize) -> Option<(usize, usize)> {
        let start = word_start(text, at);
        if start != at && !self.inside {
            return None;
        }
        let mut pos = at + self.first().len();
        for word in self.words.iter().skip(1) {
            let rest = text.get(pos..)?;
            if rest.chars().next().is_some_and(char::is_alphanumeric) {
                return None;
            }
            let gap = rest.len() - rest.trim_start().len();
            if gap == 0 || !rest.get(gap..)?.starts_with(word.as_str()) {
                return None;
            }
            pos += gap + word.len();
        }
        let end = word_end(text, pos);
        let ending = text.get(pos..end)?;
        (self.open_end || ENDINGS.contains(&ending)).then_some((start, end))
    }

    /// Returns true if and only if the pattern matches text starting in the
    /// word that begins at `start`.
    fn matches_word_at(&self, text: &str, start: usize) -> bool {
        let first_word = text.get(start..word_end(text, start)).unwrap_or("");
        first_word
            .match_indices(self.first())
            .any(|(off, _)| self.match_at(text, start + off).map(|(s, _)| s) == Some(start))
    }
}

/// The byte offset where the word containing (or starting at) `at` begins.
fn word_start(text: &str, at: usize) -> usize {
    let before = text.get(..at).unwrap_or("");
    at - before
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric())
        .map(char::len_utf8)
        .sum::<usize>()
}

/// The byte offset where the word running through `at` ends.
fn word_end(text: &str, at: usize) -> usize {
    let after = text.get(at..).unwrap_or("");
    at + after
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .map(char::len_utf8)
        .sum::<usize>()
}

/// A compiled keyword list with its exclusions.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Vocabulary {
    include: Vec<Pattern>,
    exclude: Vec<Pattern>,
}

impl Vocabulary {
    /// Compiles the entries and exclusions as written in a template.
    pub(crate) fn new(words: &[String], exclusions: &[String]) -> Vocabulary {
        let compile = |list: &[String]| list.iter().filter_map(|w| Pattern::new(w)).collect();
        Vocabulary {
            include: compile(words),
            exclude: compile(exclusions),
        }
    }

    /// Returns the byte range of the first words in `folded` (a text already
    /// passed through [`fold`]) that an entry matches and no exclusion does.
    pub(crate) fn find(&self, folded: &str) -> Option<(usize, usize)> {
        self.include.iter().find_map(|p| {
            folded.match_indices(p.first()).find_map(|(at, _)| {
                let (start, end) = p.match_at(folded, at)?;
                let excluded = self
                    .exclude
                    .iter()
                    .any(|e| e.matches_word_at(folded, start));
                (!excluded).then_some((start, end))
            })
        })
    }

    /// Returns true if and only if some entry matches words of `folded` (a
    /// text already passed through [`fold`]) that no exclusion matches.
    pub(crate) fn matches(&self, folded: &str) -> bool {
        self.find(folded).is_some()
    }
}

/// Lowercases `text` and composes the decomposed letters Swedish text uses
/// (a/o/u + diaeresis, a + ring, e + acute/grave), so that NFC and NFD input
/// compare equal without full Unicode normalization tables.
///
/// Lowercasing needs no Unicode case tables either: it is exact (equal to
/// `char::to_lowercase`, as unit tests prove on every scalar) for Latin —
/// ASCII, Latin-1, Latin Extended-A, -B and Additional — Greek and Cyrillic,
/// and for the signs that lowercase into them (K KELVIN SIGN, Å ANGSTROM
/// SIGN, Ω OHM SIGN). Other scripts are left as they are (case-sensitive).
///
/// # Example
///
/// ```
/// assert_eq!(formkoll::fold("La\u{308}NSSTYRELSEN"), "länsstyrelsen");
/// assert_eq!(formkoll::fold("ÅRSREDOVISNING ÖVER ÆØ"), "årsredovisning över æø");
/// assert_eq!(formkoll::fold("ŁÓDŹ ΑΘΗΝΑ КИЇВ"), "łódź αθηνα київ");
/// ```
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        // Most of a report is ASCII: copy each run of it whole and lowercase
        // it in place; only the character after it goes one by one.
        let run = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        let start = out.len();
        out.push_str(rest.get(..run).unwrap_or(""));
        if let Some(copied) = out.get_mut(start..) {
            copied.make_ascii_lowercase();
        }
        let mut chars = rest.get(run..).unwrap_or("").chars();
        let Some(c) = chars.next() else { break };
        rest = chars.as_str();
        // Only combining marks U+0300–U+0338 can compose (see `compose`).
        if ('\u{300}'..='\u{338}').contains(&c) {
            if let Some(composed) = out.chars().next_back().and_then(|base| compose(base, c)) {
                out.pop();
                out.push(composed);
                continue;
            }
        }
        push_lower(&mut out, c);
    }
    out
}

fn compose(base: char, mark: char) -> Option<char> {
    Some(match (base, mark) {
        ('a', '\u{30A}') => 'å',
        ('a', '\u{308}') => 'ä',
        ('o', '\u{308}') => 'ö',
        ('u', '\u{308}') => 'ü',
        ('e', '\u{301}') => 'é',
        ('e', '\u{300}') => 'è',
        ('a', '\u{301}') => 'á',
        ('a', '\u{300}') => 'à',
        ('o', '\u{338}') | ('o', '\u{337}') => 'ø',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocab(words: &[&str], exclusions: &[&str]) -> Vocabulary {
        let owned = |l: &[&str]| l.iter().map(|w| w.to_string()).collect::<Vec<_>>();
        Vocabulary::new(&owned(words), &owned(exclusions))
    }

    fn hit<'a>(v: &Vocabulary, text: &'a str) -> Option<String> {
        let folded = fold(text);
        v.find(&folded)
            .map(|(s, e)| folded.get(s..e).unwrap_or("").to_string())
    }

    #[test]
    fn keywords_plain_entry_is_the_word_and_its_inflections() {
        let v = vocab(&["kommun"], &[]);
        for yes in [
            "kommun",
            "Länets Kommuner deltog",
            "kommunerna",
            "kommunens",
            "kommunernas",
        ] {
            assert!(hit(&v, yes).is_some(), "{yes}");
        }
        for no in [
            "primärkommunal",
            "kommunikation",
            "kommunal",
            "kommunförbundet",
            "storkommun",
        ] {
            assert_eq!(hit(&v, no), None, "{no}");
        }
    }

    #[test]
    fn keywords_open_end_takes_any_continuation() {
        let v = vocab(&["region*"], &[]);
        assert_eq!(
            hit(&v, "Regionförbundet Jämtland").as_deref(),
            Some("regionförbundet")
        );
        assert_eq!(hit(&v, "interregionalt"), None);
    }

    #[test]
    fn keywords_leading_star_matches_the_end_of_a_compound() {
        let v = vocab(&["*organisation"], &[]);
        assert_eq!(
            hit(&v, "branschorganisationerna").as_deref(),
            Some("branschorganisationerna")
        );
        assert_eq!(hit(&v, "organisationsnummer"), None);
        let anywhere = vocab(&["*nätverk*"], &[]);
        assert!(hit(&anywhere, "företagsnätverksträffar").is_some());
    }

    #[test]
    fn keywords_exclusions_remove_words_an_entry_would_match() {
        let v = vocab(&["*rådet"], &["område*"]);
        assert!(hit(&v, "Tillväxtrådet").is_some());
        assert_eq!(hit(&v, "inom området"), None);
        // A later word still counts when the first is excluded.
        assert_eq!(hit(&v, "området och rådet").as_deref(), Some("rådet"));
        let v = vocab(&["kommun*"], &["kommunikation"]);
        assert_eq!(hit(&v, "digital kommunikation"), None);
        assert_eq!(hit(&v, "kommunikationerna"), None);
        assert!(hit(&v, "kommunförbundet").is_some());
        // Without `*` an exclusion is one word and its inflections only.
        assert!(hit(&v, "kommunikationsstrategin").is_some());
    }

    #[test]
    fn keywords_several_words_in_a_row() {
        let v = vocab(&["egen bedömning"], &[]);
        assert!(hit(&v, "bygger på vår egen\nbedömning").is_some());
        assert!(hit(&v, "egen bedömningar").is_some());
        assert_eq!(hit(&v, "egen, bedömning"), None);
        assert_eq!(hit(&v, "egenbedömning"), None);
        assert_eq!(hit(&v, "vår egen"), None);
    }

    #[test]
    fn keywords_fold_nfd_and_case() {
        let v = vocab(&["länsstyrelse", "egen bedömning"], &[]);
        assert!(v.matches(&fold("LA\u{308}NSSTYRELSEN")));
        assert!(v.matches(&fold("bygger på egen bedo\u{308}mning")));
        assert!(!v.matches(&fold("bygger på egen bedomning")));
        // A pattern written in NFD is folded too.
        let nfd = vocab(&["la\u{308}nsstyrelse"], &[]);
        assert!(nfd.matches(&fold("Länsstyrelsen")));
    }

    #[test]
    fn fold_latin1_equals_to_lowercase_on_all_256() {
        for n in 0u32..=0xFF {
            let c = char::from_u32(n).unwrap();
            let want: String = c.to_lowercase().collect();
            assert_eq!(fold(&String::from(c)), want, "U+{n:04X}");
        }
    }

    #[test]
    fn fold_equals_to_lowercase_outside_latin1_and_composes_nfd() {
        for s in ["ĀĒ İSTANBUL Ω", "Ǆ ẞ Ω", "Straße ÿ ÆØÅ"] {
            assert_eq!(fold(s), s.to_lowercase(), "{s}");
        }
        assert_eq!(fold("A\u{30A}O\u{308}e\u{301}"), "åöé");
        // Outside the covered scripts: as written (Armenian, fullwidth Latin).
        assert_eq!(fold("\u{531}\u{FF21}"), "\u{531}\u{FF21}");
    }
}
