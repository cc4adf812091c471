//! Writing JSON by hand: results, templates and reports as compact JSON text,
//! byte for byte what `serde_json::to_string` writes for the same values
//! (src/json/equal_to_serde.rs proves it on the real report), with integers written
//! by hand instead of through `core::fmt`.
//!
//! The browser gets a result as this text and `JSON.parse`s it: one string
//! crossing the boundary instead of serde-wasm-bindgen's generic code.

/// A value that writes itself as JSON.
pub(crate) trait ToJson {
    /// Appends the JSON text of `self` to `out`.
    fn write_json(&self, out: &mut String);
}

/// The JSON text of `value`.
pub(crate) fn to_string<T: ToJson + ?Sized>(value: &T) -> String {
    let mut out = String::new();
    value.write_json(&mut out);
    out
}

/// `n` in decimal digits ("15000"), for an id, an attribute or a path:
/// the crate's one digit writer, so no `core::fmt` is needed for it.
pub(crate) fn digits(n: u64) -> String {
    let mut s = String::new();
    push_u64(&mut s, n);
    s
}

/// Appends the decimal digits of `n`.
pub(crate) fn push_u64(out: &mut String, mut n: u64) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        if let Some(d) = buf.get_mut(i) {
            *d = b'0' + (n % 10) as u8;
        }
        n /= 10;
        if n == 0 || i == 0 {
            break;
        }
    }
    for &d in buf.get(i..).unwrap_or(&[]) {
        out.push(d as char);
    }
}

/// Appends the decimal digits of `n`, with a minus sign when negative.
pub(crate) fn push_i64(out: &mut String, n: i64) {
    if n < 0 {
        out.push('-');
    }
    push_u64(out, n.unsigned_abs());
}

/// Appends `s` as a JSON string: `"` and `\` escaped, control characters as
/// `\n`, `\t`, … or `\u00XX` (lowercase hex), everything else as it is.
pub(crate) fn push_str(out: &mut String, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.reserve(s.len() + 2);
    out.push('"');
    let mut start = 0;
    for (i, b) in s.bytes().enumerate() {
        let esc = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0C => "\\f",
            0..=0x1F => "",
            _ => continue,
        };
        out.push_str(s.get(start..i).unwrap_or(""));
        if esc.is_empty() {
            out.push_str("\\u00");
            for nibble in [b >> 4, b & 0xF] {
                out.push(HEX.get(usize::from(nibble)).map_or('0', |&h| h as char));
            }
        } else {
            out.push_str(esc);
        }
        start = i + 1;
    }
    out.push_str(s.get(start..).unwrap_or(""));
    out.push('"');
}

/// Writes the fields of a struct as a JSON object, each named by its Rust
/// field, as serde's derive names them: `always f` (`"f":…`), `if_some f`
/// (only when `Some`), `if_any f` (only when not empty).
macro_rules! write_fields {
    ($out:expr, $s:ident { $($how:ident $f:ident),* $(,)? }) => {{
        let mut o = $crate::json::Object::new($out);
        $(write_fields!(@ o, $s, $how, $f);)*
        o.end();
    }};
    (@ $o:ident, $s:ident, always, $f:ident) => {
        $o.field(stringify!($f), &$s.$f);
    };
    (@ $o:ident, $s:ident, if_some, $f:ident) => {
        $o.some(stringify!($f), &$s.$f);
    };
    (@ $o:ident, $s:ident, if_any, $f:ident) => {
        if !$s.$f.is_empty() {
            $o.field(stringify!($f), &$s.$f);
        }
    };
}
use crate::prelude::*;
pub(crate) use write_fields;

/// Writes an object field by field: `{"a":1,"b":"x"}`.
pub(crate) struct Object<'o> {
    out: &'o mut String,
    first: bool,
}

impl<'o> Object<'o> {
    /// Opens an object in `out`.
    pub(crate) fn new(out: &'o mut String) -> Object<'o> {
        out.push('{');
        Object { out, first: true }
    }

    /// Writes `"name":` and returns the output for the value.
    pub(crate) fn key(&mut self, name: &str) -> &mut String {
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
        push_str(self.out, name);
        self.out.push(':');
        self.out
    }

    /// Writes a field whose value writes itself.
    pub(crate) fn field<T: ToJson + ?Sized>(&mut self, name: &str, value: &T) -> &mut Self {
        value.write_json(self.key(name));
        self
    }

    /// Writes a field only when it has a value (serde's
    /// `skip_serializing_if = "Option::is_none"`).
    pub(crate) fn some<T: ToJson>(&mut self, name: &str, value: &Option<T>) -> &mut Self {
        if let Some(v) = value {
            self.field(name, v);
        }
        self
    }

    /// Closes the object.
    pub(crate) fn end(&mut self) {
        self.out.push('}');
    }
}

impl ToJson for str {
    fn write_json(&self, out: &mut String) {
        push_str(out, self);
    }
}

/// A borrowed value is written as the value (`Utf16Fix`'s `before`).
impl<T: ToJson + ?Sized> ToJson for &T {
    fn write_json(&self, out: &mut String) {
        (**self).write_json(out);
    }
}

impl ToJson for String {
    fn write_json(&self, out: &mut String) {
        push_str(out, self);
    }
}

impl ToJson for u64 {
    fn write_json(&self, out: &mut String) {
        push_u64(out, *self);
    }
}

impl ToJson for u32 {
    fn write_json(&self, out: &mut String) {
        push_u64(out, u64::from(*self));
    }
}

impl ToJson for u8 {
    fn write_json(&self, out: &mut String) {
        push_u64(out, u64::from(*self));
    }
}

/// A count or a line number (`usize` is 32 bits in wasm, 64 natively).
impl ToJson for usize {
    fn write_json(&self, out: &mut String) {
        push_u64(out, *self as u64);
    }
}

impl ToJson for i64 {
    fn write_json(&self, out: &mut String) {
        push_i64(out, *self);
    }
}

impl ToJson for bool {
    fn write_json(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }
}

/// `null` for `None` (serde's default for an `Option` field).
impl<T: ToJson> ToJson for Option<T> {
    fn write_json(&self, out: &mut String) {
        match self {
            Some(v) => v.write_json(out),
            None => out.push_str("null"),
        }
    }
}

impl<T: ToJson> ToJson for [T] {
    fn write_json(&self, out: &mut String) {
        out.push('[');
        for (i, v) in self.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            v.write_json(out);
        }
        out.push(']');
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn write_json(&self, out: &mut String) {
        self.as_slice().write_json(out);
    }
}

impl<V: ToJson> ToJson for alloc::collections::BTreeMap<String, V> {
    fn write_json(&self, out: &mut String) {
        let mut o = Object::new(out);
        for (k, v) in self {
            o.field(k, v);
        }
        o.end();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_integers_by_hand() {
        for n in [0, 7, 10, 99, 100, 65_535, u64::MAX] {
            let mut s = String::new();
            push_u64(&mut s, n);
            assert_eq!(s, n.to_string());
        }
        for n in [0, -1, -10, i64::MIN, i64::MAX] {
            let mut s = String::new();
            push_i64(&mut s, n);
            assert_eq!(s, n.to_string());
        }
    }

    // Moved from src/import/message.rs with its own escaper and digit
    // writer, which this writer replaced.
    #[test]
    fn json_strings_match_serde_json() {
        for v in ["a\"b\\c\n\r\t\u{1}\u{1f}ö”", "", "12"] {
            let mut s = String::new();
            push_str(&mut s, v);
            assert_eq!(s, serde_json::to_string(v).unwrap());
        }
        for n in [0usize, 7, 10, 1234567] {
            assert_eq!(to_string(&n), n.to_string());
        }
    }

    #[test]
    fn json_strings_escape_like_serde_json() {
        let all: String = (0u32..0x80)
            .filter_map(char::from_u32)
            .chain("åäö €😀\u{2028}".chars())
            .collect();
        assert_eq!(
            to_string(all.as_str()),
            serde_json::to_string(&all).unwrap()
        );
    }
}
