//! The two line rules: whitespace before a line break, and runs of blank
//! lines. Both only act at line breaks, which are rare in prose (22 in the
//! 8 240 bytes of answer 3.1 of the real report), so they jump from break to
//! break — eight bytes at a time in between — instead of testing every byte:
//! they run on every keystroke, and in wasm a byte-at-a-time walk of that
//! answer cost about 30 µs.

use crate::prelude::*;
use crate::swar;
use core::ops::Range;

fn is_line_break(b: u8) -> bool {
    b == b'\n' || b == b'\r'
}

/// The offset of the first LF or CR at or after `from`.
fn next_line_break(bytes: &[u8], mut from: usize) -> Option<usize> {
    while let Some(word) = swar::word_at(bytes, from) {
        if swar::may_have_byte(word, b'\n') || swar::may_have_byte(word, b'\r') {
            let chunk = bytes.get(from..from + 8).unwrap_or_default();
            if let Some(p) = chunk.iter().position(|&b| is_line_break(b)) {
                return Some(from + p);
            }
        }
        from += 8;
    }
    bytes
        .get(from..)?
        .iter()
        .position(|&b| is_line_break(b))
        .map(|p| from + p)
}

/// Spaces and tabs directly before a line break.
pub(super) fn trailing_whitespace(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = next_line_break(bytes, from) {
        let before = bytes.get(..i).unwrap_or_default();
        let start = i - before
            .iter()
            .rev()
            .take_while(|&&c| matches!(c, b' ' | b'\t'))
            .count();
        if start < i && out.last().map_or(true, |r: &Range<usize>| r.end <= start) {
            out.push(start..i);
        }
        from = i + 1;
    }
    out
}

/// Runs of three or more line breaks (two or more blank lines): everything
/// after the second break of a run, whitespace-only lines included.
pub(super) fn blank_lines(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = next_line_break(bytes, from) {
        // Walk a run of line breaks and blank (space/tab) lines.
        let mut breaks = 0;
        let mut end_of_second = i;
        let mut j = i;
        let mut last_break_end = i;
        while let Some(&c) = bytes.get(j) {
            match c {
                b'\r' | b'\n' => {
                    let len = if c == b'\r' && bytes.get(j + 1) == Some(&b'\n') {
                        2
                    } else {
                        1
                    };
                    breaks += 1;
                    j += len;
                    last_break_end = j;
                    if breaks == 2 {
                        end_of_second = j;
                    }
                }
                b' ' | b'\t' => j += 1,
                _ => break,
            }
        }
        if breaks >= 3 {
            out.push(end_of_second..last_break_end);
        }
        from = last_break_end.max(i + 1);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rules as they were written before the jumps: every byte tested.
    fn trailing_whitespace_bytewise(text: &str) -> Vec<Range<usize>> {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        for (i, &b) in bytes.iter().enumerate() {
            if is_line_break(b) {
                let start = i - bytes[..i]
                    .iter()
                    .rev()
                    .take_while(|&&c| matches!(c, b' ' | b'\t'))
                    .count();
                if start < i && out.last().map_or(true, |r: &Range<usize>| r.end <= start) {
                    out.push(start..i);
                }
            }
        }
        out
    }

    fn blank_lines_bytewise(text: &str) -> Vec<Range<usize>> {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            if !is_line_break(b) {
                i += 1;
                continue;
            }
            let (mut breaks, mut end_of_second, mut j, mut last_break_end) = (0, i, i, i);
            while let Some(&c) = bytes.get(j) {
                match c {
                    b'\r' | b'\n' => {
                        j += if c == b'\r' && bytes.get(j + 1) == Some(&b'\n') {
                            2
                        } else {
                            1
                        };
                        breaks += 1;
                        last_break_end = j;
                        if breaks == 2 {
                            end_of_second = j;
                        }
                    }
                    b' ' | b'\t' => j += 1,
                    _ => break,
                }
            }
            if breaks >= 3 {
                out.push(end_of_second..last_break_end);
            }
            i = last_break_end.max(i + 1);
        }
        out
    }

    #[test]
    fn line_break_search_finds_every_break_at_every_offset() {
        // Every byte value next to a break and at each of the 8 lanes, so a
        // lane the word test misses, or a near value (0x0B, 0x8A, 0x0C), shows.
        for len in 0..40 {
            for at in 0..len {
                for other in [b'a', 0x0B, 0x0C, 0x8A, 0x8D, 0x00, 0xFF, 0x09] {
                    for brk in [b'\n', b'\r'] {
                        let mut bytes = vec![other; len];
                        bytes[at] = brk;
                        assert_eq!(next_line_break(&bytes, 0), Some(at), "{len} {at} {other}");
                        assert_eq!(next_line_break(&bytes, at + 1), None);
                    }
                }
            }
            assert_eq!(next_line_break(&vec![0x0B; len], 0), None);
        }
    }

    #[test]
    fn line_rules_equal_the_bytewise_rules() {
        let pieces = [
            "a", "ord", " ", "\t", "\n", "\r", "\r\n", "  \n", "å", "\u{a0}", "x y",
        ];
        let mut gen = crate::test_gen::Xorshift(0x2545_f491_4f6c_dd1d);
        let mut nonempty = [0; 2];
        for case in 0..20_000 {
            let text = gen.pick(&pieces, 39).concat();
            let (t, b) = (trailing_whitespace(&text), blank_lines(&text));
            assert_eq!(
                t,
                trailing_whitespace_bytewise(&text),
                "case {case}: {text:?}"
            );
            assert_eq!(b, blank_lines_bytewise(&text), "case {case}: {text:?}");
            nonempty[0] += usize::from(!t.is_empty());
            nonempty[1] += usize::from(!b.is_empty());
        }
        assert!(nonempty.iter().all(|&n| n > 1_000), "{nonempty:?}");
        let report = include_str!("../../tests/fixtures/jamtland-2024.json");
        for text in [
            report,
            &report.replace("\\n", "\n"),
            &report.replace("\\n", "\r\n  \n"),
        ] {
            assert_eq!(
                trailing_whitespace(text),
                trailing_whitespace_bytewise(text)
            );
            assert_eq!(blank_lines(text), blank_lines_bytewise(text));
        }
    }
}
