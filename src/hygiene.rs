//! Text hygiene: invisible characters and copy damage that inflate a count
//! or garble a text — found, and fixed only when a person asks.
//!
//! Every rule finds byte ranges to *delete*; [`scan`] counts them and
//! [`normalize`] removes them. Because a fix only ever deletes, normalizing
//! is repeated until nothing changes, which makes it idempotent. The
//! no-break space ("11 000") is correct Swedish and is never touched.

use crate::prelude::*;

mod fixes;
mod invisible;
// Generated (scripts/gen-invisible-table.py): its bytes are the generator's, not rustfmt's.
#[rustfmt::skip]
mod invisible_table;
mod lines;
mod pdf;

pub use fixes::{apply_fixes, fixes, Fix};
// The UTF-16 offsets are for JavaScript: the bindings and the DOM enhancer.
#[cfg_attr(not(target_arch = "wasm32"), allow(unused_imports))]
pub(crate) use fixes::{in_utf16, Utf16Fix};
pub(crate) use invisible::{has_visible, shows_nothing};

use lines::{blank_lines, trailing_whitespace};

use core::ops::Range;

use serde::Serialize;

use crate::finding::FindingCode;
use crate::swar;

/// The rules in the order [`normalize`] applies them.
const RULES: &[(FindingCode, fn(&str) -> Vec<Range<usize>>)] = &[
    (FindingCode::HygieneBom, |t| chars_where(t, BOM)),
    (FindingCode::HygieneZeroWidth, |t| {
        chars_where(t, ZERO_WIDTH)
    }),
    (FindingCode::HygieneSoftHyphen, |t| {
        chars_where(t, SOFT_HYPHEN)
    }),
    (FindingCode::HygieneControl, |t| {
        chars_where(t, STRAY_CONTROL)
    }),
    (FindingCode::HygienePdfHyphenation, pdf::hyphenation),
    (FindingCode::HygienePdfSpacing, pdf::spacing),
    (FindingCode::HygieneTrailingWhitespace, trailing_whitespace),
    (FindingCode::HygieneBlankLines, blank_lines),
];

/// How often one hygiene problem occurs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Occurrences {
    /// Which problem.
    pub code: FindingCode,
    /// How many times.
    pub count: u64,
}

/// Finds hygiene problems in `text` without changing it.
///
/// # Example
///
/// ```
/// use formkoll::{scan, FindingCode};
/// let found = scan("Det ä r må l\u{200B}");
/// let codes: Vec<_> = found.iter().map(|o| (o.code, o.count)).collect();
/// assert_eq!(codes, [(FindingCode::HygieneZeroWidth, 1), (FindingCode::HygienePdfSpacing, 2)]);
/// assert!(scan("Budgeten är 11\u{a0}000 kronor.").is_empty());
/// ```
pub fn scan(text: &str) -> Vec<Occurrences> {
    if text.is_ascii() && !text.bytes().any(|b| b < 0x20 || b == 0x7F || b == b'-') {
        return Vec::new();
    }
    // The first four rules delete single characters: counted together in
    // one pass (`CHAR_RULES` is their order in `RULES`; a test holds both
    // to the same counts).
    let chars = count_char_rules(text);
    RULES
        .iter()
        .enumerate()
        .filter_map(|(k, (code, find))| {
            let n = match chars.get(k) {
                Some(&n) => n,
                None => find(text).len() as u64,
            };
            (n > 0).then_some(Occurrences {
                code: *code,
                count: n,
            })
        })
        .collect()
}

/// Where one hygiene problem is: a byte range of the text that a fix deletes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Location {
    /// Which problem.
    pub code: FindingCode,
    /// The bytes [`normalize`] would delete for it (in the text as given).
    pub range: Range<usize>,
}

/// Finds every hygiene problem in `text` and where it is, rule by rule in
/// the order of [`scan`]; a portal can underline them.
///
/// # Example
///
/// ```
/// use formkoll::{locate, FindingCode};
/// let found = locate("Det ä r bra");
/// assert_eq!(found.len(), 1);
/// assert_eq!((found[0].code, found[0].range.clone()), (FindingCode::HygienePdfSpacing, 6..7));
/// assert!(locate("Vi arbetar också t.ex. med e-post.").is_empty());
/// ```
pub fn locate(text: &str) -> Vec<Location> {
    RULES
        .iter()
        .flat_map(|(code, find)| {
            find(text)
                .into_iter()
                .map(|range| Location { code: *code, range })
        })
        .collect()
}

/// The result of [`normalize`]: the cleaned text and what was changed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Normalized {
    /// The text with every hygiene problem fixed.
    pub text: String,
    /// What was removed, per problem; empty when nothing changed.
    pub changes: Vec<Occurrences>,
}

/// Returns `text` with hygiene problems fixed: invisible and control
/// characters removed, PDF hyphenation and spacing joined, trailing
/// whitespace and extra blank lines removed. Line-break style (CRLF/LF) and
/// no-break spaces are kept. Applying it twice changes nothing more.
///
/// This never runs by itself: a person chooses to apply it.
///
/// # Example
///
/// ```
/// let n = formkoll::normalize("utveck- ling fö r alla \n\n\n\nSlut");
/// assert_eq!(n.text, "utveckling för alla\n\nSlut");
/// assert_eq!(formkoll::normalize(&n.text).changes, []);
/// ```
pub fn normalize(text: &str) -> Normalized {
    // One code path: the text is the fixes applied.
    let (found, mut changes, _) = fixes::passes(text);
    crate::sort::by_key(&mut changes, |o| {
        RULES
            .iter()
            .position(|(c, _)| *c == o.code)
            .map_or(0, |p| p + 1)
    });
    Normalized {
        text: apply_fixes(text, &found),
        changes,
    }
}

/// A rule that deletes single characters: which characters, and a test of
/// the first UTF-8 byte that every one of them passes (the unit tests check
/// this on every scalar), so that a scan decodes only the few characters
/// whose first byte passes it rather than every character of the text.
struct CharRule {
    first_byte: fn(u8) -> bool,
    is: fn(char) -> bool,
    /// Keeps a character `is` passes, from its context: (text, offset, char).
    kept: fn(&str, usize, char) -> bool,
}

const BOM: CharRule = CharRule {
    first_byte: |b| b == 0xEF,
    is: |c| c == '\u{FEFF}',
    kept: |_, _, _| false,
};
/// Every invisible character of the one table (src/hygiene/invisible.rs)
/// that has no rule of its own; its first bytes are those of the table's
/// characters past U+00AD.
const ZERO_WIDTH: CharRule = CharRule {
    first_byte: |b| matches!(b, 0xCD | 0xD8 | 0xE1..=0xE3 | 0xEF | 0xF0 | 0xF3),
    is: invisible::is_invisible,
    kept: invisible::kept,
};
const SOFT_HYPHEN: CharRule = CharRule {
    first_byte: |b| b == 0xC2,
    is: |c| c == '\u{AD}',
    kept: |_, _, _| false,
};
const STRAY_CONTROL: CharRule = CharRule {
    first_byte: |b| b < 0x20 || b == 0x7F || b == 0xC2,
    is: is_stray_control,
    kept: |_, _, _| false,
};

/// The char rules, in their order at the start of `RULES`.
const CHAR_RULES: [CharRule; 4] = [BOM, ZERO_WIDTH, SOFT_HYPHEN, STRAY_CONTROL];

/// True if all eight bytes of `word` are printable ASCII (0x20–0x7E), where
/// no char rule can start. It may say false for such a word (then the bytes
/// are tested one by one), never true for another.
fn printable_ascii(word: u64) -> bool {
    word & swar::HIGHS == 0
        && !swar::may_have_byte_below(word, 0x20)
        && !swar::may_have_byte(word, 0x7F)
}

/// How many characters each of [`CHAR_RULES`] finds, as `chars_where` would,
/// in one pass that skips printable ASCII eight bytes at a time: `scan` runs
/// on every keystroke, and four byte-by-byte passes over answer 3.1 of the
/// real report (8 240 bytes) took 73 µs in wasm.
fn count_char_rules(text: &str) -> [u64; 4] {
    let bytes = text.as_bytes();
    let mut counts = [0u64; 4];
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if swar::word_at(bytes, i).is_some_and(printable_ascii) {
            i += 8;
            continue;
        }
        if CHAR_RULES.iter().any(|r| (r.first_byte)(b)) {
            // A passing byte is never a continuation byte, so `i` starts a character.
            if let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) {
                for (rule, n) in CHAR_RULES.iter().zip(&mut counts) {
                    if (rule.first_byte)(b) && (rule.is)(c) && !(rule.kept)(text, i, c) {
                        *n += 1;
                    }
                }
            }
        }
        i += 1;
    }
    counts
}

fn chars_where(text: &str, rule: CharRule) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for (i, &b) in text.as_bytes().iter().enumerate() {
        if !(rule.first_byte)(b) {
            continue;
        }
        // A passing byte is never a continuation byte, so `i` starts a character.
        if let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) {
            if (rule.is)(c) && !(rule.kept)(text, i, c) {
                out.push(i..i + c.len_utf8());
            }
        }
    }
    out
}

/// C0 and C1 control characters except tab, LF and CR.
fn is_stray_control(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r')) && c != '\u{AD}'
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(text: &str) -> Vec<(&'static str, u64)> {
        scan(text)
            .iter()
            .map(|o| {
                // The fixed code's `&'static str` (a code's `as_str` borrows it).
                let code = FindingCode::ALL.iter().find(|&&c| c == o.code);
                (code.map_or("", FindingCode::as_str), o.count)
            })
            .collect()
    }

    #[test]
    fn hygiene_char_rules_first_byte_passes_for_every_char_they_delete() {
        let rules = [BOM, ZERO_WIDTH, SOFT_HYPHEN, STRAY_CONTROL];
        let mut deleted = [0; 4];
        for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
            let mut utf8 = [0; 4];
            let first = c.encode_utf8(&mut utf8).as_bytes()[0];
            for (rule, n) in rules.iter().zip(&mut deleted) {
                if (rule.is)(c) {
                    assert!((rule.first_byte)(first), "U+{:04X}", u32::from(c));
                    *n += 1;
                }
            }
        }
        // The invisible characters: Default_Ignorable_Code_Point (4 174 in
        // Unicode 15.0) but U+00AD and U+FEFF, which have rules of their
        // own, plus U+2800 (the other blank letters are Default_Ignorable).
        // C0 but tab, LF, CR (29), DEL and C1 (33).
        assert_eq!(deleted, [1, 4_174 - 2 + 1, 1, 29 + 33]);
        // No passing byte continues a character: the scan starts at each.
        for rule in rules {
            assert!((0x80..0xC0).all(|b| !(rule.first_byte)(b)));
        }
    }

    #[test]
    fn scan_counts_equal_each_rule_on_its_own() {
        // The char rules' one-pass count against `RULES` one rule at a time,
        // on texts mixing every character a rule deletes (and its neighbours
        // in UTF-8) with ASCII runs that straddle the 8-byte words.
        let pieces = [
            "a",
            "abcdefgh",
            "ord ",
            "\u{FEFF}",
            "\u{FEFE}",
            "\u{200B}",
            "\u{200C}",
            "\u{2060}",
            "\u{180E}",
            "\u{AD}",
            "\u{A0}",
            "\u{85}",
            "\u{9F}",
            "\u{1}",
            "\u{1F}",
            "\u{7F}",
            "\t",
            "\n",
            "\r\n",
            "–",
            "å",
            "ä r",
            "utveck- ling",
            "  \n",
        ];
        let mut gen = crate::test_gen::Xorshift(0x853c_49e6_748f_ea9b);
        for case in 0..20_000 {
            let text = gen.pick(&pieces, 29).concat();
            let each: Vec<Occurrences> = RULES
                .iter()
                .filter_map(|(code, find)| {
                    let count = find(&text).len() as u64;
                    (count > 0).then_some(Occurrences { code: *code, count })
                })
                .collect();
            assert_eq!(scan(&text), each, "case {case}: {text:?}");
        }
        // The codes `scan` gives the four counts are the first four rules'.
        let codes = [
            FindingCode::HygieneBom,
            FindingCode::HygieneZeroWidth,
            FindingCode::HygieneSoftHyphen,
            FindingCode::HygieneControl,
        ];
        assert!(RULES.iter().map(|(c, _)| *c).take(4).eq(codes));
    }

    #[test]
    fn printable_ascii_words_only() {
        for b in 0..=255u8 {
            for lane in 0..8 {
                let mut w = *b"abcdefgh";
                w[lane] = b;
                let printable = (0x20..0x7F).contains(&b);
                assert_eq!(
                    printable_ascii(u64::from_le_bytes(w)),
                    printable,
                    "{b:#x} at {lane}"
                );
            }
        }
    }

    #[test]
    fn hygiene_invisible_characters() {
        assert_eq!(codes("a\u{200B}b\u{2060}"), [("hygiene.zero_width", 2)]);
        assert_eq!(codes("\u{FEFF}text"), [("hygiene.bom", 1)]);
        assert_eq!(codes("av\u{AD}stav"), [("hygiene.soft_hyphen", 1)]);
        assert_eq!(codes("a\u{7}b\u{85}"), [("hygiene.control", 2)]);
    }

    #[test]
    fn hygiene_keeps_legitimate_text() {
        for ok in [
            "Budgeten är 11\u{a0}000 kronor.",
            "landsbygds- och näringslivsutveckling, mål- och långsiktiga",
            "på en gång, två år, då det, så att, också en",
            "Tab\tinne, rad\nrad\r\nrad\n\nstycke",
            "👩\u{200D}🚀 och می\u{200C}خواهم, ❤\u{FE0F}",
            "2023–2030 och e-post",
            "Vi arbetar också t.ex. med stöd på e-post och på s.k. noder, natur- kultur- och fritid.",
            "små- och medelstora företag, betalning på swish, på crowdfunding",
            "landsbygds- öch näringslivsutveckling",
            "Umeå kommun, Malmö stad, arbetsmiljö och länsnivå",
        ] {
            assert_eq!(codes(ok), [], "{ok:?}");
        }
    }

    #[test]
    fn hygiene_pdf_damage() {
        assert_eq!(codes("utveck- ling"), [("hygiene.pdf_hyphenation", 1)]);
        assert_eq!(codes("utveck-\nling"), [("hygiene.pdf_hyphenation", 1)]);
        // "frå" cannot be a word, so "frå görna" is one too.
        assert_eq!(
            codes("Observera! fö r frå görna ä r"),
            [("hygiene.pdf_spacing", 3)]
        );
        assert_eq!(codes("må l"), [("hygiene.pdf_spacing", 1)]);
        // Bare å/ö followed by the rest of a word; the bare letter ä.
        assert_eq!(codes("under å ret en ö kad"), [("hygiene.pdf_spacing", 2)]);
        assert_eq!(codes("en å som rinner, en ö i sjön"), []);
        // A whole word, then a fragment no word starts with.
        assert_eq!(codes("må lbilden"), [("hygiene.pdf_spacing", 1)]);
        assert_eq!(codes("på pdf"), []);
        // A capitalized fragment only with a fragment no word starts with.
        assert_eq!(codes("Tillvä xtverket"), [("hygiene.pdf_spacing", 1)]);
        assert_eq!(codes("Umeå kommun"), []);
        // The document's own dictionary: "Fö" + "retaget" is written whole.
        assert_eq!(
            codes("Företaget växer. Fö retaget"),
            [("hygiene.pdf_spacing", 1)]
        );
        assert_eq!(codes("Fö retaget"), []);
        // Suspended hyphens chain; a real split does not.
        assert_eq!(codes("natur- kultur- och fritid"), []);
        assert_eq!(
            codes("utveck- ling av natur- kultur"),
            [("hygiene.pdf_hyphenation", 2)]
        );
    }

    #[test]
    fn hygiene_visible_characters() {
        for invisible in [
            "",
            " \n\t",
            "\u{200B}\u{200B}",
            "\u{FEFF}",
            "\u{AD}\u{AD}",
            "\u{7}\u{200D}",
            "\u{A0}\u{2060}",
        ] {
            assert!(!has_visible(invisible), "{invisible:?}");
        }
        for visible in ["a", " . ", "\u{200B}x", "👩\u{200D}🚀", "1"] {
            assert!(has_visible(visible), "{visible:?}");
        }
    }

    #[test]
    fn hygiene_whitespace() {
        assert_eq!(
            codes("rad  \nrad\t\r\nslut "),
            [("hygiene.trailing_whitespace", 2)]
        );
        // The blank line holding a space is also trailing whitespace.
        assert_eq!(
            codes("a\n\n\nb\r\n\r\n \r\n\r\nc"),
            [
                ("hygiene.trailing_whitespace", 1),
                ("hygiene.blank_lines", 2)
            ]
        );
    }

    #[test]
    fn normalize_fixes_and_is_idempotent() {
        let n = normalize("\u{FEFF}Det ä r må l  \r\n\r\n\r\nutveck- ling\u{AD}");
        assert_eq!(n.text, "Det är mål\r\n\r\nutveckling");
        assert_eq!(normalize(&n.text).changes, []);
        let tricky = normalize("å å å å x");
        assert_eq!(normalize(&tricky.text).text, tricky.text);
    }

    #[test]
    fn normalize_unchanged_text_reports_no_changes() {
        let text = "Hej 11\u{a0}000\r\nrad";
        let n = normalize(text);
        assert_eq!(n.text, text);
        assert!(n.changes.is_empty());
    }
}
