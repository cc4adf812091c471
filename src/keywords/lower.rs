//! Lowercasing without the Unicode case tables (issue 12): `char::to_lowercase`
//! and `str::to_lowercase` bring about 10 KB gzipped of tables and code into the
//! wasm package; Swedish text and the names in it need far fewer.
//!
//! [`lower_char`] is exact — equal to `char::to_lowercase` — on every scalar of
//! the *covered* ranges: U+0000–024F (ASCII, Latin-1, Latin Extended-A and -B),
//! U+0370–03FF (Greek and Coptic), U+0400–052F (Cyrillic and its supplement),
//! U+1E00–1EFF (Latin Extended Additional, with U+1E9E ẞ → ß), and the
//! characters elsewhere that lowercase into them: U+2126 OHM SIGN → ω, U+212A
//! KELVIN SIGN → k, U+212B ANGSTROM SIGN → å, U+2C7E–2C7F → U+023F–0240,
//! U+A7DC → U+019B ƛ. Any other scalar is left as it is: outside those ranges
//! matching is case-sensitive. The unit tests compare it with
//! `char::to_lowercase` on every scalar there is, so a Unicode version that
//! moves a case mapping into or inside the ranges fails them.

use crate::prelude::*;

/// The uppercase scalars above U+00FF in the covered ranges, as runs
/// `(first, last, delta)`: each scalar of the run lowercases to itself plus
/// `delta`. A run with `delta == 1` alternates (upper, lower, upper, …): only
/// `first`, `first + 2`, … move. Sorted by `first`, not overlapping.
const RUNS: &[(u16, u16, i16)] = &[
    (0x0100, 0x012E, 1),
    (0x0132, 0x0136, 1),
    (0x0139, 0x0147, 1),
    (0x014A, 0x0176, 1),
    (0x0178, 0x0178, -121),
    (0x0179, 0x017D, 1),
    (0x0181, 0x0181, 210),
    (0x0182, 0x0184, 1),
    (0x0186, 0x0186, 206),
    (0x0187, 0x0187, 1),
    (0x0189, 0x018A, 205),
    (0x018B, 0x018B, 1),
    (0x018E, 0x018E, 79),
    (0x018F, 0x018F, 202),
    (0x0190, 0x0190, 203),
    (0x0191, 0x0191, 1),
    (0x0193, 0x0193, 205),
    (0x0194, 0x0194, 207),
    (0x0196, 0x0196, 211),
    (0x0197, 0x0197, 209),
    (0x0198, 0x0198, 1),
    (0x019C, 0x019C, 211),
    (0x019D, 0x019D, 213),
    (0x019F, 0x019F, 214),
    (0x01A0, 0x01A4, 1),
    (0x01A6, 0x01A6, 218),
    (0x01A7, 0x01A7, 1),
    (0x01A9, 0x01A9, 218),
    (0x01AC, 0x01AC, 1),
    (0x01AE, 0x01AE, 218),
    (0x01AF, 0x01AF, 1),
    (0x01B1, 0x01B2, 217),
    (0x01B3, 0x01B5, 1),
    (0x01B7, 0x01B7, 219),
    (0x01B8, 0x01B8, 1),
    (0x01BC, 0x01BC, 1),
    (0x01C4, 0x01C4, 2),
    (0x01C5, 0x01C5, 1),
    (0x01C7, 0x01C7, 2),
    (0x01C8, 0x01C8, 1),
    (0x01CA, 0x01CA, 2),
    (0x01CB, 0x01DB, 1),
    (0x01DE, 0x01EE, 1),
    (0x01F1, 0x01F1, 2),
    (0x01F2, 0x01F4, 1),
    (0x01F6, 0x01F6, -97),
    (0x01F7, 0x01F7, -56),
    (0x01F8, 0x021E, 1),
    (0x0220, 0x0220, -130),
    (0x0222, 0x0232, 1),
    (0x023A, 0x023A, 10795),
    (0x023B, 0x023B, 1),
    (0x023D, 0x023D, -163),
    (0x023E, 0x023E, 10792),
    (0x0241, 0x0241, 1),
    (0x0243, 0x0243, -195),
    (0x0244, 0x0244, 69),
    (0x0245, 0x0245, 71),
    (0x0246, 0x024E, 1),
    (0x0370, 0x0372, 1),
    (0x0376, 0x0376, 1),
    (0x037F, 0x037F, 116),
    (0x0386, 0x0386, 38),
    (0x0388, 0x038A, 37),
    (0x038C, 0x038C, 64),
    (0x038E, 0x038F, 63),
    (0x0391, 0x03A1, 32),
    (0x03A3, 0x03AB, 32),
    (0x03CF, 0x03CF, 8),
    (0x03D8, 0x03EE, 1),
    (0x03F4, 0x03F4, -60),
    (0x03F7, 0x03F7, 1),
    (0x03F9, 0x03F9, -7),
    (0x03FA, 0x03FA, 1),
    (0x03FD, 0x03FF, -130),
    (0x0400, 0x040F, 80),
    (0x0410, 0x042F, 32),
    (0x0460, 0x0480, 1),
    (0x048A, 0x04BE, 1),
    (0x04C0, 0x04C0, 15),
    (0x04C1, 0x04CD, 1),
    (0x04D0, 0x052E, 1),
    (0x1E00, 0x1E94, 1),
    (0x1E9E, 0x1E9E, -7615),
    (0x1EA0, 0x1EFE, 1),
    (0x2126, 0x2126, -7517),
    (0x212A, 0x212A, -8383),
    (0x212B, 0x212B, -8262),
    (0x2C7E, 0x2C7F, -10815),
];

/// The lowercase of `c` when it is a single scalar; `c` itself outside the
/// covered ranges (see the module). U+0130 İ, whose lowercase is two scalars
/// ("i" + U+0307), gives its first, "i": [`push_lower`] writes both.
pub(crate) fn lower_char(c: char) -> char {
    let n = u32::from(c);
    if n <= 0xFF {
        // A–Z and À–Þ except × move by 0x20; every other Latin-1
        // character (ß and ÿ included) is its own lowercase.
        let upper = matches!(n, 0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE);
        return if upper {
            char::from_u32(n + 0x20).unwrap_or(c)
        } else {
            c
        };
    }
    // Two outliers the runs cannot hold: a lowercase of two scalars, and a
    // delta beyond i16 (U+A7DC, Unicode 16, lowercases back into Latin
    // Extended-B).
    match n {
        0x130 => return 'i',
        0xA7DC => return '\u{19B}',
        0x2C80.. => return c,
        _ => {}
    }
    let i = RUNS.partition_point(|&(first, _, _)| u32::from(first) <= n);
    let Some(&(first, last, delta)) = i.checked_sub(1).and_then(|i| RUNS.get(i)) else {
        return c;
    };
    if n > u32::from(last) || (delta == 1 && (n - u32::from(first)) % 2 == 1) {
        return c;
    }
    n.checked_add_signed(i32::from(delta))
        .and_then(char::from_u32)
        .unwrap_or(c)
}

/// What follows [`lower_char`] in the lowercase of `c`: U+0307 COMBINING DOT
/// ABOVE for U+0130 İ ("i" + U+0307, as `char::to_lowercase` gives), else
/// nothing. The one scalar in the covered ranges that lowercases to two.
fn dot_after(c: char) -> Option<char> {
    (c == '\u{130}').then_some('\u{307}')
}

/// Appends the lowercase of `c` to `out`: [`lower_char`], then [`dot_after`].
pub(crate) fn push_lower(out: &mut String, c: char) {
    out.push(lower_char(c));
    if let Some(dot) = dot_after(c) {
        out.push(dot);
    }
}

/// `text` lowercased scalar by scalar with [`push_lower`]. Unlike
/// `str::to_lowercase` a final Σ becomes σ (not ς), as `char::to_lowercase`
/// gives, and scalars outside the covered ranges stay as they are.
pub(crate) fn lowercase(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        push_lower(&mut out, c);
    }
    out
}

/// The scalars of `text` lowercased as [`lowercase`] does, without building
/// a string: for comparing a word with a lowercase one.
pub(crate) fn lower_chars(text: &str) -> impl Iterator<Item = char> + '_ {
    text.chars()
        .flat_map(|c| core::iter::once(lower_char(c)).chain(dot_after(c)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The covered ranges, as the module documents them.
    const COVERED: &[(u32, u32)] = &[
        (0x0000, 0x024F),
        (0x0370, 0x03FF),
        (0x0400, 0x052F),
        (0x1E00, 0x1EFF),
        (0x2126, 0x2126),
        (0x212A, 0x212B),
        (0x2C7E, 0x2C7F),
        (0xA7DC, 0xA7DC),
    ];

    fn covered(n: u32) -> bool {
        COVERED.iter().any(|&(a, b)| (a..=b).contains(&n))
    }

    fn ours(c: char) -> String {
        let mut s = String::new();
        push_lower(&mut s, c);
        s
    }

    #[test]
    fn lower_equals_to_lowercase_on_every_covered_scalar() {
        let mut checked = 0;
        for c in COVERED
            .iter()
            .flat_map(|&(a, b)| a..=b)
            .filter_map(char::from_u32)
        {
            let want: String = c.to_lowercase().collect();
            assert_eq!(ours(c), want, "U+{:04X}", u32::from(c));
            checked += 1;
        }
        // Every scalar of the ranges (none is a surrogate).
        assert_eq!(checked, 0x250 + 0x90 + 0x130 + 0x100 + 1 + 2 + 2 + 1);
    }

    #[test]
    fn lower_leaves_every_other_scalar_unchanged() {
        let mut differ = 0;
        for c in (0..=0x10_FFFF)
            .filter(|&n| !covered(n))
            .filter_map(char::from_u32)
        {
            assert_eq!(lower_char(c), c, "U+{:04X}", u32::from(c));
            if !c.to_lowercase().eq([c]) {
                differ += 1;
            }
        }
        // Outside the ranges there are letters `to_lowercase` would change
        // (Armenian, Georgian, fullwidth Latin, …): left as they are.
        assert!(differ > 100, "{differ}");
    }

    #[test]
    fn lower_covers_everything_that_lowercases_into_the_ranges() {
        for c in (0..=0x10_FFFF)
            .filter(|&n| !covered(n))
            .filter_map(char::from_u32)
        {
            let lands = c.to_lowercase().any(|l| l != c && covered(u32::from(l)));
            assert!(
                !lands,
                "U+{:04X} lowercases into a covered range",
                u32::from(c)
            );
        }
    }

    #[test]
    fn lower_runs_are_sorted_and_disjoint() {
        for w in RUNS.windows(2) {
            if let [(_, last, _), (next, _, _)] = w {
                assert!(last < next, "{w:?}");
            }
        }
        assert!(RUNS
            .iter()
            .all(|&(first, last, delta)| first <= last && delta != 0));
    }

    #[test]
    fn lowercase_of_a_string() {
        assert_eq!(
            lowercase("ÅÄÖ İSTANBUL ΟΔΟΣ Москва ẞ \u{212A}"),
            "åäö i\u{307}stanbul οδοσ москва ß k"
        );
        // Outside the ranges: unchanged (Armenian Ա, fullwidth Ａ).
        assert_eq!(lowercase("\u{531}\u{FF21}"), "\u{531}\u{FF21}");
        let text = "ÅÄÖ İSTANBUL \u{212A}\u{531}";
        assert_eq!(lower_chars(text).collect::<String>(), lowercase(text));
    }
}
