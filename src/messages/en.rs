//! English messages. `%{name}` is replaced by an argument; numbers are
//! written "11,000".

use super::Entry;

/// The English table: (key, singular, plural).
///
/// Entries marked `cfg(any(feature = "cli", not(target_arch = "wasm32")))`
/// are rendered only by the command line (or by nobody in the crate: the
/// status and severity words, for `formkoll::table` readers). The page's
/// wasm leaves them out: `render` finds a key by scanning the table, so
/// every entry in it is linked, used or not (docs/performance.md).
pub(super) const TABLE: &[Entry] = &[
    Entry::new("limit.exceeded", "%{subject}: %{count} of %{max} characters. You have %{over_by} character too many.", "%{subject}: %{count} of %{max} characters. You have %{over_by} characters too many."),
    Entry::new("limit.near", "%{subject}: %{count} of %{max} characters. You have %{remaining} character remaining.", "%{subject}: %{count} of %{max} characters. You have %{remaining} characters remaining."),
    Entry::new("required.missing", "Question %{question} has no answer.", "Question %{question} has no answer."),
    Entry::new("choice.missing", "Question %{question}: choose an option.", "Question %{question}: choose an option."),
    Entry::new("choice.unknown", "Question %{question}: the option “%{choice}” does not exist for this question.", "Question %{question}: the option “%{choice}” does not exist for this question."),
    Entry::new("explanation.missing", "Question %{question}: you answered %{choice}. %{prompt}", "Question %{question}: you answered %{choice}. %{prompt}"),
    Entry::new("explanation.prompt", "Describe your answer.", "Describe your answer."),
    Entry::new("answer.unknown_question", "The answer to question %{question} is not part of the template and is not counted.", "The answer to question %{question} is not part of the template and is not counted."),
    Entry::new("answer.unknown_more", "The answer to %{occurrences} more question that is not part of the template is not listed on its own and is not counted.", "The answers to %{occurrences} more questions that are not part of the template are not listed one by one and are not counted."),
    Entry::new("hygiene.zero_width", "Question %{question}: the text contains %{occurrences} invisible character.", "Question %{question}: the text contains %{occurrences} invisible characters."),
    Entry::new("hygiene.soft_hyphen", "Question %{question}: the text contains %{occurrences} soft hyphen.", "Question %{question}: the text contains %{occurrences} soft hyphens."),
    Entry::new("hygiene.control", "Question %{question}: the text contains %{occurrences} control character.", "Question %{question}: the text contains %{occurrences} control characters."),
    Entry::new("hygiene.bom", "Question %{question}: the text contains %{occurrences} byte order mark (BOM).", "Question %{question}: the text contains %{occurrences} byte order marks (BOM)."),
    Entry::new("hygiene.trailing_whitespace", "Question %{question}: %{occurrences} line ends with spaces.", "Question %{question}: %{occurrences} lines end with spaces."),
    Entry::new("hygiene.blank_lines", "Question %{question}: %{occurrences} place has several blank lines in a row.", "Question %{question}: %{occurrences} places have several blank lines in a row."),
    Entry::new("hygiene.pdf_hyphenation", "Question %{question}: %{occurrences} word looks hyphenated by a PDF copy (“utveck- ling”).", "Question %{question}: %{occurrences} words look hyphenated by a PDF copy (“utveck- ling”)."),
    Entry::new("hygiene.pdf_spacing", "Question %{question}: %{occurrences} place has a space after å, ä or ö inside a word (“fö r”), as in text from a damaged PDF.", "Question %{question}: %{occurrences} places have a space after å, ä or ö inside a word (“fö r”), as in text from a damaged PDF."),
    Entry::new("subject.question", "Question %{question}", "Question %{question}"),
    Entry::new("subject.section", "Section %{section}", "Section %{section}"),
    Entry::new("subject.questions", "Questions %{range}", "Questions %{range}"),
    Entry::new("scope.question", "(question %{range})", "(question %{range})"),
    Entry::new("scope.questions", "(questions %{range})", "(questions %{range})"),
    Entry::new("id.quoted", "“%{id}”", "“%{id}”"),
    Entry::new("characters_under_limit", "You have %{count} character remaining", "You have %{count} characters remaining"),
    Entry::new("characters_at_limit", "You have 0 characters remaining", "You have 0 characters remaining"),
    Entry::new("characters_over_limit", "You have %{count} character too many", "You have %{count} characters too many"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("textarea_description", "You can enter up to %{count} character.", "You can enter up to %{count} characters."),
    Entry::new("budget", "%{subject}: %{count} of %{max} characters", "%{subject}: %{count} of %{max} characters"),
    Entry::new("budget_over", "%{count} too many", "%{count} too many"),
    Entry::new("question_share", "%{count} character of the section's %{max}", "%{count} characters of the section's %{max}"),
    Entry::new("answer_characters", "%{count} character", "%{count} characters"),
    Entry::new("score", "Completeness: %{count} of 100", "Completeness: %{count} of 100"),
    Entry::new("summary_title", "There is a problem with the report", "There are problems with the report"),
    Entry::new("summary_ok", "No errors found.", "No errors found."),
    Entry::new("errors_count", "%{count} error", "%{count} errors"),
    Entry::new("warnings_count", "%{count} warning", "%{count} warnings"),
    Entry::new("hygiene_title", "Suggestion: clean up the text", "Suggestion: clean up the text"),
    Entry::new("hygiene_apply", "Clean up the text", "Clean up the text"),
    Entry::new("hygiene_applied", "The text of question %{question} was cleaned up (%{count} change).", "The text of question %{question} was cleaned up (%{count} changes)."),
    // "Rensa texten"'s review (src/dom/review.rs); fix.<code>: what kind of change.
    Entry::new("review_legend", "Question %{question}: %{count} proposed change", "Question %{question}: %{count} proposed changes"),
    Entry::new("review_hint", "Untick the change if you do not want it.", "Untick the changes you do not want."),
    Entry::new("review_apply", "Apply selected changes", "Apply selected changes"),
    Entry::new("review_cancel", "Cancel", "Cancel"),
    Entry::new("review_undo", "Undo clean-up", "Undo clean-up"),
    Entry::new("review_undone", "The clean-up of question %{question} was undone.", "The clean-up of question %{question} was undone."),
    Entry::new("review_removed", "removed: ", "removed: "),
    Entry::new("review_added", "added: ", "added: "),
    Entry::new("review_change", "Change", "Change"),
    Entry::new("fix.hygiene.zero_width", "Invisible character", "Invisible character"),
    Entry::new("fix.hygiene.soft_hyphen", "Soft hyphen", "Soft hyphen"),
    Entry::new("fix.hygiene.control", "Control character", "Control character"),
    Entry::new("fix.hygiene.bom", "Byte order mark", "Byte order mark"),
    Entry::new("fix.hygiene.trailing_whitespace", "Space at the end of a line", "Space at the end of a line"),
    Entry::new("fix.hygiene.blank_lines", "Several blank lines", "Several blank lines"),
    Entry::new("fix.hygiene.pdf_hyphenation", "Hyphenation from a PDF", "Hyphenation from a PDF"),
    Entry::new("fix.hygiene.pdf_spacing", "Space inside a word", "Space inside a word"),
    Entry::new("draft_restored", "A saved draft was restored in %{count} field.", "A saved draft was restored in %{count} fields."),
    Entry::new("draft_available", "A saved draft differs from the text in %{count} field.", "A saved draft differs from the text in %{count} fields."),
    Entry::new("draft_use", "Use the draft", "Use the draft"),
    Entry::new("draft_discard", "Discard the draft", "Discard the draft"),
    Entry::new("draft_corrupt", "A saved draft could not be read and is not used.", "A saved draft could not be read and is not used."),
    Entry::new("draft_expired", "A saved draft was too old and has been removed (drafts are kept for at most %{count} day).", "A saved draft was too old and has been removed (drafts are kept for at most %{count} days)."),
    Entry::new("explanation_required", "A description is required for the chosen option.", "A description is required for the chosen option."),
    Entry::new("explanation_not_required", "No description is required for the chosen option.", "No description is required for the chosen option."),
    Entry::new("textarea_description_shared", "The answers in %{subject} may have at most %{count} character together.", "The answers in %{subject} may have at most %{count} characters together."),
    Entry::new("budget_remaining", "%{count} remaining", "%{count} remaining"),
    Entry::new("share_of_question", "Question %{question}: %{count} character", "Question %{question}: %{count} characters"),
    Entry::new("summary_heading", "Report check", "Report check"),
    Entry::new("scope_form", "Only the question in this form is checked (%{count} of the report's %{total}).", "Only the %{count} questions in this form are checked (of the report's %{total})."),
    Entry::new("explanation_optional", "A description is optional for the chosen option.", "A description is optional for the chosen option."),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("status.ok", "Answered", "Answered"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("status.empty", "Not answered (optional)", "Not answered (optional)"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("status.missing", "Missing", "Missing"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("status.invalid", "Error", "Error"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("status.incomplete", "Incomplete", "Incomplete"),
    Entry::new("severity.error", "Error", "Error"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("severity.warning", "Warning", "Warning"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("severity.info", "Info", "Info"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("table.section", "Section", "Section"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("table.count", "Characters", "Characters"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("table.max", "Max", "Max"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("table.remaining", "Left", "Left"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("valid", "The report can be submitted.", "The report can be submitted."),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("invalid", "The report has %{count} error that must be fixed.", "The report has %{count} errors that must be fixed."),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("cli.template", "Template", "Template"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("cli.policy", "Counting: %{unit}, a line break counts as %{count} character", "Counting: %{unit}, a line break counts as %{count} characters"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("cli.unit.grapheme", "characters as seen (grapheme clusters)", "characters as seen (grapheme clusters)"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("cli.unit.code_point", "Unicode code points", "Unicode code points"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("cli.unit.utf16", "UTF-16 code units", "UTF-16 code units"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("cli.over", "OVER", "OVER"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("cli.near", "near", "near"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("cli.errors", "Errors (%{count})", "Errors (%{count})"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("cli.warnings", "Warnings (%{count})", "Warnings (%{count})"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("cli.info", "Information (%{count})", "Information (%{count})"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("cli.points_lost", "Points lost", "Points lost"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("cli.points", "%{count} point", "%{count} points"),
    // `check FILE… --format html` (src/cli/html/).
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("html.title", "Overview of checked reports", "Overview of checked reports"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("html.receipt_title", "Check receipt", "Check receipt"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("html.intro", "%{count} file checked with formkoll.", "%{count} files checked with formkoll."),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("html.caption", "The reports in file name order", "The reports in file name order"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("html.name", "Region or file", "Region or file"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("html.score", "Score", "Score"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("html.errors", "Errors", "Errors"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("html.warnings", "Warnings", "Warnings"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("html.worst", "Most to fix", "Most to fix"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("html.worst_note", "“Most to fix”: the report with the most errors; with as many errors, the one with the lowest score.", "“Most to fix”: the report with the most errors; with as many errors, the one with the lowest score."),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("html.over", "%{count} over", "%{count} over"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("html.unusable", "Could not be read", "Could not be read"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("html.unusable_heading", "File that could not be read (%{count})", "Files that could not be read (%{count})"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("html.total", "Total: %{count} file", "Total: %{count} files"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("html.over_count", "%{count} over budget", "%{count} over budget"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("html.missed_heading", "Most often missed", "Most often missed"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("html.missed_caption", "Errors and warnings, counted across all reports", "Errors and warnings, counted across all reports"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("html.missed_none", "No errors or warnings in any report.", "No errors or warnings in any report."),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("html.code", "Code", "Code"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("html.finding", "Finding", "Finding"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("html.reports", "Reports", "Reports"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("html.in_reports", "%{count} report", "%{count} reports"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("html.example", "For example: ", "For example: "),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("html.file", "File", "File"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("html.sections_caption", "The sections and their character budgets", "The sections and their character budgets"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("html.status", "Status", "Status"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("html.not_placed", "Imported from a document: %{count} part could not be placed.", "Imported from a document: %{count} parts could not be placed."),
    // `template check` and `template FILE --format md` (src/cli/template/).
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.valid", "valid template", "valid template"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.all_valid", "The template is valid.", "All %{count} templates are valid."),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.invalid", "%{count} template has problems and cannot be used.", "%{count} templates have problems and cannot be used."),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.id", "Template id", "Template id"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.version", "Version", "Version"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.language", "Language", "Language"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.near", "Near-limit warning: from %{count} % of a character limit", "Near-limit warning: from %{count} % of a character limit"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.section", "Section %{id}: %{title}", "Section %{id}: %{title}"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.question", "Question %{id}", "Question %{id}"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.kind", "Kind", "Kind"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.kind.text", "free text", "free text"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.kind.choice", "choice with follow-up text", "choice with follow-up text"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.required", "must be answered", "must be answered"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.optional", "optional (if possible)", "optional (if possible)"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.topic", "Topic", "Topic"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.group", "Group", "Group"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.footnote", "Footnote", "Footnote"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.choices", "Choices", "Choices"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.explanation.required", "explanation required", "explanation required"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.explanation.optional", "explanation optional", "explanation optional"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.explanation.none", "no explanation", "no explanation"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.limits", "Character limits", "Character limits"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.limit", "Character limit", "Character limit"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.max", "at most %{count} character", "at most %{count} characters"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.shared", "Questions sharing the limit", "Questions sharing the limit"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.printed", "Text in the form", "Text in the form"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.instructions", "Instructions", "Instructions"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.check", "Check", "Check"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.code", "finding code", "finding code"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.mode", "Mode", "Mode"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.mode.each", "in each answered question", "in each answered question"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.mode.any", "in any of the questions", "in any of the questions"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.questions", "Questions", "Questions"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.vocabulary", "Vocabulary", "Vocabulary"),
    #[cfg(any(feature = "cli", not(target_arch = "wasm32")))]
    Entry::new("tmpl.message", "Message", "Message"),
];
