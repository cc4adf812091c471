//! Differential test of the grapheme counter: formkoll's fast path must give
//! exactly `unicode_segmentation`'s `graphemes(true).count()` on any text.
//!
//! The generator is biased toward the places where UAX #29 joins scalars:
//! combining marks, ZWJ, emoji modifiers, regional indicators, CR/LF, Hangul
//! jamo and syllables, Indic conjuncts (InCB linkers, extenders, consonants),
//! prepended concatenation marks, spacing marks, variation selectors and
//! controls — mixed into the Swedish text the fast path is built for, and
//! placed on both sides of the scanner's 32-byte chunk edges.
#![cfg(not(target_arch = "wasm32"))]

use formkoll::count_default;
use proptest::prelude::*;
use unicode_segmentation::UnicodeSegmentation;

/// Scalars that take part in a joining rule, grouped by the rule.
const JOINERS: &[&[char]] = &[
    // GB9: Extend (combining marks, emoji modifiers, variation selectors, ZWNJ) and ZWJ.
    &[
        '\u{300}',
        '\u{301}',
        '\u{30A}',
        '\u{308}',
        '\u{20E3}',
        '\u{FE0F}',
        '\u{FE0E}',
        '\u{E0100}',
        '\u{200C}',
        '\u{200D}',
        '\u{1F3FB}',
        '\u{1F3FD}',
        '\u{1F3FF}',
        '\u{E0020}',
        '\u{E007F}',
    ],
    // GB9a SpacingMark, GB9b Prepend.
    &[
        '\u{903}',
        '\u{93E}',
        '\u{BBF}',
        '\u{E33}',
        '\u{600}',
        '\u{605}',
        '\u{6DD}',
        '\u{110BD}',
        '\u{D4E}',
    ],
    // GB9c: InCB consonants, linkers (viramas), extenders (nukta, ZWJ).
    &[
        '\u{915}', '\u{937}', '\u{930}', '\u{94D}', '\u{93C}', '\u{9CD}', '\u{995}', '\u{B4D}',
        '\u{B15}', '\u{D4D}', '\u{D15}', '\u{200D}',
    ],
    // GB11: Extended_Pictographic (emoji, ‼, ©) with ZWJ.
    &[
        '\u{1F469}',
        '\u{1F680}',
        '\u{1F468}',
        '\u{2764}',
        '\u{203C}',
        '\u{A9}',
        '\u{1F600}',
        '\u{200D}',
        '\u{1F44D}',
    ],
    // GB12/13: regional indicators.
    &['\u{1F1F8}', '\u{1F1EA}', '\u{1F1F3}', '\u{1F1F4}'],
    // GB3–GB5: CR, LF, controls (incl. soft hyphen, ZWSP, LRM, line separator).
    &[
        '\r', '\n', '\t', '\u{0}', '\u{7F}', '\u{85}', '\u{AD}', '\u{200B}', '\u{200E}',
        '\u{2028}', '\u{FEFF}',
    ],
    // GB6–GB8: Hangul L, V, T, LV, LVT.
    &[
        '\u{1100}', '\u{1112}', '\u{1161}', '\u{1175}', '\u{11A8}', '\u{11C2}', '\u{AC00}',
        '\u{AC01}', '\u{D7A3}', '\u{A960}', '\u{D7B0}', '\u{D7CB}',
    ],
];

/// Scalars the fast path treats as simple: Swedish letters and punctuation.
const SWEDISH: &[char] = &[
    'a', 'e', 'r', ' ', '.', ',', 'å', 'ä', 'ö', 'Å', 'Ä', 'Ö', 'é', 'ø', '–', '”', '“', '’', '•',
    '…', '€', '\u{A0}', 'A', 'Z', '1', '§', 'ʼ', 'ω', 'ж', '→', '中', 'カ',
];

fn joiner() -> impl Strategy<Value = char> {
    (0..JOINERS.len()).prop_flat_map(|g| proptest::sample::select(JOINERS[g]))
}

fn swedish() -> impl Strategy<Value = char> {
    proptest::sample::select(SWEDISH)
}

/// A scalar: mostly boundary-relevant ones, some Swedish, a few arbitrary.
fn scalar() -> impl Strategy<Value = char> {
    prop_oneof![5 => joiner(), 4 => swedish(), 1 => any::<char>()]
}

/// A text: Swedish filler of random length (to move the joiners across the
/// 32-byte chunk edges) alternating with short bursts of scalars.
fn text() -> impl Strategy<Value = String> {
    let filler = proptest::collection::vec(swedish(), 0..40);
    let burst = proptest::collection::vec(scalar(), 0..8);
    proptest::collection::vec((filler, burst), 0..6).prop_map(|parts| {
        parts
            .into_iter()
            .flat_map(|(a, b)| a.into_iter().chain(b))
            .collect()
    })
}

fn reference(text: &str) -> usize {
    text.graphemes(true).count()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12_000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn count_equals_unicode_segmentation(s in text()) {
        prop_assert_eq!(count_default(&s), reference(&s), "{:?}", s.escape_unicode().to_string());
    }

    #[test]
    fn count_equals_unicode_segmentation_on_dense_joiners(chars in proptest::collection::vec(scalar(), 0..64)) {
        let s: String = chars.into_iter().collect();
        prop_assert_eq!(count_default(&s), reference(&s), "{:?}", s.escape_unicode().to_string());
    }
}

/// Every joiner after every 0–40 byte ASCII prefix and before a Swedish tail:
/// the chunk edge falls at each position relative to it.
#[test]
fn each_joiner_at_each_chunk_offset() {
    let mut checked = 0;
    for group in JOINERS {
        for &j in *group {
            for &base in &[
                'a',
                'å',
                '–',
                '\u{915}',
                '\u{1F469}',
                '\u{1F1F8}',
                '\r',
                '\u{1100}',
                '\u{AC00}',
            ] {
                for pad in 0..40 {
                    let s: String = std::iter::repeat('x')
                        .take(pad)
                        .chain([base, j, j, base])
                        .chain("äöå text".chars())
                        .collect();
                    assert_eq!(
                        count_default(&s),
                        reference(&s),
                        "{:?}",
                        s.escape_unicode().to_string()
                    );
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 10_000);
}

/// The real report, whole and per answer, and its NFD form.
#[test]
fn real_report_text_counts_equal() {
    let json = std::fs::read_to_string("tests/fixtures/jamtland-2024.json").expect("fixture");
    let report = formkoll::Report::from_json(&json).expect("report");
    let mut all = String::new();
    for (_, answer) in &report.answers.0 {
        let text = answer.text();
        assert_eq!(count_default(text), reference(text));
        all.push_str(text);
    }
    assert!(all.len() > 60_000);
    assert_eq!(count_default(&all), reference(&all));
    let crlf = all.replace('\n', "\r\n");
    assert_eq!(count_default(&crlf), reference(&crlf));
}
