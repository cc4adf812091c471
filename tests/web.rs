//! The bindings, run as WebAssembly in Node and in headless Chromium
//! (`make test-wasm`): the same verdicts as the native core, coded errors, no
//! trap on lone surrogates.
//!
//! Results cross the boundary as JS objects; `JSON.stringify` of such an
//! object must be byte for byte the core's `serde_json` output (which is what
//! `formkoll check --format json` prints), so every field and its order is
//! compared, not a sample.

#![cfg(target_arch = "wasm32")]

use std::sync::Arc;

use formkoll::bindings::{count, normalize, Rules};
use formkoll::{check, Answer, Lang, Report, Template};
use js_sys::{JsString, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

const FIXTURE: &str = include_str!("fixtures/jamtland-2024.json");

fn stringify(v: &JsValue) -> String {
    JSON::stringify(v).unwrap().as_string().unwrap()
}

fn prop(v: &JsValue, name: &str) -> JsValue {
    Reflect::get(v, &name.into()).unwrap()
}

/// The core's verdict as JSON text: what the CLI prints.
fn native(json: &str, lang: Lang) -> String {
    let report = Report::from_json(json).unwrap();
    serde_json::to_string(&check(&Template::default_template(), &report, lang).unwrap()).unwrap()
}

/// The error's `code` and `path`, after checking it is a JS `Error`.
fn code_and_path(err: JsValue) -> (String, String) {
    assert!(
        err.is_instance_of::<js_sys::Error>(),
        "not an Error: {err:?}"
    );
    (
        prop(&err, "code").as_string().unwrap(),
        prop(&err, "path").as_string().unwrap(),
    )
}

/// A JS string with a lone high surrogate between `before` and `after`.
fn with_lone_surrogate(before: &str, after: &str) -> JsValue {
    let lone = JsString::from_char_code1(0xD800);
    JsString::from(before)
        .concat(&lone)
        .concat(&after.into())
        .into()
}

fn nfd(text: &str) -> String {
    JsString::from(text).normalize("NFD").as_string().unwrap()
}

#[wasm_bindgen_test]
fn check_of_the_fixture_text_equals_the_core_json() {
    let rules = Rules::default_rules();
    let result = rules.check(FIXTURE.into(), None).unwrap();
    assert_eq!(stringify(&result), native(FIXTURE, Lang::Sv));
    assert_eq!(prop(&result, "valid"), JsValue::FALSE);
}

#[wasm_bindgen_test]
fn check_of_the_fixture_object_equals_the_core_json_in_both_languages() {
    let rules = Rules::default_rules();
    let object = JSON::parse(FIXTURE).unwrap();
    for (tag, lang) in [("sv", Lang::Sv), ("en", Lang::En)] {
        let result = rules.check(object.clone(), Some(tag.into())).unwrap();
        assert_eq!(stringify(&result), native(FIXTURE, lang), "lang {tag}");
    }
}

#[wasm_bindgen_test]
fn nfd_and_crlf_variants_get_the_same_verdict() {
    let rules = Rules::default_rules();
    let plain = rules.check(FIXTURE.into(), None).unwrap();
    let nfd = nfd(FIXTURE);
    assert_ne!(nfd, FIXTURE, "the fixture has characters NFD decomposes");
    let crlf = FIXTURE.replace("\\n", "\\r\\n");
    assert_ne!(crlf, FIXTURE, "the fixture has line breaks");
    for variant in [nfd, crlf] {
        let result = rules.check(variant.as_str().into(), None).unwrap();
        // The whole result, messages included, is the native one on the same text…
        assert_eq!(stringify(&result), native(&variant, Lang::Sv));
        // …and the verdict is the plain fixture's: counts, score, codes.
        for key in ["valid", "score", "counts", "limits", "score_breakdown"] {
            assert_eq!(
                stringify(&prop(&result, key)),
                stringify(&prop(&plain, key)),
                "{key}"
            );
        }
        let codes = |r: &JsValue| {
            let findings: js_sys::Array = prop(r, "findings").unchecked_into();
            findings
                .iter()
                .map(|f| prop(&f, "code").as_string().unwrap())
                .collect::<Vec<_>>()
        };
        assert_eq!(codes(&result), codes(&plain));
    }
}

#[wasm_bindgen_test]
fn a_session_fed_answer_by_answer_ends_where_check_does() {
    let rules = Rules::default_rules();
    let mut session = rules.session(None, None).unwrap();
    let report = Report::from_json(FIXTURE).unwrap();
    let mut last = JsValue::UNDEFINED;
    for (id, answer) in &report.answers.0 {
        if let Answer::Choice { choice, .. } = answer {
            let choice = choice.as_deref().map(JsValue::from);
            session.choose(id.into(), choice).unwrap();
        }
        last = session.set(id.into(), answer.text().into()).unwrap();
    }
    let result = session.result().unwrap();
    assert_eq!(stringify(&result), native(FIXTURE, Lang::Sv));
    // The last update already carries the whole report's totals.
    for key in ["score", "valid", "counts"] {
        assert_eq!(
            stringify(&prop(&last, key)),
            stringify(&prop(&result, key)),
            "{key}"
        );
    }
}

#[wasm_bindgen_test]
fn an_update_is_the_core_update() {
    let rules = Rules::default_rules();
    let mut session = rules
        .session(Some(FIXTURE.into()), Some("en".into()))
        .unwrap();
    let update = session.set("2.1".into(), "Kort.".into()).unwrap();
    let mut core = formkoll::Session::new(
        Arc::new(Template::default_template()),
        Report::from_json(FIXTURE).unwrap(),
        Lang::En,
    )
    .unwrap();
    let expected = serde_json::to_string(&core.set("2.1", "Kort.").unwrap()).unwrap();
    assert_eq!(stringify(&update), expected);
}

#[wasm_bindgen_test]
fn to_json_is_the_report_as_entered() {
    let rules = Rules::default_rules();
    let session = rules.session(Some(FIXTURE.into()), None).unwrap();
    let as_entered = Report::from_json(FIXTURE).unwrap().to_json();
    assert_eq!(session.report_json(), as_entered);
    assert_eq!(stringify(&session.to_json().unwrap()), as_entered);
    let empty = rules.session(None, None).unwrap();
    assert_eq!(
        empty.report_json(),
        r#"{"template":"resultatredovisning-2024-99","answers":{}}"#
    );
}

#[wasm_bindgen_test]
fn failures_are_errors_with_codes_and_paths_and_the_module_keeps_working() {
    let rules = Rules::default_rules();
    // Whatever path the core gives for unreadable JSON, the bindings give too.
    let unreadable = Report::from_json("{").unwrap_err().path().to_string();
    let unreadable_template = Template::from_json("{").unwrap_err().path().to_string();
    let cases: Vec<(Result<JsValue, JsValue>, &str, &str)> = vec![
        (
            rules.check(r#"{"answers":{"1.1":3}}"#.into(), None),
            "report.invalid",
            "answers.1.1",
        ),
        (rules.check("{".into(), None), "report.invalid", &unreadable),
        (rules.check(JsValue::from(42), None), "report.invalid", ""),
        (
            rules.check(r#"{"template":"other","answers":{}}"#.into(), None),
            "report.template_mismatch",
            "template",
        ),
        (
            rules.check(FIXTURE.into(), Some("fi".into())),
            "lang.unknown",
            "lang",
        ),
        (
            Rules::from_json("{".into()).map(JsValue::from),
            "template.invalid",
            &unreadable_template,
        ),
        (
            Rules::from_json(r#"{"format":"formkoll-template/1","id":"x","titel":"t"}"#.into())
                .map(JsValue::from),
            "template.invalid",
            "titel",
        ),
        (
            count(JsValue::UNDEFINED).map(JsValue::from),
            "argument.invalid",
            "text",
        ),
        (normalize(JsValue::NULL), "argument.invalid", "text"),
    ];
    for (result, code, path) in cases {
        let err = result.err().unwrap_or_else(|| panic!("expected {code}"));
        assert_eq!(code_and_path(err), (code.to_string(), path.to_string()));
    }
    let mut session = rules.session(None, None).unwrap();
    let err = session.set("9.9".into(), "x".into()).err().unwrap();
    assert_eq!(
        code_and_path(err),
        ("question.unknown".into(), "9.9".into())
    );
    let err = session
        .choose("2.1".into(), Some("ja".into()))
        .err()
        .unwrap();
    assert_eq!(
        code_and_path(err),
        ("question.not_choice".into(), "2.1".into())
    );
    let err = session.set("2.1".into(), JsValue::from(5)).err().unwrap();
    assert_eq!(
        code_and_path(err),
        ("report.invalid".into(), "answers.2.1".into())
    );
    // Still working, and the failed calls changed nothing.
    assert_eq!(
        session.report_json(),
        r#"{"template":"resultatredovisning-2024-99","answers":{}}"#
    );
    assert_eq!(
        stringify(&rules.check(FIXTURE.into(), None).unwrap()),
        native(FIXTURE, Lang::Sv)
    );
}

#[wasm_bindgen_test]
fn a_lone_surrogate_neither_throws_nor_traps() {
    let rules = Rules::default_rules();
    // U+FFFD in its place: one grapheme, like any other character.
    assert_eq!(count(with_lone_surrogate("a", "b")).unwrap(), 3.0);
    let n = normalize(with_lone_surrogate("a", "b")).unwrap();
    assert_eq!(prop(&n, "text").as_string().unwrap(), "a\u{FFFD}b");

    let mut session = rules.session(None, None).unwrap();
    let update = session
        .set("2.1".into(), with_lone_surrogate("Vi ", " samverkar."))
        .unwrap();
    assert_eq!(
        prop(&prop(&update, "question"), "count").as_f64(),
        Some(15.0)
    );

    // In a report object (value and key) and in a report's JSON text, escaped or raw.
    let answers = js_sys::Object::new();
    Reflect::set(&answers, &"1.1".into(), &with_lone_surrogate("x", "y")).unwrap();
    Reflect::set(&answers, &with_lone_surrogate("9.", ""), &"z".into()).unwrap();
    let report = js_sys::Object::new();
    Reflect::set(&report, &"answers".into(), &answers).unwrap();
    let from_object = rules.check(report.clone().into(), None).unwrap();
    let escaped = JSON::stringify(&report).unwrap();
    assert!(escaped.as_string().unwrap().contains("\\ud800"));
    let from_text = rules.check(escaped.into(), None).unwrap();
    assert_eq!(stringify(&from_object), stringify(&from_text));
    let expected = native(r#"{"answers":{"1.1":"x\ufffdy","9.\ufffd":"z"}}"#, Lang::Sv);
    assert_eq!(stringify(&from_object), expected);

    // An escaped backslash before "ud800" is text, not an escape: untouched.
    let text = r#"{"answers":{"1.1":"a\\ud800\\uDC00"}}"#;
    assert_eq!(
        stringify(&rules.check(text.into(), None).unwrap()),
        native(text, Lang::Sv)
    );
    // Upper-case lone escapes, a high one followed by something else, a low one alone.
    let lone = rules
        .check(r#"{"answers":{"1.1":"\uD83Dx\uDE00\u00e5"}}"#.into(), None)
        .unwrap();
    assert_eq!(
        stringify(&lone),
        native("{\"answers\":{\"1.1\":\"\u{FFFD}x\u{FFFD}å\"}}", Lang::Sv)
    );

    // An escaped surrogate pair is a real character and stays one.
    let pair = rules
        .check(r#"{"answers":{"1.1":"\ud83d\ude00"}}"#.into(), None)
        .unwrap();
    assert_eq!(
        stringify(&pair),
        native(r#"{"answers":{"1.1":"😀"}}"#, Lang::Sv)
    );
}

#[wasm_bindgen_test]
fn count_normalize_and_template_are_the_core_ones() {
    assert_eq!(count("Å\r\nö".into()).unwrap(), 3.0);
    let n = normalize("utveck- ling fö r alla \n\n\n\nSlut".into()).unwrap();
    let expected =
        serde_json::to_string(&formkoll::normalize("utveck- ling fö r alla \n\n\n\nSlut")).unwrap();
    assert_eq!(stringify(&n), expected);
    let rules = Rules::default_rules();
    assert_eq!(rules.id(), "resultatredovisning-2024-99");
    let template = rules.template().unwrap();
    let core = serde_json::to_string(Template::default_template().data()).unwrap();
    assert_eq!(stringify(&template), core);
    // A template given as an object reads as its text does.
    let again = Rules::from_json(template).unwrap();
    assert_eq!(stringify(&again.template().unwrap()), core);
}
