//! Keyword matching for instruction checks: Swedish stems, case- and
//! NFC/NFD-insensitive.
//!
//! A keyword matches at the start of a word ("kommun" matches "Kommunerna")
//! or, written with a leading `*`, anywhere inside a word ("*organisation"
//! matches "branschorganisationer"). Text and keywords are both [`fold`]ed
//! first, so "Länsstyrelsen" typed in NFD still matches "länsstyrelse".

/// A compiled keyword list.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Vocabulary {
    /// (folded keyword, matches inside a word)
    words: Vec<(String, bool)>,
}

impl Vocabulary {
    /// Compiles keywords as written in a template.
    pub(crate) fn new(words: &[String]) -> Vocabulary {
        let words = words
            .iter()
            .map(|w| {
                let anywhere = w.starts_with('*');
                (fold(w.trim_start_matches('*').trim()), anywhere)
            })
            .filter(|(w, _)| !w.is_empty())
            .collect();
        Vocabulary { words }
    }

    /// Returns true if and only if some keyword occurs in `folded` (a text
    /// already passed through [`fold`]).
    pub(crate) fn matches(&self, folded: &str) -> bool {
        self.words.iter().any(|(w, anywhere)| {
            folded.match_indices(w.as_str()).any(|(at, _)| {
                *anywhere
                    || folded[..at]
                        .chars()
                        .next_back()
                        .map_or(true, |c| !c.is_alphanumeric())
            })
        })
    }
}

/// Lowercases `text` and composes the decomposed letters Swedish text uses
/// (a/o/u + diaeresis, a + ring, e + acute/grave), so that NFC and NFD input
/// compare equal without full Unicode normalization tables.
///
/// # Example
///
/// ```
/// assert_eq!(formkoll::fold("La\u{308}NSSTYRELSEN"), "länsstyrelsen");
/// ```
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        // Most of a report is ASCII: lowercase it without the Unicode tables.
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        // Only combining marks U+0300–U+0338 can compose (see `compose`).
        if ('\u{300}'..='\u{338}').contains(&c) {
            if let Some(composed) = out.chars().next_back().and_then(|base| compose(base, c)) {
                out.pop();
                out.push(composed);
                continue;
            }
        }
        out.extend(c.to_lowercase());
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

    fn vocab(words: &[&str]) -> Vocabulary {
        Vocabulary::new(&words.iter().map(|w| w.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn keywords_match_word_starts_only() {
        let v = vocab(&["kommun"]);
        assert!(v.matches(&fold("Länets Kommuner deltog")));
        assert!(!v.matches(&fold("primärkommunal")));
    }

    #[test]
    fn keywords_star_matches_inside_words() {
        let v = vocab(&["*organisation"]);
        assert!(v.matches(&fold("branschorganisationerna")));
    }

    #[test]
    fn keywords_fold_nfd_and_case() {
        let v = vocab(&["länsstyrelse", "egen bedömning"]);
        assert!(v.matches(&fold("LA\u{308}NSSTYRELSEN")));
        assert!(v.matches(&fold("bygger på egen bedo\u{308}mning")));
        assert!(!v.matches(&fold("bygger på egen bedomning")));
    }
}
