//! Swedish messages (the default). `%{name}` is replaced by an argument;
//! numbers are written "11 000" with a no-break space.

use super::Entry;

/// The Swedish table: (key, singular, plural).
///
/// Entries marked `cfg(any(feature = "cli", not(target_arch = "wasm32")))`
/// are rendered only by the command line (or by nobody in the crate: the
/// status and severity words, for `formkoll::table` readers). The page's
/// wasm leaves them out: `render` finds a key by scanning the table, so
/// every entry in it is linked, used or not (docs/performance.md).
pub(super) const TABLE: &[Entry] = &[
    // Findings. %{subject} is "Fråga 2.1" or "Avsnitt 2".
    Entry::new("limit.exceeded", "%{subject}: %{count} av %{max} tecken. Du har %{over_by} tecken för mycket.", "%{subject}: %{count} av %{max} tecken. Du har %{over_by} tecken för mycket."),
    Entry::new("limit.near", "%{subject}: %{count} av %{max} tecken. Du har %{remaining} tecken kvar.", "%{subject}: %{count} av %{max} tecken. Du har %{remaining} tecken kvar."),
    Entry::new("required.missing", "Fråga %{question} saknar svar.", "Fråga %{question} saknar svar."),
    Entry::new("choice.missing", "Fråga %{question}: välj ett alternativ.", "Fråga %{question}: välj ett alternativ."),
    Entry::new("choice.unknown", "Fråga %{question}: alternativet ”%{choice}” finns inte för frågan.", "Fråga %{question}: alternativet ”%{choice}” finns inte för frågan."),
    Entry::new("explanation.missing", "Fråga %{question}: du har svarat %{choice}. %{prompt}", "Fråga %{question}: du har svarat %{choice}. %{prompt}"),
    Entry::new("explanation.prompt", "Beskriv ditt svar.", "Beskriv ditt svar."),
    Entry::new("answer.unknown_question", "Svaret på fråga %{question} hör inte till mallen och räknas inte.", "Svaret på fråga %{question} hör inte till mallen och räknas inte."),
    Entry::new("answer.unknown_more", "Svaret på ytterligare %{occurrences} fråga som inte hör till mallen visas inte för sig och räknas inte.", "Svaren på ytterligare %{occurrences} frågor som inte hör till mallen visas inte var för sig och räknas inte."),
    Entry::new("hygiene.zero_width", "Fråga %{question}: texten innehåller %{occurrences} osynligt tecken.", "Fråga %{question}: texten innehåller %{occurrences} osynliga tecken."),
    Entry::new("hygiene.soft_hyphen", "Fråga %{question}: texten innehåller %{occurrences} mjukt bindestreck.", "Fråga %{question}: texten innehåller %{occurrences} mjuka bindestreck."),
    Entry::new("hygiene.control", "Fråga %{question}: texten innehåller %{occurrences} styrtecken.", "Fråga %{question}: texten innehåller %{occurrences} styrtecken."),
    Entry::new("hygiene.bom", "Fråga %{question}: texten innehåller %{occurrences} BOM-tecken (byte order mark).", "Fråga %{question}: texten innehåller %{occurrences} BOM-tecken (byte order mark)."),
    Entry::new("hygiene.trailing_whitespace", "Fråga %{question}: %{occurrences} rad slutar med blanksteg.", "Fråga %{question}: %{occurrences} rader slutar med blanksteg."),
    Entry::new("hygiene.blank_lines", "Fråga %{question}: %{occurrences} ställe har flera tomma rader i rad.", "Fråga %{question}: %{occurrences} ställen har flera tomma rader i rad."),
    Entry::new("hygiene.pdf_hyphenation", "Fråga %{question}: %{occurrences} ord verkar avstavat av en PDF-kopia (”utveck- ling”).", "Fråga %{question}: %{occurrences} ord verkar avstavade av en PDF-kopia (”utveck- ling”)."),
    Entry::new("hygiene.pdf_spacing", "Fråga %{question}: %{occurrences} ställe har blanksteg efter å, ä eller ö mitt i ett ord (”fö r”), som i text från en skadad PDF.", "Fråga %{question}: %{occurrences} ställen har blanksteg efter å, ä eller ö mitt i ett ord (”fö r”), som i text från en skadad PDF."),
    // Subjects.
    Entry::new("subject.question", "Fråga %{question}", "Fråga %{question}"),
    Entry::new("subject.section", "Avsnitt %{section}", "Avsnitt %{section}"),
    Entry::new("subject.questions", "Frågorna %{range}", "Frågorna %{range}"),
    Entry::new("scope.question", "(fråga %{range})", "(fråga %{range})"),
    Entry::new("scope.questions", "(frågorna %{range})", "(frågorna %{range})"),
    Entry::new("id.quoted", "”%{id}”", "”%{id}”"),
    // Counters and budgets (GOV.UK's keys).
    Entry::new("characters_under_limit", "Du har %{count} tecken kvar", "Du har %{count} tecken kvar"),
    Entry::new("characters_at_limit", "Du har 0 tecken kvar", "Du har 0 tecken kvar"),
    Entry::new("characters_over_limit", "Du har %{count} tecken för mycket", "Du har %{count} tecken för mycket"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("textarea_description", "Du kan skriva högst %{count} tecken.", "Du kan skriva högst %{count} tecken."),
    Entry::new("budget", "%{subject}: %{count} av %{max} tecken", "%{subject}: %{count} av %{max} tecken"),
    Entry::new("budget_over", "%{count} för mycket", "%{count} för mycket"),
    Entry::new("question_share", "%{count} tecken av avsnittets %{max}", "%{count} tecken av avsnittets %{max}"),
    Entry::new("answer_characters", "%{count} tecken", "%{count} tecken"),
    // Summary and score.
    Entry::new("score", "Fullständighet: %{count} av 100", "Fullständighet: %{count} av 100"),
    Entry::new("summary_title", "Det finns problem i redovisningen", "Det finns problem i redovisningen"),
    Entry::new("summary_ok", "Inga fel hittades.", "Inga fel hittades."),
    Entry::new("errors_count", "%{count} fel", "%{count} fel"),
    Entry::new("warnings_count", "%{count} varning", "%{count} varningar"),
    Entry::new("hygiene_title", "Förslag: rensa texten", "Förslag: rensa texten"),
    Entry::new("hygiene_apply", "Rensa texten", "Rensa texten"),
    Entry::new("hygiene_applied", "Texten i fråga %{question} är rensad (%{count} ändring).", "Texten i fråga %{question} är rensad (%{count} ändringar)."),
    // "Rensa texten"'s review (src/dom/review.rs); fix.<code>: what kind of change.
    Entry::new("review_legend", "Fråga %{question}: %{count} föreslagen ändring", "Fråga %{question}: %{count} föreslagna ändringar"),
    Entry::new("review_hint", "Kryssa ur ändringen om du inte vill ha den.", "Kryssa ur de ändringar du inte vill ha."),
    Entry::new("review_apply", "Genomför valda ändringar", "Genomför valda ändringar"),
    Entry::new("review_cancel", "Avbryt", "Avbryt"),
    Entry::new("review_undo", "Ångra rensningen", "Ångra rensningen"),
    Entry::new("review_undone", "Rensningen av fråga %{question} är ångrad.", "Rensningen av fråga %{question} är ångrad."),
    Entry::new("review_removed", "tas bort: ", "tas bort: "),
    Entry::new("review_added", "läggs till: ", "läggs till: "),
    Entry::new("review_change", "Ändring", "Ändring"),
    Entry::new("fix.hygiene.zero_width", "Osynligt tecken", "Osynligt tecken"),
    Entry::new("fix.hygiene.soft_hyphen", "Mjukt bindestreck", "Mjukt bindestreck"),
    Entry::new("fix.hygiene.control", "Styrtecken", "Styrtecken"),
    Entry::new("fix.hygiene.bom", "BOM-tecken", "BOM-tecken"),
    Entry::new("fix.hygiene.trailing_whitespace", "Blanksteg i radslut", "Blanksteg i radslut"),
    Entry::new("fix.hygiene.blank_lines", "Flera tomma rader", "Flera tomma rader"),
    Entry::new("fix.hygiene.pdf_hyphenation", "Avstavning från PDF", "Avstavning från PDF"),
    Entry::new("fix.hygiene.pdf_spacing", "Blanksteg mitt i ordet", "Blanksteg mitt i ordet"),
    Entry::new("draft_restored", "Ett sparat utkast har återställts i %{count} fält.", "Ett sparat utkast har återställts i %{count} fält."),
    Entry::new("draft_available", "Det finns ett sparat utkast som skiljer sig från texten i %{count} fält.", "Det finns ett sparat utkast som skiljer sig från texten i %{count} fält."),
    Entry::new("draft_use", "Använd utkastet", "Använd utkastet"),
    Entry::new("draft_discard", "Kasta utkastet", "Kasta utkastet"),
    Entry::new("draft_corrupt", "Ett sparat utkast kunde inte läsas och används inte.", "Ett sparat utkast kunde inte läsas och används inte."),
    Entry::new("draft_expired", "Ett sparat utkast var för gammalt och har tagits bort (utkast sparas i högst %{count} dag).", "Ett sparat utkast var för gammalt och har tagits bort (utkast sparas i högst %{count} dagar)."),
    Entry::new("explanation_required", "Beskrivning krävs för det valda alternativet.", "Beskrivning krävs för det valda alternativet."),
    Entry::new("explanation_not_required", "Ingen beskrivning krävs för det valda alternativet.", "Ingen beskrivning krävs för det valda alternativet."),
    Entry::new("textarea_description_shared", "Svaren i %{subject} får tillsammans ha högst %{count} tecken.", "Svaren i %{subject} får tillsammans ha högst %{count} tecken."),
    Entry::new("budget_remaining", "%{count} kvar", "%{count} kvar"),
    Entry::new("share_of_question", "Fråga %{question}: %{count} tecken", "Fråga %{question}: %{count} tecken"),
    Entry::new("summary_heading", "Kontroll av redovisningen", "Kontroll av redovisningen"),
    Entry::new("scope_form", "Bara frågan i det här formuläret kontrolleras (%{count} av redovisningens %{total}).", "Bara de %{count} frågorna i det här formuläret kontrolleras (av redovisningens %{total})."),
    Entry::new("explanation_optional", "Beskrivning är frivillig för det valda alternativet.", "Beskrivning är frivillig för det valda alternativet."),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("status.ok", "Besvarad", "Besvarad"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("status.empty", "Ej besvarad (frivillig)", "Ej besvarad (frivillig)"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("status.missing", "Saknas", "Saknas"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("status.invalid", "Fel", "Fel"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("status.incomplete", "Ofullständig", "Ofullständig"),
    Entry::new("severity.error", "Fel", "Fel"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("severity.warning", "Varning", "Varning"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("severity.info", "Info", "Info"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("table.section", "Avsnitt", "Avsnitt"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("table.count", "Tecken", "Tecken"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("table.max", "Högst", "Högst"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("table.remaining", "Kvar", "Kvar"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("valid", "Redovisningen kan lämnas in.", "Redovisningen kan lämnas in."),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("invalid", "Redovisningen har %{count} fel som måste rättas.", "Redovisningen har %{count} fel som måste rättas."),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("cli.template", "Mall", "Mall"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("cli.policy", "Räkneregel: %{unit}, en radbrytning räknas som %{count} tecken", "Räkneregel: %{unit}, en radbrytning räknas som %{count} tecken"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("cli.unit.grapheme", "tecken som de syns (grafemkluster)", "tecken som de syns (grafemkluster)"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("cli.unit.code_point", "Unicode-kodpunkter", "Unicode-kodpunkter"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("cli.unit.utf16", "UTF-16-enheter", "UTF-16-enheter"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("cli.over", "ÖVER", "ÖVER"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("cli.near", "nära", "nära"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("cli.errors", "Fel (%{count})", "Fel (%{count})"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("cli.warnings", "Varningar (%{count})", "Varningar (%{count})"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("cli.info", "Information (%{count})", "Information (%{count})"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("cli.points_lost", "Poängavdrag", "Poängavdrag"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("cli.points", "%{count} poäng", "%{count} poäng"),
    // `check FILE… --format html` (src/cli/html/).
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("html.title", "Översikt över kontrollerade redovisningar", "Översikt över kontrollerade redovisningar"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("html.receipt_title", "Kontrollkvitto", "Kontrollkvitto"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("html.intro", "%{count} fil kontrollerad med formkoll.", "%{count} filer kontrollerade med formkoll."),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("html.caption", "Redovisningarna i filnamnsordning", "Redovisningarna i filnamnsordning"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("html.name", "Region eller fil", "Region eller fil"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("html.score", "Poäng", "Poäng"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("html.errors", "Fel", "Fel"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("html.warnings", "Varningar", "Varningar"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("html.worst", "Mest att rätta", "Mest att rätta"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("html.worst_note", "”Mest att rätta”: redovisningen med flest fel, vid lika många fel den med lägst poäng.", "”Mest att rätta”: redovisningen med flest fel, vid lika många fel den med lägst poäng."),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("html.over", "%{count} för mycket", "%{count} för mycket"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("html.unusable", "Kunde inte läsas", "Kunde inte läsas"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("html.unusable_heading", "Fil som inte kunde läsas (%{count})", "Filer som inte kunde läsas (%{count})"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("html.total", "Totalt: %{count} fil", "Totalt: %{count} filer"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("html.over_count", "%{count} över budget", "%{count} över budget"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("html.missed_heading", "Det som oftast saknas eller är fel", "Det som oftast saknas eller är fel"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("html.missed_caption", "Fel och varningar, räknade över alla redovisningar", "Fel och varningar, räknade över alla redovisningar"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("html.missed_none", "Inga fel eller varningar i någon redovisning.", "Inga fel eller varningar i någon redovisning."),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("html.code", "Kod", "Kod"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("html.finding", "Anmärkning", "Anmärkning"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("html.reports", "Redovisningar", "Redovisningar"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("html.in_reports", "%{count} redovisning", "%{count} redovisningar"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("html.example", "Till exempel: ", "Till exempel: "),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("html.file", "Fil", "Fil"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("html.sections_caption", "Avsnitten och deras teckenbudget", "Avsnitten och deras teckenbudget"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("html.status", "Status", "Status"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("html.not_placed", "Importerad från ett dokument: %{count} del kunde inte placeras.", "Importerad från ett dokument: %{count} delar kunde inte placeras."),
    // `template check` and `template FILE --format md` (src/cli/template/).
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.valid", "giltig mall", "giltig mall"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.all_valid", "Mallen är giltig.", "Alla %{count} mallar är giltiga."),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.invalid", "%{count} mall har problem och kan inte användas.", "%{count} mallar har problem och kan inte användas."),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.id", "Mall-id", "Mall-id"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.version", "Version", "Version"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.language", "Språk", "Språk"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.near", "Varning nära gränsen: från %{count} % av en teckenbudget", "Varning nära gränsen: från %{count} % av en teckenbudget"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.section", "Avsnitt %{id}: %{title}", "Avsnitt %{id}: %{title}"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.question", "Fråga %{id}", "Fråga %{id}"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.kind", "Typ", "Typ"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.kind.text", "fritext", "fritext"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.kind.choice", "val med följdtext", "val med följdtext"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.required", "måste besvaras", "måste besvaras"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.optional", "frivillig (om möjligt)", "frivillig (om möjligt)"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.topic", "Ämne", "Ämne"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.group", "Grupp", "Grupp"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.footnote", "Fotnot", "Fotnot"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.choices", "Svarsalternativ", "Svarsalternativ"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.explanation.required", "förklaring krävs", "förklaring krävs"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.explanation.optional", "förklaring frivillig", "förklaring frivillig"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.explanation.none", "ingen förklaring", "ingen förklaring"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.limits", "Teckenbudgetar", "Teckenbudgetar"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.limit", "Teckenbudget", "Teckenbudget"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.max", "högst %{count} tecken", "högst %{count} tecken"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.shared", "Frågor som delar budgeten", "Frågor som delar budgeten"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.printed", "Text i formuläret", "Text i formuläret"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.instructions", "Instruktioner", "Instruktioner"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.check", "Kontroll", "Kontroll"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.code", "kod", "kod"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.mode", "Läge", "Läge"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.mode.each", "i varje besvarad fråga", "i varje besvarad fråga"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.mode.any", "i någon av frågorna", "i någon av frågorna"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.questions", "Frågor", "Frågor"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.vocabulary", "Ordlista", "Ordlista"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.message", "Meddelande", "Meddelande"),
];
