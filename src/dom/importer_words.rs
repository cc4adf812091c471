//! The importer dialog's texts, Swedish first, English second: one table
//! per language, chosen by [`words`].

use crate::Lang;

/// The page's texts, Swedish first.
pub(super) struct Words {
    pub(super) open: &'static str,
    pub(super) title: &'static str,
    pub(super) hint: &'static str,
    pub(super) field: &'static str,
    pub(super) read: &'static str,
    pub(super) question: &'static str,
    pub(super) starts: &'static str,
    pub(super) chars: &'static str,
    pub(super) action: &'static str,
    pub(super) fill: &'static str,
    pub(super) keep: &'static str,
    pub(super) replace: &'static str,
    pub(super) empty: &'static str,
    pub(super) unplaced: &'static str,
    pub(super) nothing: &'static str,
    pub(super) confirm: &'static str,
    pub(super) cancel: &'static str,
    pub(super) line: &'static str,
    pub(super) no_field: &'static str,
    pub(super) found: &'static str,
    pub(super) of: &'static str,
}

const SV: Words = Words {
    open: "Klistra in hela dokumentet",
    title: "Klistra in hela dokumentet",
    hint: "Klistra in texten från Word- eller PDF-dokumentet. Frågorna hittas på sin text, även om numreringen skiljer sig. Ingenting fylls i förrän du bekräftar.",
    field: "Dokumentets text",
    read: "Läs in texten",
    question: "Fråga",
    starts: "Början",
    chars: "Tecken",
    action: "Fylls i",
    fill: "Ja, fältet är tomt",
    keep: "Fältet har redan text",
    replace: "Ersätt texten i fråga ",
    empty: "(tomt svar)",
    unplaced: "Kunde inte placeras",
    nothing: "Ingen av formulärets frågor finns i texten.",
    confirm: "Fyll i formuläret",
    cancel: "Avbryt",
    line: "Rad ",
    no_field: "Frågan finns inte i det här formuläret",
    found: "Hittade frågor: ",
    of: " av ",
};

const EN: Words = Words {
    open: "Paste the whole document",
    title: "Paste the whole document",
    hint: "Paste the text of the Word or PDF document. Questions are found by their text, even where the numbering differs. Nothing is filled in until you confirm.",
    field: "The document's text",
    read: "Read the text",
    question: "Question",
    starts: "Starts",
    chars: "Characters",
    action: "Filled in",
    fill: "Yes, the field is empty",
    keep: "The field already has text",
    replace: "Replace the text of question ",
    empty: "(empty answer)",
    unplaced: "Could not be placed",
    nothing: "None of the form's questions is in the text.",
    confirm: "Fill in the form",
    cancel: "Cancel",
    line: "Line ",
    no_field: "The question is not in this form",
    found: "Questions found: ",
    of: " of ",
};

/// The texts in `lang`.
pub(super) fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}
