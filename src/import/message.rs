//! What the importer says: messages in Swedish and English, and the JSON of
//! an [`Import`] (the same text for the CLI and for JavaScript).
//!
//! Strings are built with `push_str`, not `format!`, to keep the
//! WebAssembly small; the JSON is written by the crate's one writer
//! (src/json/write.rs).

use super::{Import, ImportCode, ImportFinding, Placement};
use crate::json::{Object, ToJson};
use crate::prelude::*;
use crate::Lang;

/// The first words of `text`, at most about 60 characters, cut at a word
/// boundary and ending with "…" when cut.
///
/// # Example
///
/// ```
/// assert_eq!(formkoll::import::excerpt("Kort text."), "Kort text.");
/// let long = "Region Jämtland Härjedalens regionala serviceprogram 2023–2030 tar avstamp i";
/// assert_eq!(formkoll::import::excerpt(long), "Region Jämtland Härjedalens regionala serviceprogram…");
/// ```
pub fn excerpt(text: &str) -> String {
    const MAX: usize = 60;
    let first_line = text.trim().lines().next().unwrap_or("");
    let cut = first_line.char_indices().nth(MAX).map(|(i, _)| i);
    let Some(cut) = cut else {
        if first_line.len() < text.trim().len() {
            let mut s = first_line.trim_end().to_string();
            s.push('…');
            return s;
        }
        return first_line.to_string();
    };
    let head = first_line.get(..cut).unwrap_or(first_line);
    let head = match head.rfind(char::is_whitespace) {
        Some(i) if i > 0 => head.get(..i).unwrap_or(head),
        _ => head,
    };
    let mut s = head.trim_end_matches([' ', ',', ';', ':']).to_string();
    s.push('…');
    s
}

impl ImportFinding {
    /// The finding as a sentence in `lang`.
    ///
    /// # Example
    ///
    /// ```
    /// use formkoll::{import_text, Lang, Template};
    /// let import = import_text(&Template::default_template(), "");
    /// assert_eq!(import.findings[0].message(Lang::Sv), "Fråga 1.1 finns inte i dokumentet.");
    /// assert_eq!(import.findings[0].message(Lang::En), "Question 1.1 is not in the document.");
    /// ```
    pub fn message(&self, lang: Lang) -> String {
        let sv = lang == Lang::Sv;
        let q = self.question.as_deref().unwrap_or("");
        let mut s = String::new();
        let question = |s: &mut String| {
            s.push_str(if sv { "Fråga " } else { "Question " });
            s.push_str(q);
        };
        match self.code {
            ImportCode::TextBeforeFirstQuestion => s.push_str(if sv {
                "Texten före första frågan hör inte till någon fråga"
            } else {
                "The text before the first question belongs to no question"
            }),
            ImportCode::TextUnplaced => s.push_str(if sv {
                "Texten står mellan en rubrik och nästa fråga och hör inte till någon fråga"
            } else {
                "The text stands between a heading and the next question and belongs to no question"
            }),
            ImportCode::QuestionMissing => {
                question(&mut s);
                s.push_str(if sv {
                    " finns inte i dokumentet"
                } else {
                    " is not in the document"
                });
            }
            ImportCode::QuestionDuplicate => {
                question(&mut s);
                s.push_str(if sv {
                    " står en gång till; texten under den andra rubriken är inte inläst"
                } else {
                    " appears again; the text under the second heading was not imported"
                });
            }
            ImportCode::ChoiceUnmarked => {
                question(&mut s);
                s.push_str(if sv {
                    ": ingen ruta är markerad"
                } else {
                    ": no box is marked"
                });
            }
            ImportCode::ChoiceAmbiguous => {
                question(&mut s);
                s.push_str(if sv {
                    ": mer än en ruta är markerad"
                } else {
                    ": more than one box is marked"
                });
            }
            ImportCode::TextBoxOmitted => {
                if self.question.is_some() {
                    question(&mut s);
                    s.push_str(": ");
                }
                s.push_str(match (sv, self.question.is_some()) {
                    (true, true) => "texten i en textruta är inte inläst i något svar",
                    (true, false) => "Texten i en textruta är inte inläst i något svar",
                    (false, true) => "the text in a text box was not imported into any answer",
                    (false, false) => "The text in a text box was not imported into any answer",
                });
            }
        }
        match &self.excerpt {
            Some(e) => {
                s.push_str(": ”");
                s.push_str(e);
                s.push('”');
            }
            None => s.push('.'),
        }
        s
    }
}

impl Import {
    /// True when everything was placed: no findings.
    pub fn is_complete(&self) -> bool {
        self.findings.is_empty()
    }

    /// The import as JSON: `{"report": …, "findings": [{"code", "line",
    /// "question", "excerpt", "message"}], "placed": [{"question", "line",
    /// "label"}]}`; what `formkoll import --format json` and
    /// `rules.importText` give.
    ///
    /// # Example
    ///
    /// ```
    /// use formkoll::{import_text, Lang, Template};
    /// let import = import_text(&Template::default_template(), "Region X\n");
    /// let json: serde_json::Value = serde_json::from_str(&import.to_json(Lang::En)).unwrap();
    /// assert_eq!(json["findings"][0]["code"], "import.text_before_first_question");
    /// assert_eq!(json["findings"][0]["line"], 1);
    /// assert_eq!(json["report"]["answers"], serde_json::json!({}));
    /// ```
    pub fn to_json(&self, lang: Lang) -> String {
        let mut s = String::new();
        let mut o = Object::new(&mut s);
        o.field("report", &self.report);
        self.write_findings(o.key("findings"), lang);
        o.field("placed", &self.placed);
        o.end();
        s
    }

    /// The findings as a JSON array, as in [`Import::to_json`].
    pub fn findings_json(&self, lang: Lang) -> String {
        let mut s = String::new();
        self.write_findings(&mut s, lang);
        s
    }

    fn write_findings(&self, out: &mut String, lang: Lang) {
        out.push('[');
        for (i, f) in self.findings.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            // Each key is the field's Rust name, as `write_fields!` names
            // them (so "code" in quotes stays only where a JS error gets
            // its code, tests/error_codes.rs).
            Object::new(out)
                .field(stringify!(code), f.code.as_str())
                .field("line", &f.line)
                .field("question", &f.question)
                .field("excerpt", &f.excerpt)
                .field("message", &f.message(lang))
                .end();
        }
        out.push(']');
    }
}

impl ToJson for Placement {
    fn write_json(&self, out: &mut String) {
        Object::new(out)
            .field("question", &self.question)
            .field("line", &self.line)
            .field("label", &self.label)
            .end();
    }
}
