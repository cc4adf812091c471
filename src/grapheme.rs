//! The grapheme-cluster counter behind every count.
//!
//! Results are exactly those of unicode-segmentation's
//! `graphemes(true).count()` (extended clusters, UAX #29); this module only
//! avoids the full segmenter where the answer is known without it.

use unicode_segmentation::UnicodeSegmentation;

/// Counts extended grapheme clusters in `text`.
///
/// In ASCII text every byte is its own cluster except a CR directly followed
/// by LF, which UAX #29 joins into one; that case needs no segmenter.
pub(crate) fn count(text: &str) -> usize {
    if text.is_ascii() {
        return text.len() - text.as_bytes().windows(2).filter(|w| w == b"\r\n").count();
    }
    text.graphemes(true).count()
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
        ("a\u{30A}", 1),                       // NFD å
        ("👩🏻‍🚀", 1),                             // ZWJ sequence with skin tone
        ("👨‍👩‍👧‍👦", 1),                             // family
        ("🇸🇪🇳🇴", 2),                            // two flags
        ("🇸🇪🇳", 2),                             // flag + lone regional indicator
        ("1️⃣", 1),                              // keycap
        ("👍🏽", 1),                               // skin tone
        ("e\u{301}\u{302}", 1),               // stacked combining marks
        ("한국어", 3),                         // precomposed Hangul
        ("\u{1100}\u{1161}\u{11A8}", 1),      // conjoining jamo L V T
        ("\r\n", 1),
        ("\n\r", 2),
        ("\r\r\n", 2),
        ("a\r\nb", 3),
        ("क्षि", 1),                            // Devanagari conjunct (UAX #29 15.1+)
        ("cat😹", 4),
        ("\u{200B}", 1),
        ("\u{FEFF}x", 2),
    ];

    #[test]
    fn count_matches_reference_cases() {
        for &(text, want) in CASES {
            assert_eq!(count(text), want, "text {:?}", text.escape_unicode().to_string());
            assert_eq!(text.graphemes(true).count(), want, "reference {:?}", text.escape_unicode().to_string());
        }
    }
}
