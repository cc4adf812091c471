//! `formkoll normalize FILE --list`: each proposed change on a line of its
//! own, where it is and what it does, with a little of the text around it:
//!
//! ```text
//! 1:3: hygiene.pdf_spacing: « » → «»  fö[ ]r alla
//! 2:8: hygiene.zero_width: «<U+200B>» → «»  …ett ord[<U+200B>]…
//! ```
//!
//! `LINE:COL` is where the change starts, both from 1; COL counts characters
//! (Unicode scalar values) from the start of the line; LF, CRLF and a lone
//! CR each end a line. After two spaces comes the context: up to
//! [`CONTEXT`] characters on each side, `…` where it was cut, the changed
//! text in `[…]`. Characters a terminal would not show (line breaks, tabs,
//! controls, invisible characters) are written `\n`, `\r`, `\t` or
//! `<U+XXXX>`, in the change and in the context alike.

use crate::prelude::*;

use crate::Fix;

use super::digits;

/// How many characters of context each side of a change shows at most.
pub(crate) const CONTEXT: usize = 20;

/// The lines of `--list` for `fixes` of `text`, each ending in `\n`.
pub(crate) fn list(text: &str, fixes: &[Fix]) -> String {
    let mut out = String::new();
    // The line and column reached, and the byte offset they are for.
    let (mut at, mut line, mut col) = (0usize, 1u64, 1u64);
    let mut after_cr = false;
    for f in fixes {
        if f.start < at {
            (at, line, col, after_cr) = (0, 1, 1, false);
        }
        for c in text.get(at..f.start).unwrap_or("").chars() {
            match c {
                '\n' if after_cr => {}
                '\n' | '\r' => (line, col) = (line + 1, 1),
                _ => col += 1,
            }
            after_cr = c == '\r';
        }
        at = f.start;
        out.push_str(&digits(line));
        out.push(':');
        out.push_str(&digits(col));
        out.push_str(": ");
        out.push_str(f.code.as_str());
        out.push_str(": «");
        escaped(&mut out, &f.before);
        out.push_str("» → «");
        escaped(&mut out, &f.after);
        out.push_str("»  ");
        context(&mut out, text, f);
        out.push('\n');
    }
    out
}

/// `…before[change]after…` for one fix.
fn context(out: &mut String, text: &str, f: &Fix) {
    let before = text.get(..f.start).unwrap_or("");
    let after = text.get(f.end..).unwrap_or("");
    let start = before
        .char_indices()
        .rev()
        .nth(CONTEXT - 1)
        .map_or(0, |(i, _)| i);
    if start > 0 {
        out.push('…');
    }
    escaped(out, before.get(start..).unwrap_or(""));
    out.push('[');
    escaped(out, &f.before);
    out.push(']');
    let end = after
        .char_indices()
        .nth(CONTEXT)
        .map_or(after.len(), |(i, _)| i);
    escaped(out, after.get(..end).unwrap_or(""));
    if end < after.len() {
        out.push('…');
    }
}

/// `s` with what a terminal would not show written visibly.
fn escaped(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            ' ' => out.push(' '),
            c if c.is_control() || crate::hygiene::shows_nothing(c) => {
                out.push_str("<U+");
                let hex = u32::from(c);
                let width = if hex > 0xFFFF { 5 } else { 4 };
                for k in (0..width).rev() {
                    let d = (hex >> (4 * k)) & 0xF;
                    out.push(char::from_digit(d, 16).map_or('?', |d| d.to_ascii_uppercase()));
                }
                out.push('>');
            }
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixes;

    fn listed(text: &str) -> String {
        list(text, &fixes(text))
    }

    #[test]
    fn list_lines_columns_and_context() {
        assert_eq!(
            listed("fö r alla"),
            "1:3: hygiene.pdf_spacing: « » → «»  fö[ ]r alla\n"
        );
        // Columns count characters; CRLF, LF and CR each end a line.
        assert_eq!(
            listed("å\r\nä\nö\rett ord\u{200B}"),
            "4:8: hygiene.zero_width: «<U+200B>» → «»  å\\r\\nä\\nö\\rett ord[<U+200B>]\n"
        );
        // Long text around: cut to 20 characters each side.
        let text = "Det här är en lång mening som fö r oss vidare till nästa ord och mer.";
        assert_eq!(
            listed(text),
            "1:33: hygiene.pdf_spacing: « » → «»  …n lång mening som fö[ ]r oss vidare till nä…\n"
        );
        assert_eq!(listed("ren text"), "");
    }

    #[test]
    fn list_blank_lines_and_astral_characters() {
        let text = "😀\n\n\n\nslut \n";
        assert_eq!(
            listed(text),
            "3:1: hygiene.blank_lines: «\\n\\n» → «»  😀\\n\\n[\\n\\n]slut \\n\n\
             5:5: hygiene.trailing_whitespace: « » → «»  😀\\n\\n\\n\\nslut[ ]\\n\n"
        );
    }
}
