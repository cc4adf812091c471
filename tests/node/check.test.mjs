// rules.check() in Node gives exactly the CLI's JSON, on the real report and
// on its NFD and CRLF variants.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Rules, fixturePath, fixtureText, cliCheck, writeScratch, variant, verdict } from "./support.mjs";

const rules = Rules.default();

test("the fixture's JSON text checked in Node equals `formkoll check --format json`", () => {
  const cli = cliCheck(fixturePath);
  assert.deepEqual(rules.check(fixtureText), cli);
  // The real report of Region Jämtland Härjedalen is over budget in sections 2, 3 and 6.
  assert.deepEqual(cli.limits.map((l) => l.count), [9225, 15775, 15546, 10356, 8314, 4956]);
  assert.equal(cli.valid, false);
});

test("the fixture as an object gives the same result as its text", () => {
  assert.deepEqual(rules.check(JSON.parse(fixtureText)), rules.check(fixtureText));
});

test("English messages equal the CLI's --lang en", () => {
  const en = rules.check(fixtureText, "en");
  assert.deepEqual(en, cliCheck(fixturePath, "en"));
  assert.equal(en.lang, "en");
  assert.notDeepEqual(en.findings.map((f) => f.message), rules.check(fixtureText).findings.map((f) => f.message));
});

for (const [name, transform] of [
  ["NFD", (text) => text.normalize("NFD")],
  ["CRLF", (text) => text.replace(/\r?\n/g, "\r\n")],
]) {
  test(`the ${name} variant: Node equals the CLI, and the verdict equals the original's`, () => {
    const text = variant(transform);
    assert.notEqual(text, variant((t) => t), `${name} changes the fixture`);
    const node = rules.check(text);
    assert.deepEqual(node, cliCheck(writeScratch(`jamtland-${name}.json`, text)));
    assert.deepEqual(verdict(node), verdict(rules.check(fixtureText)));
  });
}

test("a result is plain data: JSON round trip changes nothing", () => {
  const result = rules.check(fixtureText);
  assert.deepEqual(JSON.parse(JSON.stringify(result)), result);
  assert.equal(Object.getPrototypeOf(result.limits[0]), Object.prototype);
  // Option::None is null where serde writes null (a question-less finding).
  assert.ok(result.findings.some((f) => f.question === null));
});
