//! A small pull reader of JSON that knows the path of the value it is on.
//!
//! Templates and reports are read by hand-written functions on top of it
//! (`template::read`, `report`), in document order, so the first problem in
//! the text is the one reported, at its exact path (`questions[3].kind`,
//! `answers.1.1`). It replaces serde's derived visitors, whose generic code
//! was the largest part of the wasm module, and it writes its messages from
//! parts: no `core::fmt`, no float formatting.
//!
//! The grammar is RFC 8259's. Like serde_json, containers nest at most 127
//! deep, so a hostile document cannot overflow the stack.

use crate::prelude::*;
use alloc::borrow::Cow;

use super::write::push_u64;
use crate::error::{Error, ErrorCode, Result};

/// Containers may nest this deep minus one (serde_json's limit).
const DEPTH_LIMIT: usize = 128;

/// What the next value is, judged by its first byte.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// `{`
    Object,
    /// `[`
    Array,
    /// `"`
    String,
    /// A number.
    Number,
    /// `true` or `false`.
    Bool,
    /// `null`.
    Null,
}

enum Seg<'a> {
    Key(Cow<'a, str>),
    Index(usize),
}

/// The reader: a position in the text and the path to it.
pub(crate) struct Reader<'a> {
    src: &'a str,
    pos: usize,
    depth: usize,
    path: Vec<Seg<'a>>,
    code: ErrorCode,
}

impl<'a> Reader<'a> {
    /// A reader of `src` whose errors carry `code`.
    pub(crate) fn new(src: &'a str, code: ErrorCode) -> Reader<'a> {
        Reader {
            src,
            pos: 0,
            depth: 0,
            path: Vec::new(),
            code,
        }
    }

    fn bytes(&self) -> &'a [u8] {
        self.src.as_bytes()
    }

    fn byte(&self) -> Option<u8> {
        self.bytes().get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.byte() {
            self.pos += 1;
        }
    }

    /// The byte position, to come back to with [`Reader::rewind`].
    pub(crate) fn pos(&self) -> usize {
        self.pos
    }

    /// Goes back to a position from [`Reader::pos`] at the same depth.
    pub(crate) fn rewind(&mut self, pos: usize) {
        self.pos = pos;
    }

    /// The path of the value being read, e.g. `questions[3].kind`.
    pub(crate) fn path(&self) -> String {
        let mut path = String::new();
        for seg in &self.path {
            match seg {
                Seg::Key(k) => {
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(k);
                }
                Seg::Index(i) => {
                    path.push('[');
                    push_u64(&mut path, *i as u64);
                    path.push(']');
                }
            }
        }
        path
    }

    /// An error at the current path.
    pub(crate) fn error(&self, reason: impl Into<String>) -> Error {
        Error::new(self.code, self.path(), reason)
    }

    /// A syntax error: "not valid JSON: … at line L column C".
    fn syntax(&self, what: &str) -> Error {
        let before = self.bytes().get(..self.pos).unwrap_or(&[]);
        let line = 1 + before.iter().filter(|&&b| b == b'\n').count() as u64;
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let mut s = String::from("not valid JSON: ");
        s.push_str(what);
        s.push_str(" at line ");
        push_u64(&mut s, line);
        s.push_str(" column ");
        push_u64(&mut s, (self.pos - line_start + 1) as u64);
        self.error(s)
    }

    fn eof_or(&self, eof: &str, other: &str) -> Error {
        self.syntax(if self.byte().is_none() { eof } else { other })
    }

    /// The kind of the next value; a syntax error when there is none.
    pub(crate) fn peek(&mut self) -> Result<Kind> {
        self.skip_ws();
        Ok(match self.byte() {
            Some(b'{') => Kind::Object,
            Some(b'[') => Kind::Array,
            Some(b'"') => Kind::String,
            Some(b'-' | b'0'..=b'9') => Kind::Number,
            Some(b't' | b'f') => Kind::Bool,
            Some(b'n') => Kind::Null,
            _ => return Err(self.eof_or("EOF while parsing a value", "expected value")),
        })
    }

    /// Checks that nothing but whitespace follows the document.
    pub(crate) fn finish(&mut self) -> Result<()> {
        self.skip_ws();
        match self.byte() {
            None => Ok(()),
            Some(_) => Err(self.syntax("trailing characters")),
        }
    }

    /// "invalid type: integer `3`, expected a string": describes the next
    /// value (without consuming it) the way serde does.
    pub(crate) fn invalid_type(&mut self, expected: &str) -> Error {
        let mut s = String::from("invalid type: ");
        match self.peek() {
            Err(e) => return e,
            Ok(Kind::Object) => s.push_str("map"),
            Ok(Kind::Array) => s.push_str("sequence"),
            Ok(Kind::Null) => s.push_str("null"),
            Ok(Kind::Bool) => {
                s.push_str("boolean `");
                s.push_str(if self.byte() == Some(b't') {
                    "true"
                } else {
                    "false"
                });
                s.push('`');
            }
            Ok(Kind::String) => {
                let start = self.pos;
                match self.string() {
                    Ok(v) => {
                        s.push_str("string ");
                        push_quoted(&mut s, &v);
                    }
                    Err(e) => return e,
                }
                self.pos = start;
            }
            Ok(Kind::Number) => {
                let start = self.pos;
                match self.number() {
                    Ok((text, integer)) => {
                        s.push_str(if integer {
                            "integer `"
                        } else {
                            "floating point `"
                        });
                        s.push_str(text);
                        s.push('`');
                    }
                    Err(e) => return e,
                }
                self.pos = start;
            }
        }
        s.push_str(", expected ");
        s.push_str(expected);
        self.error(s)
    }

    /// An error for a value that has the right type but not an allowed one:
    /// "invalid value: integer `300`, expected u8".
    fn invalid_value(&self, what: &str, text: &str, expected: &str) -> Error {
        let mut s = String::from("invalid value: ");
        s.push_str(what);
        s.push_str(" `");
        s.push_str(text);
        s.push_str("`, expected ");
        s.push_str(expected);
        self.error(s)
    }

    fn enter(&mut self) -> Result<()> {
        self.depth += 1;
        if self.depth >= DEPTH_LIMIT {
            return Err(self.syntax("recursion limit exceeded"));
        }
        self.pos += 1;
        Ok(())
    }

    /// Reads an object, calling `field` with each key while the path names
    /// it; `field` must read the key's value. `expected` describes the
    /// object for the error when the value is not one.
    pub(crate) fn object(
        &mut self,
        expected: &str,
        mut field: impl FnMut(&mut Self, &str) -> Result<()>,
    ) -> Result<()> {
        self.object_dyn(expected, &mut field)
    }

    // One copy of the loop for every caller (generic code per call site was
    // most of the template reader's size).
    #[inline(never)]
    fn object_dyn(
        &mut self,
        expected: &str,
        field: &mut dyn FnMut(&mut Self, &str) -> Result<()>,
    ) -> Result<()> {
        if self.peek()? != Kind::Object {
            return Err(self.invalid_type(expected));
        }
        self.enter()?;
        self.skip_ws();
        if self.byte() == Some(b'}') {
            self.pos += 1;
            self.depth -= 1;
            return Ok(());
        }
        loop {
            self.skip_ws();
            if self.byte() != Some(b'"') {
                return Err(self.eof_or("EOF while parsing an object", "key must be a string"));
            }
            let key = self.string()?;
            self.skip_ws();
            if self.byte() != Some(b':') {
                return Err(self.eof_or("EOF while parsing an object", "expected `:`"));
            }
            self.pos += 1;
            self.path.push(Seg::Key(key.clone()));
            field(self, &key)?;
            self.path.pop();
            self.skip_ws();
            match self.byte() {
                Some(b',') => self.pos += 1,
                Some(b'}') => break,
                _ => return Err(self.eof_or("EOF while parsing an object", "expected `,` or `}`")),
            }
        }
        self.pos += 1;
        self.depth -= 1;
        Ok(())
    }

    /// Reads an array, calling `element` for each element while the path
    /// names its index; `element` must read it.
    pub(crate) fn array(
        &mut self,
        expected: &str,
        mut element: impl FnMut(&mut Self) -> Result<()>,
    ) -> Result<()> {
        self.array_dyn(expected, &mut element)
    }

    #[inline(never)]
    fn array_dyn(
        &mut self,
        expected: &str,
        element: &mut dyn FnMut(&mut Self) -> Result<()>,
    ) -> Result<()> {
        if self.peek()? != Kind::Array {
            return Err(self.invalid_type(expected));
        }
        self.enter()?;
        self.skip_ws();
        if self.byte() == Some(b']') {
            self.pos += 1;
            self.depth -= 1;
            return Ok(());
        }
        let mut index = 0;
        loop {
            self.path.push(Seg::Index(index));
            element(self)?;
            self.path.pop();
            index += 1;
            self.skip_ws();
            match self.byte() {
                Some(b',') => self.pos += 1,
                Some(b']') => break,
                _ => return Err(self.eof_or("EOF while parsing a list", "expected `,` or `]`")),
            }
        }
        self.pos += 1;
        self.depth -= 1;
        Ok(())
    }

    /// Reads a string; borrowed from the text unless it has escapes.
    fn string(&mut self) -> Result<Cow<'a, str>> {
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
    fn number(&mut self) -> Result<(&'a str, bool)> {
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
        problems: &mut Vec<Error>,
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
        problems: &mut Vec<Error>,
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

/// Appends `s` in double quotes the way Rust's `{:?}` shows a string (and
/// serde a value in a message): `"`, `\\` and control characters escaped,
/// invisible format characters as `\u{200b}`, everything else as it is —
/// without `core::fmt`'s Debug machinery and its Unicode tables.
pub(crate) fn push_quoted(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\0' => out.push_str("\\0"),
            c if c.is_control()
                || matches!(
                    c,
                    '\u{AD}'
                        | '\u{200B}'..='\u{200F}'
                        | '\u{2028}'..='\u{202E}'
                        | '\u{2060}'..='\u{2064}'
                        | '\u{FEFF}'
                ) =>
            {
                out.push_str("\\u{");
                let v = c as u32;
                let digits = (32 - v.leading_zeros()).div_ceil(4).max(1);
                for k in (0..digits).rev() {
                    let d = (v >> (4 * k)) & 0xF;
                    out.push(char::from_digit(d, 16).unwrap_or('0'));
                }
                out.push('}');
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::push_quoted;

    #[test]
    fn json_quoted_like_debug() {
        for s in [
            "1.1",
            "<script>",
            "a\"b\\c",
            "rad\nny\r\t\0",
            "\u{1}\u{7f}\u{9f}",
            "zw\u{200b}j\u{feff}\u{ad}",
            "åäö €😀",
            "",
        ] {
            let mut q = String::new();
            push_quoted(&mut q, s);
            assert_eq!(q, format!("{s:?}"));
        }
    }
}
