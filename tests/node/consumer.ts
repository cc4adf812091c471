// A TypeScript consumer of the published package, type-checked by
// package.test.mjs with `tsc --noEmit --strict` against the installed tarball.
// Every annotation below must agree with formkoll.d.ts; were the API typed
// `any`, the @ts-expect-error lines would be unused and tsc would fail.
import init, {
  initSync,
  count,
  normalize,
  Rules,
  Session,
  type CheckResult,
  type Finding,
  type FormkollError,
  type LimitResult,
  type Normalized,
  type QuestionResult,
  type Report,
  type Template,
  type Update,
} from "formkoll";

declare const wasmBytes: Uint8Array;

export async function inBrowser(): Promise<number> {
  await init();
  return count("Å\r\nö");
}

export function inNode(report: Report): CheckResult {
  initSync({ module: wasmBytes });
  const rules: Rules = Rules.default();
  const result: CheckResult = rules.check(report, "en");
  const over: LimitResult[] = result.limits.filter((l) => l.status === "exceeded");
  const errors: Finding[] = result.findings.filter((f) => f.severity === "error");
  const questions: QuestionResult[] = result.questions;
  const firstLimit: string | undefined = errors[0]?.limit;
  const remaining: number = over[0]?.remaining ?? 0;
  void [questions, firstLimit, remaining];
  // @ts-expect-error score is a number
  const wrong: string = result.score;
  void wrong;
  // @ts-expect-error "fi" is not a Lang
  rules.check(report, "fi");
  return result;
}

export function live(rules: Rules, text: string): Update {
  const session: Session = rules.session();
  session.choose("5.1a", "ja");
  session.choose("5.1a", null);
  session.choose("5.1a");
  const update: Update = session.set("2.1", text);
  const limit: LimitResult | undefined = update.limits[0];
  const saved: Report = session.toJSON();
  const json: string = session.reportJson();
  void [limit, saved, json];
  // @ts-expect-error set returns an Update, not a string
  const notString: string = session.set("2.1", text);
  void notString;
  return update;
}

export function template(rules: Rules): string[] {
  const t: Template = rules.template();
  const cleaned: Normalized = normalize("utveck- ling");
  void cleaned.changes.map((c) => c.code);
  return t.questions.map((q) => (typeof q.text === "string" ? q.text : q.text.sv));
}

export function failure(err: unknown): string | undefined {
  if (err instanceof Error && "code" in err) {
    return (err as FormkollError).code;
  }
  return undefined;
}
