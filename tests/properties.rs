//! Invariants of counting and text hygiene, on the real report and on
//! generated text:
//!
//! * NFC and NFD spellings of a text count the same (unicode-normalization
//!   produces the NFD);
//! * `normalize` is idempotent, only deletes, and is never applied
//!   implicitly: `check` and a session leave every text exactly as given;
//! * the count of a concatenation is the sum of the counts when the join is
//!   a cluster boundary, and otherwise between the sum minus 2 and the sum;
//! * results are deterministic: the same input gives the same JSON.

#[path = "../fuzz/src/lib.rs"]
#[allow(dead_code)]
mod targets;

use std::sync::Arc;

use formkoll::{
    check, check_json, count, count_default, normalize, Lang, Policy, Report, Session, Template,
    Unit,
};
use targets::{assert_concatenation, assert_text_invariants, PALETTE};
use unicode_normalization::UnicodeNormalization;

fn fixture() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/jamtland-2024.json"
    ))
    .unwrap()
}

/// Every answer text of the real report, plus each palette piece.
fn texts() -> Vec<String> {
    let report = Report::from_json(&fixture()).unwrap();
    let mut out: Vec<String> = report
        .answers
        .0
        .iter()
        .map(|(_, a)| a.text().to_string())
        .collect();
    out.extend(PALETTE.iter().map(|s| s.to_string()));
    out.push(PALETTE.concat());
    out
}

/// Texts built by joining palette pieces pseudo-randomly (a fixed LCG, so
/// every run tests the same 2 000 texts).
fn generated() -> Vec<String> {
    let mut x: u64 = 0x2024_0099;
    let mut next = move || {
        x = x
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (x >> 33) as usize
    };
    (0..2000)
        .map(|_| {
            let n = next() % 12;
            (0..n)
                .map(|_| PALETTE[next() % PALETTE.len()])
                .collect::<String>()
        })
        .collect()
}

#[test]
fn nfc_and_nfd_count_the_same() {
    let mut changed = 0;
    for text in texts().iter().chain(generated().iter()) {
        let nfc: String = text.nfc().collect();
        let nfd: String = text.nfd().collect();
        if nfc != nfd {
            changed += 1;
        }
        for unit_policy in [
            Policy::default(),
            Policy {
                line_break: 0,
                ..Policy::default()
            },
            Policy {
                line_break: 2,
                ..Policy::default()
            },
        ] {
            assert_eq!(
                count(&nfc, &unit_policy),
                count(&nfd, &unit_policy),
                "NFC {nfc:?} vs NFD {nfd:?}"
            );
        }
        assert!(count_default(&nfd) <= nfd.chars().count());
    }
    // The property must have had something to bite on: å/ä/ö decompose.
    assert!(
        changed > 100,
        "only {changed} texts differ between NFC and NFD"
    );
}

#[test]
fn nfd_report_checks_like_the_nfc_report() {
    let t = Template::default_template();
    let json = fixture();
    let nfd: String = json.nfd().collect();
    assert_ne!(nfd, json);
    let a = check_json(&t, &json, Lang::Sv).unwrap();
    let b = check_json(&t, &nfd, Lang::Sv).unwrap();
    let counts = |r: &formkoll::CheckResult| r.limits.iter().map(|l| l.count).collect::<Vec<_>>();
    assert_eq!(counts(&a), counts(&b));
    assert_eq!(counts(&a), [9_225, 15_775, 15_546, 10_356, 8_314, 4_956]);
    // Code points do differ: the unit matters, the spelling does not.
    let cp = Policy {
        unit: Unit::CodePoint,
        line_break: 1,
    };
    let report = Report::from_json(&nfd).unwrap();
    let text = report.answers.get("1.1").unwrap().text();
    assert!(count(text, &cp) > count_default(text));
}

#[test]
fn normalize_is_idempotent_only_deletes_and_agrees_with_scan() {
    for text in texts().iter().chain(generated().iter()) {
        assert_text_invariants(text);
    }
}

#[test]
fn normalize_is_never_applied_implicitly() {
    let t = Arc::new(Template::default_template());
    let damaged =
        "Det ä r må l\u{200B} fö r utveck- ling  \r\n\r\n\r\n\r\n\u{FEFF}\u{AD}slut \u{7}";
    assert_ne!(
        normalize(damaged).text,
        damaged,
        "the text must be one normalize would change"
    );
    let json = format!(
        r#"{{"template":"{}","answers":{{"1.1":{}}}}}"#,
        t.id(),
        serde_json::to_string(damaged).unwrap()
    );
    let report = Report::from_json(&json).unwrap();
    let result = check(&t, &report, Lang::Sv).unwrap();
    assert!(
        result
            .findings
            .iter()
            .any(|f| f.code.as_str().starts_with("hygiene.")),
        "the damage is reported"
    );
    assert_eq!(report.to_json(), json, "check leaves the report as it was");
    let mut s = Session::new(Arc::clone(&t), report, Lang::Sv).unwrap();
    s.set("1.2", damaged).unwrap();
    assert_eq!(s.report().answers.get("1.1").unwrap().text(), damaged);
    assert_eq!(s.report().answers.get("1.2").unwrap().text(), damaged);
    // The count is of the text as typed, damage included.
    assert_eq!(result.questions[0].count, count_default(damaged) as u64);
}

#[test]
fn concatenation_counts_within_the_bound() {
    let pieces = texts();
    let gen = generated();
    for (i, a) in gen.iter().enumerate() {
        let b = &gen[(i * 7 + 3) % gen.len()];
        assert_concatenation(a, b);
    }
    for a in PALETTE {
        for b in PALETTE {
            assert_concatenation(a, b);
        }
    }
    // Split every real answer at each 97th char boundary.
    for text in &pieces {
        for (at, _) in text.char_indices().step_by(97) {
            let (a, b) = text.split_at(at);
            assert_concatenation(a, b);
        }
    }
}

/// The two ways a join merges two clusters, not just one (UAX #29), pinned
/// so that the bound in `assert_concatenation` is known to be tight.
#[test]
fn concatenation_can_merge_two_clusters() {
    for (a, b) in [("👩", "\u{200D}🚀"), ("क", "\u{94D}षि")] {
        assert_eq!(count_default(a) + count_default(b), 3, "{a:?} + {b:?}");
        assert_eq!(count_default(&format!("{a}{b}")), 1);
        assert_concatenation(a, b);
    }
    // The usual case: CR + LF, and a base + a combining mark, merge one.
    assert_eq!(count_default("a\r") + count_default("\nb"), 4);
    assert_eq!(count_default("a\r\nb"), 3);
    assert_eq!(count_default("a") + count_default("\u{30A}"), 2);
    assert_eq!(count_default("a\u{30A}"), 1);
}

#[test]
fn results_are_deterministic() {
    let t = Template::default_template();
    let json = fixture();
    for lang in [Lang::Sv, Lang::En] {
        let first = serde_json::to_string(&check_json(&t, &json, lang).unwrap()).unwrap();
        for _ in 0..3 {
            let again = serde_json::to_string(&check_json(&t, &json, lang).unwrap()).unwrap();
            assert_eq!(again, first);
        }
        // A template loaded from its own source gives the same verdict as the embedded one.
        let loaded = Template::from_json(Template::embedded_source(t.id()).unwrap()).unwrap();
        assert_eq!(
            serde_json::to_string(&check_json(&loaded, &json, lang).unwrap()).unwrap(),
            first
        );
    }
    for text in generated() {
        assert_eq!(normalize(&text), normalize(&text));
        assert_eq!(count_default(&text), count_default(&text.clone()));
    }
}
