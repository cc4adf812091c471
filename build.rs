//! Build script: the embedded 2024:99 template as build-time data.
//!
//! `templates/resultatredovisning-2024-99.json` stays the single source. This
//! script reads it and writes `$OUT_DIR/default_template.rs`: its strings,
//! each once, and a stream of small numbers (LEB128 bytes: string numbers,
//! counts, variants) in the model's field order, which `src/template/embedded.rs` copies into
//! the model — no JSON parse at start-up (in Chromium the parse cost
//! 8.4 ms, V8 compiling the reader lazily, docs/performance.md). Pointers
//! to each string (`&'static str` data) were measured larger (the commit).
//!
//! The script is deliberately strict — an unknown or repeated field, a
//! wrong type or anything it does not know panics, failing the build — and
//! the unit test `template_generated_equals_parsed` proves the generated
//! data equals what `Template::from_json` reads from the same file.

// A panic here is a build error with the problem named, which is the point:
// a template the generator does not understand must not build. Nothing of
// this script runs in the library or the wasm module.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::{env, fs, path::Path};

const SOURCE: &str = "templates/resultatredovisning-2024-99.json";

fn main() {
    println!("cargo:rerun-if-changed={SOURCE}");
    println!("cargo:rerun-if-changed=build.rs");
    let json = fs::read_to_string(SOURCE).unwrap_or_else(|e| panic!("{SOURCE}: {e}"));
    let value = Parser::new(&json).document();
    let mut encoder = Encoder::default();
    template(&mut encoder, &value);
    let out = encoder.rust();
    let dest = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("default_template.rs");
    fs::write(&dest, out).unwrap_or_else(|e| panic!("{}: {e}", dest.display()));
}

// ---- a small JSON reader (the build script cannot use the crate's own) ----

#[derive(Debug, Clone)]
enum Value {
    Null,
    Bool(bool),
    Number(String),
    String(String),
    Array(Vec<Value>),
    Object(Vec<(String, Value)>),
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
}

impl<'a> Parser<'a> {
    fn new(s: &'a str) -> Self {
        Parser {
            s: s.as_bytes(),
            i: 0,
        }
    }

    fn document(&mut self) -> Value {
        let v = self.value();
        self.ws();
        assert!(
            self.i == self.s.len(),
            "{SOURCE}: text after the value at byte {}",
            self.i
        );
        v
    }

    fn ws(&mut self) {
        while matches!(self.s.get(self.i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn eat(&mut self, b: u8) -> bool {
        self.ws();
        if self.s.get(self.i) == Some(&b) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    fn expect(&mut self, b: u8) {
        assert!(
            self.eat(b),
            "{SOURCE}: expected `{}` at byte {}",
            b as char,
            self.i
        );
    }

    fn value(&mut self) -> Value {
        self.ws();
        match self.s.get(self.i) {
            Some(b'{') => {
                self.i += 1;
                let mut fields = Vec::new();
                if !self.eat(b'}') {
                    loop {
                        self.ws();
                        let key = self.string();
                        self.expect(b':');
                        fields.push((key, self.value()));
                        if self.eat(b'}') {
                            break;
                        }
                        self.expect(b',');
                    }
                }
                Value::Object(fields)
            }
            Some(b'[') => {
                self.i += 1;
                let mut items = Vec::new();
                if !self.eat(b']') {
                    loop {
                        items.push(self.value());
                        if self.eat(b']') {
                            break;
                        }
                        self.expect(b',');
                    }
                }
                Value::Array(items)
            }
            Some(b'"') => Value::String(self.string()),
            Some(b't') => self.word("true", Value::Bool(true)),
            Some(b'f') => self.word("false", Value::Bool(false)),
            Some(b'n') => self.word("null", Value::Null),
            _ => {
                let start = self.i;
                while matches!(
                    self.s.get(self.i),
                    Some(b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E')
                ) {
                    self.i += 1;
                }
                assert!(self.i > start, "{SOURCE}: unexpected byte at {start}");
                Value::Number(String::from_utf8_lossy(&self.s[start..self.i]).into_owned())
            }
        }
    }

    fn word(&mut self, w: &str, v: Value) -> Value {
        assert!(
            self.s[self.i..].starts_with(w.as_bytes()),
            "{SOURCE}: bad literal at byte {}",
            self.i
        );
        self.i += w.len();
        v
    }

    fn hex4(&mut self) -> u32 {
        let h = std::str::from_utf8(&self.s[self.i..self.i + 4]).expect("ascii");
        self.i += 4;
        u32::from_str_radix(h, 16).unwrap_or_else(|_| panic!("{SOURCE}: bad \\u escape {h}"))
    }

    fn string(&mut self) -> String {
        assert!(
            self.s.get(self.i) == Some(&b'"'),
            "{SOURCE}: expected a string at byte {}",
            self.i
        );
        self.i += 1;
        let mut out = Vec::new();
        loop {
            let b = *self
                .s
                .get(self.i)
                .unwrap_or_else(|| panic!("{SOURCE}: unterminated string"));
            self.i += 1;
            match b {
                b'"' => break,
                b'\\' => {
                    let e = self.s[self.i];
                    self.i += 1;
                    let c = match e {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let hi = self.hex4();
                            let code = if (0xD800..0xDC00).contains(&hi)
                                && self.s[self.i..].starts_with(b"\\u")
                            {
                                self.i += 2;
                                let lo = self.hex4();
                                assert!((0xDC00..0xE000).contains(&lo), "{SOURCE}: lone surrogate");
                                0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                            } else {
                                hi
                            };
                            char::from_u32(code)
                                .unwrap_or_else(|| panic!("{SOURCE}: lone surrogate \\u{code:04x}"))
                        }
                        _ => panic!("{SOURCE}: bad escape at byte {}", self.i),
                    };
                    let mut buf = [0; 4];
                    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                }
                b if b < 0x20 => {
                    panic!("{SOURCE}: control character in a string at byte {}", self.i)
                }
                b => out.push(b),
            }
        }
        String::from_utf8(out).unwrap_or_else(|_| panic!("{SOURCE}: invalid UTF-8"))
    }
}

// ---- the template's shape, encoded (read back by src/template/embedded.rs) ----

/// The encoded template: every string once in `strings`, and a stream of
/// numbers: how many strings, their lengths, then the template in the
/// model's field order — string references (index + 1; 0 = none), counts,
/// variant numbers, integers. Written as LEB128 bytes (7 bits a byte, low
/// first): most numbers are below 128, so one byte each.
#[derive(Default)]
struct Encoder {
    strings: String,
    lengths: Vec<u64>,
    index: BTreeMap<String, u64>,
    words: Vec<u64>,
}

impl Encoder {
    fn word(&mut self, w: u64) {
        self.words.push(w);
    }

    fn count(&mut self, n: usize) {
        self.word(n as u64);
    }

    fn string(&mut self, v: &Value, what: &str) {
        let s = as_str(v, what);
        let i = match self.index.get(s) {
            Some(&i) => i,
            None => {
                self.strings.push_str(s);
                self.lengths.push(s.len() as u64);
                let i = self.lengths.len() as u64;
                self.index.insert(s.to_string(), i);
                i
            }
        };
        self.words.push(i);
    }

    fn opt_string(&mut self, v: Option<&Value>, what: &str) {
        match v {
            None => self.words.push(0),
            Some(v) => self.string(v, what),
        }
    }

    /// 0 none, 1 plain, 2 Swedish and an optional English.
    fn text(&mut self, v: &Value, what: &str) {
        match v {
            Value::String(_) => {
                self.words.push(1);
                self.string(v, what);
            }
            Value::Object(_) => {
                let f = fields(v, what, &["sv", "en"]);
                self.words.push(2);
                self.string(need(&f, "sv", what), what);
                self.opt_string(get(&f, "en"), what);
            }
            _ => panic!("{SOURCE}: {what} is not a text"),
        }
    }

    fn opt_text(&mut self, v: Option<&Value>, what: &str) {
        match v {
            None => self.words.push(0),
            Some(v) => self.text(v, what),
        }
    }

    fn list(&mut self, v: Option<&Value>, what: &str, item: fn(&mut Encoder, &Value, &str)) {
        let items: &[Value] = match v {
            None => &[],
            Some(Value::Array(items)) => items,
            Some(_) => panic!("{SOURCE}: {what} is not a list"),
        };
        self.count(items.len());
        for v in items {
            item(self, v, what);
        }
    }

    fn strings(&mut self, v: &Value, what: &str) {
        self.list(Some(v), what, Encoder::string);
    }

    fn variant(&mut self, v: &Value, what: &str, names: &[&str]) {
        let name = as_str(v, what);
        let n = names
            .iter()
            .position(|n| *n == name)
            .unwrap_or_else(|| panic!("{SOURCE}: unknown variant `{name}` in {what}"));
        self.count(n);
    }

    fn string_lists(&mut self, v: Option<&Value>, what: &str) {
        let entries: &[(String, Value)] = match v {
            None => &[],
            Some(Value::Object(entries)) => entries,
            Some(_) => panic!("{SOURCE}: {what} is not a map"),
        };
        // As the reader: a repeated name keeps the last list; in name order.
        let map: BTreeMap<&str, &Value> = entries.iter().map(|(k, v)| (k.as_str(), v)).collect();
        self.count(map.len());
        for (name, words) in map {
            self.string(&Value::String(name.to_string()), what);
            self.strings(words, what);
        }
    }

    /// The generated Rust: the two statics `embedded.rs` reads.
    fn rust(&self) -> String {
        let mut bytes = Vec::new();
        let numbers = std::iter::once(self.lengths.len() as u64)
            .chain(self.lengths.iter().copied())
            .chain(self.words.iter().copied());
        for mut n in numbers {
            while n >= 0x80 {
                bytes.push(0x80 | (n & 0x7f) as u8);
                n >>= 7;
            }
            bytes.push(n as u8);
        }
        let mut out = String::from("// Generated by build.rs from ");
        out.push_str(SOURCE);
        out.push_str("; do not edit.\n");
        writeln!(out, "static STRINGS: &str = {:?};", self.strings).expect("write to a String");
        writeln!(out, "static NUMBERS: [u8; {}] = {:?};", bytes.len(), bytes)
            .expect("write to a String");
        out
    }
}

fn uint(v: &Value, max: u64, what: &str) -> u64 {
    match v {
        Value::Number(n) => n.parse::<u64>().ok().filter(|&n| n <= max),
        _ => None,
    }
    .unwrap_or_else(|| panic!("{SOURCE}: {what} is not an integer ≤ {max}"))
}

/// The fields of an object by name, with the allowed names checked: an
/// unknown or repeated field fails the build.
fn fields<'v>(v: &'v Value, what: &str, allowed: &[&str]) -> BTreeMap<&'v str, &'v Value> {
    let Value::Object(fs) = v else {
        panic!("{SOURCE}: {what} is not an object")
    };
    let mut map = BTreeMap::new();
    for (k, v) in fs {
        assert!(
            allowed.contains(&k.as_str()),
            "{SOURCE}: unknown field `{k}` in {what}"
        );
        assert!(
            map.insert(k.as_str(), v).is_none(),
            "{SOURCE}: duplicate field `{k}` in {what}"
        );
    }
    map
}

/// A present, non-null field.
fn get<'v>(f: &BTreeMap<&str, &'v Value>, name: &str) -> Option<&'v Value> {
    f.get(name).copied().filter(|v| !matches!(v, Value::Null))
}

fn need<'v>(f: &BTreeMap<&str, &'v Value>, name: &str, what: &str) -> &'v Value {
    get(f, name).unwrap_or_else(|| panic!("{SOURCE}: missing field `{name}` in {what}"))
}

fn as_str<'v>(v: &'v Value, what: &str) -> &'v str {
    match v {
        Value::String(s) => s,
        _ => panic!("{SOURCE}: {what} is not a string"),
    }
}

fn template(e: &mut Encoder, v: &Value) {
    let what = "the template";
    let f = fields(
        v,
        what,
        &[
            "format",
            "id",
            "version",
            "title",
            "language",
            "policy",
            "near_threshold_percent",
            "vocabularies",
            "vocabulary_exclusions",
            "sections",
            "questions",
            "limits",
            "instructions",
            "$schema",
        ],
    );
    e.string(need(&f, "format", what), "format");
    e.string(need(&f, "id", what), "id");
    e.opt_string(get(&f, "version"), "version");
    e.text(need(&f, "title", what), "title");
    e.opt_string(get(&f, "language"), "language");
    // The policy: unit, line break (the reader starts from the defaults).
    let (mut unit, mut line_break) = (0, 1);
    if let Some(p) = f.get("policy") {
        let p = fields(p, "policy", &["unit", "line_break"]);
        if let Some(u) = p.get("unit") {
            let name = as_str(u, "policy.unit");
            unit = ["grapheme", "code_point", "utf16"]
                .iter()
                .position(|n| *n == name)
                .unwrap_or_else(|| panic!("{SOURCE}: unknown unit `{name}`"))
                as u64;
        }
        if let Some(l) = p.get("line_break") {
            line_break = uint(l, 255, "policy.line_break");
        }
    }
    e.word(unit);
    e.word(line_break);
    let near = f
        .get("near_threshold_percent")
        .map_or(90, |v| uint(v, 255, "near_threshold_percent"));
    e.word(near);
    e.string_lists(f.get("vocabularies").copied(), "vocabularies");
    e.string_lists(get(&f, "vocabulary_exclusions"), "vocabulary_exclusions");
    e.list(Some(need(&f, "sections", what)), "a section", section);
    e.list(Some(need(&f, "questions", what)), "a question", question);
    e.list(f.get("limits").copied(), "a limit", limit);
    e.list(
        f.get("instructions").copied(),
        "an instruction",
        instruction,
    );
}

fn section(e: &mut Encoder, v: &Value, what: &str) {
    let f = fields(v, what, &["id", "title"]);
    e.string(need(&f, "id", what), what);
    e.text(need(&f, "title", what), what);
}

fn question(e: &mut Encoder, v: &Value, what: &str) {
    let f = fields(
        v,
        what,
        &[
            "id", "section", "topic", "group", "stem", "text", "kind", "choices", "optional",
            "footnote",
        ],
    );
    e.string(need(&f, "id", what), what);
    e.string(need(&f, "section", what), what);
    e.opt_string(get(&f, "topic"), what);
    e.opt_string(get(&f, "group"), what);
    e.opt_text(get(&f, "stem"), what);
    e.text(need(&f, "text", what), what);
    e.variant(need(&f, "kind", what), what, &["text", "choice"]);
    e.list(f.get("choices").copied(), "a choice", choice);
    let optional = match f.get("optional") {
        None => false,
        Some(Value::Bool(b)) => *b,
        Some(_) => panic!("{SOURCE}: optional is not true or false in {what}"),
    };
    e.word(u64::from(optional));
    e.opt_text(get(&f, "footnote"), what);
}

fn choice(e: &mut Encoder, v: &Value, what: &str) {
    let f = fields(v, what, &["id", "label", "explanation", "prompt"]);
    e.string(need(&f, "id", what), what);
    e.text(need(&f, "label", what), what);
    match f.get("explanation") {
        Some(x) => e.variant(x, what, &["required", "optional", "none"]),
        None => e.word(2),
    }
    e.opt_text(get(&f, "prompt"), what);
}

fn limit(e: &mut Encoder, v: &Value, what: &str) {
    let f = fields(v, what, &["id", "section", "max", "questions", "text"]);
    e.string(need(&f, "id", what), what);
    e.opt_string(get(&f, "section"), what);
    e.word(uint(need(&f, "max", what), u64::MAX, what));
    e.strings(need(&f, "questions", what), what);
    e.opt_text(get(&f, "text"), what);
}

fn instruction(e: &mut Encoder, v: &Value, what: &str) {
    let f = fields(
        v,
        what,
        &[
            "id",
            "check",
            "mode",
            "questions",
            "vocabulary",
            "message",
            "text",
        ],
    );
    e.string(need(&f, "id", what), what);
    e.string(need(&f, "check", what), what);
    e.variant(need(&f, "mode", what), what, &["each", "any"]);
    e.strings(need(&f, "questions", what), what);
    e.opt_string(get(&f, "vocabulary"), what);
    e.text(need(&f, "message", what), what);
    e.opt_text(get(&f, "text"), what);
}
