// Issue 22: a UTF-8 byte order mark (Notepad) is skipped wherever the
// package reads JSON text, UTF-16 (PowerShell's Out-File) is named in the
// error, and a report with more answers than the template allows is refused
// at `answers`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { Rules, fixtureText, cliCheck, writeScratch } from "./support.mjs";

const rules = Rules.default();

/** What `fn` throws. */
function thrown(fn) {
  try {
    fn();
  } catch (e) {
    return e;
  }
  assert.fail("expected an error");
}

test("a byte order mark before a report changes nothing, in Node and in the CLI", () => {
  const marked = "\uFEFF" + fixtureText;
  assert.deepEqual(rules.check(marked), rules.check(fixtureText));
  assert.deepEqual(rules.check(marked), cliCheck(writeScratch("bom.json", marked)));
  const session = rules.session(marked);
  assert.deepEqual(session.result(), rules.check(fixtureText));
  // The mark is no character of an answer: the counts are the fixture's.
  assert.deepEqual(
    rules.check(marked).questions.map((q) => q.count),
    rules.check(fixtureText).questions.map((q) => q.count),
  );
});

test("a byte order mark before a template: Rules.fromJson reads it", () => {
  const source = JSON.stringify(rules.template());
  const again = Rules.fromJson("\uFEFF" + source);
  assert.deepEqual(again.template(), rules.template());
});

test("a UTF-16 file read as UTF-8 is report.invalid naming the encoding", () => {
  const wide = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(fixtureText, "utf16le")]);
  const path = writeScratch("wide.json", "");
  writeFileSync(path, wide);
  // As a Node user reads it: readFileSync(path, "utf8").
  const asRead = readFileSync(path, "utf8");
  const err = thrown(() => rules.check(asRead));
  assert.equal(err.code, "report.invalid");
  assert.match(err.message, /UTF-16 LE: spara filen som UTF-8 \(the file is UTF-16 LE; save it as UTF-8\)/);
  const t = thrown(() => Rules.fromJson(Buffer.from(JSON.stringify(rules.template()), "utf16le").toString("utf8")));
  assert.equal(t.code, "template.invalid");
  assert.match(t.message, /UTF-16 LE/);
});

test("more answers than the template allows: report.invalid at answers, with the count", () => {
  const answers = {};
  for (let i = 0; i < 200000; i++) answers[`k${i}`] = "x";
  const text = JSON.stringify({ answers });
  const err = thrown(() => rules.check(text));
  assert.equal(err.code, "report.invalid");
  assert.equal(err.path, "answers");
  assert.match(err.message, /200000 answers.*at most 1000/);
  assert.equal(thrown(() => rules.session(text)).path, "answers");
});
