//! TypeScript declarations of the plain objects that cross the boundary.
//!
//! The shapes mirror the core's `Serialize` impls (`CheckResult`, `Update`,
//! `Finding`, `TemplateData`, …) field for field; the Node test suite
//! type-checks a consumer against them with `tsc --strict`, and compares the
//! objects with the CLI's JSON, so a drift shows up as a failing test.
//! Functions returning these use `unchecked_return_type`, so no `any`
//! reaches the public surface.

use wasm_bindgen::prelude::*;

/// `ErrorCode`, generated from the one list of codes ([`crate::ErrorCode::ALL`]).
#[wasm_bindgen(typescript_custom_section)]
const ERROR_CODE: &'static str = crate::ErrorCode::TS_UNION;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** A message language: Swedish (default) or English. */
export type Lang = "sv" | "en";

/** The second argument of `rules.check`: the language, and the questions to
 *  narrow the result to (one step of a multi-step form). */
export interface CheckOptions {
  lang?: Lang;
  questions?: string[];
}

export interface Rules {
  /** Checks a report and narrows the result to `options.questions` (one
   *  step of a multi-step form), in `options.lang`. */
  check(report: string | Report, options?: CheckOptions): CheckResult;
}


/** Every failure is thrown as an `Error` carrying a code and the JSON path of the problem ("" for the whole input). */
export interface FormkollError extends Error {
  code: ErrorCode;
  path: string;
}

/** The stable code of a finding; an instruction check's is "instruction.<check>", named by the template. */
export type FindingCode =
  | "limit.exceeded" | "required.missing" | "choice.missing" | "choice.unknown"
  | "explanation.missing" | "answer.unknown_question" | "answer.unknown_more"
  | `instruction.${string}`
  | "hygiene.zero_width" | "hygiene.soft_hyphen" | "hygiene.control" | "hygiene.bom"
  | "hygiene.trailing_whitespace" | "hygiene.blank_lines" | "hygiene.pdf_hyphenation"
  | "hygiene.pdf_spacing"
  | "limit.near";

export type Severity = "error" | "warning" | "info";

/** What validation found. Optional fields are absent when they do not apply. */
export interface Finding {
  code: FindingCode;
  severity: Severity;
  question: string | null;
  section: string | null;
  limit?: string;
  instruction?: string;
  questions?: string[];
  choice?: string;
  count?: number;
  max?: number;
  over_by?: number;
  remaining?: number;
  occurrences?: number;
  /** The message for people, in the result's language. */
  message: string;
}

export type QuestionStatus = "ok" | "empty" | "missing" | "invalid" | "incomplete";
export type LimitStatus = "ok" | "near" | "exceeded";
export type Explanation = "required" | "optional" | "none";

/** One question in a result. */
export interface QuestionResult {
  id: string;
  section: string;
  count: number;
  status: QuestionStatus;
  answered: boolean;
  optional: boolean;
  choice?: string;
  explanation?: Explanation;
  limits: string[];
}

/** One (shared) character budget in a result. */
export interface LimitResult {
  id: string;
  section: string | null;
  questions: string[];
  count: number;
  max: number;
  /** `max - count`; negative when over. */
  remaining: number;
  over_by: number;
  percent: number;
  status: LimitStatus;
}

export interface Counts {
  errors: number;
  warnings: number;
  info: number;
}

/** How characters are counted. */
export interface Policy {
  unit: "grapheme" | "code_point" | "utf16";
  line_break: number;
}

export interface Loss {
  question: string | null;
  section: string | null;
  reason: FindingCode;
  points: number;
}

export interface ScoreBreakdown {
  score: number;
  possible: number;
  lost: number;
  scored_questions: number;
  losses: Loss[];
}

/** A whole check: the object `formkoll check --format json` prints. */
export interface CheckResult {
  template: string;
  lang: Lang;
  valid: boolean;
  score: number;
  policy: Policy;
  counts: Counts;
  limits: LimitResult[];
  questions: QuestionResult[];
  findings: Finding[];
  score_breakdown: ScoreBreakdown;
}

/** What one edit changed: small enough for every keystroke. */
export interface Update {
  question: QuestionResult;
  limits: LimitResult[];
  /** The current findings of the question, its limits and the instructions that include it. */
  findings: Finding[];
  score: number;
  valid: boolean;
  counts: Counts;
}

/** One hygiene problem and how often it occurred. */
export interface Occurrences {
  code: FindingCode;
  count: number;
}

/** The result of `normalize`. */
export interface Normalized {
  text: string;
  changes: Occurrences[];
}

/** One change `normalize` would make (`fixes`, `rules.fixes`): replace `text.slice(start, end)` (UTF-16 code units, as `setRangeText` takes them), which is `before`, by `after`. `code` is the hygiene finding it answers. */
export interface Fix {
  start: number;
  end: number;
  before: string;
  after: string;
  code: FindingCode;
}

/** An answer: text, or a choice with its follow-up text. */
export type Answer = string | { choice?: string | null; text?: string };

/** A report: its template, its answers keyed by question id, and any other fields. */
export interface Report {
  template?: string;
  answers: Record<string, Answer>;
  [field: string]: unknown;
}

/** Text in the template: plain, or Swedish with an optional English version. */
export type Text = string | { sv: string; en?: string };

export interface Section {
  id: string;
  title: Text;
}

export interface Choice {
  id: string;
  label: Text;
  explanation: Explanation;
  prompt?: Text;
}

export interface Question {
  id: string;
  section: string;
  topic?: string;
  group?: string;
  stem?: Text;
  text: Text;
  kind: "text" | "choice";
  choices?: Choice[];
  optional: boolean;
  footnote?: Text;
}

export interface Limit {
  id: string;
  section?: string;
  max: number;
  questions: string[];
  text?: Text;
}

/** An instruction check: `check` is any name matching ^[a-z][a-z0-9_]*$ (the finding's code is "instruction.<check>"); `message` says what to do. */
export interface Instruction {
  id: string;
  check: string;
  mode: "each" | "any";
  questions: string[];
  vocabulary?: string;
  message: Text;
  text?: Text;
}

/** A template (`formkoll-template/1`), as `rules.template()` returns it. */
export interface Template {
  format: string;
  id: string;
  version?: string;
  title: Text;
  language?: string;
  policy: Policy;
  near_threshold_percent: number;
  vocabularies: Record<string, string[]>;
  vocabulary_exclusions?: Record<string, string[]>;
  sections: Section[];
  questions: Question[];
  limits: Limit[];
  instructions: Instruction[];
}
"#;
