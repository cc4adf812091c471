//! Fixes as data: every change [`normalize`](super::normalize) would make,
//! one by one, in byte offsets of the text as given — so that a person can
//! review them and apply only those they want.
//!
//! `normalize` repeats its rule passes until nothing changes; a later pass
//! sees the text the earlier ones left. [`fixes`] runs the same passes and
//! maps each pass's deletions back to the original text; a deletion that
//! spans earlier ones (trailing spaces around a removed zero-width space)
//! becomes one fix that holds them all. `normalize` is these fixes applied.

use crate::prelude::*;

use core::ops::Range;

use super::{Occurrences, RULES};
use crate::finding::FindingCode;

/// One proposed change: replace `text[start..end]` (byte offsets in the text
/// as given) by `after`.
///
/// Every rule today only deletes, so `after` is empty; `code` is the hygiene
/// finding the change answers.
///
/// # Example
///
/// This shows the fix for a word split by a PDF copy.
///
/// ```
/// use formkoll::{fixes, Fix, FindingCode};
/// let found = fixes("fö r");
/// assert_eq!(
///     found,
///     [Fix { start: 3, end: 4, before: " ".into(), after: "".into(), code: FindingCode::HygienePdfSpacing }]
/// );
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fix {
    /// Where the change starts (byte offset, inclusive).
    pub start: usize,
    /// Where the change ends (byte offset, exclusive).
    pub end: usize,
    /// The text the change replaces: `text[start..end]`.
    pub before: String,
    /// The text that replaces it.
    pub after: String,
    /// The hygiene finding the change answers.
    pub code: FindingCode,
}

/// Every change [`normalize`](super::normalize) would make, in byte offsets
/// of `text`, sorted and non-overlapping (two fixes may touch).
///
/// `normalize(text).text == apply_fixes(text, &fixes(text))` for every text.
/// A fix that a later pass made around earlier ones carries the later
/// pass's code.
///
/// # Example
///
/// This shows each change of a damaged sentence, then all of them applied.
///
/// ```
/// use formkoll::{apply_fixes, fixes, normalize};
/// let text = "utveck- ling\u{200B} fö r alla";
/// let found = fixes(text);
/// let codes: Vec<_> = found.iter().map(|f| (f.code.as_str(), f.before.as_str())).collect();
/// assert_eq!(
///     codes,
///     [("hygiene.pdf_hyphenation", "- "), ("hygiene.zero_width", "\u{200B}"), ("hygiene.pdf_spacing", " ")]
/// );
/// assert_eq!(apply_fixes(text, &found), normalize(text).text);
/// assert_eq!(apply_fixes(text, &found), "utveckling för alla");
/// ```
pub fn fixes(text: &str) -> Vec<Fix> {
    passes(text).0
}

/// Applies `fixes` — any subset of [`fixes`]`(text)`, sorted — to `text`.
///
/// A fix that does not fit (out of range, overlapping the one before, not on
/// a character boundary, or whose `before` is not what `text` holds there)
/// is skipped, so applying never garbles the text.
///
/// # Example
///
/// This shows applying only the second of two proposed changes.
///
/// ```
/// use formkoll::{apply_fixes, fixes};
/// let text = "fö r må l";
/// let found = fixes(text);
/// assert_eq!(found.len(), 2);
/// assert_eq!(apply_fixes(text, &found[1..]), "fö r mål");
/// assert_eq!(apply_fixes(text, &found), "för mål");
/// ```
pub fn apply_fixes(text: &str, fixes: &[Fix]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for f in fixes {
        if f.start < at || text.get(f.start..f.end) != Some(f.before.as_str()) {
            continue;
        }
        out.push_str(text.get(at..f.start).unwrap_or(""));
        out.push_str(&f.after);
        at = f.end;
    }
    out.push_str(text.get(at..).unwrap_or(""));
    out
}

/// A fix with its offsets in UTF-16 code units, as JavaScript counts them
/// (`textarea.setRangeText(fix.after, fix.start, fix.end)`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub(crate) struct Utf16Fix<'a> {
    /// `fix.start` in UTF-16 code units.
    pub(crate) start: u64,
    /// `fix.end` in UTF-16 code units.
    pub(crate) end: u64,
    /// `fix.before`.
    pub(crate) before: &'a str,
    /// `fix.after`.
    pub(crate) after: &'a str,
    /// `fix.code`.
    pub(crate) code: FindingCode,
}

/// `fixes` (sorted, as [`fixes`] gives them) with their byte offsets of
/// `text` converted to UTF-16 code units, in one walk over the text: the one
/// place the bindings and the DOM enhancer get JavaScript offsets from.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub(crate) fn in_utf16<'a>(text: &str, fixes: &'a [Fix]) -> Vec<Utf16Fix<'a>> {
    let mut out = Vec::with_capacity(fixes.len());
    // The byte offset reached and its UTF-16 offset.
    let (mut byte, mut unit) = (0usize, 0u64);
    let mut to_unit = |target: usize| {
        if target < byte {
            // Not sorted: count from the start again.
            (byte, unit) = (0, 0);
        }
        let part = text.get(byte..target).unwrap_or("");
        unit += part.chars().map(|c| c.len_utf16() as u64).sum::<u64>();
        byte = target;
        unit
    };
    for fix in fixes {
        let start = to_unit(fix.start);
        let end = to_unit(fix.end);
        out.push(Utf16Fix {
            start,
            end,
            before: &fix.before,
            after: &fix.after,
            code: fix.code,
        });
    }
    out
}

/// The passes of `normalize`: the fixes in original offsets, how many
/// ranges each rule deleted over all passes (what `Normalized::changes`
/// reports, in the order the rules first found something), and the text the
/// passes left (the tests hold the fixes applied to it).
pub(super) fn passes(text: &str) -> (Vec<Fix>, Vec<Occurrences>, String) {
    let mut current = text.to_string();
    let mut done: Vec<Fix> = Vec::new();
    let mut changes: Vec<Occurrences> = Vec::new();
    // Each pass only deletes, so the text shrinks until a pass changes nothing.
    loop {
        let mut changed = false;
        for (code, find) in RULES {
            let ranges = deletable(find(&current));
            if ranges.is_empty() {
                continue;
            }
            changed = true;
            match changes.iter_mut().find(|o| o.code == *code) {
                Some(o) => o.count += ranges.len() as u64,
                None => changes.push(Occurrences {
                    code: *code,
                    count: ranges.len() as u64,
                }),
            }
            current = delete(&current, &ranges);
            done = map_back(text, done, &ranges, *code);
        }
        if !changed {
            break;
        }
    }
    (done, changes, current)
}

/// The ranges a pass deletes: sorted, non-overlapping, non-empty (a range
/// that starts inside the one before is dropped, as it always was).
fn deletable(ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    let mut at = 0;
    ranges
        .into_iter()
        .filter(|r| {
            let keep = r.start >= at && r.start < r.end;
            if keep {
                at = r.end;
            }
            keep
        })
        .collect()
}

/// Deletes sorted, non-overlapping byte ranges from `text`.
fn delete(text: &str, ranges: &[Range<usize>]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for r in ranges {
        out.push_str(text.get(at..r.start).unwrap_or(""));
        at = r.end;
    }
    out.push_str(text.get(at..).unwrap_or(""));
    out
}

/// Adds one pass's deletions (`ranges`, in offsets of the text the earlier
/// fixes `done` left) to `done`, in offsets of `original`.
///
/// A current offset maps to the original one by adding the length of every
/// earlier deletion before it. A range's start maps past an earlier deletion
/// at the same place and its end stops before one, so a range only takes in
/// the earlier deletions strictly inside it, which become part of its fix.
fn map_back(
    original: &str,
    done: Vec<Fix>,
    ranges: &[Range<usize>],
    code: FindingCode,
) -> Vec<Fix> {
    let mut out = Vec::with_capacity(done.len() + ranges.len());
    let mut earlier = done.into_iter().peekable();
    // The bytes deleted by the earlier fixes taken so far.
    let mut shift = 0;
    for r in ranges {
        while let Some(f) = earlier.next_if(|f| f.start <= r.start + shift) {
            shift += f.end - f.start;
            out.push(f);
        }
        let start = r.start + shift;
        while let Some(f) = earlier.next_if(|f| f.start < r.end + shift) {
            shift += f.end - f.start;
        }
        let end = r.end + shift;
        out.push(Fix {
            start,
            end,
            before: original.get(start..end).unwrap_or("").to_string(),
            after: String::new(),
            code,
        });
    }
    out.extend(earlier);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hygiene::normalize;

    /// The invariant and what a subset must keep, on one text.
    fn holds(text: &str) {
        let (found, _, passed) = passes(text);
        assert_eq!(apply_fixes(text, &found), passed, "{text:?}");
        assert_eq!(normalize(text).text, passed, "{text:?}");
        for w in found.windows(2) {
            assert!(w[0].end <= w[1].start, "{text:?}: {found:?}");
        }
        for f in &found {
            assert!(f.start < f.end, "{text:?}: {f:?}");
            assert_eq!(text.get(f.start..f.end), Some(f.before.as_str()));
        }
        // Every other fix, and each one alone: what is not applied is kept.
        for k in 0..2 {
            let some: Vec<Fix> = found.iter().skip(k).step_by(2).cloned().collect();
            let applied = apply_fixes(text, &some);
            let removed: usize = some.iter().map(|f| f.end - f.start).sum();
            assert_eq!(applied.len(), text.len() - removed, "{text:?}");
        }
    }

    #[test]
    fn fixes_equal_the_passes_on_generated_texts() {
        let pieces = [
            "a",
            "ord ",
            " ",
            "  ",
            "\t",
            "\n",
            "\r\n",
            "\u{200B}",
            "\u{FEFF}",
            "\u{AD}",
            "\u{7}",
            "\u{A0}",
            "fö",
            "r",
            "ä r",
            "må l",
            "utveck-",
            "- ",
            "-\n",
            "ling",
            "å",
            "x",
            "natur- kultur- och",
            "Fö retaget",
            "\u{2060}",
        ];
        let merged = crate::test_gen::count_cases(crate::test_gen::SEED, 20_000, |_, gen| {
            let text = gen.pick(&pieces, 25).concat();
            holds(&text);
            fixes(&text).iter().any(|f| f.before.chars().count() > 2)
        });
        // The generator reaches fixes that took in earlier ones.
        assert!(merged > 100, "{merged}");
    }

    #[test]
    fn fixes_merge_a_later_deletion_around_an_earlier_one() {
        // The zero-width space goes first; then the spaces around it are
        // trailing whitespace: one fix with the later code.
        let text = "rad \u{200B} \nnästa";
        let found = fixes(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].code, FindingCode::HygieneTrailingWhitespace);
        assert_eq!((found[0].start, found[0].end), (3, 8));
        assert_eq!(apply_fixes(text, &found), "rad\nnästa");
        // Touching, not spanning: two fixes.
        let text = "a\u{200B} \nb";
        let codes: Vec<_> = fixes(text).iter().map(|f| f.code).collect();
        assert_eq!(
            codes,
            [
                FindingCode::HygieneZeroWidth,
                FindingCode::HygieneTrailingWhitespace
            ]
        );
    }

    #[test]
    fn in_utf16_counts_code_units_before_each_fix() {
        // Astral characters (emoji, a ZWJ sequence, a flag) are two units,
        // å one, before and between the fixes.
        let text = "😀 fö r 👩\u{200D}🚀\u{200B}x🇸🇪 må l\u{AD}\r\n\r\n\r\n𝔸";
        let found = fixes(text);
        assert_eq!(found.len(), 5, "{found:?}");
        let units = |b: usize| text[..b].encode_utf16().count() as u64;
        let js = in_utf16(text, &found);
        for (u, f) in js.iter().zip(&found) {
            assert_eq!((u.start, u.end), (units(f.start), units(f.end)), "{f:?}");
            assert_eq!(
                (u.before, u.after, u.code),
                (f.before.as_str(), f.after.as_str(), f.code)
            );
        }
        // The first fix is the space of "fö r": after 😀 (2 units) + " fö".
        assert_eq!((js[0].start, js[0].end), (5, 6));
        // Out of order still counts right.
        let back: Vec<Fix> = found.iter().rev().cloned().collect();
        for (u, f) in in_utf16(text, &back).iter().zip(&back) {
            assert_eq!((u.start, u.end), (units(f.start), units(f.end)));
        }
    }

    #[test]
    fn apply_fixes_skips_what_does_not_fit() {
        let text = "fö r må l";
        let mut found = fixes(text);
        found.push(Fix {
            start: 1,
            end: 2,
            before: "x".into(),
            after: String::new(),
            code: FindingCode::HygieneBom,
        });
        found.push(Fix {
            start: 100,
            end: 200,
            before: String::new(),
            after: String::new(),
            code: FindingCode::HygieneBom,
        });
        assert_eq!(apply_fixes(text, &found), "för mål");
        assert_eq!(apply_fixes(text, &[]), text);
    }
}
