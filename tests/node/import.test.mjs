// rules.importText() in Node (formkoll/importer) gives exactly what
// `formkoll import` gives: the same report JSON byte for byte, the same
// findings (codes and lines) as its stderr, and throws where it exits 2.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { root, pkgDir, fixtureText, writeScratch, cliCheck } from "./support.mjs";

const importer = await import(pathToFileURL(join(pkgDir, "importer", "formkoll.js")).href);
importer.initSync({ module: readFileSync(join(pkgDir, "importer", "formkoll_bg.wasm")) });
const rules = importer.Rules.default();

const wordPath = join(root, "tests/fixtures/jamtland-2024-word.txt");
const word = readFileSync(wordPath, "utf8");

function cliImport(file) {
  const run = spawnSync(
    "cargo",
    ["run", "--release", "--quiet", "--bin", "formkoll", "--", "import", file],
    { cwd: root, encoding: "utf8", maxBuffer: 64 << 20 },
  );
  // stderr lines: "formkoll: FILE:LINE: code: message" (exit 2: one error line)
  if (run.status === 2) return { status: 2, stdout: run.stdout, stderr: run.stderr, findings: [] };
  const findings = run.stderr.split("\n").filter(Boolean).map((l) => {
    const m = l.match(/^formkoll: .*?(?::(\d+))?: (import\.[a-z_]+): (.*)$/);
    assert.ok(m, `a finding line: ${l}`);
    return { line: m[1] ? Number(m[1]) : null, code: m[2], message: m[3] };
  });
  return { status: run.status, stdout: run.stdout, findings };
}

test("the Word rendering: importText's report is the CLI's report JSON, byte for byte", () => {
  const cli = cliImport(wordPath);
  assert.equal(cli.status, 0);
  const node = rules.importText(word);
  assert.equal(JSON.stringify(node.report) + "\n", cli.stdout);
  assert.deepEqual(node.findings, []);
  assert.deepEqual(cli.findings, []);
  // And that report checks exactly as the fixture does.
  const fixture = rules.check(fixtureText);
  assert.deepEqual(rules.check(node.report), fixture);
  assert.deepEqual(fixture.limits.map((l) => l.count), [9225, 15775, 15546, 10356, 8314, 4956]);
  // The document's own numbering, as printed.
  const label = (q) => node.placed.find((p) => p.question === q).label;
  assert.deepEqual(["3.2", "3.3", "3.4", "3.5", "4.4", "4.5"].map(label), [null, "3.2", "3.3", null, null, "4.4"]);
});

for (const [name, change, codes] of [
  ["a deleted question", (t) => t.replace(/\n2\.3 Beskriv[\s\S]*?\n(?=2\.4 Beskriv)/, "\n"), [["import.question_missing", null]]],
  ["an unmarked choice", (t) => t.replace("Ej aktuellt ☒", "Ej aktuellt ☐"), [["import.choice_unmarked", 366]]],
  ["CRLF line ends", (t) => t.replace(/\n/g, "\r\n"), []],
]) {
  test(`${name}: the same findings and report as the CLI`, () => {
    const text = change(word);
    assert.notEqual(text, word);
    const cli = cliImport(writeScratch("variant.txt", text));
    const node = rules.importText(text);
    assert.equal(JSON.stringify(node.report) + "\n", cli.stdout);
    assert.deepEqual(node.findings.map((f) => [f.code, f.line]), codes);
    assert.deepEqual(cli.findings.map((f) => [f.code, f.line]), codes);
    assert.deepEqual(node.findings.map((f) => f.message), cli.findings.map((f) => f.message));
    assert.equal(cli.status, codes.length ? 1 : 0);
  });
}

test("a text with none of the questions throws document.no_questions (the CLI exits 2)", () => {
  assert.throws(() => rules.importText("Hej!\nEtt brev."), (e) => e.code === "document.no_questions");
  const cli = cliImport(writeScratch("brev.txt", "Hej!\nEtt brev."));
  assert.equal(cli.status, 2);
  assert.match(cli.stderr, /document\.no_questions/);
  assert.throws(() => rules.importText(42), (e) => e.code === "argument.invalid");
});

test("the default package leaves the importer out", async () => {
  const lean = await import(pathToFileURL(join(pkgDir, "formkoll.js")).href);
  assert.equal(typeof lean.Rules.prototype.importText, "undefined");
  assert.equal(typeof rules.importText, "function");
  void cliCheck;
});
