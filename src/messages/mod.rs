//! Messages shown to people: Swedish first, English second, as data.
//!
//! Logic elsewhere emits keys and numbers; only this module turns them into
//! words. Each key has a singular and a plural form (GOV.UK's `one`/`other`),
//! and numbers are grouped by locale: "11 000" (U+00A0) in Swedish, "11,000"
//! in English.

use crate::prelude::*;

mod describe;
mod en;
mod sv;

pub use describe::describe;

use serde::{Deserialize, Serialize};

/// A language for messages.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Swedish (default).
    #[default]
    Sv,
    /// English.
    En,
}

impl Lang {
    /// Parses "sv" or "en" (also "sv-SE", "en-GB", any case).
    ///
    /// # Example
    ///
    /// ```
    /// use formkoll::Lang;
    /// assert_eq!(Lang::parse("en-GB"), Some(Lang::En));
    /// assert_eq!(Lang::parse("fi"), None);
    /// ```
    pub fn parse(s: &str) -> Option<Lang> {
        // The primary subtag compared without case, not lower-cased into a
        // new String: the same answer without an allocation (tested below
        // against the lower-casing form).
        let primary = s.split(['-', '_']).next().unwrap_or("");
        if primary.eq_ignore_ascii_case("sv") {
            Some(Lang::Sv)
        } else if primary.eq_ignore_ascii_case("en") {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// Returns "sv" or "en".
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }

    fn table(self) -> &'static [Entry] {
        match self {
            Lang::Sv => sv::TABLE,
            Lang::En => en::TABLE,
        }
    }
}

/// One message: its key and its singular and plural forms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The key, e.g. "limit.exceeded" or "characters_under_limit".
    pub key: &'static str,
    /// The form used when the number is 1.
    pub one: &'static str,
    /// The form used otherwise.
    pub other: &'static str,
}

impl Entry {
    const fn new(key: &'static str, one: &'static str, other: &'static str) -> Entry {
        Entry { key, one, other }
    }
}

/// An argument to a message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arg<'a> {
    /// A number, grouped by locale.
    Num(u64),
    /// A text, inserted as it is.
    Str(&'a str),
}

/// Returns every message of `lang` (for tests and for JS consumers who want
/// to render their own text).
///
/// # Example
///
/// ```
/// let keys: Vec<&str> = formkoll::table(formkoll::Lang::En).iter().map(|e| e.key).collect();
/// assert!(keys.contains(&"characters_over_limit"));
/// ```
pub fn table(lang: Lang) -> &'static [Entry] {
    lang.table()
}

/// Formats a number the way `lang` writes it: "15 775" (no-break space) or "15,775".
///
/// # Example
///
/// ```
/// use formkoll::{format_number, Lang};
/// assert_eq!(format_number(11_000, Lang::Sv), "11\u{a0}000");
/// assert_eq!(format_number(1_234, Lang::En), "1,234");
/// assert_eq!(format_number(775, Lang::Sv), "775");
/// ```
pub fn format_number(n: u64, lang: Lang) -> String {
    let sep = match lang {
        Lang::Sv => '\u{a0}',
        Lang::En => ',',
    };
    // The JSON writer's digits (the crate's one digit writer) rather than
    // core::fmt, which the wasm build would otherwise carry for this alone
    // (docs/performance.md); grouped here, in threes from the right.
    let mut digits = String::new();
    crate::json::write::push_u64(&mut digits, n);
    let len = digits.len();
    let mut out = String::with_capacity(len + len / 3 * 2);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (len - i) % 3 == 0 {
            out.push(sep);
        }
        out.push(d);
    }
    out
}

/// Renders message `key` in `lang`, choosing the plural form by `n` and
/// replacing each `%{name}` with its argument. An unknown key renders as the
/// key itself, so a missing translation is visible but never a crash.
///
/// # Example
///
/// ```
/// use formkoll::{render, Arg, Lang};
/// let m = render(Lang::Sv, "characters_over_limit", 775, &[("count", Arg::Num(775))]);
/// assert_eq!(m, "Du har 775 tecken för mycket");
/// let m = render(Lang::En, "characters_under_limit", 1, &[("count", Arg::Num(1))]);
/// assert_eq!(m, "You have 1 character remaining");
/// ```
pub fn render(lang: Lang, key: &str, n: u64, args: &[(&str, Arg<'_>)]) -> String {
    let Some(entry) = lang.table().iter().find(|e| e.key == key) else {
        return key.to_string();
    };
    let pattern = if n == 1 { entry.one } else { entry.other };
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut rest = pattern;
    while let Some(start) = rest.find("%{") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let Some(end) = after.find('}') else {
            out.push_str(&rest[start..]);
            rest = "";
            break;
        };
        let name = &after[..end];
        match args.iter().find(|(k, _)| *k == name) {
            Some((_, Arg::Num(v))) => out.push_str(&format_number(*v, lang)),
            Some((_, Arg::Str(s))) => out.push_str(s),
            None => out.push_str(&rest[start..start + 2 + end + 1]),
        }
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_every_key_in_both_languages() {
        let sv: Vec<&str> = sv::TABLE.iter().map(|e| e.key).collect();
        let en: Vec<&str> = en::TABLE.iter().map(|e| e.key).collect();
        assert_eq!(
            sv, en,
            "sv and en must list the same keys in the same order"
        );
        for &code in crate::FindingCode::ALL {
            assert!(
                sv.contains(&code.as_str()),
                "no message for {}",
                code.as_str()
            );
        }
    }

    /// The keys the page's wasm leaves out (marked with a cfg in sv.rs).
    fn cli_only_keys() -> Vec<String> {
        let marker = "#[cfg(any(feature = \"cli\", not(target_arch = \"wasm32\")))]";
        let src = include_str!("sv.rs");
        let lines: Vec<&str> = src.lines().map(str::trim).collect();
        lines
            .windows(2)
            .filter(|w| w[0] == marker)
            .filter_map(|w| w[1].strip_prefix("Entry::new(\""))
            .filter_map(|rest| rest.split('"').next())
            .map(String::from)
            .collect()
    }

    #[test]
    fn messages_page_build_has_every_key_the_page_renders() {
        let cut = cli_only_keys();
        assert!(cut.iter().any(|k| k == "cli.template"), "{cut:?}");
        let en = include_str!("en.rs");
        for key in &cut {
            assert!(
                en.contains(&format!("(any(feature = \"cli\", not(target_arch = \"wasm32\")))]\n    Entry::new(\"{key}\"")),
                "{key} is cut from the page in sv.rs but not in en.rs"
            );
        }
        // Every source the page module links: the DOM layer, the bindings
        // and the core outside the command line and the importer.
        let mut sources = Vec::new();
        let mut dirs = vec![std::path::PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src"
        ))];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                let name = path.to_string_lossy().into_owned();
                if name.contains("/src/cli")
                    || name.contains("/src/bin")
                    || name.contains("/messages/")
                {
                    continue;
                }
                if path.is_dir() {
                    dirs.push(path);
                } else if name.ends_with(".rs") {
                    sources.push((name, std::fs::read_to_string(&path).unwrap()));
                }
            }
        }
        sources.push(("describe.rs".into(), include_str!("describe.rs").into()));
        assert!(sources.len() > 20);
        for key in &cut {
            for &code in crate::FindingCode::ALL {
                assert_ne!(
                    code.as_str(),
                    key,
                    "a finding's message is cut from the page"
                );
            }
            for (name, text) in &sources {
                // "invalid" and "valid" are also JSON field values and
                // statuses, never message keys, outside the CLI.
                if key == "invalid" || key == "valid" {
                    assert!(
                        !text.contains(&format!("render(lang, \"{key}\"")),
                        "{name} renders {key}"
                    );
                    continue;
                }
                assert!(
                    !text.contains(&format!("\"{key}\"")),
                    "{name} uses {key}, cut from the page"
                );
            }
        }
    }

    #[test]
    fn messages_issue_examples() {
        let n = |k, v: u64| render(Lang::Sv, k, v, &[("count", Arg::Num(v))]);
        assert_eq!(
            n("characters_under_limit", 1234),
            "Du har 1\u{a0}234 tecken kvar"
        );
        assert_eq!(
            n("characters_over_limit", 775),
            "Du har 775 tecken för mycket"
        );
        let b = render(
            Lang::Sv,
            "budget",
            15_775,
            &[
                ("subject", Arg::Str("Avsnitt 2")),
                ("count", Arg::Num(15_775)),
                ("max", Arg::Num(15_000)),
            ],
        );
        assert_eq!(b, "Avsnitt 2: 15\u{a0}775 av 15\u{a0}000 tecken");
    }

    #[test]
    fn messages_numbers_by_hand_equal_the_formatter() {
        for n in [
            0,
            1,
            9,
            10,
            999,
            1_000,
            15_775,
            999_999,
            1_000_000,
            u64::MAX,
        ] {
            let plain = n.to_string();
            assert_eq!(format_number(n, Lang::En).replace(',', ""), plain);
            assert_eq!(format_number(n, Lang::Sv).replace('\u{a0}', ""), plain);
        }
        assert_eq!(
            format_number(u64::MAX, Lang::En),
            "18,446,744,073,709,551,615"
        );
    }

    #[test]
    fn lang_parse_equals_lower_casing_the_primary_subtag() {
        // The former definition: lower-case the primary subtag, then match.
        let lowered = |s: &str| match s
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase()
            .as_str()
        {
            "sv" => Some(Lang::Sv),
            "en" => Some(Lang::En),
            _ => None,
        };
        let parts = [
            "",
            "sv",
            "SV",
            "sV",
            "en",
            "EN",
            "eN",
            "fi",
            "s",
            "svv",
            "se",
            "\u{17f}v",
            "e\u{308}n",
            "-",
            "_",
            "x",
            "\u{130}",
        ];
        let mut n = 0;
        for a in parts {
            for sep in ["", "-", "_", "--", "-_"] {
                for b in parts {
                    let tag = [a, sep, b].concat();
                    assert_eq!(Lang::parse(&tag), lowered(&tag), "{tag:?}");
                    n += 1;
                }
            }
        }
        assert_eq!(n, parts.len() * 5 * parts.len());
        assert_eq!(Lang::parse("sv-SE"), Some(Lang::Sv));
        assert_eq!(Lang::parse("EN_gb"), Some(Lang::En));
    }

    #[test]
    fn messages_plural_forms() {
        let w = |lang, n| render(lang, "warnings_count", n, &[("count", Arg::Num(n))]);
        assert_eq!(w(Lang::Sv, 1), "1 varning");
        assert_eq!(w(Lang::Sv, 2), "2 varningar");
        assert_eq!(w(Lang::En, 1), "1 warning");
        assert_eq!(w(Lang::En, 0), "0 warnings");
    }

    /// "Rensa texten"'s review names each change's kind by `fix.<code>`
    /// (src/dom/review.rs): every hygiene code has one, and the review's
    /// counts take their plural.
    #[test]
    fn messages_review_kinds_and_plurals() {
        for &code in crate::FindingCode::ALL {
            if code.as_str().starts_with("hygiene.") {
                let key = format!("fix.{}", code.as_str());
                for lang in [Lang::Sv, Lang::En] {
                    assert_ne!(render(lang, &key, 1, &[]), key, "no {key}");
                }
            }
        }
        let legend = |lang, n| {
            let args = [("question", Arg::Str("6.1")), ("count", Arg::Num(n))];
            render(lang, "review_legend", n, &args)
        };
        assert_eq!(legend(Lang::Sv, 1), "Fråga 6.1: 1 föreslagen ändring");
        assert_eq!(legend(Lang::Sv, 3), "Fråga 6.1: 3 föreslagna ändringar");
        assert_eq!(legend(Lang::En, 1), "Question 6.1: 1 proposed change");
        assert_eq!(legend(Lang::En, 3), "Question 6.1: 3 proposed changes");
    }

    #[test]
    fn messages_unknown_key_and_placeholder_do_not_panic() {
        assert_eq!(render(Lang::Sv, "no.such.key", 1, &[]), "no.such.key");
        assert_eq!(
            render(Lang::Sv, "characters_under_limit", 2, &[]),
            "Du har %{count} tecken kvar"
        );
    }
}
