//! Reading one value: strings (their escapes), numbers and literals, and
//! the typed readers built on them (`str`, `bool`, `uint`, `nullable`),
//! `raw` and `skip`. The containers and the path are in the parent,
//! src/json/read.rs.

use crate::prelude::*;
use alloc::borrow::Cow;

use super::{Kind, Reader};
use crate::error::Result;

impl<'a> Reader<'a> {
    /// Reads a string; borrowed from the text unless it has escapes.
    pub(super) fn string(&mut self) -> Result<Cow<'a, str>> {
        // At the opening quote.
        self.pos += 1;
        let start = self.pos;
        let bytes = self.bytes();
        let mut owned: Option<String> = None;
        let mut copied = start;
        loop {
            match bytes.get(self.pos).copied() {
                None => return Err(self.syntax("EOF while parsing a string")),
                Some(b'"') => break,
                Some(b'\\') => {
                    let out = owned.get_or_insert_with(String::new);
                    out.push_str(self.src.get(copied..self.pos).unwrap_or(""));
                    self.pos += 1;
                    let c = match bytes.get(self.pos).copied() {
                        None => return Err(self.syntax("EOF while parsing a string")),
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            let hi = self.hex4()?;
                            let c = if (0xD800..0xDC00).contains(&hi)
                                && bytes.get(self.pos + 1..self.pos + 3) == Some(b"\\u")
                            {
                                let at = self.pos;
                                self.pos += 2;
                                let lo = self.hex4()?;
                                if (0xDC00..0xE000).contains(&lo) {
                                    char::from_u32(0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00))
                                } else {
                                    // Not a pair: the first is lone; read the
                                    // second escape on its own next.
                                    self.pos = at;
                                    None
                                }
                            } else {
                                char::from_u32(hi)
                            };
                            // A lone surrogate reads as U+FFFD (see `parse`).
                            c.unwrap_or('\u{FFFD}')
                        }
                        Some(_) => return Err(self.syntax("invalid escape")),
                    };
                    out.push(c);
                    self.pos += 1;
                    copied = self.pos;
                }
                Some(0..=0x1F) => {
                    return Err(self.syntax(
                        "control character (\\u0000-\\u001F) found while parsing a string",
                    ))
                }
                Some(_) => self.pos += 1,
            }
        }
        let tail = self.src.get(copied..self.pos).unwrap_or("");
        self.pos += 1;
        Ok(match owned {
            Some(mut s) => {
                s.push_str(tail);
                Cow::Owned(s)
            }
            None => Cow::Borrowed(tail),
        })
    }

    /// Reads the four hex digits after `\u` (at the `u`), leaving the
    /// position on the last digit.
    fn hex4(&mut self) -> Result<u32> {
        let mut v = 0;
        for _ in 0..4 {
            self.pos += 1;
            let d = match self.byte() {
                None => return Err(self.syntax("EOF while parsing a string")),
                Some(b) => (b as char).to_digit(16),
            };
            v = v * 16 + d.ok_or_else(|| self.syntax("invalid escape"))?;
        }
        Ok(v)
    }

    /// Reads a number: its text, and whether it is an integer (no fraction
    /// or exponent).
    pub(super) fn number(&mut self) -> Result<(&'a str, bool)> {
        let bytes = self.bytes();
        let start = self.pos;
        let digits = |r: &mut Reader<'a>| {
            let from = r.pos;
            while let Some(b'0'..=b'9') = bytes.get(r.pos) {
                r.pos += 1;
            }
            r.pos > from
        };
        if self.byte() == Some(b'-') {
            self.pos += 1;
        }
        let int_start = self.pos;
        if !digits(self) {
            return Err(self.eof_or("EOF while parsing a value", "invalid number"));
        }
        if bytes.get(int_start) == Some(&b'0') && self.pos - int_start > 1 {
            self.pos = int_start + 1;
            return Err(self.syntax("invalid number"));
        }
        let mut integer = true;
        if self.byte() == Some(b'.') {
            integer = false;
            self.pos += 1;
            if !digits(self) {
                return Err(self.eof_or("EOF while parsing a value", "invalid number"));
            }
        }
        if let Some(b'e' | b'E') = self.byte() {
            integer = false;
            self.pos += 1;
            if let Some(b'+' | b'-') = self.byte() {
                self.pos += 1;
            }
            if !digits(self) {
                return Err(self.eof_or("EOF while parsing a value", "invalid number"));
            }
        }
        Ok((self.src.get(start..self.pos).unwrap_or(""), integer))
    }

    /// Reads a string value; any other value is an error naming `expected`
    /// ("a string").
    pub(crate) fn str(&mut self) -> Result<Cow<'a, str>> {
        if self.peek()? != Kind::String {
            return Err(self.invalid_type("a string"));
        }
        self.string()
    }

    /// Reads a string value into an owned `String`.
    pub(crate) fn string_value(&mut self) -> Result<String> {
        Ok(self.str()?.into_owned())
    }

    /// Reads `null` as `None`, anything else with `read`.
    pub(crate) fn nullable<T>(
        &mut self,
        read: impl FnOnce(&mut Self) -> Result<T>,
    ) -> Result<Option<T>> {
        if self.peek()? == Kind::Null {
            self.literal("null")?;
            Ok(None)
        } else {
            read(self).map(Some)
        }
    }

    fn literal(&mut self, word: &str) -> Result<()> {
        for &b in word.as_bytes() {
            if self.byte() != Some(b) {
                return Err(self.eof_or("EOF while parsing a value", "expected ident"));
            }
            self.pos += 1;
        }
        Ok(())
    }

    /// Reads `true` or `false`.
    pub(crate) fn bool(&mut self) -> Result<bool> {
        if self.peek()? != Kind::Bool {
            return Err(self.invalid_type("a boolean"));
        }
        if self.byte() == Some(b't') {
            self.literal("true")?;
            Ok(true)
        } else {
            self.literal("false")?;
            Ok(false)
        }
    }

    /// Reads a non-negative integer no greater than `max`; `name` ("u64",
    /// "u8") is what serde would call the type.
    pub(crate) fn uint(&mut self, max: u64, name: &str) -> Result<u64> {
        if self.peek()? != Kind::Number {
            return Err(self.invalid_type(name));
        }
        let start = self.pos;
        let (text, integer) = self.number()?;
        let value = if integer && !text.starts_with('-') {
            text.bytes().try_fold(0u64, |v, d| {
                v.checked_mul(10)?.checked_add(u64::from(d - b'0'))
            })
        } else {
            None
        };
        match value {
            Some(v) if v <= max => Ok(v),
            // An integer out of the type's range (serde says "invalid value");
            // a fraction or an exponent is another type.
            _ if integer && (text.starts_with('-') || value.is_some()) => {
                Err(self.invalid_value("integer", text, name))
            }
            _ => {
                self.pos = start;
                Err(self.invalid_type(name))
            }
        }
    }

    /// Skips any value, checking its syntax; returns its text without the
    /// whitespace between tokens (strings and numbers exactly as written).
    pub(crate) fn raw(&mut self) -> Result<String> {
        self.peek()?;
        let start = self.pos;
        self.skip()?;
        let text = self.src.get(start..self.pos).unwrap_or("");
        let mut out = String::with_capacity(text.len());
        let mut in_string = false;
        let mut escaped = false;
        for c in text.chars() {
            if in_string {
                in_string = escaped || c != '"';
                escaped = !escaped && c == '\\';
            } else if matches!(c, ' ' | '\t' | '\n' | '\r') {
                continue;
            } else {
                in_string = c == '"';
            }
            out.push(c);
        }
        Ok(out)
    }

    /// Reads one value with `read`, recovering from an error in it: the
    /// error is pushed to `problems` and the reader is put past the value
    /// (same depth and path), so a caller listing every problem reads on.
    /// `Ok(None)` then; `Err` when the value is not even valid JSON (the
    /// syntax error, pushed only once when it is also `read`'s error).
    pub(crate) fn recover<T>(
        &mut self,
        problems: &mut Vec<crate::error::Error>,
        read: impl FnOnce(&mut Self) -> Result<T>,
    ) -> Result<Option<T>> {
        // A thin generic shell around one copy of the recovery (the wasm
        // carries it once, not once per kind of value).
        let mut read = Some(read);
        let mut out = None;
        self.recover_dyn(problems, &mut |r| {
            if let Some(read) = read.take() {
                out = Some(read(r)?);
            }
            Ok(())
        })?;
        Ok(out)
    }

    #[inline(never)]
    fn recover_dyn(
        &mut self,
        problems: &mut Vec<crate::error::Error>,
        read: &mut dyn FnMut(&mut Self) -> Result<()>,
    ) -> Result<()> {
        let (pos, depth, len) = (self.pos, self.depth, self.path.len());
        let Err(e) = read(self) else {
            return Ok(());
        };
        self.pos = pos;
        self.depth = depth;
        self.path.truncate(len);
        let skipped = self.skip();
        if skipped.as_ref().err() != Some(&e) {
            problems.push(e);
        }
        skipped
    }

    /// Skips any value, checking its syntax.
    pub(crate) fn skip(&mut self) -> Result<()> {
        match self.peek()? {
            Kind::Object => self.object("", |r, _| r.skip()),
            Kind::Array => self.array("", Reader::skip),
            Kind::String => self.string().map(drop),
            Kind::Number => self.number().map(drop),
            Kind::Bool => self.bool().map(drop),
            Kind::Null => self.literal("null"),
        }
    }
}
