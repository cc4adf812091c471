//! The grapheme-cluster counter behind every count.
//!
//! Results are exactly those of unicode-segmentation's
//! `graphemes(true).count()` (extended clusters, UAX #29); this module only
//! avoids the full segmenter where the answer is known without it.
//!
//! # Why the fast path is exact
//!
//! Call a scalar *simple* when its Grapheme_Cluster_Break value is Other,
//! Control or LF (never CR, Extend, ZWJ, SpacingMark, Prepend, a Hangul jamo
//! or syllable, or a regional indicator) and it is neither an
//! Indic_Conjunct_Break linker nor extender. Between two adjacent simple
//! scalars UAX #29 always breaks: GB3 needs a CR before, GB6–GB8 Hangul,
//! GB9/GB9a an extender after, GB9b a Prepend before, GB9c/GB11 a linker or
//! ZWJ right before, GB12/GB13 two regional indicators. Such a boundary also
//! stops every look-back rule (GB9c, GB11, GB12/13 look back only through
//! non-simple scalars), so the text on either side can be counted
//! separately. A run of simple scalars therefore counts one per scalar, and
//! only the short stretches around other scalars go to the full segmenter.
//!
//! [`is_simple`] is a handful of ranges, no table; the test
//! `simple_ranges_never_join` checks every scalar in them against
//! unicode-segmentation itself, and `tests/differential.rs` compares whole
//! counts on generated text.

use unicode_segmentation::UnicodeSegmentation;

/// Bytes looked at at once by the word-parallel scan.
const CHUNK: usize = 32;

/// Counts extended grapheme clusters in `text`.
///
/// Scans 32 bytes at a time while they hold only ASCII (no CR) and two-byte
/// UTF-8 up to U+02FF (Latin-1, Latin Extended, IPA, modifier letters): then
/// every scalar is a cluster, and the count is the number of lead bytes.
/// Elsewhere it steps scalar by scalar, and hands each stretch that holds a
/// non-simple scalar — from the simple scalar before it up to the next two
/// adjacent simple scalars — to unicode-segmentation.
pub(crate) fn count(text: &str) -> usize {
    let bytes = text.as_bytes();
    let len = bytes.len();
    let mut n = 0usize;
    let mut i = 0usize;
    // Start of an open stretch that unicode-segmentation must count.
    let mut region: Option<usize> = None;
    // Start of the previous scalar and whether it was simple; at the start
    // of the text there is none, and GB1 breaks there like a simple scalar.
    let mut prev_start = 0usize;
    let mut prev_simple = true;
    while i < len {
        if region.is_none() {
            let from = i;
            while let Some(chunk) = bytes.get(i..i + CHUNK) {
                match plain_scalars(chunk) {
                    Some(k) => {
                        n += k;
                        i += CHUNK;
                    }
                    None => break,
                }
            }
            if i != from {
                // A scalar may straddle the chunk end: its lead byte was
                // counted; step past its continuation bytes.
                prev_start = i - 1;
                while prev_start > 0 && bytes.get(prev_start).is_some_and(|&b| is_continuation(b)) {
                    prev_start -= 1;
                }
                while bytes.get(i).is_some_and(|&b| is_continuation(b)) {
                    i += 1;
                }
                prev_simple = true;
                if i >= len {
                    break;
                }
            }
        }
        // Step scalar by scalar until the end of the next chunk.
        let stop = (i + CHUNK).min(len);
        while i < len && (i < stop || region.is_some()) {
            let (c, width) = decode(bytes, i);
            let simple = is_simple(c);
            match region {
                Some(start) => {
                    if simple && prev_simple {
                        n += segment_count(text, start, i) + 1;
                        region = None;
                    }
                }
                None if simple => n += 1,
                None => {
                    // The previous scalar (counted already) may join this one.
                    if i > 0 {
                        n -= 1;
                        region = Some(prev_start);
                    } else {
                        region = Some(0);
                    }
                }
            }
            prev_start = i;
            prev_simple = simple;
            i += width;
        }
    }
    if let Some(start) = region {
        n += segment_count(text, start, len);
    }
    n
}

/// Clusters in `text[start..end]` by the full UAX #29 rules.
fn segment_count(text: &str, start: usize, end: usize) -> usize {
    text.get(start..end)
        .map_or(0, |s| s.graphemes(true).count())
}

fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

/// If every scalar whose lead byte is in `chunk` is simple and cheap to
/// recognise (ASCII but CR, or a two-byte sequence up to U+02FF), returns how
/// many lead bytes it holds. Word-parallel, so it is fast without SIMD (wasm).
fn plain_scalars(chunk: &[u8]) -> Option<usize> {
    use crate::swar::{word_at, HIGHS, ONES};
    let mut bad = 0u64;
    let mut continuations = 0u64;
    for word in chunk.chunks_exact(8) {
        let w = word_at(word, 0)?;
        // 10xxxxxx: continuation byte.
        continuations += (w & !(w << 1) & HIGHS) >> 7;
        // Lead byte 0xCC..=0xFF: a scalar from U+0300 on.
        bad |= ((w & !HIGHS) + 0x3434_3434_3434_3434) & w & HIGHS;
        // A CR byte (any zero byte of w ^ CR).
        let v = w ^ (ONES * u64::from(b'\r'));
        bad |= v.wrapping_sub(ONES) & !v & HIGHS;
    }
    if bad != 0 {
        return None;
    }
    // Sum the per-byte counts (each at most 4) in the top byte.
    let continuations = (continuations.wrapping_mul(ONES) >> 56) as usize;
    Some(chunk.len() - continuations)
}

/// Decodes the scalar starting at `bytes[i]` (valid UTF-8): (value, width).
fn decode(bytes: &[u8], i: usize) -> (u32, usize) {
    let at = |k: usize| u32::from(bytes.get(i + k).copied().unwrap_or(0) & 0x3F);
    let b0 = u32::from(bytes.get(i).copied().unwrap_or(0));
    if b0 < 0x80 {
        (b0, 1)
    } else if b0 < 0xE0 {
        (((b0 & 0x1F) << 6) | at(1), 2)
    } else if b0 < 0xF0 {
        (((b0 & 0x0F) << 12) | (at(1) << 6) | at(2), 3)
    } else {
        (
            ((b0 & 0x07) << 18) | (at(1) << 12) | (at(2) << 6) | at(3),
            4,
        )
    }
}

/// Whether scalar `c` is simple (see the module docs): a few ranges that
/// cover Latin, Greek, Cyrillic, general punctuation, symbols, CJK ideographs
/// and most emoji. Anything not listed is treated as needing the segmenter,
/// which is always correct, only slower.
fn is_simple(c: u32) -> bool {
    matches!(
        c,
        0x00..=0x0C
            | 0x0E..=0x02FF // ASCII but CR, Latin-1, Latin Extended, IPA, modifier letters
            | 0x0370..=0x0482 // Greek, Cyrillic letters
            | 0x2010..=0x2027 // dashes, quotes, bullet, ellipsis
            | 0x2030..=0x205F // per mille, primes, ‼ ⁉ …
            | 0x2070..=0x20CF // super/subscripts, currency signs (€)
            | 0x2100..=0x2BFF // letterlike, arrows, maths, box drawing, symbols, dingbats
            | 0x3040..=0x3098 // Hiragana
            | 0x309B..=0x30FF // Katakana
            | 0x4E00..=0x9FFF // CJK ideographs
            | 0x1F000..=0x1F1E5 // mahjong, cards, enclosed alphanumerics
            | 0x1F200..=0x1F3FA // enclosed ideographs, pictographs before skin tones
            | 0x1F400..=0x1FAFF // pictographs, emoticons, symbols
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reference cases: (text, clusters). Each is checked against
    /// unicode-segmentation as well as the literal number.
    const CASES: &[(&str, usize)] = &[
        ("", 0),
        ("abc", 3),
        ("å", 1),
        ("a\u{30A}", 1),                 // NFD å
        ("👩🏻‍🚀", 1),                       // ZWJ sequence with skin tone
        ("👨‍👩‍👧‍👦", 1),                       // family
        ("🇸🇪🇳🇴", 2),                     // two flags
        ("🇸🇪🇳", 2),                      // flag + lone regional indicator
        ("1️⃣", 1),                       // keycap
        ("👍🏽", 1),                       // skin tone
        ("e\u{301}\u{302}", 1),          // stacked combining marks
        ("한국어", 3),                   // precomposed Hangul
        ("\u{1100}\u{1161}\u{11A8}", 1), // conjoining jamo L V T
        ("\r\n", 1),
        ("\n\r", 2),
        ("\r\r\n", 2),
        ("a\r\nb", 3),
        ("क्षि", 1), // Devanagari conjunct (UAX #29 15.1+)
        ("cat😹", 4),
        ("\u{200B}", 1),
        ("\u{FEFF}x", 2),
        // Long enough to go through the 32-byte scan, with the special
        // scalar at and across chunk edges.
        ("Vi har samverkat med länets kommuner och regioner.", 50),
        ("0123456789abcdefghijklmnopqrstu\u{301}vwxyz", 36),
        (
            "0123456789abcdefghijklmnopqrstu\r\nxyz0123456789abcdefghijklmnop",
            61,
        ),
        (
            "0123456789abcdefghijklmnopqrstuå\u{30A}0123456789abcdefghijklmnopqrstuv",
            64,
        ),
        (
            "0123456789abcdefghijklmnopqrstuvwxyz🇸🇪🇸🇪🇸0123456789abcdefghijklmnopqrstuv",
            71,
        ),
    ];

    #[test]
    fn count_matches_reference_cases() {
        for &(text, want) in CASES {
            assert_eq!(
                count(text),
                want,
                "text {:?}",
                text.escape_unicode().to_string()
            );
            assert_eq!(
                text.graphemes(true).count(),
                want,
                "reference {:?}",
                text.escape_unicode().to_string()
            );
        }
    }

    /// Every scalar [`is_simple`] accepts breaks from its neighbours in each
    /// context that could join it (see the module docs), asked of
    /// unicode-segmentation itself; so the ranges can never drift from the
    /// Unicode version it implements.
    #[test]
    fn simple_ranges_never_join() {
        let probes: &[(&str, &str)] = &[
            ("a", ""),                     // c is not Extend, ZWJ or SpacingMark
            ("", "a"),                     // c is not Prepend
            ("", "\n"),                    // c is not CR
            ("\u{1100}", ""),              // not V, L, LV, LVT after a leading jamo
            ("", "\u{1161}"),              // not L, LV, V before a vowel jamo
            ("", "\u{11A8}"),              // not LV, LVT, V, T before a trailing jamo
            ("\u{1F1F8}", ""),             // not a regional indicator
            ("\u{915}\u{94D}", "\u{915}"), // not an InCB linker or extender
        ];
        let mut checked = 0;
        for c in (0..=0x10FFFFu32)
            .filter(|&c| is_simple(c))
            .filter_map(char::from_u32)
        {
            let mut pair = String::new();
            pair.push(c);
            pair.push(c);
            assert_eq!(
                pair.graphemes(true).count(),
                2,
                "{:?} joins itself",
                c.escape_unicode().to_string()
            );
            for (before, after) in probes {
                let text = format!("{before}{c}{after}");
                let want = before.graphemes(true).count() + 1 + after.graphemes(true).count();
                assert_eq!(
                    text.graphemes(true).count(),
                    want,
                    "{:?}",
                    text.escape_unicode().to_string()
                );
            }
            checked += 1;
        }
        assert!(checked > 25_000, "only {checked} simple scalars");
    }

    #[test]
    fn plain_scalars_counts_lead_bytes_and_rejects_the_rest() {
        let ascii = [b'a'; CHUNK];
        assert_eq!(plain_scalars(&ascii), Some(CHUNK));
        let swedish = "åäöÅÄÖabcdefghijklmnopqrst"; // 6 × 2 + 20 = 32 bytes
        assert_eq!(plain_scalars(swedish.as_bytes()), Some(26));
        let mut cr = ascii;
        cr[31] = b'\r';
        assert_eq!(plain_scalars(&cr), None);
        let dash = "abcdefghijklmnopqrstuvwxyz01234–"; // 29 + 3 bytes
        assert_eq!(plain_scalars(&dash.as_bytes()[..CHUNK]), None);
        let mut mark = ascii;
        mark[0] = 0xCC; // lead byte of U+0300..U+033F
        assert_eq!(plain_scalars(&mark), None);
    }
}
