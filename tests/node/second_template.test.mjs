// The second template (issue 24 item 4) in Node: templates/lagesrapport-projekt.json
// read with Rules.fromJson judges the fixture as written — the per-question
// limit, the Delvis explanation and the template's own indicators check fire,
// line breaks count 2, and a word of the vocabulary satisfies the check.
// tests/second_template.rs pins the same through the CLI.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Rules, root } from "./support.mjs";

const templateText = readFileSync(join(root, "templates/lagesrapport-projekt.json"), "utf8");
const report = JSON.parse(readFileSync(join(root, "tests/fixtures/lagesrapport-projekt.json"), "utf8"));
const pairs = (r) => r.findings.map((f) => `${f.code} ${f.question ?? ""}`).sort();

test("the fixture: the A2 limit, the Delvis explanation and the own indicators check", () => {
  const rules = Rules.fromJson(templateText);
  const r = rules.check(JSON.stringify(report));
  assert.deepEqual(pairs(r), ["explanation.missing A3", "instruction.indicators A2", "limit.exceeded A2"]);
  const a2 = report.answers.A2;
  const breaks = (a2.match(/\n/g) ?? []).length;
  assert.ok(breaks > 0);
  // Precomposed text, "\n" line breaks: characters plus one more per break.
  assert.equal(r.limits.find((l) => l.id === "question-A2").count, [...a2].length + breaks);
  const indicators = r.findings.find((f) => f.code === "instruction.indicators");
  assert.equal(indicators.message, "Fråga A2: ange vilka indikatorer ni följer upp.");
  rules.free();
});

test("a word of the template's vocabulary satisfies its own check", () => {
  const rules = Rules.fromJson(templateText);
  const named = structuredClone(report);
  named.answers.A2 += " Vi följer två indikatorer: antal företag och andel nya kunder.";
  assert.deepEqual(pairs(rules.check(JSON.stringify(named))), ["explanation.missing A3", "limit.exceeded A2"]);
  rules.free();
});
