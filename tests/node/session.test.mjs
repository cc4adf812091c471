// Sessions, errors, lone surrogates, count/normalize/template on the built package.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Rules, Session, count, normalize, fixes, fixtureText, thrown } from "./support.mjs";

const rules = Rules.default();
const fixture = JSON.parse(fixtureText);

test("a session fed the fixture answer by answer ends in check()'s result", () => {
  const session = rules.session();
  assert.ok(session instanceof Session);
  let update;
  for (const [id, answer] of Object.entries(fixture.answers)) {
    if (typeof answer === "string") {
      update = session.set(id, answer);
    } else {
      session.choose(id, answer.choice ?? null);
      update = session.set(id, answer.text ?? "");
    }
  }
  const expected = rules.check(fixtureText);
  assert.deepEqual(session.result(), expected);
  assert.equal(update.score, expected.score);
  assert.equal(update.valid, expected.valid);
  assert.deepEqual(update.counts, expected.counts);
});

test("an update is small: the question, its limits, totals", () => {
  const session = rules.session(fixtureText);
  const update = session.set("2.1", "Kort svar.");
  assert.deepEqual(Object.keys(update), ["question", "limits", "findings", "score", "valid", "counts"]);
  assert.equal(update.question.id, "2.1");
  assert.equal(update.question.count, 10);
  assert.deepEqual(update.limits.map((l) => l.id), ["section-2"]);
  assert.deepEqual(update.limits[0], session.result().limits.find((l) => l.id === "section-2"));
});

test("toJSON gives the report exactly as entered; JSON.stringify(session) gives the report", () => {
  const session = rules.session(fixture);
  assert.deepEqual(session.toJSON(), fixture);
  assert.equal(JSON.stringify(session), JSON.stringify(fixture));
  assert.equal(session.reportJson(), JSON.stringify(fixture));
  session.set("1.1", "  ny text\r\n med CRLF ");
  assert.equal(session.toJSON().answers["1.1"], "  ny text\r\n med CRLF ");
  session.choose("5.1a", null);
  assert.deepEqual(session.toJSON().answers["5.1a"], { text: fixture.answers["5.1a"].text });
  const fresh = rules.session();
  assert.deepEqual(fresh.toJSON(), { template: "resultatredovisning-2024-99", answers: {} });
});

test("choose with undefined or null clears the choice", () => {
  const session = rules.session();
  assert.equal(session.choose("5.1a", "ja").question.choice, "ja");
  assert.equal(session.choose("5.1a").question.choice, undefined);
  assert.equal(session.choose("5.1a", "ja").question.choice, "ja");
  assert.equal(session.choose("5.1a", null).question.status, "missing");
});

test("every failure is an Error with a code and a path, and the module keeps working", () => {
  const cases = [
    [() => rules.check('{"answers":{"1.1":3}}'), "report.invalid", "answers.1.1"],
    [() => rules.check({ answers: { "5.1a": { choice: 7 } } }), "report.invalid", "answers.5.1a.choice"],
    [() => rules.check(42), "report.invalid", ""],
    [() => rules.check(undefined), "report.invalid", ""],
    [() => rules.check({ answers: { x: 1n } }), "report.invalid", ""],
    [() => rules.check({ template: "annan", answers: {} }), "report.template_mismatch", "template"],
    [() => rules.check(fixtureText, "fi"), "lang.unknown", "lang"],
    [() => Rules.fromJson('{"format":"formkoll-template/1","id":"x","titel":"t"}'), "template.invalid", "titel"],
    [() => rules.session().set("9.9", "x"), "question.unknown", "9.9"],
    [() => rules.session().set("2.1", 5), "report.invalid", "answers.2.1"],
    [() => rules.session().choose("2.1", "ja"), "question.not_choice", "2.1"],
    [() => rules.session('{"answers":'), "report.invalid", undefined],
    [() => count(undefined), "argument.invalid", "text"],
    [() => normalize(null), "argument.invalid", "text"],
  ];
  for (const [f, code, path] of cases) {
    const err = thrown(f);
    assert.ok(err instanceof Error, `${code}: an Error`);
    assert.equal(err.code, code);
    if (path !== undefined) assert.equal(err.path, path, `${code}: path`);
    assert.equal(typeof err.path, "string");
    assert.match(err.message, new RegExp(`^${code.replace(".", "\\.")}`));
  }
  // Still working after all of that.
  assert.equal(rules.check(fixtureText).score, Rules.default().check(fixtureText).score);
  assert.equal(count("ok"), 2);
});

test("a lone surrogate neither throws nor traps; it counts as one character (U+FFFD)", () => {
  assert.equal(count("a\ud800b"), 3);
  assert.equal(count("\udc00"), 1);
  assert.equal(normalize("x\ud800").text, "x\ufffd");
  const session = rules.session();
  assert.equal(session.set("2.1", "Vi \ud800 samverkar.").question.count, 15);
  assert.equal(session.toJSON().answers["2.1"], "Vi \ufffd samverkar.");
  const withLone = { answers: { "1.1": "x\ud800y", ["9.\udc00"]: "z" } };
  const fromObject = rules.check(withLone);
  assert.deepEqual(rules.check(JSON.stringify(withLone)), fromObject);
  assert.deepEqual(fromObject, rules.check({ answers: { "1.1": "x\ufffdy", "9.\ufffd": "z" } }));
  // An escaped pair is a real character.
  assert.equal(rules.check('{"answers":{"1.1":"\\ud83d\\ude00"}}').questions[0].count, 1);
});

test("count and normalize", () => {
  assert.equal(count("Å\r\nö"), 3);
  assert.equal(count("a\u030A"), 1);
  assert.equal(count("👨‍👩‍👧"), 1);
  assert.deepEqual(normalize("utveck- ling fö r alla \n\n\n\nSlut"), {
    text: "utveckling för alla\n\nSlut",
    changes: normalize("utveck- ling fö r alla \n\n\n\nSlut").changes,
  });
  const n = normalize("utveck- ling");
  assert.equal(n.text, "utveckling");
  assert.deepEqual(n.changes, [{ code: "hygiene.pdf_hyphenation", count: 1 }]);
  assert.deepEqual(normalize("ren text"), { text: "ren text", changes: [] });
});

/** `fixes` applied the way a page does: `setRangeText` semantics on the string, last first. */
function applyInJs(text, list) {
  return [...list].reverse().reduce((t, f) => {
    assert.equal(t.slice(f.start, f.end), f.before, JSON.stringify(f));
    return t.slice(0, f.start) + f.after + t.slice(f.end);
  }, text);
}

test("fixes: UTF-16 offsets, with emoji and astral characters before and between them", () => {
  const text = "😀 fö r 👩\u200D🚀\u200Bx🇸🇪 må l\u00AD\r\n\r\n\r\n𝔸 utveck- ling";
  const list = fixes(text);
  assert.deepEqual(list[0], { start: 5, end: 6, before: " ", after: "", code: "hygiene.pdf_spacing" });
  assert.deepEqual(
    list.map((f) => f.code),
    ["hygiene.pdf_spacing", "hygiene.zero_width", "hygiene.pdf_spacing", "hygiene.soft_hyphen", "hygiene.blank_lines", "hygiene.pdf_hyphenation"],
  );
  assert.equal(applyInJs(text, list), normalize(text).text);
  // Any one fix alone changes only its own place.
  for (const f of list) assert.equal(applyInJs(text, [f]).length, text.length - (f.end - f.start));
  assert.deepEqual(rules.fixes(text), list);
  assert.deepEqual(fixes("ren text 😀"), []);
  // Every answer of the real report: the fixes applied in JS are normalize's text.
  for (const answer of Object.values(JSON.parse(fixtureText).answers)) {
    const t = typeof answer === "string" ? answer : answer.text ?? "";
    assert.equal(applyInJs(t, fixes(t)), normalize(t).text);
  }
  assert.equal(thrown(() => fixes(null)).code, "argument.invalid");
  assert.equal(thrown(() => rules.fixes(42)).code, "argument.invalid");
});

test("template() is the template as data; fromJson reads it back", () => {
  const t = rules.template();
  assert.equal(t.id, rules.id);
  assert.equal(t.questions.length, 31);
  assert.deepEqual(
    t.limits.filter((l) => l.section).map((l) => l.max),
    [11000, 15000, 15000, 11000, 8000, 5000],
  );
  const again = Rules.fromJson(JSON.stringify(t));
  assert.deepEqual(again.template(), t);
  assert.deepEqual(Rules.fromJson(t).check(fixtureText), rules.check(fixtureText));
});

test("lang: sessions render in the chosen language and can switch", () => {
  const session = rules.session(fixtureText, "en");
  assert.equal(session.lang, "en");
  assert.deepEqual(session.result(), rules.check(fixtureText, "en"));
  session.setLang("sv");
  assert.deepEqual(session.result(), rules.check(fixtureText, "sv"));
});
