//! An independent oracle for the counting, budget, required, choice and
//! explanation rules of docs/rules.md: a naive reference written from the
//! documentation, sharing no code with `src/` — it reads the template file
//! with serde_json and segments text with unicode-segmentation directly.
//! It is compared with `check()` and with a live `Session` on 10 000
//! generated reports and on the real report.

use std::collections::BTreeSet;
use std::sync::Arc;

use formkoll::{check_json, CheckResult, Lang, Report, Session, Template};
use serde_json::{json, Map, Value};
use unicode_segmentation::UnicodeSegmentation;

// ---------------------------------------------------------------- the oracle

/// The template as the oracle reads it, straight from the JSON file.
struct Spec {
    line_break: u64,
    near_percent: u64,
    /// (id, is a choice question, optional, options as (id, explanation required))
    questions: Vec<(String, bool, bool, Vec<(String, bool)>)>,
    /// (id, max, question ids)
    limits: Vec<(String, u64, Vec<String>)>,
}

fn spec() -> Spec {
    let v: Value = serde_json::from_str(
        &std::fs::read_to_string("templates/resultatredovisning-2024-99.json").unwrap(),
    )
    .unwrap();
    let strs = |v: &Value| -> Vec<String> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap().to_string())
            .collect()
    };
    Spec {
        line_break: v["policy"]["line_break"].as_u64().unwrap_or(1),
        near_percent: v["near_threshold_percent"].as_u64().unwrap_or(90),
        questions: v["questions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|q| {
                let options = q["choices"]
                    .as_array()
                    .map(|cs| {
                        cs.iter()
                            .map(|c| {
                                (
                                    c["id"].as_str().unwrap().to_string(),
                                    c["explanation"] == "required",
                                )
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                (
                    q["id"].as_str().unwrap().to_string(),
                    q["kind"] == "choice",
                    q["optional"].as_bool().unwrap_or(false),
                    options,
                )
            })
            .collect(),
        limits: v["limits"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| {
                (
                    l["id"].as_str().unwrap().to_string(),
                    l["max"].as_u64().unwrap(),
                    strs(&l["questions"]),
                )
            })
            .collect(),
    }
}

/// docs/rules.md §1: every extended grapheme cluster counts 1, a line break
/// (LF, CR or CRLF) counts `line_break`.
fn naive_count(text: &str, line_break: u64) -> u64 {
    text.graphemes(true)
        .map(|g| {
            if g == "\r\n" || g == "\r" || g == "\n" {
                line_break
            } else {
                1
            }
        })
        .sum()
}

/// docs/rules.md §2: answered means a visible character.
fn naive_visible(text: &str) -> bool {
    text.chars().any(|c| {
        let invisible = c.is_whitespace()
            || c.is_control()
            || c == '\u{AD}'
            || c == '\u{34F}'
            || c == '\u{180E}'
            || ('\u{200B}'..='\u{200F}').contains(&c)
            || ('\u{202A}'..='\u{202E}').contains(&c)
            || ('\u{2060}'..='\u{2064}').contains(&c)
            || ('\u{2066}'..='\u{206F}').contains(&c)
            || c == '\u{FEFF}';
        !invisible
    })
}

/// What the oracle concludes: per question its count, per limit its count,
/// and the findings it knows as (code, question, limit).
#[derive(Debug, PartialEq, Eq)]
struct Verdict {
    question_counts: Vec<(String, u64)>,
    limit_counts: Vec<(String, u64, i64, u64)>,
    findings: BTreeSet<(String, Option<String>, Option<String>)>,
    errors: u64,
    valid: bool,
}

const ORACLE_CODES: &[&str] = &[
    "limit.exceeded",
    "limit.near",
    "required.missing",
    "choice.missing",
    "choice.unknown",
    "explanation.missing",
    "answer.unknown_question",
];

/// The oracle: the report's `answers` object in, the verdict out.
fn oracle(spec: &Spec, answers: &Map<String, Value>) -> Verdict {
    let mut findings = BTreeSet::new();
    let mut add = |code: &str, q: Option<&str>, l: Option<&str>| {
        findings.insert((
            code.to_string(),
            q.map(str::to_string),
            l.map(str::to_string),
        ));
    };
    let mut question_counts = Vec::new();
    for (id, is_choice, optional, options) in &spec.questions {
        let (text, choice) = match answers.get(id) {
            None => ("", None),
            Some(Value::String(s)) => (s.as_str(), None),
            Some(o) => (o["text"].as_str().unwrap_or(""), o["choice"].as_str()),
        };
        let visible = naive_visible(text);
        question_counts.push((id.clone(), naive_count(text, spec.line_break)));
        if !is_choice {
            if choice.is_some() {
                add("choice.unknown", Some(id), None);
            }
            if !visible && !optional {
                add("required.missing", Some(id), None);
            }
            continue;
        }
        match choice {
            None if !optional || visible => add("choice.missing", Some(id), None),
            None => {}
            Some(c) => match options.iter().find(|(o, _)| o == c) {
                None => add("choice.unknown", Some(id), None),
                Some((_, true)) if !visible => add("explanation.missing", Some(id), None),
                Some(_) => {}
            },
        }
    }
    for id in answers.keys() {
        if !spec.questions.iter().any(|(q, ..)| q == id) {
            add("answer.unknown_question", Some(id), None);
        }
    }
    let mut limit_counts = Vec::new();
    for (id, max, qs) in &spec.limits {
        let count: u64 = question_counts
            .iter()
            .filter(|(q, _)| qs.contains(q))
            .map(|(_, n)| n)
            .sum();
        if count > *max {
            add("limit.exceeded", None, Some(id));
        } else if count * 100 >= max * spec.near_percent {
            add("limit.near", None, Some(id));
        }
        limit_counts.push((
            id.clone(),
            count,
            *max as i64 - count as i64,
            count.saturating_sub(*max),
        ));
    }
    let errors = findings.iter().filter(|(c, ..)| c != "limit.near").count() as u64;
    Verdict {
        question_counts,
        limit_counts,
        findings,
        errors,
        valid: errors == 0,
    }
}

/// The same view of an engine result.
fn view(r: &CheckResult) -> Verdict {
    Verdict {
        question_counts: r
            .questions
            .iter()
            .map(|q| (q.id.clone(), q.count))
            .collect(),
        limit_counts: r
            .limits
            .iter()
            .map(|l| (l.id.clone(), l.count, l.remaining, l.over_by))
            .collect(),
        findings: r
            .findings
            .iter()
            .filter(|f| ORACLE_CODES.contains(&f.code.as_str()))
            .map(|f| {
                let question = if f.code.as_str().starts_with("limit.") {
                    None
                } else {
                    f.question.clone()
                };
                (f.code.as_str().to_string(), question, f.limit.clone())
            })
            .collect(),
        errors: r.counts.errors,
        valid: r.valid,
    }
}

// ------------------------------------------------------------- the reports

/// xorshift64*: deterministic, so a failure names a reproducible seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len() as u64) as usize]
    }
}

const PIECES: &[&str] = &[
    "Kommunerna deltog.",
    " ",
    "\r\n",
    "\n",
    "\r",
    "\n\n",
    "å",
    "a\u{30A}",
    "11\u{a0}000",
    "\u{200B}",
    "\u{FEFF}",
    "\u{AD}",
    "\u{7}",
    "\t",
    "👩\u{200D}🚀",
    "🇸🇪",
    "e\u{301}",
    "\u{200D}",
    "क्षि",
];

fn text(rng: &mut Rng) -> String {
    let mut s = String::new();
    match rng.below(12) {
        // Nothing visible at all.
        0 => {
            for _ in 0..rng.below(4) {
                s.push_str(rng.pick(&["\u{200B}", "\u{FEFF}", "\u{AD}", " ", "\n", "\u{7}"]));
            }
        }
        _ => {}
    }
    for _ in 0..rng.below(8) {
        s.push_str(rng.pick(PIECES));
    }
    s
}

/// A random `answers` object for the default template; when `expressible`,
/// only answers a session can be given (no unknown ids, no choice on a
/// text question).
fn answers(rng: &mut Rng, spec: &Spec, expressible: bool) -> Map<String, Value> {
    let mut m = Map::new();
    // One report in five fills a budget to 85–115 % of its max, so reports
    // land under, near and over it.
    let heavy = (rng.below(5) == 0).then(|| {
        let (_, max, qs) = &spec.limits[rng.below(spec.limits.len() as u64) as usize];
        let share = max * (85 + rng.below(31)) / 100 / qs.len() as u64;
        (qs.clone(), share as usize)
    });
    for (id, is_choice, _, _) in &spec.questions {
        if rng.below(5) == 0 {
            continue;
        }
        let mut t = text(rng);
        if let Some((qs, share)) = &heavy {
            if qs.contains(id) {
                t.push_str(&"Aktörer i länet. ".repeat(share / 17));
            }
        }
        let v = if *is_choice {
            let choice = rng.pick(&["", "ja", "nej", "ej_aktuellt", "kanske"]);
            if choice.is_empty() {
                json!({"choice": null, "text": t})
            } else {
                json!({"choice": choice, "text": t})
            }
        } else if !expressible && rng.below(30) == 0 {
            json!({"choice": "ja", "text": t})
        } else {
            Value::String(t)
        };
        m.insert(id.clone(), v);
    }
    if !expressible && rng.below(10) == 0 {
        m.insert(
            rng.pick(&["9.9", "", "1.10", "5.1"]).to_string(),
            Value::String(text(rng)),
        );
    }
    m
}

fn report_json(answers: &Map<String, Value>) -> String {
    json!({"template": "resultatredovisning-2024-99", "answers": answers}).to_string()
}

// ------------------------------------------------------------------- tests

/// How many generated reports each comparison runs.
const N_REPORTS: u64 = 10_000;

/// The oracle alone, on numbers docs/rules.md states for the real report:
/// if the oracle were wrong, agreeing with it would prove nothing.
#[test]
fn oracle_reproduces_the_documented_figures_of_the_real_report() {
    let spec = spec();
    let json: Value = serde_json::from_str(
        &std::fs::read_to_string("tests/fixtures/jamtland-2024.json").unwrap(),
    )
    .unwrap();
    let v = oracle(&spec, json["answers"].as_object().unwrap());
    let sections: Vec<u64> = v.limit_counts.iter().map(|l| l.1).collect();
    assert_eq!(sections, [9_225, 15_775, 15_546, 10_356, 8_314, 4_956]);
    let exceeded: Vec<&str> = v
        .findings
        .iter()
        .filter(|f| f.0 == "limit.exceeded")
        .map(|f| f.2.as_deref().unwrap())
        .collect();
    assert_eq!(exceeded, ["section-2", "section-3", "section-5"]);
    assert!(!v.valid);
}

#[test]
fn oracle_agrees_with_check_on_the_real_report() {
    let spec = spec();
    let text = std::fs::read_to_string("tests/fixtures/jamtland-2024.json").unwrap();
    let json: Value = serde_json::from_str(&text).unwrap();
    let want = oracle(&spec, json["answers"].as_object().unwrap());
    let got = check_json(&Template::default_template(), &text, Lang::Sv).unwrap();
    assert_eq!(view(&got), want);
}

/// 10 000 generated reports: `check()` of the JSON equals the oracle.
#[test]
fn oracle_agrees_with_check_on_10000_generated_reports() {
    let spec = spec();
    let t = Template::default_template();
    let mut findings = 0;
    for seed in 1..=N_REPORTS {
        let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
        let a = answers(&mut rng, &spec, false);
        let want = oracle(&spec, &a);
        let got = check_json(&t, &report_json(&a), Lang::Sv).unwrap();
        assert_eq!(view(&got), want, "seed {seed}");
        findings += want.findings.len();
    }
    // The generator reaches every rule, or agreeing would be cheap.
    assert!(findings > 10_000, "{findings}");
}

/// Which codes the generated reports reach, so a generator that stopped
/// producing one would be noticed.
#[test]
fn oracle_generator_reaches_every_rule() {
    let spec = spec();
    let mut seen = BTreeSet::new();
    for seed in 1..=2_000u64 {
        let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
        for f in oracle(&spec, &answers(&mut rng, &spec, false)).findings {
            seen.insert(f.0);
        }
    }
    let want: BTreeSet<String> = ORACLE_CODES.iter().map(|c| c.to_string()).collect();
    assert_eq!(seen, want);
}

/// A live session, fed the answers one edit at a time in random order with
/// throw-away intermediate texts, ends where the oracle says.
#[test]
fn oracle_agrees_with_a_live_session_on_10000_generated_reports() {
    let spec = spec();
    let t = Arc::new(Template::default_template());
    let mut s = Session::new(Arc::clone(&t), Report::default(), Lang::Sv).unwrap();
    for seed in 1..=N_REPORTS {
        let mut rng = Rng(seed.wrapping_mul(0xD1B5_4A32_D192_ED03) | 1);
        let a = answers(&mut rng, &spec, true);
        // Start each report from a fresh session now and then, otherwise
        // clear the previous report's answers through the session itself.
        if rng.below(20) == 0 {
            s = Session::new(Arc::clone(&t), Report::default(), Lang::Sv).unwrap();
        } else {
            for (id, is_choice, ..) in &spec.questions {
                s.set(id, "").unwrap();
                if *is_choice {
                    s.choose(id, None).unwrap();
                }
            }
        }
        let mut ids: Vec<&String> = a.keys().collect();
        for i in (1..ids.len()).rev() {
            ids.swap(i, rng.below(i as u64 + 1) as usize);
        }
        for id in ids {
            let v = &a[id];
            if rng.below(3) == 0 {
                s.set(id, &text(&mut rng)).unwrap();
            }
            match v {
                Value::String(text) => {
                    s.set(id, text).unwrap();
                }
                o => {
                    let text = o["text"].as_str().unwrap();
                    let choice = o["choice"].as_str();
                    if rng.below(2) == 0 {
                        s.choose(id, choice).unwrap();
                        s.set(id, text).unwrap();
                    } else {
                        s.set(id, text).unwrap();
                        s.choose(id, choice).unwrap();
                    }
                }
            }
        }
        assert_eq!(view(&s.result()), oracle(&spec, &a), "seed {seed}");
    }
}
