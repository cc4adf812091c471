//! Folding text for comparison: lowercase, with the decomposed letters
//! Swedish uses composed, so NFC and NFD input compare equal.

use crate::prelude::*;

use super::lower::push_lower;

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
