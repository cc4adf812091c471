//! An answer with no visible character is as good as empty: it gets
//! `required.missing` / `explanation.missing`, and its hygiene warning, while
//! its count stays what it is (docs/rules.md, "What is checked").

use formkoll::{
    check, check_json, fixes, scan, Answer, CheckResult, FindingCode, Fix, Lang, QuestionKind,
    Report, Template,
};

fn run(answers: &str) -> CheckResult {
    let json = format!(r#"{{"answers":{answers}}}"#);
    check_json(&Template::default_template(), &json, Lang::Sv).unwrap()
}

fn codes<'a>(r: &'a CheckResult, q: &str) -> Vec<&'a str> {
    r.findings
        .iter()
        .filter(|f| f.question.as_deref() == Some(q))
        .map(|f| f.code.as_str())
        .collect()
}

fn count(r: &CheckResult, q: &str) -> u64 {
    r.questions.iter().find(|x| x.id == q).unwrap().count
}

#[test]
fn invisible_text_answers_are_missing_with_their_hygiene_warning() {
    for (text, hygiene, n) in [
        (r#""\u200b\u200b""#, Some("hygiene.zero_width"), 2),
        (r#""\ufeff""#, Some("hygiene.bom"), 1),
        (r#""\u00ad\u00ad\u00ad""#, Some("hygiene.soft_hyphen"), 3),
        (r#""\u0007""#, Some("hygiene.control"), 1),
        (r#"" \u00a0\t""#, None, 3),
    ] {
        let r = run(&format!(r#"{{"6.1": {text}}}"#));
        let c = codes(&r, "6.1");
        assert!(c.contains(&"required.missing"), "{text}: {c:?}");
        assert!(hygiene.map_or(true, |h| c.contains(&h)), "{text}: {c:?}");
        // No instruction check runs on an answer that says nothing.
        assert!(
            !c.iter().any(|c| c.starts_with("instruction.")),
            "{text}: {c:?}"
        );
        assert_eq!(count(&r, "6.1"), n, "{text}");
        assert_eq!(
            r.limits
                .iter()
                .find(|l| l.section.as_deref() == Some("6"))
                .unwrap()
                .count,
            n
        );
    }
    // One visible character is an answer.
    let r = run(r#"{"6.1": "\u200bx"}"#);
    assert!(!codes(&r, "6.1").contains(&"required.missing"));
}

#[test]
fn invisible_explanation_is_missing() {
    let r = run(r#"{"5.1a": {"choice": "nej", "text": "\u200b\ufeff"}}"#);
    let c = codes(&r, "5.1a");
    assert!(c.contains(&"explanation.missing"), "{c:?}");
    assert!(
        c.contains(&"hygiene.zero_width") && c.contains(&"hygiene.bom"),
        "{c:?}"
    );
    assert_eq!(count(&r, "5.1a"), 2);
    let r = run(r#"{"5.1a": {"choice": "nej", "text": "Därför."}}"#);
    assert!(!codes(&r, "5.1a").contains(&"explanation.missing"));
}

const TABLE: &str = "src/hygiene/invisible_table.rs";

/// The code points of one table of the generated file, decoded from its text
/// (first << LEN_BITS | length - 1 per entry).
fn table(name: &str) -> Vec<char> {
    let src = std::fs::read_to_string(TABLE).unwrap();
    let bits: u32 = src
        .split("LEN_BITS: u32 = ")
        .nth(1)
        .and_then(|r| r.split(';').next())
        .unwrap()
        .parse()
        .unwrap();
    let body = src
        .split(&format!("const {name}: &[u32] = &["))
        .nth(1)
        .unwrap()
        .split("];")
        .next()
        .unwrap();
    body.split(',')
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .flat_map(|v| {
            let r = u32::from_str_radix(v.trim_start_matches("0x"), 16).unwrap();
            let first = r >> bits;
            (first..=first + (r & ((1 << bits) - 1))).filter_map(char::from_u32)
        })
        .collect()
}

/// The generated table is what the generator writes from Unicode's files
/// (Debian's unicode-data in /usr/share/unicode; `make test` installs it).
#[test]
fn invisible_table_is_generated_from_the_unicode_data_files() {
    let ucd = "/usr/share/unicode";
    if !std::path::Path::new(ucd)
        .join("DerivedCoreProperties.txt")
        .exists()
    {
        println!("note: {ucd} is missing (apt-get install unicode-data): not regenerated");
        return;
    }
    let out = std::process::Command::new("python3")
        .args(["scripts/gen-invisible-table.py", ucd])
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let committed = std::fs::read(TABLE).unwrap();
    assert!(
        out.stdout == committed,
        "{TABLE} differs from what scripts/gen-invisible-table.py {ucd} writes: regenerate it"
    );
}

/// The required text questions of the real template.
fn required_text_questions() -> Vec<String> {
    Template::default_template()
        .data()
        .questions
        .iter()
        .filter(|q| q.kind == QuestionKind::Text && !q.optional)
        .map(|q| q.id.clone())
        .collect()
}

/// Every code point of the table, alone, repeated and mixed with spaces, is
/// an empty answer: `required.missing`. A report holds one per required
/// text question, so the walk takes a few hundred checks, not thousands.
#[test]
fn invisible_every_code_point_of_the_table_alone_is_required_missing() {
    let template = Template::default_template();
    let questions = required_text_questions();
    assert!(questions.contains(&"6.1".to_string()), "{questions:?}");
    let all = table("SHOWS_NOTHING");
    assert!(all.len() > 4_000, "{}", all.len());
    for shape in [
        |c: char| c.to_string(),
        |c: char| c.to_string().repeat(3),
        |c: char| format!(" {c}\u{a0}{c}\n"),
    ] {
        for chunk in all.chunks(questions.len()) {
            let answers = chunk
                .iter()
                .zip(&questions)
                .map(|(&c, q)| (q.clone(), Answer::Text(shape(c))))
                .collect();
            let r = check(&template, &Report::new(template.id(), answers), Lang::Sv).unwrap();
            for (&c, q) in chunk.iter().zip(&questions) {
                let c_codes = codes(&r, q);
                assert!(
                    c_codes.contains(&"required.missing"),
                    "U+{:04X} as {:?} in {q}: {c_codes:?}",
                    u32::from(c),
                    shape(c)
                );
            }
        }
    }
    // A visible character next to them is an answer.
    let r = run(r#"{"6.1": "\u3164\u2800x\u115f"}"#);
    assert!(!codes(&r, "6.1").contains(&"required.missing"));
}

/// The finding a character of the table gets inside text, from its Unicode
/// properties: none for White_Space (spaces, tab, line breaks, no-break
/// spaces) but the other controls; the controls, the BOM and the soft
/// hyphen their own codes; every other one `hygiene.zero_width`.
fn expected_code(c: char) -> Option<FindingCode> {
    match c {
        '\t' | '\n' | '\r' => None,
        c if c.is_control() => Some(FindingCode::HygieneControl),
        c if c.is_whitespace() => None,
        '\u{FEFF}' => Some(FindingCode::HygieneBom),
        '\u{AD}' => Some(FindingCode::HygieneSoftHyphen),
        _ => Some(FindingCode::HygieneZeroWidth),
    }
}

/// Every code point of the table inside text ("a<cp>b") gets a hygiene
/// finding and a proposed removal, unless it is ordinary White_Space.
#[test]
fn invisible_every_code_point_of_the_table_in_text_is_found_and_removed() {
    let mut removed = 0;
    for c in table("SHOWS_NOTHING") {
        let text = format!("a{c}b");
        let found = fixes(&text);
        let scanned: Vec<_> = scan(&text).iter().map(|o| (o.code, o.count)).collect();
        match expected_code(c) {
            Some(code) => {
                let fix = Fix {
                    start: 1,
                    end: 1 + c.len_utf8(),
                    before: c.to_string(),
                    after: String::new(),
                    code,
                };
                assert_eq!(found, [fix], "U+{:04X}", u32::from(c));
                assert_eq!(scanned, [(code, 1)], "U+{:04X}", u32::from(c));
                removed += 1;
            }
            None => {
                assert_eq!(found, [], "U+{:04X}", u32::from(c));
                assert_eq!(scanned, [], "U+{:04X}", u32::from(c));
            }
        }
    }
    assert!(removed > 4_000, "{removed}");
    // The same through the report: a question's hygiene finding.
    let r = run(r#"{"6.1": "Vi har\u3164 mål\u2800 och\u2066 medel\u00a0för 11 000 kr."}"#);
    let c = codes(&r, "6.1");
    assert!(c.contains(&"hygiene.zero_width"), "{c:?}");
    assert!(!c.contains(&"required.missing"), "{c:?}");
}

/// Where removing the character would change what a person sees, it is
/// kept, and only there.
#[test]
fn invisible_emoji_joiners_and_variation_selectors_are_kept_after_their_base() {
    for kept in [
        "Bra jobbat 👩\u{200D}🚀!",
        "👨\u{200D}👩\u{200D}👧",
        "👍🏽\u{200D}👍 och ❤\u{FE0F}\u{200D}🔥",
        "Hjärta ❤\u{FE0F} och text \u{263A}\u{FE0E}",
        "Siffran 0\u{FE00} och 漢\u{E0100}",
        "England 🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}",
        "می\u{200C}خواهم och क\u{94D}\u{200D}ष",
        "שלום \u{200F}Hej",
    ] {
        assert_eq!(fixes(kept), [], "{kept:?}");
        assert_eq!(scan(kept), [], "{kept:?}");
    }
    for (text, invisible) in [
        ("a\u{200D}b", "\u{200D}"),
        ("👩\u{200D} mål", "\u{200D}"),
        ("slut\u{200D}🚀", "\u{200D}"),
        ("a\u{FE0F}b", "\u{FE0F}"),
        ("\u{FE0F}start", "\u{FE0F}"),
        ("a\u{E0100}b", "\u{E0100}"),
        ("ab\u{200C}c", "\u{200C}"),
        ("tag\u{E0067}", "\u{E0067}"),
        ("Hej \u{200F}då", "\u{200F}"),
    ] {
        let found = fixes(text);
        assert_eq!(found.len(), 1, "{text:?}: {found:?}");
        assert_eq!(
            (found[0].before.as_str(), found[0].code),
            (invisible, FindingCode::HygieneZeroWidth),
            "{text:?}"
        );
    }
}
