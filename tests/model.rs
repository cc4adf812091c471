//! Model-based test of `Session`: random sequences of `set`/`choose` edits
//! (CRLF, lone CR, NBSP, NFD, emoji, invisibles, unknown choice values,
//! clearing, unknown questions, language switches, reloads) are applied both
//! to a session and to a plain list of answers (`Model`). After every edit:
//!
//! * the session's result equals a fresh `check` of the same report;
//! * the update it returned agrees with that result;
//! * `session.report().to_json()` equals the model's JSON, written by hand,
//!   byte for byte — the text exactly as entered.
//!
//! The model and the per-edit assertions live in `fuzz/src/lib.rs`, shared with
//! the `session` fuzz target; this file drives them with seeded random scripts
//! (reproducible: a failure names its seed) and pins named scenarios.

#[path = "../fuzz/src/lib.rs"]
#[allow(dead_code)]
mod targets;

use std::sync::Arc;

use formkoll::{check, ErrorCode, Lang, Report, Session, Template};
use targets::{run_script, Edit, Model, Piece, Script, PALETTE};

/// xorshift64*: a small deterministic generator, so every run tests the same scripts.
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
    fn byte(&mut self) -> u8 {
        (self.next() >> 32) as u8
    }
}

/// A random string of characters chosen to be awkward: ASCII, Swedish
/// letters, combining marks, line breaks, controls, joiners, emoji, the last
/// code point.
fn awkward_string(rng: &mut Rng) -> String {
    const POOLS: &[&[char]] = &[
        &['a', 'Z', ' ', '.', '-', '"', '\\', '<', '&'],
        &['å', 'ä', 'ö', 'Å', 'é'],
        &['\u{300}', '\u{301}', '\u{308}', '\u{30A}', '\u{94D}'],
        &['\r', '\n', '\t', '\u{85}', '\u{2028}'],
        &['\u{0}', '\u{7}', '\u{1B}', '\u{7F}', '\u{9F}'],
        &[
            '\u{200B}', '\u{200C}', '\u{200D}', '\u{FEFF}', '\u{AD}', '\u{A0}',
        ],
        &['👩', '🚀', '🏻', '🇸', '🇪', '\u{FE0F}', '\u{20E3}'],
        &['\u{10FFFF}', '\u{FFFD}', 'क', 'ष'],
    ];
    let n = rng.below(24);
    (0..n)
        .map(|_| {
            let pool = POOLS[rng.below(POOLS.len() as u64) as usize];
            pool[rng.below(pool.len() as u64) as usize]
        })
        .collect()
}

fn pieces(rng: &mut Rng) -> Vec<Piece> {
    (0..rng.below(6))
        .map(|_| match rng.below(10) {
            0 => Piece::Repeat(rng.byte(), (rng.below(1500)) as u16),
            1 | 2 => Piece::Any(awkward_string(rng)),
            _ => Piece::Lit(rng.byte()),
        })
        .collect()
}

fn script(rng: &mut Rng) -> Script {
    let start = (0..rng.below(6))
        .map(|_| {
            let choice = match rng.below(3) {
                0 => None,
                1 => Some(None),
                _ => Some(Some(rng.byte())),
            };
            (rng.byte(), choice, pieces(rng))
        })
        .collect();
    let edits = (0..rng.below(40))
        .map(|_| match rng.below(20) {
            0..=9 => Edit::Set(rng.byte(), pieces(rng)),
            10..=15 => Edit::Choose(
                rng.byte(),
                if rng.below(4) == 0 {
                    None
                } else {
                    Some(rng.byte())
                },
            ),
            16 | 17 => Edit::Lang(rng.below(2) == 0),
            _ => Edit::Reload,
        })
        .collect();
    Script {
        template: rng.byte(),
        start,
        edits,
    }
}

/// 150 random scripts over the default template and two small templates
/// with overlapping budgets and other counting policies.
#[test]
fn model_random_edit_sequences_agree_with_check_and_the_plain_model() {
    for seed in 1..=150u64 {
        let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
        let s = script(&mut rng);
        if std::panic::catch_unwind(|| run_script(&s)).is_err() {
            panic!("model test failed for seed {seed}: {s:?}");
        }
    }
}

fn session() -> (Arc<Template>, Session) {
    let t = Arc::new(Template::default_template());
    let s = Session::new(Arc::clone(&t), Report::new(t.id(), vec![]), Lang::Sv).unwrap();
    (t, s)
}

#[test]
fn model_text_is_kept_byte_for_byte() {
    let (t, mut s) = session();
    let mut model = Model::default();
    let text = "Rad ett\r\nrad två\rensam CR\n11\u{A0}000 kr, a\u{30A}r (NFD), 👩🏻\u{200D}🚀, \u{200B}\u{FEFF}  \n\n\n";
    s.set("1.1", text).unwrap();
    model.set("1.1", false, text);
    assert_eq!(s.report().answers.get("1.1").map(|a| a.text()), Some(text));
    assert_eq!(s.report().to_json(), model.json(t.id()));
    // Nothing was normalized: the hygiene findings are reported, the text is not touched.
    let r = s.result();
    assert!(r
        .findings
        .iter()
        .any(|f| f.code.as_str() == "hygiene.zero_width"));
    assert_eq!(r, check(&t, s.report(), Lang::Sv).unwrap());
}

#[test]
fn model_unknown_choice_is_kept_and_reported() {
    let (t, mut s) = session();
    let u = s.choose("5.1a", Some("kanske")).unwrap();
    assert_eq!(u.question.choice.as_deref(), Some("kanske"));
    assert!(u
        .findings
        .iter()
        .any(|f| f.code.as_str() == "choice.unknown"));
    let mut model = Model::default();
    model.choose("5.1a", Some("kanske"));
    assert_eq!(s.report().to_json(), model.json(t.id()));
}

#[test]
fn model_clearing_keeps_the_answer_and_its_text() {
    let (t, mut s) = session();
    let mut model = Model::default();
    s.set("5.1a", "Därför att …\r\n").unwrap();
    s.choose("5.1a", Some("nej")).unwrap();
    s.choose("5.1a", None).unwrap();
    s.set("1.1", "text").unwrap();
    s.set("1.1", "").unwrap();
    model.set("5.1a", true, "Därför att …\r\n");
    model.choose("5.1a", Some("nej"));
    model.choose("5.1a", None);
    model.set("1.1", false, "text");
    model.set("1.1", false, "");
    // A cleared choice is `{"text": …}`; a cleared text is `""`, still in its place.
    assert_eq!(s.report().to_json(), model.json(t.id()));
    assert!(s
        .report()
        .to_json()
        .contains(r#""5.1a":{"text":"Därför att …\r\n"}"#));
    let r = s.result();
    assert!(r
        .findings
        .iter()
        .any(|f| f.code.as_str() == "choice.missing" && f.question.as_deref() == Some("5.1a")));
    assert!(r
        .findings
        .iter()
        .any(|f| f.code.as_str() == "required.missing" && f.question.as_deref() == Some("1.1")));
}

#[test]
fn model_rejected_edits_change_nothing() {
    let (_, mut s) = session();
    s.set("1.1", "a").unwrap();
    let before = s.report().to_json();
    let result = s.result();
    assert_eq!(
        s.set("9.9", "x").unwrap_err().code(),
        ErrorCode::QuestionUnknown
    );
    assert_eq!(
        s.choose("1.1", Some("ja")).unwrap_err().code(),
        ErrorCode::QuestionNotChoice
    );
    assert_eq!(
        s.choose("", None).unwrap_err().code(),
        ErrorCode::QuestionUnknown
    );
    assert_eq!(s.report().to_json(), before);
    assert_eq!(s.result(), result);
}

/// The palette the random scripts draw from really holds the awkward cases
/// this file promises to cover.
#[test]
fn model_palette_covers_the_promised_cases() {
    for needle in [
        "\r\n",
        "\r",
        "\u{A0}",
        "a\u{30A}",
        "👩🏻\u{200D}🚀",
        "\u{200B}",
        "\u{0}",
    ] {
        assert!(PALETTE.contains(&needle), "palette lacks {needle:?}");
    }
}
