//! Eight bytes at a time in a `u64` ("SIMD within a register"): the few
//! word tests the text scans share. There is no SIMD in the wasm build, so
//! these are how a scan skips ordinary text quickly there as well as natively.
//!
//! The zero-byte test (`x - 0x01… & !x & 0x80…`) can only err towards true
//! for the bytes above a real hit, so every "may have" below is never false
//! when the byte is there; callers then look at the eight bytes one by one.

/// 0x01 in every byte.
pub(crate) const ONES: u64 = 0x0101_0101_0101_0101;
/// 0x80 in every byte.
pub(crate) const HIGHS: u64 = 0x8080_8080_8080_8080;

/// The eight bytes from `at`, little-endian, if there are eight.
// A conversion, not `copy_from_slice`: at opt-level "z" the latter stays a
// call, once per word (it made counting 1.6x slower in wasm).
#[inline(always)]
pub(crate) fn word_at(bytes: &[u8], at: usize) -> Option<u64> {
    let chunk = bytes.get(at..at.checked_add(8)?)?;
    <[u8; 8]>::try_from(chunk).ok().map(u64::from_le_bytes)
}

/// True if some byte of `word` may be `b` (never false when one is).
#[inline(always)]
pub(crate) fn may_have_byte(word: u64, b: u8) -> bool {
    let x = word ^ (ONES * u64::from(b));
    x.wrapping_sub(ONES) & !x & HIGHS != 0
}

/// True if some byte of `word` may be below `n` (never false when one is),
/// for `n` up to 0x80.
#[inline(always)]
pub(crate) fn may_have_byte_below(word: u64, n: u8) -> bool {
    word.wrapping_sub(ONES * u64::from(n)) & !word & HIGHS != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_tests_never_miss_a_byte_in_any_lane() {
        for lane in 0..8 {
            for b in 0..=255u8 {
                for fill in [0x00, 0x20, 0x61, 0x7F, 0x80, 0xC3, 0xFF] {
                    let mut w = [fill; 8];
                    w[lane] = b;
                    let word = u64::from_le_bytes(w);
                    assert!(may_have_byte(word, b), "{b:#x} in lane {lane} of {fill:#x}");
                    if b < 0x20 {
                        assert!(may_have_byte_below(word, 0x20), "{b:#x} in lane {lane}");
                    }
                }
                // No false answer for a word of one other byte.
                let other = [b.wrapping_add(1); 8];
                assert!(!may_have_byte(u64::from_le_bytes(other), b));
            }
        }
        assert!(!may_have_byte_below(u64::from_le_bytes(*b"abcdefgh"), 0x20));
        assert_eq!(
            word_at(b"0123456789", 2),
            Some(u64::from_le_bytes(*b"23456789"))
        );
        assert_eq!(word_at(b"0123456789", 3), None);
        assert_eq!(word_at(b"", usize::MAX), None);
    }
}
