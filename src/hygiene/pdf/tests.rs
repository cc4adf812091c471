//! Unit tests of the PDF split-word rules (src/hygiene/pdf.rs).
use super::*;

fn is_aao(c: char) -> bool {
    matches!(c, 'å' | 'ä' | 'ö' | 'Å' | 'Ä' | 'Ö')
}

#[test]
fn pdf_left_fragments_that_can_be_words() {
    for w in ["på", "också", "arbetsmiljö", "länsnivå", "uppnå", "förstå"] {
        assert!(may_be_word(w), "{w}");
    }
    for w in ["fö", "frå", "stä", "genömfö", "nä", "gä"] {
        assert!(!may_be_word(w), "{w}");
    }
}

#[test]
fn pdf_dictionary_is_whole_words_of_three_letters_any_case() {
    let text = "Företaget växer, FÖRSTÅ? ja; ut-ÖVER";
    let wanted = ["företaget", "förstå", "ja", "över", "växe", "ut"].map(String::from);
    assert_eq!(
        in_dictionary(text, &wanted),
        [true, true, false, true, false, false]
    );
    assert!(in_dictionary(text, &[]).is_empty());
}

#[test]
fn pdf_spaces_after_aao_are_the_spaces_after_is_aao() {
    let text = "på så Å Ä\u{e4} ö\u{308} x Ö  é ÖÅ ";
    let want: Vec<usize> = text
        .match_indices(' ')
        .map(|(i, _)| i)
        .filter(|&i| {
            text.get(..i)
                .and_then(|b| b.chars().next_back())
                .is_some_and(is_aao)
        })
        .collect();
    assert_eq!(spaces_after_aao(text).collect::<Vec<_>>(), want);
    assert_eq!(want.len(), 6);
    // Every scalar that encodes as 0xC3 and one of the six bytes is å/ä/ö.
    for c in ('\u{C0}'..='\u{FF}').filter(|&c| {
        let mut utf8 = [0; 2];
        let s = c.encode_utf8(&mut utf8);
        spaces_after_aao(&format!("{s} ")).next().is_some()
    }) {
        assert!(is_aao(c), "{c}");
    }
}

#[test]
fn pdf_both_sides_words_are_not_joined() {
    let joined = |t: &str| spacing(t).len();
    // Verbs in -å and the small words after å/ä/ö.
    for t in [
        "att avslå ansökan",
        "att anslå medel",
        "fick spå om framtiden",
        "producerar hö och ensilage",
        "Å ena sidan ökar den, å andra sidan minskar den.",
        "undertecknat å regionens vägnar",
        "från a till ö tillsammans",
        "svaret på b i bilagan",
        "värdet på x hämtas",
        "på a, b och c",
    ] {
        assert_eq!(joined(t), 0, "{t}");
    }
    // Fragments still are: after a whole word a letter that is no list
    // item, a coda, a bare å/ö before a fragment.
    for t in [
        "må l",
        "gå r",
        "nå tts",
        "tillgå ng",
        "under å ret",
        "till ö kad",
    ] {
        assert_eq!(joined(t), 1, "{t}");
    }
}

#[test]
fn pdf_codas_and_idioms() {
    for f in ["tts", "llbar", "ng", "nkar", "ck"] {
        assert!(starts_as_coda(f), "{f}");
    }
    for f in ["pdf", "html", "str", "t", "aa", ""] {
        assert!(!starts_as_coda(f), "{f}");
    }
    // `before` ends with the letter, `after` starts after the space.
    assert!(bare_letter_idiom("Å", "å", "ena", "ena sidan"));
    assert!(bare_letter_idiom("x å", "å", "länets", "länets vägnar"));
    assert!(bare_letter_idiom(
        "från a till ö",
        "ö",
        "tillsammans",
        "tillsammans"
    ));
    assert!(!bare_letter_idiom("bidrar till ö", "ö", "kad", "kad"));
    assert!(!bare_letter_idiom("under å", "å", "ret", "ret"));
}

#[test]
fn pdf_abbreviations_after_the_space() {
    assert!(continues_as_abbreviation("t.ex. med", 1));
    assert!(continues_as_abbreviation("e-post", 1));
    assert!(continues_as_abbreviation("t ex med", 1));
    assert!(!continues_as_abbreviation("r alla", 1));
    assert!(!continues_as_abbreviation("r. Sedan", 1));
    assert!(continues_as_abbreviation("a) finns", 1));
    assert!(continues_as_abbreviation("s. 12", 1));
    assert!(continues_as_abbreviation("s.\u{a0}12", 1));
    assert!(!continues_as_abbreviation("r.", 1));
    assert!(!continues_as_abbreviation("r.\n12", 1));
    assert!(!continues_as_abbreviation("rs) ", 2));
}
