//! The form's instructions ("Ange i frågorna 1.1–1.3 vilka aktörer …"), as
//! the template declares them: each instruction names a check, the
//! questions in its scope, a mode and a vocabulary (docs/rules.md,
//! docs/templates.md).
//!
//! - `each`: every question in scope that has text must match the
//!   vocabulary; a miss is a finding on that question ([`each_missed`]).
//! - `any`: once some question in scope has text, at least one must match;
//!   a miss is one finding for the range ([`any_missed`], [`range_finding`]).
//!
//! An answer is matched once per instruction, on its folded text
//! ([`matches`]); a session keeps the result per question so that an edit
//! re-matches only the edited answer.

use crate::finding::{Finding, FindingCode};
use crate::template::{Instruction, Mode, Template};

/// Does the folded text of an answer satisfy instruction `i`'s vocabulary?
/// An answer without visible text never does.
pub(crate) fn matches(template: &Template, i: usize, folded: &str, has_text: bool) -> bool {
    has_text
        && template
            .instruction_vocabulary(i)
            .is_some_and(|v| v.matches(folded))
}

/// The finding code for a question that misses an `each` instruction: it has
/// text and does not match.
pub(crate) fn each_missed(ins: &Instruction, has_text: bool, hit: bool) -> Option<FindingCode> {
    if ins.mode == Mode::Each && has_text && !hit {
        code(ins)
    } else {
        None
    }
}

/// The finding code of an `any` instruction `i` when it is missed: some
/// question in scope has text and none matches. `answer(q)` gives question
/// `q`'s (has text, does it match instruction `i`).
pub(crate) fn any_missed(
    template: &Template,
    i: usize,
    answer: impl Fn(usize) -> Option<(bool, bool)>,
) -> Option<FindingCode> {
    let ins = template.data().instructions.get(i)?;
    if ins.mode != Mode::Any {
        return None;
    }
    let mut any_text = false;
    for &q in template.instruction_questions(i) {
        let (has_text, hit) = answer(q)?;
        if hit {
            return None;
        }
        any_text |= has_text;
    }
    if any_text {
        code(ins)
    } else {
        None
    }
}

/// The range-wide finding of instruction `i` with `code` (without its
/// message): about the instruction's questions, in the section of the first.
pub(crate) fn range_finding(template: &Template, i: usize, code: FindingCode) -> Option<Finding> {
    let ins = template.data().instructions.get(i)?;
    let first = *template.instruction_questions(i).first()?;
    let mut f = Finding::new(code);
    f.section = template
        .data()
        .sections
        .get(template.section_of(first))
        .map(|s| s.id.clone());
    f.instruction = Some(ins.id.clone());
    f.questions = ins.questions.clone();
    Some(f)
}

/// The finding code of instruction `ins`, `"instruction.<check>"`. A
/// loaded template's check names are all valid (consistency), so `None`
/// never happens for one; it skips the check rather than panicking.
fn code(ins: &Instruction) -> Option<FindingCode> {
    FindingCode::instruction(&ins.check)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keywords::fold;

    fn index(t: &Template, id: &str) -> usize {
        t.data()
            .instructions
            .iter()
            .position(|i| i.id == id)
            .unwrap()
    }

    #[test]
    fn instructions_each_and_any_on_2024_99() {
        let t = Template::default_template();
        let actors = index(&t, "1-actors");
        let challenges = index(&t, "1-challenges");
        let text = fold("Vi har samverkat med kommunerna.");
        assert!(matches(&t, actors, &text, true));
        assert!(!matches(&t, actors, &text, false));
        assert!(!matches(&t, actors, &fold("Inget om vilka."), true));
        let ins = &t.data().instructions[actors];
        assert_eq!(
            each_missed(ins, true, false).unwrap().as_str(),
            "instruction.actors"
        );
        assert_eq!(each_missed(ins, true, true), None);
        assert_eq!(each_missed(ins, false, false), None);
        // `any`: missed only when some answer has text and none matches.
        let missed = |answers: [(bool, bool); 3]| {
            any_missed(&t, challenges, |q| {
                let first = t.question_index("1.1").unwrap();
                answers.get(q - first).copied()
            })
        };
        assert_eq!(missed([(false, false); 3]), None);
        assert_eq!(
            missed([(true, false), (false, false), (false, false)])
                .unwrap()
                .as_str(),
            "instruction.challenges"
        );
        assert_eq!(missed([(true, false), (true, true), (false, false)]), None);
        let f = range_finding(
            &t,
            challenges,
            FindingCode::instruction("challenges").unwrap(),
        )
        .unwrap();
        assert_eq!(f.section.as_deref(), Some("1"));
        assert_eq!(f.questions, ["1.1", "1.2", "1.3"]);
    }
}
