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
//! *exclude* words, written the same way: with `*område` excluded, `*rådet`
//! matches "Tillväxtrådet" but not "området". Text and patterns are both
//! [`fold`]ed first, so "Länsstyrelsen" typed in NFD still matches.

mod fold;
mod lower;

pub use fold::fold;
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

    #[inline(always)]
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
    /// The indexes of `include`, grouped by the first byte of their first
    /// word (in list order within a group): the patterns that can occur at a
    /// byte are `by_first[starts[b]..starts[b + 1]]`. [`Vocabulary::matches`]
    /// walks the text once with it instead of once per pattern.
    by_first: Vec<u16>,
    /// 257 group boundaries into `by_first` (empty when nothing is included).
    starts: Vec<u16>,
}

impl Vocabulary {
    /// Compiles the entries and exclusions as written in a template.
    pub(crate) fn new(words: &[String], exclusions: &[String]) -> Vocabulary {
        let compile = |list: &[String]| list.iter().filter_map(|w| Pattern::new(w)).collect();
        let include: Vec<Pattern> = compile(words);
        let first_byte =
            |p: &Pattern| usize::from(p.first().as_bytes().first().copied().unwrap_or(0));
        // A counting sort of the pattern indexes by first byte: group sizes,
        // then their running sums as boundaries, then each index in its group.
        let mut starts = vec![0u16; if include.is_empty() { 0 } else { 257 }];
        for p in &include {
            if let Some(n) = starts.get_mut(first_byte(p) + 1) {
                *n += 1;
            }
        }
        let mut sum = 0;
        for n in &mut starts {
            sum += *n;
            *n = sum;
        }
        let mut fill: Vec<u16> = starts.clone();
        let mut by_first = vec![0u16; include.len()];
        for (i, p) in include.iter().enumerate() {
            if let Some(next) = fill.get_mut(first_byte(p)) {
                if let Some(slot) = by_first.get_mut(usize::from(*next)) {
                    // At most u16::MAX patterns: a vocabulary is a word list.
                    *slot = i as u16;
                }
                *next += 1;
            }
        }
        Vocabulary {
            include,
            exclude: compile(exclusions),
            by_first,
            starts,
        }
    }

    /// Returns the byte range of the first words in `folded` (a text already
    /// passed through [`fold`]) that an entry matches and no exclusion does:
    /// the entries in list order, each at its occurrences from the left
    /// (non-overlapping, as `match_indices` finds them). The reference that
    /// [`Vocabulary::matches`] is tested against, and what the tests read.
    #[cfg(test)]
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
    ///
    /// Exactly `find(folded).is_some()` (tested), in one pass over the text
    /// instead of one search per entry — an instruction's vocabulary has up
    /// to 45 entries and is matched on every keystroke. At each byte only the
    /// entries whose first word starts with that byte are tried, and an
    /// entry's occurrences are the same non-overlapping ones `find` visits
    /// (`next[i]`: where entry i's previous occurrence ended).
    pub(crate) fn matches(&self, folded: &str) -> bool {
        let bytes = folded.as_bytes();
        let mut next = vec![0usize; self.include.len()];
        for (at, &b) in bytes.iter().enumerate() {
            let b = usize::from(b);
            let (Some(&lo), Some(&hi)) = (self.starts.get(b), self.starts.get(b + 1)) else {
                return false;
            };
            for &i in self
                .by_first
                .get(usize::from(lo)..usize::from(hi))
                .unwrap_or(&[])
            {
                let i = usize::from(i);
                let (Some(p), Some(seen)) = (self.include.get(i), next.get_mut(i)) else {
                    continue;
                };
                let first = p.first().as_bytes();
                if at < *seen || !bytes.get(at..).is_some_and(|rest| rest.starts_with(first)) {
                    continue;
                }
                *seen = at + first.len();
                let Some((start, _)) = p.match_at(folded, at) else {
                    continue;
                };
                if !self
                    .exclude
                    .iter()
                    .any(|e| e.matches_word_at(folded, start))
                {
                    return true;
                }
            }
        }
        false
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod oracle;

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
    fn matches_equals_find_on_generated_texts() {
        // Entries that overlap themselves ("*aba" in "ababan": only the
        // second, overlapping occurrence has a valid ending), share first
        // bytes, span words, or are one letter; exclusions of each kind.
        let entries = [
            "*aba",
            "aba*",
            "ab",
            "*nätverk*",
            "kommun",
            "kommun*",
            "*region",
            "egen bedömning",
            "a",
            "*a",
            "ba ba",
            "*ab ab*",
            "å",
            "*års",
            "bedömning",
            "*na",
        ];
        let exclusions = ["abab*", "område*", "*aba", "kommunal", "a", "*rna"];
        let pieces = [
            "a",
            "b",
            "ab",
            "aba",
            "ba",
            " ",
            "\n",
            "-",
            "n",
            "er",
            "s",
            "erna",
            "kommun",
            "region",
            "nätverk",
            "egen",
            "bedömning",
            "å",
            "Å",
            "o\u{308}",
            "x",
            ",",
            "området",
            "na",
        ];
        let matched = crate::test_gen::count_cases(crate::test_gen::SEED, 20_000, |case, gen| {
            let owned = |list: Vec<&str>| list.into_iter().map(String::from).collect::<Vec<_>>();
            let include = owned(gen.pick(&entries, 4));
            let exclude = owned(gen.pick(&exclusions, 2));
            let text: String = gen.pick(&pieces, 24).concat();
            let v = Vocabulary::new(&include, &exclude);
            let folded = fold(&text);
            let expected = v.find(&folded).is_some();
            assert_eq!(
                v.matches(&folded),
                expected,
                "case {case}: {include:?} without {exclude:?} in {text:?}"
            );
            expected
        });
        // The generator reaches both answers often.
        assert!(
            (2_000..18_000).contains(&matched),
            "{matched} of 20 000 matched"
        );
    }

    #[test]
    fn matches_equals_find_on_the_real_report() {
        let template = crate::template::Template::default_template();
        let report: serde_json::Value =
            serde_json::from_str(include_str!("../tests/fixtures/jamtland-2024.json")).unwrap();
        let answers = report["answers"].as_object().unwrap();
        let mut checked = 0;
        for i in 0..template.data().instructions.len() {
            let v = template.instruction_vocabulary(i).unwrap();
            for answer in answers.values() {
                let text = answer
                    .as_str()
                    .or_else(|| answer["text"].as_str())
                    .unwrap_or("");
                let folded = fold(text);
                // Every prefix at a word boundary: the answer as it is typed.
                for (end, _) in folded.match_indices(' ').chain([(folded.len(), "")]) {
                    let typed = &folded[..end];
                    assert_eq!(
                        v.matches(typed),
                        v.find(typed).is_some(),
                        "instruction {i}: {typed:?}"
                    );
                    checked += 1;
                }
            }
        }
        assert!(checked > 100_000, "{checked}");
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
