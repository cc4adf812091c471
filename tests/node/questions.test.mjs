// The server's verdict for one step: rules.check(report, { questions }) and
// session.result({ questions }) in Node equal `formkoll check --questions`.
// (That they equal scope: 'form' in the browser: tests/e2e/scope-questions.spec.mjs.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { Rules, root, fixturePath, fixtureText } from "./support.mjs";

const rules = Rules.default();

function cliQuestions(ids, lang = "sv") {
  const run = spawnSync(
    "cargo",
    ["run", "--release", "--quiet", "--bin", "formkoll", "--", "check", fixturePath,
      "--questions", ids.join(","), "--format", "json", "--lang", lang],
    { cwd: root, encoding: "utf8" },
  );
  assert.ok(run.status === 0 || run.status === 1, run.stderr);
  return JSON.parse(run.stdout);
}

for (const ids of [["2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7"], ["5.1a", "5.1b", "5.2"], ["6.1"]]) {
  test(`{ questions: ${ids.join(",")} } equals the CLI's --questions`, () => {
    const node = rules.check(fixtureText, { questions: ids });
    assert.deepEqual(node, cliQuestions(ids));
    assert.deepEqual(node.questions.map((q) => q.id), ids);
    // Narrowed: fewer findings than the whole report.
    assert.ok(node.findings.length < rules.check(fixtureText).findings.length);
  });
}

test("{ lang: 'en', questions } is English and narrowed", () => {
  const ids = ["3.1", "3.2"];
  const en = rules.check(fixtureText, { lang: "en", questions: ids });
  assert.equal(en.lang, "en");
  assert.deepEqual(en, cliQuestions(ids, "en"));
});

test("session.result({ questions }) equals rules.check(report, { questions }) after edits", () => {
  const session = rules.session(fixtureText);
  session.set("2.1", "Kort svar om samverkan med kommunerna.");
  const ids = ["2.1", "2.2"];
  const report = session.reportJson();
  assert.deepEqual(session.result({ questions: ids }), rules.check(report, { questions: ids }));
  assert.deepEqual(session.result(), rules.check(report));
  assert.notDeepEqual(session.result({ questions: ids }), session.result());
});

test("bad questions are coded errors with their path, and the module keeps working", () => {
  const thrown = (f) => {
    try {
      f();
    } catch (e) {
      return { code: e.code, path: e.path };
    }
    assert.fail("expected an error");
  };
  assert.deepEqual(thrown(() => rules.check(fixtureText, { questions: ["2.1", "9.9"] })), {
    code: "question.unknown",
    path: "questions[1]",
  });
  assert.deepEqual(thrown(() => rules.check(fixtureText, { questions: "2.1" })), {
    code: "options.invalid",
    path: "questions",
  });
  assert.deepEqual(thrown(() => rules.check(fixtureText, { questions: ["2.1", 7] })), {
    code: "options.invalid",
    path: "questions[1]",
  });
  assert.deepEqual(thrown(() => rules.check(fixtureText, { questions: [] })), {
    code: "options.invalid",
    path: "questions",
  });
  assert.deepEqual(thrown(() => rules.session().result({ questions: ["x"] })), {
    code: "question.unknown",
    path: "questions[0]",
  });
  assert.equal(rules.check(fixtureText).questions.length, 31);
});
