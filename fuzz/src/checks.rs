//! The checks several targets share: a strict JSON reading to compare
//! against, what every template, check result and session update must
//! hold. A target's own assertions stay in its file.

#[allow(unused_imports)]
use super::*;

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
pub fn exercise_template(t: &Template) {
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
