//! The rules, one file each. [`Session`](crate::Session) keeps the state of a
//! report being written and calls these; [`check`](crate::check) is a session
//! built once, so a one-shot check and a live session use the same code.
//!
//! | question | file |
//! |---|---|
//! | Is an answer required, is a choice made, does the chosen option need an explanation? | [`answer`] (src/rules/answer.rs) |
//! | How is a section budget (or any limit) counted, and when is it near or over? | [`limits`] (src/rules/limits.rs); one answer's count is [`count`](crate::count) |
//! | Does an answer follow the form's instructions (vocabulary per check)? | [`instructions`] (src/rules/instructions.rs) |
//! | Is the text clean (PDF damage, invisible characters, …)? | [`hygiene::scan`](crate::hygiene) (src/hygiene.rs) |
//! | What is a question's status? | [`status`] (src/rules/status.rs) |
//!
//! How many points each finding costs is src/score.rs; the words of each
//! finding are src/messages/.

pub(crate) mod answer;
pub(crate) mod instructions;
pub(crate) mod limits;
pub(crate) mod status;
