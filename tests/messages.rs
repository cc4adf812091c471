//! The message matrix: every instruction check of 2024:99 × mode × language, and
//! every finding code × language, renders a sentence with no empty slot —
//! no "Fråga : ange…", no "(frågorna )", no double space.

use formkoll::{
    check, describe, Answer, Finding, FindingCode, Instruction, Lang, Mode, Report, Template,
};

/// The checks of 2024:99; their messages are the template's.
const KINDS: [&str; 5] = ["actors", "challenges", "success_factors", "basis", "goals"];

/// Panics unless `m` reads as a sentence with every slot filled.
fn assert_clean(m: &str, context: &str) {
    assert!(!m.trim().is_empty(), "{context}: empty message");
    for bad in [
        "%{",
        "  ",
        " :",
        " .",
        " ,",
        " )",
        "( ",
        "()",
        "Fråga :",
        "Question :",
    ] {
        assert!(!m.contains(bad), "{context}: {bad:?} in {m:?}");
    }
    assert!(!m.starts_with([' ', ':', '.']), "{context}: {m:?}");
    assert!(
        m.ends_with(['.', ')']),
        "{context}: no sentence end in {m:?}"
    );
}

/// The default template with one instruction of `kind` (the message of the
/// template's first instruction of that check) in `mode` over `scope`.
fn template_with(kind: &str, mode: Mode, scope: &[&str]) -> Template {
    let mut data = Template::default_template().data().clone();
    let first = data.instructions.iter().find(|i| i.check == kind).unwrap();
    data.instructions = vec![Instruction {
        id: "matrix".into(),
        check: kind.into(),
        mode,
        questions: scope.iter().map(|q| q.to_string()).collect(),
        vocabulary: None,
        message: first.message.clone(),
        text: None,
    }];
    Template::from_data(data).unwrap()
}

#[test]
fn messages_every_check_kind_mode_and_language() {
    let mut seen = 0;
    for kind in KINDS {
        for mode in [Mode::Each, Mode::Any] {
            for scope in [&["1.1", "1.2", "1.3"][..], &["1.4"][..]] {
                let t = template_with(kind, mode, scope);
                let mut report = Report::from_json(r#"{"answers":{}}"#).unwrap();
                for q in scope {
                    report.set_answer(q, Answer::Text("Text utan nyckelord.".into()));
                }
                for lang in [Lang::Sv, Lang::En] {
                    let r = check(&t, &report, lang).unwrap();
                    let found: Vec<&Finding> = r
                        .findings
                        .iter()
                        .filter(|f| f.instruction.as_deref() == Some("matrix"))
                        .collect();
                    let want = if mode == Mode::Each { scope.len() } else { 1 };
                    let context = format!("{kind:?} {mode:?} {scope:?} {lang:?}");
                    assert_eq!(found.len(), want, "{context}");
                    for f in found {
                        assert_clean(&f.message, &context);
                        // The message names where to look.
                        let (first, last) = (scope[0], scope[scope.len() - 1]);
                        match mode {
                            Mode::Each => {
                                assert!(f.message.contains(f.question.as_deref().unwrap()))
                            }
                            Mode::Any => assert!(
                                f.message.contains(first) && f.message.contains(last),
                                "{context}: {}",
                                f.message
                            ),
                        }
                        seen += 1;
                    }
                }
            }
        }
    }
    // 5 kinds × (each: 3 + 1, any: 1 + 1) × 2 languages.
    assert_eq!(seen, 5 * 6 * 2);
}

/// The exact sentences for one kind in both modes, so a reader sees them.
#[test]
fn messages_instruction_wording() {
    let report = |qs: &[&str]| {
        let mut r = Report::from_json(r#"{"answers":{}}"#).unwrap();
        for q in qs {
            r.set_answer(q, Answer::Text("Text.".into()));
        }
        r
    };
    let message = |kind, mode, lang| {
        let t = template_with(kind, mode, &["1.1", "1.2", "1.3"]);
        let r = check(&t, &report(&["1.1"]), lang).unwrap();
        r.findings
            .into_iter()
            .find(|f| f.instruction.is_some())
            .unwrap()
            .message
    };
    assert_eq!(
        message("actors", Mode::Any, Lang::Sv),
        "Avsnitt 1 (frågorna 1.1–1.3): ange vilka aktörer ni har samverkat med (till exempel kommuner, myndigheter, organisationer eller näringslivet)."
    );
    assert_eq!(
        message("challenges", Mode::Each, Lang::Sv),
        "Fråga 1.1: beskriv utmaningar i genomförandet."
    );
    assert_eq!(
        message("challenges", Mode::Any, Lang::En),
        "Section 1: describe challenges in the implementation (questions 1.1–1.3)."
    );
    assert_eq!(
        message("goals", Mode::Each, Lang::En),
        "Question 1.1: name the goals the outputs (prestationerna) contribute to."
    );
}

/// A finding with every field its message may use.
fn full_finding(code: FindingCode, question: &str) -> Finding {
    let mut f = Finding::new(code).with_question(question).with_section("5");
    f.choice = Some("nej".into());
    f.count = Some(8_314);
    f.max = Some(8_000);
    f.over_by = Some(314);
    f.remaining = Some(12);
    f.occurrences = Some(2);
    f
}

#[test]
fn messages_every_finding_code_and_language() {
    let t = Template::default_template();
    let mut rendered = 0;
    for &code in FindingCode::ALL {
        for lang in [Lang::Sv, Lang::En] {
            // A real question; a question the template does not have; an
            // empty id (a report may hold one); a section subject.
            let section_subject = {
                let mut f = full_finding(code, "5.1a");
                f.question = None;
                f.questions = vec!["5.1a".into(), "5.3".into()];
                f
            };
            for f in [
                full_finding(code, "5.1a"),
                full_finding(code, "9.9"),
                full_finding(code, ""),
                section_subject,
            ] {
                let m = describe(&f, &t, lang);
                let context = format!("{} {lang:?} {:?}", code.as_str(), f.question);
                assert_clean(&m, &context);
                assert_ne!(m, code.as_str(), "{context}: no message");
                rendered += 1;
            }
        }
    }
    assert_eq!(rendered, FindingCode::ALL.len() * 2 * 4);
}

#[test]
fn messages_empty_question_id_is_quoted_not_a_gap() {
    let r = formkoll::check_json(
        &Template::default_template(),
        r#"{"answers":{"": "Text."}}"#,
        Lang::Sv,
    )
    .unwrap();
    let f = r
        .findings
        .iter()
        .find(|f| f.code == FindingCode::AnswerUnknownQuestion)
        .unwrap();
    assert_eq!(
        f.message,
        "Svaret på fråga ”” hör inte till mallen och räknas inte."
    );
}
