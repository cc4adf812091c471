//! Fuzz target `template_structured`: templates generated from structure, then damaged.

#[allow(unused_imports)]
use super::*;

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
