//! Character counting: what "tecken inklusive blanksteg" means, exactly.
//!
//! The default policy counts *extended grapheme clusters* (UAX #29), the
//! characters a person sees: "å" is one whether typed as one code point (NFC)
//! or as "a" + a combining ring (NFD), a flag or a family emoji is one. Every
//! cluster counts, spaces and invisible characters included, and nothing is
//! trimmed. A line break — LF, CR or CRLF — counts as
//! [`Policy::line_break`] characters (1 by default).

use serde::{Deserialize, Serialize};

use crate::grapheme;

/// The unit a [`Policy`] counts in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// Extended grapheme clusters (what a person calls a character). Default.
    #[default]
    Grapheme,
    /// Unicode scalar values (what JSON Schema's `maxLength` counts).
    CodePoint,
    /// UTF-16 code units (what JavaScript's `.length` and `maxlength` count).
    Utf16,
}

/// How a template counts characters. Reported with every result so that a
/// number can always be traced to its rule.
///
/// # Example
///
/// This shows that under the default policy a CRLF line break counts once.
///
/// ```
/// use formkoll::{count, Policy};
/// let p = Policy::default();
/// assert_eq!(count("a\r\nb", &p), 3);
/// assert_eq!(count("a\r\nb", &Policy { line_break: 2, ..p }), 4);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Policy {
    /// The unit counted.
    #[serde(default)]
    pub unit: Unit,
    /// What one line break (LF, CR or CRLF) counts as: 0, 1 or 2.
    ///
    /// 0 is Word's "Tecken (inkl. blanksteg)", 2 is what a server receiving a
    /// form POST (CRLF) sees with a byte-ish count.
    #[serde(default = "one")]
    pub line_break: u8,
}

fn one() -> u8 {
    1
}

impl Default for Policy {
    fn default() -> Policy {
        Policy {
            unit: Unit::Grapheme,
            line_break: 1,
        }
    }
}

/// Counts `text` under `policy`.
///
/// # Example
///
/// ```
/// use formkoll::{count, Policy};
/// // "å" in NFD is two code points but one character.
/// assert_eq!(count("a\u{30A}r", &Policy::default()), 2);
/// ```
pub fn count(text: &str, policy: &Policy) -> usize {
    let breaks = line_breaks(text);
    let units = match policy.unit {
        Unit::Grapheme => grapheme::count(text) - breaks.total(),
        Unit::CodePoint => text.chars().count() - breaks.cr - breaks.lf,
        Unit::Utf16 => count_utf16(text) - breaks.cr - breaks.lf,
    };
    units + breaks.total() * usize::from(policy.line_break)
}

/// Counts `text` under the default policy: extended grapheme clusters, a line
/// break counts 1.
///
/// # Example
///
/// ```
/// assert_eq!(formkoll::count_default("👩🏻‍🚀 i rymden"), 10);
/// ```
pub fn count_default(text: &str) -> usize {
    grapheme::count(text)
}

/// Counts Unicode scalar values (code points), for diagnostics.
///
/// # Example
///
/// ```
/// assert_eq!(formkoll::count_code_points("a\u{30A}"), 2);
/// ```
pub fn count_code_points(text: &str) -> usize {
    text.chars().count()
}

/// Counts UTF-16 code units (JavaScript's `.length`), for diagnostics.
///
/// # Example
///
/// ```
/// assert_eq!(formkoll::count_utf16("😹"), 2);
/// ```
pub fn count_utf16(text: &str) -> usize {
    text.chars().map(char::len_utf16).sum()
}

/// Line breaks in a text: CRLF pairs, lone CRs and lone LFs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct LineBreaks {
    /// Number of CR code points (paired or lone).
    cr: usize,
    /// Number of LF code points (paired or lone).
    lf: usize,
    /// Number of CRLF pairs.
    crlf: usize,
}

impl LineBreaks {
    /// Number of line breaks, a CRLF pair counting once.
    fn total(self) -> usize {
        self.cr + self.lf - self.crlf
    }
}

fn line_breaks(text: &str) -> LineBreaks {
    let bytes = text.as_bytes();
    let mut lb = LineBreaks::default();
    let mut prev_cr = false;
    for &b in bytes {
        match b {
            b'\r' => {
                lb.cr += 1;
                prev_cr = true;
                continue;
            }
            b'\n' => {
                lb.lf += 1;
                if prev_cr {
                    lb.crlf += 1;
                }
            }
            _ => {}
        }
        prev_cr = false;
    }
    lb
}

#[cfg(test)]
mod tests {
    use super::*;

    const LB: &[(&str, usize, usize, usize)] = &[
        // text, line_break=0, =1, =2
        ("", 0, 0, 0),
        ("a\nb", 2, 3, 4),
        ("a\r\nb", 2, 3, 4),
        ("a\rb", 2, 3, 4),
        ("\n\r\n\r", 0, 3, 6),
        ("\r\r\n\n", 0, 3, 6),
    ];

    #[test]
    fn count_line_break_policies() {
        for &(text, zero, one, two) in LB {
            for (lb, want) in [(0, zero), (1, one), (2, two)] {
                for unit in [Unit::Grapheme, Unit::CodePoint, Unit::Utf16] {
                    let got = count(
                        text,
                        &Policy {
                            unit,
                            line_break: lb,
                        },
                    );
                    assert_eq!(got, want, "text {text:?} unit {unit:?} line_break {lb}");
                }
            }
        }
    }

    #[test]
    fn count_units_differ_on_emoji_and_nfd() {
        let p = |unit| Policy {
            unit,
            line_break: 1,
        };
        assert_eq!(count("a\u{30A}😹", &p(Unit::Grapheme)), 2);
        assert_eq!(count("a\u{30A}😹", &p(Unit::CodePoint)), 3);
        assert_eq!(count("a\u{30A}😹", &p(Unit::Utf16)), 4);
    }

    #[test]
    fn count_nothing_is_trimmed() {
        assert_eq!(count_default("  a  \n"), 6);
        assert_eq!(count_default("\u{200B}"), 1);
    }
}
