//! Text hygiene: invisible characters and copy damage that inflate a count
//! or garble a text — found, and fixed only when a person asks.
//!
//! Every rule finds byte ranges to *delete*; [`scan`] counts them and
//! [`normalize`] removes them. Because a fix only ever deletes, normalizing
//! is repeated until nothing changes, which makes it idempotent. The
//! no-break space ("11 000") is correct Swedish and is never touched.

use std::ops::Range;

use serde::Serialize;

use crate::finding::FindingCode;

/// The rules in the order [`normalize`] applies them.
const RULES: &[(FindingCode, fn(&str) -> Vec<Range<usize>>)] = &[
    (FindingCode::HygieneBom, |t| chars_where(t, |c| c == '\u{FEFF}')),
    (FindingCode::HygieneZeroWidth, |t| chars_where(t, is_zero_width)),
    (FindingCode::HygieneSoftHyphen, |t| chars_where(t, |c| c == '\u{AD}')),
    (FindingCode::HygieneControl, |t| chars_where(t, is_stray_control)),
    (FindingCode::HygienePdfHyphenation, pdf_hyphenation),
    (FindingCode::HygienePdfSpacing, pdf_spacing),
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
    RULES
        .iter()
        .filter_map(|(code, find)| {
            let n = find(text).len() as u64;
            (n > 0).then_some(Occurrences { code: *code, count: n })
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
    let mut current = text.to_string();
    let mut changes: Vec<Occurrences> = Vec::new();
    // Each pass only deletes, so the text shrinks until a pass changes nothing.
    loop {
        let mut changed = false;
        for (code, find) in RULES {
            let ranges = find(&current);
            if ranges.is_empty() {
                continue;
            }
            changed = true;
            match changes.iter_mut().find(|o| o.code == *code) {
                Some(o) => o.count += ranges.len() as u64,
                None => changes.push(Occurrences { code: *code, count: ranges.len() as u64 }),
            }
            current = delete(&current, &ranges);
        }
        if !changed {
            break;
        }
    }
    changes.sort_by_key(|o| RULES.iter().position(|(c, _)| *c == o.code));
    Normalized { text: current, changes }
}

/// Deletes sorted, non-overlapping byte ranges from `text`.
fn delete(text: &str, ranges: &[Range<usize>]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for r in ranges {
        if r.start >= at {
            out.push_str(text.get(at..r.start).unwrap_or(""));
            at = r.end;
        }
    }
    out.push_str(text.get(at..).unwrap_or(""));
    out
}

fn chars_where(text: &str, pred: impl Fn(char) -> bool) -> Vec<Range<usize>> {
    text.char_indices().filter(|&(_, c)| pred(c)).map(|(i, c)| i..i + c.len_utf8()).collect()
}

/// Zero-width characters with no purpose in prose. ZWJ and ZWNJ are kept:
/// they build emoji sequences and are needed in some scripts.
fn is_zero_width(c: char) -> bool {
    matches!(c, '\u{200B}' | '\u{2060}' | '\u{180E}')
}

/// C0 and C1 control characters except tab, LF and CR.
fn is_stray_control(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r')) && c != '\u{AD}'
}

fn is_line_break(b: u8) -> bool {
    b == b'\n' || b == b'\r'
}

/// Spaces and tabs directly before a line break.
fn trailing_whitespace(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if is_line_break(bytes[i]) {
            let mut start = i;
            while start > 0 && matches!(bytes[start - 1], b' ' | b'\t') {
                start -= 1;
            }
            if start < i && out.last().map_or(true, |r: &Range<usize>| r.end <= start) {
                out.push(start..i);
            }
        }
        i += 1;
    }
    out
}

/// Runs of three or more line breaks (two or more blank lines): everything
/// after the second break of a run, whitespace-only lines included.
fn blank_lines(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !is_line_break(bytes[i]) {
            i += 1;
            continue;
        }
        // Walk a run of line breaks and blank (space/tab) lines.
        let mut breaks = 0;
        let mut end_of_second = i;
        let mut j = i;
        let mut last_break_end = i;
        while j < bytes.len() {
            match bytes[j] {
                b'\r' | b'\n' => {
                    let len = if bytes[j] == b'\r' && bytes.get(j + 1) == Some(&b'\n') { 2 } else { 1 };
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
        i = last_break_end.max(i + 1);
    }
    out
}

/// Words that legitimately follow a suspended hyphen ("landsbygds- och").
const AFTER_SUSPENDED_HYPHEN: &[&str] = &[
    "och", "eller", "samt", "respektive", "resp", "som", "till", "men", "liksom", "utan", "än",
    "alternativt", "and", "or", "to",
];

/// "utveck- ling": two lowercase letters, a hyphen, whitespace (a space or a
/// line break), then a lowercase word that is not a conjunction. The
/// hyphen and whitespace are what a fix deletes.
fn pdf_hyphenation(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for (i, _) in text.match_indices('-') {
        let before: Vec<char> = text[..i].chars().rev().take(2).collect();
        if before.len() < 2 || !before.iter().all(|c| c.is_lowercase()) {
            continue;
        }
        let after = &text[i + 1..];
        let ws = after.len() - after.trim_start_matches([' ', '\t', '\r', '\n']).len();
        if ws == 0 {
            continue;
        }
        let rest = &after[ws..];
        let word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
        let starts_lower = word.chars().next().is_some_and(char::is_lowercase);
        if starts_lower && !AFTER_SUSPENDED_HYPHEN.contains(&word.to_lowercase().as_str()) {
            out.push(i..i + 1 + ws);
        }
    }
    out
}

/// Real Swedish words that end in å, ä or ö and are often followed by a
/// space and a lowercase word ("på en", "två år").
const WORDS_ENDING_IN_A_RING_OR_DIAERESIS: &[&str] = &[
    "på", "då", "så", "nå", "få", "gå", "stå", "två", "också", "må", "rå", "blå", "grå", "små",
    "slå", "klå", "tå", "spå", "förstå", "bestå", "uppstå", "övergå", "ingå", "pågå", "framgå",
    "åstadkomma", "sjö", "snö", "strö", "frö", "trä", "knä", "stå", "ifrå", "hö",
];

/// The damaged-PDF pattern: a space right after å/ä/ö, followed by a
/// lowercase letter or closing punctuation, where the part before the space
/// is not a word that ends in å/ä/ö ("fö r", "ä r") — or is one but the part
/// after is a stray single letter ("må l").
fn pdf_spacing(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut prev: Option<(usize, char)> = None;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if c == ' ' {
            if let Some((p, pc)) = prev {
                if matches!(pc, 'å' | 'ä' | 'ö' | 'Å' | 'Ä' | 'Ö') {
                    if let Some(&(_, next)) = iter.peek() {
                        if suspicious_split(text, p + pc.len_utf8(), i + 1, next) {
                            out.push(i..i + 1);
                        }
                    }
                }
            }
        }
        prev = Some((i, c));
    }
    out
}

fn suspicious_split(text: &str, left_end: usize, right_start: usize, next: char) -> bool {
    let closing = matches!(next, ',' | '.' | ';' | ':' | ')' | '?' | '!' | '”');
    if !(next.is_lowercase() || closing) {
        return false;
    }
    let left: String = {
        let mut v: Vec<char> = text[..left_end].chars().rev().take_while(|c| c.is_alphabetic()).collect();
        v.reverse();
        v.into_iter().flat_map(char::to_lowercase).collect()
    };
    let known = WORDS_ENDING_IN_A_RING_OR_DIAERESIS.contains(&left.as_str());
    if !known {
        return true;
    }
    if closing {
        return false;
    }
    let right: String = text[right_start..].chars().take_while(|c| c.is_alphabetic()).collect();
    right.chars().count() == 1 && !matches!(right.as_str(), "i" | "å" | "ö" | "o")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(text: &str) -> Vec<(&'static str, u64)> {
        scan(text).iter().map(|o| (o.code.as_str(), o.count)).collect()
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
            "👩\u{200D}🚀 och \u{200C}",
            "2023–2030 och e-post",
        ] {
            assert_eq!(codes(ok), [], "{ok:?}");
        }
    }

    #[test]
    fn hygiene_pdf_damage() {
        assert_eq!(codes("utveck- ling"), [("hygiene.pdf_hyphenation", 1)]);
        assert_eq!(codes("utveck-\nling"), [("hygiene.pdf_hyphenation", 1)]);
        assert_eq!(codes("Observera! fö r frå görna ä r"), [("hygiene.pdf_spacing", 3)]);
        assert_eq!(codes("må l"), [("hygiene.pdf_spacing", 1)]);
    }

    #[test]
    fn hygiene_whitespace() {
        assert_eq!(codes("rad  \nrad\t\r\nslut "), [("hygiene.trailing_whitespace", 2)]);
        // The blank line holding a space is also trailing whitespace.
        assert_eq!(codes("a\n\n\nb\r\n\r\n \r\n\r\nc"), [("hygiene.trailing_whitespace", 1), ("hygiene.blank_lines", 2)]);
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
