//! Shared generators: the palette of texts and the tiny template that several targets build their inputs from.

#[allow(unused_imports)]
use super::*;

/// Texts that exercise the counting and hygiene rules: NFD, CRLF, lone CR,
/// NBSP, emoji sequences, lone regional indicators, invisibles, PDF damage,
/// keywords of the default template's instructions, and markup.
pub const PALETTE: &[&str] = &[
    "a",
    "Kommunen ",
    "å",
    "a\u{30A}",
    "e\u{301}",
    "\r\n",
    "\r",
    "\n",
    "\u{A0}",
    "11\u{A0}000",
    "👩🏻\u{200D}🚀",
    "🇸",
    "🇪",
    "\u{200B}",
    "\u{FEFF}",
    "\u{AD}",
    " ",
    "\t",
    "utmaning ",
    "framgångsfaktor ",
    "uppföljning ",
    "målen ",
    "utveck- ling",
    "fö r ",
    "\u{7}",
    "\u{85}",
    "\u{0}",
    "\"\\<script>alert(1)</script>",
    "\u{10FFFF}",
    "La\u{308}nsstyrelsen ",
    "-",
];

/// A small template whose budgets overlap, whose policy differs from the
/// default, and which has an optional choice question and a zero budget.
pub const TINY_TEMPLATE: &str = r#"{"format":"formkoll-template/1","id":"tiny","title":{"sv":"Liten","en":"Tiny"},
 "policy":{"unit":"utf16","line_break":2},"near_threshold_percent":50,
 "vocabularies":{"actors":["kommun","*aktör"],"goals":["*mål"]},
 "sections":[{"id":"A","title":"A"},{"id":"B","title":"B"}],
 "questions":[
  {"id":"a1","section":"A","text":"T","kind":"text"},
  {"id":"a2","section":"A","text":"T","kind":"text","optional":true},
  {"id":"b1","section":"B","text":"T","kind":"choice","optional":true,"choices":[
    {"id":"ja","label":"Ja","explanation":"optional"},
    {"id":"nej","label":"Nej","explanation":"required","prompt":"Varför?"}]},
  {"id":"b2","section":"B","text":"T","kind":"choice","choices":[{"id":"x","label":"X"}]}],
 "limits":[{"id":"A","section":"A","max":20,"questions":["a1","a2"]},
  {"id":"a1-own","max":5,"questions":["a1"]},
  {"id":"cross","max":0,"questions":["a2","b1"]}],
 "instructions":[{"id":"i1","check":"actors","mode":"each","questions":["a1","b1"],"message":"ange aktörer"},
  {"id":"i2","check":"goals","mode":"any","questions":["a2","b2"],"message":{"sv":"ange mål%{scope}","en":"name goals%{scope}"}}]}"#;

/// Returns the tiny template, or its variant counting code points with line breaks as 0.
pub fn tiny_template(variant: bool) -> Template {
    let json = if variant {
        TINY_TEMPLATE.replace(
            r#""unit":"utf16","line_break":2"#,
            r#""unit":"code_point","line_break":0"#,
        )
    } else {
        TINY_TEMPLATE.to_string()
    };
    Template::from_json(&json).unwrap_or_else(|e| panic!("the tiny template must load: {e}"))
}
