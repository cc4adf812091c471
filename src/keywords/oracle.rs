//! The template's vocabulary exclusions against the Swedish hunspell
//! dictionary (Debian's `hunspell-sv`, /usr/share/hunspell/sv_SE.*, LGPL),
//! read at test time only and never copied: every exclusion must remove at
//! least one dictionary word that its vocabulary matches, so that none is
//! written against a made-up word. Without the dictionary the test prints a
//! note and passes (`scripts/ensure-tools.sh hunspell` installs it).

use super::*;

#[test]
fn keywords_every_exclusion_removes_a_dictionary_word_its_vocabulary_matches() {
    let (Ok(aff), Ok(dic)) = (
        std::fs::read_to_string("/usr/share/hunspell/sv_SE.aff"),
        std::fs::read_to_string("/usr/share/hunspell/sv_SE.dic"),
    ) else {
        println!("NOTE: /usr/share/hunspell/sv_SE.dic is absent: exclusion oracle skipped");
        return;
    };
    let dict = spellbook::Dictionary::new(&aff, &dic).expect("the dictionary loads");
    // The dictionary's own entries (lowercase words, before affixes).
    let stems: Vec<String> = dic
        .lines()
        .skip(1)
        .map(|l| l.split('/').next().unwrap_or(""))
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .filter(|w| w.chars().all(char::is_alphabetic))
        .map(fold)
        .collect();
    let data = crate::Template::default_template().data().clone();
    let mut dead = Vec::new();
    let mut removed = 0;
    for (name, exclusions) in &data.vocabulary_exclusions {
        let include = data.vocabularies.get(name).expect("an existing vocabulary");
        let all = Vocabulary::new(include, &[]);
        for e in exclusions {
            let core = fold(e.trim_matches('*'));
            let one = Vocabulary::new(include, core::slice::from_ref(e));
            // Entries that hold the excluded letters, inflected; and the
            // letters themselves, inflected, where the dictionary knows them.
            let mut words: Vec<String> = stems
                .iter()
                .filter(|s| s.contains(core.as_str()))
                .flat_map(|s| ENDINGS.iter().map(move |end| format!("{s}{end}")))
                .collect();
            words.extend(
                ENDINGS
                    .iter()
                    .map(|end| format!("{core}{end}"))
                    .filter(|w| dict.check(w)),
            );
            let n = words
                .iter()
                .filter(|w| all.matches(w) && !one.matches(w))
                .count();
            removed += n;
            if n == 0 {
                dead.push(format!("{name}: {e}"));
            }
        }
    }
    println!("vocabulary exclusions remove {removed} dictionary word forms");
    assert!(
        dead.is_empty(),
        "exclusions that remove no dictionary word:\n{}",
        dead.join("\n")
    );
}
