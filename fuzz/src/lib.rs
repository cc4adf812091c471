//! What each fuzz target feeds the core and what it asserts.
//!
//! Every target is a function of raw bytes, so libFuzzer (`fuzz_targets/*.rs`)
//! and the native replay test (`tests/fuzz_regressions.rs`, which includes this
//! file as a module) run exactly the same code on exactly the same input.
//! Structure-aware targets turn the bytes into a value with `arbitrary`, as
//! libfuzzer-sys would, so a saved input replays identically.
//!
//! A target fails by panicking: the core itself must never panic, so every
//! panic here is either a broken promise (an `assert!`) or a bug in the core.

use std::sync::Arc;

use arbitrary::{Arbitrary, Unstructured};
use formkoll::{
    check, check_json, count, count_code_points, count_default, count_utf16, format_number,
    normalize, scan, Answer, CheckResult, ErrorCode, Lang, Policy, Report, Session, Template, Unit,
    Update,
};
use serde_json::Value;
use unicode_segmentation::UnicodeSegmentation;

/// Texts that exercise the counting and hygiene rules: NFD, CRLF, lone CR,
/// NBSP, emoji sequences, lone regional indicators, invisibles, PDF damage,
/// keywords of the default template's instructions, and markup.
pub const PALETTE: &[&str] = &[
    "a",
    "Kommunen ",
    "å",
    "a\u{30A}",
    "e\u{301}",
    "\r\n",
    "\r",
    "\n",
    "\u{A0}",
    "11\u{A0}000",
    "👩🏻\u{200D}🚀",
    "🇸",
    "🇪",
    "\u{200B}",
    "\u{FEFF}",
    "\u{AD}",
    " ",
    "\t",
    "utmaning ",
    "framgångsfaktor ",
    "uppföljning ",
    "målen ",
    "utveck- ling",
    "fö r ",
    "\u{7}",
    "\u{85}",
    "\u{0}",
    "\"\\<script>alert(1)</script>",
    "\u{10FFFF}",
    "La\u{308}nsstyrelsen ",
    "-",
];

/// A small template whose budgets overlap, whose policy differs from the
/// default, and which has an optional choice question and a zero budget.
pub const TINY_TEMPLATE: &str = r#"{"format":"formkoll-template/1","id":"tiny","title":{"sv":"Liten","en":"Tiny"},
 "policy":{"unit":"utf16","line_break":2},"near_threshold_percent":50,
 "vocabularies":{"actors":["kommun","*aktör"],"goals":["*mål"]},
 "sections":[{"id":"A","title":"A"},{"id":"B","title":"B"}],
 "questions":[
  {"id":"a1","section":"A","text":"T","kind":"text"},
  {"id":"a2","section":"A","text":"T","kind":"text","optional":true},
  {"id":"b1","section":"B","text":"T","kind":"choice","optional":true,"choices":[
    {"id":"ja","label":"Ja","explanation":"optional"},
    {"id":"nej","label":"Nej","explanation":"required","prompt":"Varför?"}]},
  {"id":"b2","section":"B","text":"T","kind":"choice","choices":[{"id":"x","label":"X"}]}],
 "limits":[{"id":"A","section":"A","max":20,"questions":["a1","a2"]},
  {"id":"a1-own","max":5,"questions":["a1"]},
  {"id":"cross","max":0,"questions":["a2","b1"]}],
 "instructions":[{"id":"i1","check":"actors","mode":"each","questions":["a1","b1"],"message":"ange aktörer"},
  {"id":"i2","check":"goals","mode":"any","questions":["a2","b2"],"message":{"sv":"ange mål%{scope}","en":"name goals%{scope}"}}]}"#;

/// Returns the tiny template, or its variant counting code points with line breaks as 0.
pub fn tiny_template(variant: bool) -> Template {
    let json = if variant {
        TINY_TEMPLATE.replace(
            r#""unit":"utf16","line_break":2"#,
            r#""unit":"code_point","line_break":0"#,
        )
    } else {
        TINY_TEMPLATE.to_string()
    };
    Template::from_json(&json).unwrap_or_else(|e| panic!("the tiny template must load: {e}"))
}

// ---------------------------------------------------------------- template_bytes

/// Loads a template from arbitrary bytes (lossily decoded). An error must be
/// `template.invalid`; a template that loads must check reports without panicking.
pub fn template_bytes(data: &[u8]) {
    let json = String::from_utf8_lossy(data);
    match Template::from_json(&json) {
        Ok(t) => exercise_template(&t),
        Err(e) => {
            assert_eq!(e.code(), ErrorCode::TemplateInvalid, "{e}");
            assert!(!e.reason().is_empty(), "an error says why: {e}");
            if let Some(v) = parse_strict(&json) {
                assert_path_resolves(&v, e.path());
            }
        }
    }
}

/// Parses JSON into a [`Value`], or `None` when it is not JSON or an object
/// repeats a key (a `Value` keeps only the last, so a path into the first
/// could not be resolved).
pub fn parse_strict(json: &str) -> Option<Value> {
    use serde::de::{Deserialize, Deserializer, Error, MapAccess, SeqAccess, Visitor};
    struct Strict(Value);
    struct V;
    impl<'de> Visitor<'de> for V {
        type Value = Strict;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("JSON")
        }
        fn visit_bool<E: Error>(self, v: bool) -> Result<Strict, E> {
            Ok(Strict(v.into()))
        }
        fn visit_i64<E: Error>(self, v: i64) -> Result<Strict, E> {
            Ok(Strict(v.into()))
        }
        fn visit_u64<E: Error>(self, v: u64) -> Result<Strict, E> {
            Ok(Strict(v.into()))
        }
        fn visit_f64<E: Error>(self, v: f64) -> Result<Strict, E> {
            Ok(Strict(v.into()))
        }
        fn visit_str<E: Error>(self, v: &str) -> Result<Strict, E> {
            Ok(Strict(v.into()))
        }
        fn visit_unit<E: Error>(self) -> Result<Strict, E> {
            Ok(Strict(Value::Null))
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Strict, A::Error> {
            let mut out = Vec::new();
            while let Some(Strict(v)) = seq.next_element()? {
                out.push(v);
            }
            Ok(Strict(Value::Array(out)))
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Strict, A::Error> {
            let mut out = serde_json::Map::new();
            while let Some(k) = map.next_key::<String>()? {
                let Strict(v) = map.next_value()?;
                if out.insert(k, v).is_some() {
                    return Err(A::Error::custom("duplicate key"));
                }
            }
            Ok(Strict(Value::Object(out)))
        }
    }
    impl<'de> Deserialize<'de> for Strict {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Strict, D::Error> {
            d.deserialize_any(V)
        }
    }
    serde_json::from_str::<Strict>(json).ok().map(|s| s.0)
}

/// Checks reports against a template that loaded: empty, every question
/// answered, every choice chosen; a session must agree with `check`.
fn exercise_template(t: &Template) {
    let t = Arc::new(t.clone());
    let empty = Report::new(t.id(), vec![]);
    let r = check(&t, &empty, Lang::Sv).unwrap_or_else(|e| panic!("checking an empty report: {e}"));
    assert_result_invariants(&r);
    let Ok(mut s) = Session::new(Arc::clone(&t), empty, Lang::En) else {
        panic!("a session on an empty report must start")
    };
    let questions: Vec<_> = t
        .data()
        .questions
        .iter()
        .map(|q| (q.id.clone(), q.choices.first().map(|c| c.id.clone())))
        .collect();
    for (i, (id, choice)) in questions.iter().enumerate().take(64) {
        let text = "Kommunen och regionen ".repeat(i % 4);
        let u = s
            .set(id, &text)
            .unwrap_or_else(|e| panic!("set {id:?}: {e}"));
        assert_update_matches(&s, &u);
        if let Some(c) = choice {
            let u = s
                .choose(id, Some(c))
                .unwrap_or_else(|e| panic!("choose {id:?}: {e}"));
            assert_update_matches(&s, &u);
        }
    }
    assert_session_matches_check(&s);
}

/// A JSON path from an error ("questions[3].kind", "vocabularies.x[0]") must
/// name a value that exists in the document, so a person can find it. A `?`
/// segment (a value serde could not track) ends the walk.
pub fn assert_path_resolves(doc: &Value, path: &str) {
    let mut at = doc;
    // A key holding '.', '[' or ']' makes a path ambiguous ("a.b" the key or
    // the nesting); such documents are not asserted on.
    fn ambiguous(v: &Value) -> bool {
        match v {
            Value::Object(m) => m
                .iter()
                .any(|(k, x)| k.contains(['.', '[', ']']) || ambiguous(x)),
            Value::Array(a) => a.iter().any(ambiguous),
            _ => false,
        }
    }
    if path.is_empty() || ambiguous(doc) {
        return;
    }
    let segments: Vec<&str> = path.split('.').collect();
    for (n, segment) in segments.iter().copied().enumerate() {
        if segment == "?" {
            return;
        }
        let (key, mut rest) = match segment.find('[') {
            Some(i) => (&segment[..i], &segment[i..]),
            None => (segment, ""),
        };
        // "questions[0]" names a key then an index; "vocabularies.[0]" the
        // empty key "" then an index; only a document that is itself an
        // array starts with "[".
        if !(key.is_empty() && at.is_array()) {
            // A key containing '.' cannot be told apart from nesting; such
            // documents are not asserted on.
            let Value::Object(m) = at else {
                panic!("path {path:?}: {key:?} is not in an object")
            };
            match m.get(key) {
                Some(v) => at = v,
                None if m.keys().any(|k| k.contains('.') || k.contains('[')) => return,
                // A consistency error may name a field left out, where it
                // belongs ("questions[0].choices" of a choice question).
                None if n + 1 == segments.len() && rest.is_empty() => return,
                None => panic!("path {path:?}: no key {key:?}"),
            }
        }
        while let Some(close) = rest.find(']') {
            let index: usize = rest[1..close]
                .parse()
                .unwrap_or_else(|_| panic!("path {path:?}: bad index"));
            let Value::Array(a) = at else {
                panic!("path {path:?}: [{index}] is not in an array")
            };
            at = a
                .get(index)
                .unwrap_or_else(|| panic!("path {path:?}: no element {index}"));
            rest = &rest[close + 1..];
        }
    }
}

// ---------------------------------------------------------------- template_structured

/// An id from a small pool, so that references collide and resolve often.
#[derive(Arbitrary, Debug, Clone, Copy)]
pub struct Id(u8);

const IDS: &[&str] = &[
    "1", "2", "3", "1.1", "1.2", "2.1", "a", "", " ", "x\u{0}", "å", "1.1 ",
];
const VOCABS: &[&str] = &[
    "actors",
    "goals",
    "basis",
    "challenges",
    "success_factors",
    "x",
    "",
];

impl Id {
    fn get(self) -> &'static str {
        IDS[usize::from(self.0) % IDS.len()]
    }
}

/// Template texts: plain, localized, or a wrong shape.
#[derive(Arbitrary, Debug)]
pub enum GenText {
    /// A plain string.
    Plain(String),
    /// `{"sv": …, "en": …}`.
    Localized(String, Option<String>),
    /// `{"en": …}` with no Swedish.
    NoSwedish(String),
    /// A number where text belongs.
    Number(i32),
}

impl GenText {
    fn json(&self) -> Value {
        match self {
            GenText::Plain(s) => Value::from(s.as_str()),
            GenText::Localized(sv, en) => {
                let mut m = serde_json::Map::new();
                m.insert("sv".into(), sv.as_str().into());
                if let Some(en) = en {
                    m.insert("en".into(), en.as_str().into());
                }
                Value::Object(m)
            }
            GenText::NoSwedish(en) => serde_json::json!({ "en": en }),
            GenText::Number(n) => Value::from(*n),
        }
    }
}

/// A question.
#[derive(Arbitrary, Debug)]
pub struct GenQuestion {
    id: Id,
    section: Id,
    text: GenText,
    kind: u8,
    choices: Vec<(Id, GenText, u8, Option<GenText>)>,
    optional: Option<bool>,
}

/// A limit.
#[derive(Arbitrary, Debug)]
pub struct GenLimit {
    id: Id,
    section: Option<Id>,
    max: u64,
    questions: Vec<Id>,
}

/// An instruction.
#[derive(Arbitrary, Debug)]
pub struct GenInstruction {
    id: Id,
    check: u8,
    mode: u8,
    questions: Vec<Id>,
    vocabulary: Option<u8>,
}

/// A change to the built document, applied at the `target`-th object or array.
#[derive(Arbitrary, Debug)]
pub enum Damage {
    /// Removes a key.
    Remove(u16, u8),
    /// Adds an unknown key.
    Unknown(u16, String),
    /// Replaces a value with one of another type.
    WrongType(u16, u8, u8),
    /// Replaces a value with deeply nested arrays.
    Nest(u16, u8, u16),
}

/// A template built from a small grammar, then optionally damaged.
#[derive(Arbitrary, Debug)]
pub struct GenTemplate {
    format_ok: bool,
    id: Id,
    title: GenText,
    policy: Option<(u8, u8)>,
    near: Option<u8>,
    vocabularies: Vec<(u8, Vec<String>)>,
    /// Words taken out of a vocabulary; the names come from the same small
    /// set, so an exclusion names an existing vocabulary or a missing one.
    vocabulary_exclusions: Vec<(u8, Vec<String>)>,
    sections: Vec<(Id, GenText)>,
    questions: Vec<GenQuestion>,
    limits: Vec<GenLimit>,
    instructions: Vec<GenInstruction>,
    damage: Vec<Damage>,
    report: Vec<(Id, Option<Id>, String)>,
}

fn pick<'a>(options: &[&'a str], n: u8) -> &'a str {
    options[usize::from(n) % options.len()]
}

impl GenTemplate {
    /// The JSON document.
    pub fn json(&self) -> Value {
        use serde_json::json;
        let mut t = json!({
            "format": if self.format_ok { "formkoll-template/1" } else { "formkoll-template/2" },
            "id": self.id.get(),
            "title": self.title.json(),
            "sections": self.sections.iter().map(|(id, title)| json!({"id": id.get(), "title": title.json()})).collect::<Vec<_>>(),
            "questions": self.questions.iter().map(|q| {
                let mut v = json!({
                    "id": q.id.get(), "section": q.section.get(), "text": q.text.json(),
                    "kind": pick(&["text", "choice", "Text", "multi"], q.kind),
                });
                if !q.choices.is_empty() {
                    v["choices"] = q.choices.iter().map(|(id, label, ex, prompt)| {
                        let mut c = json!({"id": id.get(), "label": label.json(),
                            "explanation": pick(&["required", "optional", "none", "maybe"], *ex)});
                        if let Some(p) = prompt { c["prompt"] = p.json(); }
                        c
                    }).collect();
                }
                if let Some(o) = q.optional { v["optional"] = o.into(); }
                v
            }).collect::<Vec<_>>(),
        });
        if let Some((unit, lb)) = self.policy {
            t["policy"] = json!({"unit": pick(&["grapheme", "code_point", "utf16", "bytes"], unit), "line_break": lb % 4});
        }
        if let Some(n) = self.near {
            t["near_threshold_percent"] = n.into();
        }
        if !self.vocabularies.is_empty() {
            t["vocabularies"] = self
                .vocabularies
                .iter()
                .map(|(name, words)| (pick(VOCABS, *name).to_string(), Value::from(words.clone())))
                .collect::<serde_json::Map<_, _>>()
                .into();
        }
        if !self.vocabulary_exclusions.is_empty() {
            t["vocabulary_exclusions"] = self
                .vocabulary_exclusions
                .iter()
                .map(|(name, words)| (pick(VOCABS, *name).to_string(), Value::from(words.clone())))
                .collect::<serde_json::Map<_, _>>()
                .into();
        }
        if !self.limits.is_empty() {
            t["limits"] = self.limits.iter().map(|l| {
                let mut v = json!({"id": l.id.get(), "max": l.max, "questions": l.questions.iter().map(|q| q.get()).collect::<Vec<_>>()});
                if let Some(s) = l.section { v["section"] = s.get().into(); }
                v
            }).collect();
        }
        if !self.instructions.is_empty() {
            t["instructions"] = self.instructions.iter().map(|i| {
                let mut v = json!({"id": i.id.get(),
                    "check": pick(&["actors", "challenges", "success_factors", "basis", "goals", "other"], i.check),
                    "mode": pick(&["each", "any", "all"], i.mode),
                    "questions": i.questions.iter().map(|q| q.get()).collect::<Vec<_>>(),
                    "message": "ange det"});
                if let Some(n) = i.vocabulary { v["vocabulary"] = pick(VOCABS, n).into(); }
                v
            }).collect();
        }
        for d in &self.damage {
            damage(&mut t, d);
        }
        t
    }
}

/// Pointers to every object and array in `v`, in document order.
fn containers(v: &Value, at: String, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            out.push(at.clone());
            for (k, x) in m {
                containers(
                    x,
                    format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")),
                    out,
                );
            }
        }
        Value::Array(a) => {
            out.push(at.clone());
            for (i, x) in a.iter().enumerate() {
                containers(x, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

fn damage(doc: &mut Value, d: &Damage) {
    let mut all = Vec::new();
    containers(doc, String::new(), &mut all);
    let target = match d {
        Damage::Remove(t, _)
        | Damage::Unknown(t, _)
        | Damage::WrongType(t, _, _)
        | Damage::Nest(t, _, _) => *t,
    };
    let Some(ptr) = all.get(usize::from(target) % all.len().max(1)) else {
        return;
    };
    let Some(node) = doc.pointer_mut(ptr) else {
        return;
    };
    let wrong = |kind: u8| match kind % 6 {
        0 => Value::Null,
        1 => Value::from(-1),
        2 => Value::from(1.5e300),
        3 => Value::from(true),
        4 => Value::Array(vec![]),
        _ => serde_json::json!({}),
    };
    let nested = |depth: u16| {
        let depth = usize::from(depth).min(4096);
        serde_json::from_str::<Value>(&format!("{}{}", "[".repeat(depth), "]".repeat(depth)))
            .unwrap_or(Value::Null)
    };
    match (node, d) {
        (Value::Object(m), Damage::Remove(_, k)) => {
            let key = m.keys().nth(usize::from(*k) % m.len().max(1)).cloned();
            if let Some(key) = key {
                m.remove(&key);
            }
        }
        (Value::Array(a), Damage::Remove(_, k)) if !a.is_empty() => {
            let i = usize::from(*k) % a.len();
            a.remove(i);
        }
        (Value::Object(m), Damage::Unknown(_, key)) => {
            m.insert(key.clone(), Value::from(1));
        }
        (Value::Object(m), Damage::WrongType(_, k, kind)) => {
            let key = m.keys().nth(usize::from(*k) % m.len().max(1)).cloned();
            if let Some(key) = key {
                m.insert(key, wrong(*kind));
            }
        }
        (Value::Array(a), Damage::WrongType(_, k, kind)) if !a.is_empty() => {
            let i = usize::from(*k) % a.len();
            a[i] = wrong(*kind);
        }
        (Value::Object(m), Damage::Nest(_, k, depth)) => {
            let key = m.keys().nth(usize::from(*k) % m.len().max(1)).cloned();
            if let Some(key) = key {
                m.insert(key, nested(*depth));
            }
        }
        _ => {}
    }
}

/// Loads a template built by [`GenTemplate`]; an error must be
/// `template.invalid` and its path must exist in the document; a template
/// that loads must check reports (including [`GenTemplate::report`]) without panicking.
pub fn template_structured(data: &[u8]) {
    let Ok(g) = GenTemplate::arbitrary_take_rest(Unstructured::new(data)) else {
        return;
    };
    let doc = g.json();
    let Ok(json) = serde_json::to_string(&doc) else {
        return;
    };
    match Template::from_json(&json) {
        Ok(t) => {
            exercise_template(&t);
            let mut answers: Vec<(String, Answer)> = Vec::new();
            for (q, choice, text) in &g.report {
                if answers.iter().any(|(k, _)| k == q.get()) {
                    continue;
                }
                let a = match choice {
                    Some(c) => Answer::Choice {
                        choice: Some(c.get().to_string()),
                        text: text.clone(),
                    },
                    None => Answer::Text(text.clone()),
                };
                answers.push((q.get().to_string(), a));
            }
            let report = Report::new(t.id(), answers);
            let r = check(&t, &report, Lang::Sv).unwrap_or_else(|e| panic!("check: {e}"));
            assert_result_invariants(&r);
        }
        Err(e) => {
            assert_eq!(e.code(), ErrorCode::TemplateInvalid, "{e}");
            assert_path_resolves(&doc, e.path());
        }
    }
}

// ---------------------------------------------------------------- check_report

/// Checks an arbitrary report (lossily decoded bytes) against the default
/// template (or the tiny one when the report names "tiny"). Errors must carry
/// the right code; results must be internally consistent, deterministic and
/// equal through `check_json`; the report must survive a JSON round trip.
pub fn check_report(data: &[u8]) {
    let json = String::from_utf8_lossy(data);
    let report = match Report::from_json(&json) {
        Ok(r) => r,
        Err(e) => {
            assert_eq!(e.code(), ErrorCode::ReportInvalid, "{e}");
            if let Some(v) = parse_strict(&json) {
                assert_path_resolves(&v, e.path());
            }
            return;
        }
    };
    let again = Report::from_json(&report.to_json())
        .unwrap_or_else(|e| panic!("a written report must read back: {e}"));
    assert_eq!(
        again.answers, report.answers,
        "answers survive a round trip"
    );
    assert_eq!(again.template, report.template);
    let t = if report.template.as_deref() == Some("tiny") {
        tiny_template(false)
    } else {
        Template::default_template()
    };
    for lang in [Lang::Sv, Lang::En] {
        match check(&t, &report, lang) {
            Ok(r) => {
                assert_result_invariants(&r);
                let via_json =
                    check_json(&t, &json, lang).unwrap_or_else(|e| panic!("check_json: {e}"));
                assert_eq!(via_json, r, "check_json agrees with check");
                assert_eq!(
                    check(&t, &report, lang).ok(),
                    Some(r),
                    "check is deterministic"
                );
            }
            Err(e) => {
                assert_eq!(e.code(), ErrorCode::ReportTemplateMismatch, "{e}");
                assert_eq!(e.path(), "template");
            }
        }
    }
}

/// Invariants of every result: budgets are the sums of their questions'
/// counts, validity and counts agree with the findings, score is a percentage.
pub fn assert_result_invariants(r: &CheckResult) {
    for l in &r.limits {
        let sum: u64 = r
            .questions
            .iter()
            .filter(|q| l.questions.contains(&q.id))
            .map(|q| q.count)
            .sum();
        assert_eq!(l.count, sum, "limit {} is the sum of its questions", l.id);
        assert_eq!(l.over_by, l.count.saturating_sub(l.max));
    }
    let errors = r.findings.iter().filter(|f| f.is_error()).count() as u64;
    assert_eq!(r.counts.errors, errors);
    assert_eq!(r.valid, errors == 0);
    assert!(r.score <= 100, "score {}", r.score);
    assert_eq!(r.score, r.score_breakdown.score);
    assert!(
        r.findings.iter().all(|f| !f.message.is_empty()),
        "every finding has a message"
    );
}

// ---------------------------------------------------------------- text

/// Counts and normalizes arbitrary text (lossily decoded bytes; the first
/// byte picks where to split it). Asserts: the default count equals
/// unicode-segmentation's, is at most the code points; every policy counts
/// without panicking; a concatenation counts within 1 of the sum; normalize
/// only deletes, is idempotent, and changes exactly what `scan` reports.
pub fn text(data: &[u8]) {
    let (split, rest) = match data.split_first() {
        Some((s, r)) => (usize::from(*s), r),
        None => (0, data),
    };
    let text = String::from_utf8_lossy(rest);
    let text = text.as_ref();
    assert_text_invariants(text);

    let mut at = if text.is_empty() {
        0
    } else {
        split * text.len() / 256
    };
    while !text.is_char_boundary(at) {
        at += 1;
    }
    let (a, b) = text.split_at(at);
    assert_concatenation(a, b);
    let n64 = u64::try_from(count_default(text)).unwrap_or(u64::MAX);
    assert!(!format_number(n64, Lang::Sv).is_empty());
}

/// The per-text invariants of [`text`], for one whole text.
pub fn assert_text_invariants(text: &str) {
    let n = count_default(text);
    assert_eq!(
        n,
        text.graphemes(true).count(),
        "count equals unicode-segmentation on {text:?}"
    );
    assert!(
        n <= count_code_points(text),
        "count ≤ code points on {text:?}"
    );
    assert!(count_code_points(text) <= count_utf16(text));
    for unit in [Unit::Grapheme, Unit::CodePoint, Unit::Utf16] {
        for line_break in 0..=2 {
            let _ = count(text, &Policy { unit, line_break });
        }
    }
    assert_eq!(
        count(text, &Policy::default()),
        n,
        "the default policy is the default count"
    );

    let once = normalize(text);
    assert!(
        is_subsequence(&once.text, text),
        "normalize only deletes: {text:?} -> {:?}",
        once.text
    );
    let twice = normalize(&once.text);
    assert_eq!(twice.text, once.text, "normalize is idempotent on {text:?}");
    assert!(
        twice.changes.is_empty(),
        "a normalized text needs no change: {:?}",
        twice.changes
    );
    assert_eq!(
        once.changes.is_empty(),
        once.text == text,
        "changes are reported iff the text changed"
    );
    assert_eq!(
        scan(text).is_empty(),
        once.changes.is_empty(),
        "scan flags exactly what normalize changes: {text:?}"
    );
    assert!(
        scan(&once.text).is_empty(),
        "nothing left to flag after normalize: {:?}",
        once.text
    );
}

/// How the count of `a + b` relates to the counts of its parts: exactly
/// their sum when the join is a cluster boundary of `a + b`; otherwise at
/// most the sum and at least the sum minus 2. The join can merge 2 clusters,
/// not just 1, when `b` starts inside a cluster: "👩" + "\u{200D}🚀" (the
/// lone ZWJ is a cluster of `b`, and 🚀 joins across it: 1 + 2 -> 1), and
/// the Devanagari conjunct "क" + "\u{94D}षि" (UAX #29 rule GB9c).
pub fn assert_concatenation(a: &str, b: &str) {
    let ab = format!("{a}{b}");
    let (n, na, nb) = (count_default(&ab), count_default(a), count_default(b));
    let at_boundary =
        ab.grapheme_indices(true).any(|(i, _)| i == a.len()) || a.is_empty() || b.is_empty();
    if at_boundary {
        assert_eq!(
            n,
            na + nb,
            "count({a:?} + {b:?}) joined at a cluster boundary"
        );
    } else {
        assert!(
            n <= na + nb && n + 2 >= na + nb,
            "count({a:?} + {b:?}) = {n}, parts {na} + {nb}"
        );
    }
}

/// Returns true if and only if `small`'s chars appear in `big` in order.
pub fn is_subsequence(small: &str, big: &str) -> bool {
    let mut big = big.chars();
    small.chars().all(|c| big.by_ref().any(|b| b == c))
}

// ---------------------------------------------------------------- session

/// A piece of an edited text.
#[derive(Arbitrary, Debug)]
pub enum Piece {
    /// One of [`PALETTE`].
    Lit(u8),
    /// Any string.
    Any(String),
    /// A palette entry repeated (long answers, over budget).
    Repeat(u8, u16),
}

/// One edit a person (or a script) makes.
#[derive(Arbitrary, Debug)]
pub enum Edit {
    /// `session.set(question, text)`.
    Set(u8, Vec<Piece>),
    /// `session.choose(question, choice)`; `None` clears the choice.
    Choose(u8, Option<u8>),
    /// `session.set_lang`.
    Lang(bool),
    /// Rebuild the session from its own report's JSON.
    Reload,
}

/// A starting report and edits to apply.
#[derive(Arbitrary, Debug)]
pub struct Script {
    /// 0: the default template; 1, 2: the tiny template and its variant.
    pub template: u8,
    /// Answers the report starts with: question, choice, text.
    pub start: Vec<(u8, Option<Option<u8>>, Vec<Piece>)>,
    /// The edits.
    pub edits: Vec<Edit>,
}

/// Question ids a script may name: the template's and some it lacks.
fn question_ids(t: &Template) -> Vec<String> {
    let mut ids: Vec<String> = t.data().questions.iter().map(|q| q.id.clone()).collect();
    ids.extend(["9.9", "", "1.1 ", "a1\u{0}"].map(String::from));
    ids
}

/// Choice values a script may use: the question's own and some it lacks.
fn choice_value(t: &Template, q: &str, n: u8) -> String {
    let mut ids: Vec<String> = t
        .data()
        .questions
        .iter()
        .filter(|x| x.id == q)
        .flat_map(|x| x.choices.iter().map(|c| c.id.clone()))
        .collect();
    ids.extend(["JA", "ja ", "okänt", "", "nej\r\n"].map(String::from));
    ids[usize::from(n) % ids.len()].clone()
}

/// Builds the text of pieces, capped at about 40 000 bytes.
pub fn build_text(pieces: &[Piece]) -> String {
    let mut s = String::new();
    for p in pieces {
        match p {
            Piece::Lit(i) => s.push_str(PALETTE[usize::from(*i) % PALETTE.len()]),
            Piece::Any(x) => s.push_str(x),
            Piece::Repeat(i, n) => {
                s.push_str(&PALETTE[usize::from(*i) % PALETTE.len()].repeat(usize::from(*n) % 4000))
            }
        }
        if s.len() > 40_000 {
            break;
        }
    }
    s
}

/// The model: answers in a plain ordered list, edited by the rules the
/// session documents, written to JSON by hand (not by `Report::to_json`).
#[derive(Clone, Debug, Default)]
pub struct Model {
    /// (question id, choice (outer `Some` for a choice answer), text)
    pub answers: Vec<(String, Option<Option<String>>, String)>,
}

impl Model {
    fn find(&mut self, id: &str) -> Option<&mut (String, Option<Option<String>>, String)> {
        self.answers.iter_mut().find(|(k, _, _)| k == id)
    }

    /// `set`: a choice answer keeps its choice; a choice question gets a
    /// choice answer with no choice; anything else is a text answer.
    pub fn set(&mut self, id: &str, is_choice_question: bool, text: &str) {
        match self.find(id) {
            Some(entry) => {
                if entry.1.is_none() && is_choice_question {
                    entry.1 = Some(None);
                }
                entry.2 = text.to_string();
            }
            None => {
                let choice = if is_choice_question { Some(None) } else { None };
                self.answers
                    .push((id.to_string(), choice, text.to_string()));
            }
        }
    }

    /// `choose`: the text entered so far is kept.
    pub fn choose(&mut self, id: &str, choice: Option<&str>) {
        let choice = Some(choice.map(str::to_string));
        match self.find(id) {
            Some(entry) => entry.1 = choice,
            None => self.answers.push((id.to_string(), choice, String::new())),
        }
    }

    /// The report's JSON, byte for byte as `Report::to_json` must write it.
    pub fn json(&self, template: &str) -> String {
        let s = |x: &str| serde_json::to_string(x).unwrap_or_default();
        let answers: Vec<String> = self
            .answers
            .iter()
            .map(|(k, choice, text)| match choice {
                None => format!("{}:{}", s(k), s(text)),
                Some(None) => format!("{}:{{\"text\":{}}}", s(k), s(text)),
                Some(Some(c)) => format!("{}:{{\"choice\":{},\"text\":{}}}", s(k), s(c), s(text)),
            })
            .collect();
        format!(
            "{{\"template\":{},\"answers\":{{{}}}}}",
            s(template),
            answers.join(",")
        )
    }
}

/// Runs a [`Script`] from bytes: see [`run_script`].
pub fn session(data: &[u8]) {
    let Ok(script) = Script::arbitrary_take_rest(Unstructured::new(data)) else {
        return;
    };
    run_script(&script);
}

/// Applies a script's edits to a session and to the [`Model`]. After every
/// edit: the session's result equals a fresh `check` of its report; the
/// update agrees with the result; the report's JSON equals the model's byte
/// for byte; errors leave both unchanged.
pub fn run_script(script: &Script) {
    let t = Arc::new(match script.template % 3 {
        0 => Template::default_template(),
        n => tiny_template(n == 2),
    });
    let ids = question_ids(&t);
    let is_choice = |id: &str| {
        t.data()
            .questions
            .iter()
            .any(|q| q.id == id && !q.choices.is_empty())
    };
    let mut model = Model::default();
    for (q, choice, pieces) in &script.start {
        let id = &ids[usize::from(*q) % ids.len()];
        if model.answers.iter().any(|(k, _, _)| k == id) {
            continue;
        }
        let choice = choice.map(|c| c.map(|c| choice_value(&t, id, c)));
        model.answers.push((id.clone(), choice, build_text(pieces)));
    }
    let start_json = model.json(t.id());
    let report = Report::from_json(&start_json)
        .unwrap_or_else(|e| panic!("the model's report must read: {e}\n{start_json}"));
    assert_eq!(
        report.to_json(),
        start_json,
        "a report is written back byte for byte"
    );
    let mut lang = Lang::Sv;
    let mut s =
        Session::new(Arc::clone(&t), report, lang).unwrap_or_else(|e| panic!("session: {e}"));
    assert_session_matches_check(&s);

    for edit in &script.edits {
        match edit {
            Edit::Set(q, pieces) => {
                let id = &ids[usize::from(*q) % ids.len()];
                let text = build_text(pieces);
                match s.set(id, &text) {
                    Ok(u) => {
                        model.set(id, is_choice(id), &text);
                        assert_update_matches(&s, &u);
                    }
                    Err(e) => {
                        assert_eq!(e.code(), ErrorCode::QuestionUnknown, "{e}");
                        assert!(t.question_index(id).is_none());
                    }
                }
            }
            Edit::Choose(q, c) => {
                let id = &ids[usize::from(*q) % ids.len()];
                let choice = c.map(|c| choice_value(&t, id, c));
                match s.choose(id, choice.as_deref()) {
                    Ok(u) => {
                        model.choose(id, choice.as_deref());
                        assert_update_matches(&s, &u);
                    }
                    Err(e) if t.question_index(id).is_none() => {
                        assert_eq!(e.code(), ErrorCode::QuestionUnknown)
                    }
                    Err(e) => {
                        assert_eq!(e.code(), ErrorCode::QuestionNotChoice, "{e}");
                        assert!(!is_choice(id));
                    }
                }
            }
            Edit::Lang(en) => {
                lang = if *en { Lang::En } else { Lang::Sv };
                s.set_lang(lang);
            }
            Edit::Reload => {
                let r = Report::from_json(&s.report().to_json())
                    .unwrap_or_else(|e| panic!("reload: {e}"));
                let fresh =
                    Session::new(Arc::clone(&t), r, lang).unwrap_or_else(|e| panic!("reload: {e}"));
                assert_eq!(fresh.result(), s.result(), "a reloaded session agrees");
                s = fresh;
            }
        }
        assert_session_matches_check(&s);
        assert_eq!(
            s.report().to_json(),
            model.json(t.id()),
            "the report is the edits, byte for byte"
        );
    }
}

/// The session's result equals a fresh check of its report.
pub fn assert_session_matches_check(s: &Session) {
    let fresh =
        check(s.template(), s.report(), s.lang()).unwrap_or_else(|e| panic!("fresh check: {e}"));
    let live = s.result();
    assert_result_invariants(&live);
    if live != fresh {
        let a = serde_json::to_string_pretty(&live).unwrap_or_default();
        let b = serde_json::to_string_pretty(&fresh).unwrap_or_default();
        panic!("session result differs from a fresh check\nsession: {a}\nfresh: {b}");
    }
}

/// An update agrees with the full result it is a slice of.
pub fn assert_update_matches(s: &Session, u: &Update) {
    let r = s.result();
    assert_eq!(u.score, r.score, "update score");
    assert_eq!(u.valid, r.valid, "update validity");
    assert_eq!(u.counts, r.counts, "update counts");
    let q = r.questions.iter().find(|q| q.id == u.question.id);
    assert_eq!(q, Some(&u.question), "update question");
    for l in &u.limits {
        assert_eq!(
            r.limits.iter().find(|x| x.id == l.id),
            Some(l),
            "update limit {}",
            l.id
        );
    }
    for f in &u.findings {
        assert!(
            r.findings.contains(f),
            "update finding {f:?} is in the result"
        );
    }
}

/// Fuzz target `import_text`: any bytes, read as a document (lossy UTF-8),
/// with the default template's headings spliced in so the reader's paths
/// (labels, wrapped headings, boxes, duplicates) are reached. Asserts: no
/// panic; the report round-trips through JSON and checks; every finding's
/// line and every placement's line is a line of the document; an answer is
/// never longer than the document; the import is deterministic; and twice
/// the document takes at most about twice the tokens of work (the reader's
/// per-unit budget keeps it linear: libFuzzer's timeout catches a blow-up).
pub fn import_text(data: &[u8]) {
    // Read once: the template is not what this target exercises.
    static TEMPLATE: std::sync::OnceLock<Template> = std::sync::OnceLock::new();
    let template = TEMPLATE.get_or_init(Template::default_template);
    let raw = String::from_utf8_lossy(data);
    // Byte 0x01 becomes a heading of the form, byte 0x02 a box line.
    let questions = &template.data().questions;
    let mut text = String::new();
    for (i, c) in raw.chars().enumerate() {
        match c {
            '\u{1}' => {
                let q = &questions[i % questions.len()];
                text.push_str(q.text.get(Lang::Sv));
            }
            '\u{2}' => text.push_str(["Ja ☒", "Nej ☐", "☒ Ej aktuellt", "[x] Ja"][i % 4]),
            c => text.push(c),
        }
    }
    let import = formkoll::import_text(template, &text);
    let lines = text
        .split(['\n', '\r', '\u{B}', '\u{C}', '\u{2028}', '\u{2029}'])
        .count();
    for f in &import.findings {
        if let Some(line) = f.line {
            assert!(line >= 1 && line <= lines, "finding line {line} of {lines}");
        }
        assert!(f.code.as_str().starts_with("import."));
        assert!(!f.message(Lang::Sv).is_empty());
    }
    for p in &import.placed {
        assert!(
            p.line >= 1 && p.line <= lines,
            "placement line {} of {lines}",
            p.line
        );
        assert!(template.question_index(&p.question).is_some());
    }
    for (_, answer) in &import.report.answers.0 {
        assert!(answer.text().len() <= text.len());
    }
    let json = import.report.to_json();
    let reread = Report::from_json(&json).expect("the import's report reads back");
    assert_eq!(reread.to_json(), json);
    check(template, &reread, Lang::Sv).expect("the import's report checks");
    let all: Value = serde_json::from_str(&import.to_json(Lang::En)).expect("import JSON is JSON");
    assert!(all["findings"].is_array());
    assert_eq!(
        formkoll::import_text(template, &text),
        import,
        "deterministic"
    );
}

// ---------------------------------------------------------------- docx_text

// Native only: the .docx reader (and miniz_oxide, which builds the
// archives) is not in the wasm build that tests/web.rs compiles these
// targets for.
#[cfg(not(target_arch = "wasm32"))]
pub use docx::*;

#[cfg(not(target_arch = "wasm32"))]
mod docx {
    use super::*;

    /// Pieces of WordprocessingML that reach the .docx reader's states: tracked
    /// changes, fields, content controls, text boxes in `mc:AlternateContent`.
    pub const WORD_XML: &[&str] = &[
        "<w:p>",
        "</w:p>",
        "<w:p/>",
        "<w:r>",
        "</w:r>",
        "<w:t>",
        "</w:t>",
        "<w:t xml:space=\"preserve\">",
        "<w:tab/>",
        "<w:br/>",
        "<w:del w:id=\"1\">",
        "</w:del>",
        "<w:delText>",
        "</w:delText>",
        "<w:ins w:id=\"2\">",
        "</w:ins>",
        "<w:moveFrom w:id=\"3\">",
        "</w:moveFrom>",
        "<w:pPr><w:rPr><w:del w:id=\"4\"/></w:rPr></w:pPr>",
        "<w:pPr>",
        "</w:pPr>",
        "<w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs>",
        "<w:fldChar w:fldCharType=\"begin\"/>",
        "<w:fldChar w:fldCharType=\"separate\"/>",
        "<w:fldChar w:fldCharType=\"end\"/>",
        "<w:instrText>",
        "</w:instrText>",
        "<w:fldSimple w:instr=\" PAGE \">",
        "</w:fldSimple>",
        "<w:sdt>",
        "</w:sdt>",
        "<w:sdtPr><w14:checkbox><w14:checked w14:val=\"1\"/></w14:checkbox></w:sdtPr>",
        "<w:sdtPr><w:showingPlcHdr/></w:sdtPr>",
        "<w:sdtContent>",
        "</w:sdtContent>",
        "<mc:AlternateContent>",
        "</mc:AlternateContent>",
        "<mc:Choice Requires=\"wps\"><w:drawing><wps:txbx>",
        "</wps:txbx></w:drawing></mc:Choice>",
        "<mc:Fallback><w:pict><v:textbox>",
        "</v:textbox></w:pict></mc:Fallback>",
        "<w:txbxContent>",
        "</w:txbxContent>",
        "<w:ffData><w:checkBox><w:default w:val=\"1\"/></w:checkBox></w:ffData>",
        "<w:sym w:font=\"Wingdings\" w:char=\"F0FE\"/>",
        "<w:commentRangeStart w:id=\"0\"/>",
        "<w:bookmarkStart w:id=\"0\" w:name=\"x\"/>",
        "<w:proofErr w:type=\"spellStart\"/>",
        "<w:noBreakHyphen/>",
        "&amp;",
        "&#x2612;",
        "&#",
        "<",
        ">",
    ];

    /// The XML of the fuzzer's bytes: byte 0x01 then `k` is `WORD_XML[k]`,
    /// byte 0x02 then `k` a paragraph holding the `k`-th question's heading of
    /// the default template; the rest as it is (lossily decoded).
    pub fn word_xml(template: &Template, data: &[u8]) -> String {
        let questions = &template.data().questions;
        let mut out = Vec::with_capacity(data.len() * 4);
        let mut bytes = data.iter().copied();
        while let Some(b) = bytes.next() {
            match b {
                1 | 2 => {
                    let k = usize::from(bytes.next().unwrap_or(0));
                    if b == 1 {
                        out.extend_from_slice(WORD_XML[k % WORD_XML.len()].as_bytes());
                    } else {
                        let q = &questions[k % questions.len()];
                        out.extend_from_slice(b"<w:p><w:r><w:t>");
                        out.extend_from_slice(q.id.as_bytes());
                        out.push(b' ');
                        out.extend_from_slice(q.text.get(Lang::Sv).as_bytes());
                        out.extend_from_slice(b"</w:t></w:r></w:p>");
                    }
                }
                b => out.push(b),
            }
        }
        String::from_utf8_lossy(&out).into_owned()
    }

    /// A zip archive holding one entry, stored (method 0) or deflated (8), as
    /// the .docx reader finds it: local header, data, central directory, end.
    pub fn zip_with(name: &str, data: &[u8], deflate: bool) -> Vec<u8> {
        let packed = if deflate {
            miniz_oxide::deflate::compress_to_vec(data, 6)
        } else {
            data.to_vec()
        };
        let u16le = |v: usize| (v as u16).to_le_bytes();
        let u32le = |v: usize| (v as u32).to_le_bytes();
        let method = u16le(if deflate { 8 } else { 0 });
        let mut z = Vec::new();
        z.extend_from_slice(b"PK\x03\x04\x14\0\0\0");
        z.extend_from_slice(&method);
        z.extend_from_slice(&[0; 8]); // time, date, crc (not checked)
        z.extend_from_slice(&u32le(packed.len()));
        z.extend_from_slice(&u32le(data.len()));
        z.extend_from_slice(&u16le(name.len()));
        z.extend_from_slice(&[0, 0]);
        z.extend_from_slice(name.as_bytes());
        z.extend_from_slice(&packed);
        let central = z.len();
        z.extend_from_slice(b"PK\x01\x02\x14\0\x14\0\0\0");
        z.extend_from_slice(&method);
        z.extend_from_slice(&[0; 8]);
        z.extend_from_slice(&u32le(packed.len()));
        z.extend_from_slice(&u32le(data.len()));
        z.extend_from_slice(&u16le(name.len()));
        z.extend_from_slice(&[0; 12]); // extra, comment, disk, attributes
        z.extend_from_slice(&[0; 4]); // local header at 0
        z.extend_from_slice(name.as_bytes());
        let end = z.len();
        z.extend_from_slice(b"PK\x05\x06\0\0\0\0\x01\0\x01\0");
        z.extend_from_slice(&u32le(end - central));
        z.extend_from_slice(&u32le(central));
        z.extend_from_slice(&[0, 0]);
        z
    }

    /// Fuzz target `docx_text`: the first byte chooses what the rest is — a
    /// file as it is (any bytes: zip directory, inflate, XML), or the XML of
    /// [`word_xml`] put into a .docx stored or deflated. Asserts: no panic; an
    /// error is `document.invalid` with a reason; the text and the text boxes
    /// together are never longer than document.xml (so memory is bounded by
    /// [`formkoll::import::MAX_XML`]); each box is anchored inside the text, at
    /// a character boundary, and has text; `docx_text` agrees; the import
    /// reports every box once, on a line of the document, and its report reads
    /// back.
    pub fn docx_text(data: &[u8]) {
        static TEMPLATE: std::sync::OnceLock<Template> = std::sync::OnceLock::new();
        let template = TEMPLATE.get_or_init(Template::default_template);
        let Some((&mode, rest)) = data.split_first() else {
            return;
        };
        let (file, xml_len) = match mode % 3 {
            0 => (rest.to_vec(), formkoll::import::MAX_XML),
            m => {
                let xml = word_xml(template, rest);
                (
                    zip_with("word/document.xml", xml.as_bytes(), m == 2),
                    xml.len(),
                )
            }
        };
        let doc = match formkoll::import::docx_document(&file) {
            Ok(doc) => doc,
            Err(e) => {
                assert_eq!(e.code(), ErrorCode::DocumentInvalid, "{e}");
                assert!(!e.reason().is_empty(), "an error says why: {e}");
                assert!(mode % 3 == 0, "a well-formed archive reads: {e}");
                return;
            }
        };
        let boxed: usize = doc.text_boxes.iter().map(|b| b.text.len()).sum();
        assert!(
            doc.text.len() + boxed <= xml_len,
            "text {} + boxes {boxed} > xml {xml_len}",
            doc.text.len()
        );
        for b in &doc.text_boxes {
            assert!(doc.text.is_char_boundary(b.anchor), "anchor {}", b.anchor);
            assert!(!b.text.is_empty() && b.text.trim() == b.text);
        }
        assert_eq!(
            formkoll::import::docx_text(&file).ok().as_deref(),
            Some(doc.text.as_str())
        );
        // The import builds the template's index of form texts on every call,
        // which costs far more than reading the archive: it runs for every
        // document with a text box, and for one input in eight otherwise (the
        // import itself is fuzzed by `import_text`).
        if doc.text_boxes.is_empty() && mode & 0x38 != 0 {
            return;
        }
        let import = formkoll::import::import_document(template, &doc);
        let lines = doc
            .text
            .split(['\n', '\r', '\u{B}', '\u{C}', '\u{2028}', '\u{2029}'])
            .count();
        let mut boxes = 0;
        for f in &import.findings {
            if let Some(line) = f.line {
                assert!(line >= 1 && line <= lines, "finding line {line} of {lines}");
            }
            if f.code == formkoll::ImportCode::TextBoxOmitted {
                boxes += 1;
                assert!(f.excerpt.as_deref().is_some_and(|e| !e.is_empty()));
            }
            assert!(!f.message(Lang::En).is_empty());
        }
        assert_eq!(boxes, doc.text_boxes.len(), "every text box is reported");
        let json = import.report.to_json();
        let reread = Report::from_json(&json).expect("the import's report reads back");
        assert_eq!(reread.to_json(), json);
    }
}

// ---------------------------------------------------------------- json_differential

#[path = "json_differential.rs"]
mod json_differential;
#[allow(unused_imports)] // tests/model.rs includes this file and does not use it
pub use json_differential::json_differential;
