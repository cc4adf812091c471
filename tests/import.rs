//! Importing the real 2024 report from the text of its Word document.
//!
//! `tests/fixtures/jamtland-2024-word.txt` is written by
//! `scripts/gen-word-rendering.py` from the seed markdown, with the
//! document's original, irregular numbering; it must import to exactly the
//! answers of `tests/fixtures/jamtland-2024.json`, which were made
//! separately (by the seed's repair script).
// Native only: it reads .docx files (formkoll::import::docx_text is not in
// the wasm build), and `make test-wasm` compiles every test target for wasm32.
#![cfg(not(target_arch = "wasm32"))]

use formkoll::{import_text, Import, ImportCode, Report, Template};

const WORD: &str = include_str!("fixtures/jamtland-2024-word.txt");
const FIXTURE: &str = include_str!("fixtures/jamtland-2024.json");

fn import(text: &str) -> Import {
    import_text(&Template::default_template(), text)
}

fn fixture() -> Report {
    Report::from_json(FIXTURE).unwrap()
}

fn codes(import: &Import) -> Vec<(ImportCode, Option<String>)> {
    import
        .findings
        .iter()
        .map(|f| (f.code, f.question.clone()))
        .collect()
}

/// Every answer of the fixture except `skip`, compared one by one so a
/// failure names the question.
fn assert_answers(import: &Import, skip: &[&str]) {
    let want = fixture();
    for (id, answer) in &want.answers.0 {
        if skip.contains(&id.as_str()) {
            assert!(
                import.report.answers.get(id).is_none(),
                "{id} should be missing"
            );
            continue;
        }
        assert_eq!(import.report.answers.get(id), Some(answer), "answer {id}");
    }
    assert_eq!(
        import.report.answers.0.len(),
        want.answers.0.len() - skip.len()
    );
}

/// The line range of the block that starts with heading `heading` (a
/// prefix of its line) and ends before the next line starting with any of `next`.
fn block(text: &str, heading: &str, next: &str) -> std::ops::Range<usize> {
    let start = text.find(&format!("\n{heading}")).unwrap() + 1;
    let end = start + text[start..].find(&format!("\n{next}")).unwrap() + 1;
    start..end
}

#[test]
fn import_word_rendering_gives_exactly_the_fixture() {
    let import = import(WORD);
    assert_eq!(codes(&import), []);
    assert_answers(&import, &[]);
    // The document's own numbering, as printed.
    let label = |q: &str| {
        let p = import.placed.iter().find(|p| p.question == q).unwrap();
        p.label.clone()
    };
    assert_eq!(label("3.1").as_deref(), Some("3.1"));
    assert_eq!(label("3.2"), None);
    assert_eq!(label("3.3").as_deref(), Some("3.2"));
    assert_eq!(label("3.4").as_deref(), Some("3.3"));
    assert_eq!(label("3.5"), None);
    assert_eq!(label("4.4"), None);
    assert_eq!(label("4.5").as_deref(), Some("4.4"));
    assert_eq!(import.placed.len(), 31);
    // The report is the fixture's answers for the fixture's template.
    assert_eq!(
        import.report.template.as_deref(),
        Some("resultatredovisning-2024-99")
    );
}

#[test]
fn import_crlf_line_ends_read_the_same() {
    let import = import(&WORD.replace('\n', "\r\n"));
    assert_eq!(codes(&import), []);
    assert_answers(&import, &[]);
}

#[test]
fn import_no_break_spaces_in_headings() {
    let template = Template::default_template();
    let texts: Vec<&str> = template
        .data()
        .questions
        .iter()
        .map(|q| q.text.get(formkoll::Lang::Sv))
        .collect();
    let mut changed = 0;
    let text: Vec<String> = WORD
        .split('\n')
        .map(|line| {
            if texts.iter().any(|t| line.contains(t)) {
                changed += 1;
                line.replace(' ', "\u{A0}")
            } else {
                line.to_string()
            }
        })
        .collect();
    assert!(changed >= 31, "{changed} headings changed");
    let import = import(&text.join("\n"));
    assert_eq!(codes(&import), []);
    assert_answers(&import, &[]);
}

#[test]
fn import_a_deleted_question_is_reported_missing() {
    let mut text = WORD.to_string();
    text.replace_range(block(WORD, "2.3 Beskriv", "2.4 Beskriv"), "");
    let import = import(&text);
    assert_eq!(
        codes(&import),
        [(ImportCode::QuestionMissing, Some("2.3".into()))]
    );
    assert_eq!(import.findings[0].line, None);
    assert_answers(&import, &["2.3"]);
}

#[test]
fn import_two_answers_swapped_in_order_land_where_they_belong() {
    // 1.2 and 1.3 change places, and so do 4.2 and 4.3 (texts shared with
    // three other sections: the section heading decides).
    let mut text = WORD.to_string();
    for (a, b, end) in [
        ("1.2 Beskriv", "1.3 Beskriv", "1.4 Beskriv"),
        ("4.2 Beskriv", "4.3 Beskriv", "Beskriv vilka prestationer"),
    ] {
        let first = block(&text, a, b);
        let second = block(&text, b, end);
        let swapped = format!("{}{}", &text[second.clone()], &text[first.clone()]);
        text.replace_range(first.start..second.end, &swapped);
    }
    let import = import(&text);
    assert_eq!(codes(&import), []);
    assert_answers(&import, &[]);
    let order: Vec<&str> = import.placed.iter().map(|p| p.question.as_str()).collect();
    assert_eq!(&order[1..3], ["1.3", "1.2"]);
}

#[test]
fn import_an_unmarked_or_doubly_marked_choice_is_reported() {
    // 5.1b is "Ja ☒": the second "Ja ☒" of the document.
    let at = WORD.match_indices("\nJa ☒").nth(1).unwrap().0;
    let mut unmarked = WORD.to_string();
    unmarked.replace_range(at..at + "\nJa ☒".len(), "\nJa ☐");
    let import_u = import(&unmarked);
    assert_eq!(
        codes(&import_u),
        [(ImportCode::ChoiceUnmarked, Some("5.1b".into()))]
    );
    let heading_line = WORD[..WORD.find("• nationellt").unwrap()]
        .matches('\n')
        .count()
        + 1;
    assert_eq!(import_u.findings[0].line, Some(heading_line));
    let b = import_u.report.answers.get("5.1b").unwrap();
    assert_eq!(b.choice(), None);
    assert_eq!(b.text(), fixture().answers.get("5.1b").unwrap().text());

    let mut both = WORD.to_string();
    let nej = at + WORD[at..].find("Nej ☐").unwrap();
    both.replace_range(nej..nej + "Nej ☐".len(), "Nej ☒");
    let import_b = import(&both);
    assert_eq!(
        codes(&import_b),
        [(ImportCode::ChoiceAmbiguous, Some("5.1b".into()))]
    );
    assert_eq!(import_b.report.answers.get("5.1b").unwrap().choice(), None);
}

#[test]
fn import_pdf_style_wrapped_headings_and_footnotes_in_place() {
    // Headings wrapped at 60 characters, and footnotes right under their
    // heading (where a PDF's page foot puts them).
    let mut out = String::new();
    let (body, _) = WORD.split_once("\n________________").unwrap();
    for line in body.split('\n') {
        let is_heading = line.len() < 260
            && (line.starts_with(|c: char| {
                c.is_ascii_digit() && line.contains(". ") || c.is_ascii_digit()
            }) && line.contains("Beskriv")
                || line.starts_with("Beskriv hur ni inom")
                || line.starts_with("Om möjligt"));
        if is_heading {
            let mut width = 0;
            for word in line.split(' ') {
                if width > 60 {
                    out.push('\n');
                    width = 0;
                } else if width > 0 {
                    out.push(' ');
                }
                out.push_str(word);
                width += word.len() + 1;
            }
            out.push('\n');
            if let Some(mark) = line
                .strip_suffix(char::is_numeric)
                .map(|_| &line[line.len() - 1..])
            {
                out.push_str(mark);
                out.push_str(if mark.parse::<u32>().unwrap() % 2 == 0 {
                    " Ibid.\n"
                } else {
                    " För definitioner och exempel av resultat i form av prestationer och effekter samt aktuella mål, se s. 3–4 i Anvisningar.\n"
                });
            }
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    assert!(
        out.contains("till.1\n1 För definitioner"),
        "{}",
        &out[..3000]
    );
    assert!(
        out.contains("inom detta\nområde har genomförts.\n"),
        "{}",
        &out[..3000]
    );
    let import = import(&out);
    assert_eq!(codes(&import), []);
    assert_answers(&import, &[]);
}

#[test]
fn import_unplaced_text_and_a_second_heading_are_reported_with_lines() {
    let text = "Region Jämtland Härjedalen\nRedovisning 2024\n\n\
                1.1 Beskriv hur det strategiskt viktigaste arbetet inom detta område har genomförts.\n\
                Svar ett.\n\
                2. Kompetensförsörjning och kompetensutveckling\n\
                Mellan rubrikerna.\n\
                2.1 Beskriv hur ni har arbetat med fastställda mål och prioriteringar för regionens kompetensförsörjningsarbete.\n\
                Svar två.\n\
                Beskriv hur ni har arbetat med fastställda mål och prioriteringar för regionens kompetensförsörjningsarbete.\n\
                Igen.\n";
    let import = import(text);
    let found: Vec<(ImportCode, Option<usize>, Option<&str>)> = import
        .findings
        .iter()
        .take(3)
        .map(|f| (f.code, f.line, f.excerpt.as_deref()))
        .collect();
    assert_eq!(
        found,
        [
            (
                ImportCode::TextBeforeFirstQuestion,
                Some(1),
                Some("Region Jämtland Härjedalen…")
            ),
            (
                ImportCode::TextUnplaced,
                Some(7),
                Some("Mellan rubrikerna.")
            ),
            (ImportCode::QuestionDuplicate, Some(10), Some("Igen.")),
        ]
    );
    assert_eq!(import.findings[2].question.as_deref(), Some("2.1"));
    assert_eq!(
        import.report.answers.get("2.1").unwrap().text(),
        "Svar två."
    );
    // The other 29 questions are missing.
    assert_eq!(import.findings.len(), 3 + 29);
}

#[test]
fn import_boxes_in_other_styles() {
    let template = Template::default_template();
    for (options, want) in [
        ("☒ Ja ☐ Nej", Some("ja")),
        ("Ja [ ] Nej [x]", Some("nej")),
        ("[X] Ja\n[ ] Nej", Some("ja")),
        ("Ja ✔\nNej", Some("ja")),
        ("Ja X Nej", Some("ja")),
        ("Ja ☐ Nej ☐", None),
    ] {
        let text = format!("• den regionala utvecklingsstrategin?\n{options}\nVi har bidragit.\n");
        let import = import_text(&template, &text);
        let a = import.report.answers.get("5.1a").unwrap();
        assert_eq!(
            (a.choice(), a.text()),
            (want, "Vi har bidragit."),
            "{options}"
        );
    }
    // An answer that is only "Nej." after the boxes is the answer, not an option.
    let text = "• den regionala utvecklingsstrategin?\nJa ☐\nNej ☒\nNej.\n";
    let a = import_text(&template, text)
        .report
        .answers
        .get("5.1a")
        .cloned()
        .unwrap();
    assert_eq!((a.choice(), a.text()), (Some("nej"), "Nej."));
    // Under a text question, "Ja ☒" is the answer's own text.
    let text = "1.1 Beskriv hur det strategiskt viktigaste arbetet inom detta område har genomförts.\nJa ☒\n";
    let import = import_text(&template, text);
    assert_eq!(import.report.answers.get("1.1").unwrap().text(), "Ja ☒");
}

#[test]
fn import_labels_with_words_before_headings() {
    let text = "Avsnitt 3. Innovation och förnyelse samt entreprenörskap och företagande\n\
                Fråga 3.2: Beskriv hur ni inom detta område har arbetat med att integrera ekonomisk, social och miljömässig hållbarhet för att möta samhällsutmaningarna.\n\
                Svar.\n";
    let import = import(text);
    assert_eq!(import.report.answers.get("3.2").unwrap().text(), "Svar.");
    assert_eq!(import.placed[0].label.as_deref(), Some("Fråga 3.2"));
    assert_eq!(
        codes(&import).len(),
        30,
        "only the other questions are missing"
    );
}

#[test]
fn import_heading_and_answer_on_one_line() {
    let text = "3.2\nBeskriv hur ni har beaktat olika territoriella perspektiv i arbetet inom detta område.\n\
                Svar 3.3.\n\
                1.1 Beskriv hur det strategiskt viktigaste arbetet inom detta område har genomförts. Vi har arbetat.\n\
                • den regionala utvecklingsstrategin? Ja ☒ Nej ☐\nSvar.";
    let import = import(text);
    assert_eq!(
        import.report.answers.get("3.3").unwrap().text(),
        "Svar 3.3."
    );
    assert_eq!(import.placed[0].label.as_deref(), Some("3.2"));
    assert_eq!(
        import.report.answers.get("1.1").unwrap().text(),
        "Vi har arbetat."
    );
    let a = import.report.answers.get("5.1a").unwrap();
    assert_eq!((a.choice(), a.text()), (Some("ja"), "Svar."));
}

#[test]
fn import_a_megabyte_of_headings_in_linear_time() {
    // Every heading of the form, over and over, some cut short, some
    // wrapped: each line is tried once, so this finishes at once (a
    // quadratic reader would take hours).
    let template = Template::default_template();
    let mut text = String::new();
    let texts: Vec<&str> = template
        .data()
        .questions
        .iter()
        .map(|q| q.text.get(formkoll::Lang::Sv))
        .collect();
    let mut i = 0;
    while text.len() < 1 << 20 {
        let t = texts[i % texts.len()];
        match i % 3 {
            0 => text.push_str(t),
            1 => text.push_str(&t[..t.char_indices().nth(t.chars().count() / 2).unwrap().0]),
            _ => text.push_str(&t.replacen(' ', "\n", 3)),
        }
        text.push('\n');
        i += 1;
    }
    let import = import_text(&template, &text);
    assert_eq!(import.placed.len(), 31);
    assert!(import.findings.len() > 1000);
}

#[test]
fn import_word_rendering_checks_exactly_as_the_fixture() {
    let template = Template::default_template();
    let imported = import(WORD).report;
    // Through JSON, as `formkoll import | formkoll check -` does.
    let reread = Report::from_json(&imported.to_json()).unwrap();
    let got = formkoll::check(&template, &reread, formkoll::Lang::Sv).unwrap();
    let want = formkoll::check(&template, &fixture(), formkoll::Lang::Sv).unwrap();
    assert_eq!(
        serde_json::to_string(&got).unwrap(),
        serde_json::to_string(&want).unwrap()
    );
    let counts: Vec<u64> = got.limits.iter().map(|l| l.count).collect();
    assert_eq!(counts, [9_225, 15_775, 15_546, 10_356, 8_314, 4_956]);
    assert_eq!(got.score, want.score);
}

#[test]
fn import_docx_with_checkbox_content_controls() {
    // The same document saved as .docx by scripts/gen-word-rendering.py:
    // boxes are checkbox content controls, footnotes footnote references.
    let bytes = include_bytes!("fixtures/jamtland-2024.docx");
    assert!(formkoll::import::is_zip(bytes));
    let text = formkoll::import::docx_text(bytes).unwrap();
    assert!(text.contains("\nJa ☒\n"), "checkbox read");
    let import = import(&text);
    assert_eq!(codes(&import), []);
    assert_answers(&import, &[]);
}

#[test]
fn import_docs_name_every_import_code() {
    let rules = include_str!("../docs/rules.md");
    for code in ImportCode::ALL {
        assert!(
            rules.contains(&format!("`{}`", code.as_str())),
            "docs/rules.md does not name {}",
            code.as_str()
        );
    }
    assert!(rules.contains("## 6. How a document is read"));
    assert!(rules.contains("`document.no_questions`") && rules.contains("`document.invalid`"));
}
