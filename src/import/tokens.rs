//! Lines and words of a document, as the importer compares them.
//!
//! A document is compared with the form's texts word by word, folded
//! ([`crate::fold`]: lowercase, NFC and NFD alike), so punctuation, spacing
//! (Word's no-break spaces included) and case do not matter. Digits and
//! letters are separate words ("5.1a" is `5 1 a`, "till.1" is `till 1`), so a
//! number glued to a heading or a footnote mark glued to its last word can
//! be told apart from the words. Checkbox glyphs are words of their own.

use crate::keywords::fold;
use crate::prelude::*;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A run of letters.
    Word,
    /// A run of digits (superscript digits read as digits).
    Num,
    /// A checked box: ☒ ☑ ✓ ✔ ✗ ✘ ⊠ ■.
    On,
    /// An empty box: ☐ □ `[ ]`.
    Off,
    /// The letter x on its own: a checked box when next to an option ("Ja X", "[x] Ja").
    X,
}

/// One token of a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Tok {
    /// The word's index in the form's vocabulary, or [`UNKNOWN`].
    pub id: u32,
    pub kind: Kind,
    /// A single letter, which may be a label ("a)").
    pub letter: bool,
    /// The line (0-based) the token is on.
    pub line: u32,
    /// Byte offsets of the token within its line.
    pub start: u32,
    pub end: u32,
}

/// The id of a word the form never uses.
pub(crate) const UNKNOWN: u32 = u32::MAX;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Letter,
    Digit,
    Ignore,
    On,
    Off,
    Space,
}

fn class(c: char) -> Class {
    match c {
        // Soft hyphen, zero-width characters and the BOM join rather than split.
        '\u{AD}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' => Class::Ignore,
        '0'..='9' | '¹' | '²' | '³' | '\u{2070}' | '\u{2074}'..='\u{2079}' => Class::Digit,
        '☒' | '☑' | '✓' | '✔' | '✗' | '✘' | '⊠' | '■' | '▣' => Class::On,
        '☐' | '□' | '❏' | '❑' => Class::Off,
        // Combining marks stay with their letter; `fold` composes them.
        '\u{300}'..='\u{36F}' => Class::Letter,
        c if c.is_alphabetic() => Class::Letter,
        _ => Class::Space,
    }
}

fn ascii_digit(c: char) -> char {
    match c {
        '¹' => '1',
        '²' => '2',
        '³' => '3',
        '\u{2070}' => '0',
        '\u{2074}'..='\u{2079}' => {
            char::from_u32(c as u32 - 0x2074 + u32::from(b'4')).unwrap_or('0')
        }
        c => c,
    }
}

/// One token as read: its kind, folded text (empty for boxes) and byte range.
pub(crate) struct RawTok {
    pub kind: Kind,
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// Splits `line` into tokens, appending them to `out`.
pub(crate) fn tokenize(line: &str, out: &mut Vec<RawTok>) {
    let mut buf = String::new();
    // The class and start of the run being read.
    let mut run: Option<(Class, usize)> = None;
    let mut run_end = 0;
    let bytes = line.as_bytes();
    let mut skip_to = 0;
    for (i, c) in line.char_indices() {
        if i < skip_to {
            continue;
        }
        let cls = class(c);
        if cls == Class::Ignore {
            continue;
        }
        if matches!(cls, Class::Letter | Class::Digit) {
            if run.map(|(k, _)| k) != Some(cls) {
                flush(&mut buf, &mut run, run_end, out);
                run = Some((cls, i));
            }
            buf.push(if cls == Class::Digit {
                ascii_digit(c)
            } else {
                c
            });
            run_end = i + c.len_utf8();
            continue;
        }
        flush(&mut buf, &mut run, run_end, out);
        let boxed = match cls {
            Class::On => Some((Kind::On, i + c.len_utf8())),
            Class::Off => Some((Kind::Off, i + c.len_utf8())),
            // "[ ]" is an empty box.
            _ if c == '[' => {
                let mut j = i + 1;
                while bytes.get(j) == Some(&b' ') {
                    j += 1;
                }
                (bytes.get(j) == Some(&b']')).then_some((Kind::Off, j + 1))
            }
            _ => None,
        };
        if let Some((kind, end)) = boxed {
            out.push(RawTok {
                kind,
                text: String::new(),
                start: i,
                end,
            });
            skip_to = end;
        }
    }
    flush(&mut buf, &mut run, run_end, out);
}

fn flush(buf: &mut String, run: &mut Option<(Class, usize)>, end: usize, out: &mut Vec<RawTok>) {
    if let Some((cls, start)) = run.take() {
        let (kind, text) = if cls == Class::Letter {
            let folded = fold(buf);
            (if folded == "x" { Kind::X } else { Kind::Word }, folded)
        } else {
            (Kind::Num, buf.clone())
        };
        out.push(RawTok {
            kind,
            text,
            start,
            end,
        });
    }
    buf.clear();
}

/// Splits a document into lines at LF, CRLF, CR, U+2028/U+2029, and Word's
/// manual line break (U+000B) and page break (U+000C); the line texts exclude
/// the line ends.
pub(crate) fn lines(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let is_break = matches!(c, '\n' | '\r' | '\u{B}' | '\u{C}' | '\u{2028}' | '\u{2029}');
        if !is_break {
            continue;
        }
        out.push(text.get(start..i).unwrap_or(""));
        let mut next = i + c.len_utf8();
        if c == '\r' {
            if let Some(&(j, '\n')) = iter.peek() {
                iter.next();
                next = j + 1;
            }
        }
        start = next;
    }
    if start < text.len() || out.is_empty() {
        out.push(text.get(start..).unwrap_or(""));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(line: &str) -> Vec<String> {
        let mut out = Vec::new();
        tokenize(line, &mut out);
        out.into_iter()
            .map(|t| match t.kind {
                Kind::On => "☒".to_string(),
                Kind::Off => "☐".to_string(),
                _ => t.text,
            })
            .collect()
    }

    #[test]
    fn tokens_split_numbers_marks_and_boxes() {
        assert_eq!(
            words("5.1a) Ja ☒ Nej [ ]"),
            ["5", "1", "a", "ja", "☒", "nej", "☐"]
        );
        assert_eq!(words("bidrar till.¹"), ["bidrar", "till", "1"]);
        assert_eq!(
            words("Beskriv\u{A0}hur  det–strate\u{AD}giskt"),
            ["beskriv", "hur", "det", "strategiskt"]
        );
        assert_eq!(words("Ha\u{308}r"), ["här"]);
    }

    #[test]
    fn lines_split_every_line_end() {
        assert_eq!(lines("a\r\nb\rc\nd\u{B}e"), ["a", "b", "c", "d", "e"]);
        assert_eq!(lines("a\n"), ["a"]);
        assert_eq!(lines(""), [""]);
    }
}
