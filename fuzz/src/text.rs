//! Fuzz target `text`, and the invariants of counting and cleaning a text.

#[allow(unused_imports)]
use super::*;

/// Counts and normalizes arbitrary text (lossily decoded bytes; the first
/// byte picks where to split it). Asserts: the default count equals
/// unicode-segmentation's, is at most the code points; every policy counts
/// without panicking; a concatenation counts within 1 of the sum; normalize
/// only deletes, is idempotent, and changes exactly what `scan` reports.
pub fn text(data: &[u8]) {
    let (split, rest) = match data.split_first() {
        Some((s, r)) => (usize::from(*s), r),
        None => (0, data),
    };
    let text = String::from_utf8_lossy(rest);
    let text = text.as_ref();
    assert_text_invariants(text);

    let mut at = if text.is_empty() {
        0
    } else {
        split * text.len() / 256
    };
    while !text.is_char_boundary(at) {
        at += 1;
    }
    let (a, b) = text.split_at(at);
    assert_concatenation(a, b);
    let n64 = u64::try_from(count_default(text)).unwrap_or(u64::MAX);
    assert!(!format_number(n64, Lang::Sv).is_empty());
}

/// The per-text invariants of [`text`], for one whole text.
pub fn assert_text_invariants(text: &str) {
    let n = count_default(text);
    assert_eq!(
        n,
        text.graphemes(true).count(),
        "count equals unicode-segmentation on {text:?}"
    );
    assert!(
        n <= count_code_points(text),
        "count ≤ code points on {text:?}"
    );
    assert!(count_code_points(text) <= count_utf16(text));
    for unit in [Unit::Grapheme, Unit::CodePoint, Unit::Utf16] {
        for line_break in 0..=2 {
            let _ = count(text, &Policy { unit, line_break });
        }
    }
    assert_eq!(
        count(text, &Policy::default()),
        n,
        "the default policy is the default count"
    );

    let once = normalize(text);
    assert!(
        is_subsequence(&once.text, text),
        "normalize only deletes: {text:?} -> {:?}",
        once.text
    );
    let twice = normalize(&once.text);
    assert_eq!(twice.text, once.text, "normalize is idempotent on {text:?}");
    assert!(
        twice.changes.is_empty(),
        "a normalized text needs no change: {:?}",
        twice.changes
    );
    assert_eq!(
        once.changes.is_empty(),
        once.text == text,
        "changes are reported iff the text changed"
    );
    assert_eq!(
        scan(text).is_empty(),
        once.changes.is_empty(),
        "scan flags exactly what normalize changes: {text:?}"
    );
    assert!(
        scan(&once.text).is_empty(),
        "nothing left to flag after normalize: {:?}",
        once.text
    );
}

/// How the count of `a + b` relates to the counts of its parts: exactly
/// their sum when the join is a cluster boundary of `a + b`; otherwise at
/// most the sum and at least the sum minus 2. The join can merge 2 clusters,
/// not just 1, when `b` starts inside a cluster: "👩" + "\u{200D}🚀" (the
/// lone ZWJ is a cluster of `b`, and 🚀 joins across it: 1 + 2 -> 1), and
/// the Devanagari conjunct "क" + "\u{94D}षि" (UAX #29 rule GB9c).
pub fn assert_concatenation(a: &str, b: &str) {
    let ab = format!("{a}{b}");
    let (n, na, nb) = (count_default(&ab), count_default(a), count_default(b));
    let at_boundary =
        ab.grapheme_indices(true).any(|(i, _)| i == a.len()) || a.is_empty() || b.is_empty();
    if at_boundary {
        assert_eq!(
            n,
            na + nb,
            "count({a:?} + {b:?}) joined at a cluster boundary"
        );
    } else {
        assert!(
            n <= na + nb && n + 2 >= na + nb,
            "count({a:?} + {b:?}) = {n}, parts {na} + {nb}"
        );
    }
}

/// Returns true if and only if `small`'s chars appear in `big` in order.
pub fn is_subsequence(small: &str, big: &str) -> bool {
    let mut big = big.chars();
    small.chars().all(|c| big.by_ref().any(|b| b == c))
}
