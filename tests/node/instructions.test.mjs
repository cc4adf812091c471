// Instruction checks are template data (issue 24, item 1): a template with its
// own check ("indicators"), vocabulary and message, loaded in Node with
// Rules.fromJson, fires the check as written and is satisfied as written — the
// same verdict and messages as `formkoll check --template` (tests/instructions.rs).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { Rules, root } from "./support.mjs";

const dir = join(root, "tests/fixtures/own-check");
const templateText = readFileSync(join(dir, "template.json"), "utf8");
const read = (name) => readFileSync(join(dir, name), "utf8");
const rules = Rules.fromJson(templateText);

/** `formkoll check FILE --template T --format json --lang L`, parsed. */
function cli(report, lang) {
  const run = spawnSync(
    "cargo",
    ["run", "--release", "--quiet", "--bin", "formkoll", "--", "check", join(dir, report),
      "--template", join(dir, "template.json"), "--format", "json", "--lang", lang],
    { cwd: root, encoding: "utf8" },
  );
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout);
}

const instructions = (r) => r.findings.filter((f) => f.code.startsWith("instruction.")).map((f) => [f.code, f.message]);

test("a template's own check fires with its own message, in both languages", () => {
  const sv = rules.check(read("missing.json"));
  assert.deepEqual(instructions(sv), [
    ["instruction.risks", "Avsnitt A: beskriv projektets risker (frågorna A1–A3)."],
    ["instruction.indicators", "Fråga A2: ange vilka indikatorer ni följer upp."],
  ]);
  assert.equal(sv.score, 86);
  const en = rules.check(read("missing.json"), "en");
  assert.deepEqual(instructions(en)[1], ["instruction.indicators", "Question A2: name the indicators you follow up."]);
  assert.deepEqual(sv, cli("missing.json", "sv"));
  assert.deepEqual(en, cli("missing.json", "en"));
});

test("a template's own check is satisfied as written", () => {
  const ok = rules.check(read("satisfied.json"));
  assert.deepEqual(instructions(ok), []);
  assert.equal(ok.score, 100);
  assert.deepEqual(ok, cli("satisfied.json", "sv"));
  // The same, one edit at a time in a session.
  const s = rules.session(read("missing.json"));
  s.set("A2", "Nyckeltalet är antalet deltagare.");
  assert.deepEqual(instructions(s.result()).map(([code]) => code), ["instruction.risks"]);
  s.set("A3", "Hotet mot projektet är finansieringen.");
  assert.deepEqual(instructions(s.result()), []);
});

test("a check that is not a name is template.invalid at its path", () => {
  const bad = templateText.replace('"check": "indicators"', '"check": "Key figures"');
  assert.throws(() => Rules.fromJson(bad), (e) => e.code === "template.invalid" && e.path === "instructions[0].check");
  const noVocabulary = templateText.replace('"vocabulary": "risker"', '"vocabulary": "risk"');
  assert.throws(() => Rules.fromJson(noVocabulary), (e) => e.path === "instructions[1].vocabulary");
});
