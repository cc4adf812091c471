// The JSON Schema of the template format (issue 24 item 2),
// templates/formkoll-template.schema.json, checked with a real validator (ajv,
// draft 2020-12) against the Rust reader, which is the truth:
// - every template in the repo validates;
// - every file of the bad-template corpus is rejected by the schema too,
//   except the rules a schema cannot express (listed below with the reason),
//   each of which the Rust reader (the built package's Rules.fromJson) still
//   rejects at the path expected.tsv gives;
// - the schema ships in the npm package as formkoll/template.schema.json.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, mkdirSync, writeFileSync, rmSync, symlinkSync, unlinkSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { createRequire } from "node:module";
import Ajv2020 from "ajv/dist/2020.js";
import { Rules, root, pkgDir, scratch } from "./support.mjs";

const schemaPath = join(root, "templates/formkoll-template.schema.json");
const schema = JSON.parse(readFileSync(schemaPath, "utf8"));
// strict: a keyword ajv does not know, or one without its type, is an error
// in the schema rather than a silently ignored rule.
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
const badDir = join(root, "tests/fixtures/bad-templates");

/** The rows of expected.tsv: file -> the path its error must have. */
const expected = new Map(
  readFileSync(join(badDir, "expected.tsv"), "utf8")
    .split("\n")
    .filter((l) => l && !l.startsWith("#"))
    .map((l) => l.split("\t"))
    .map(([file, path]) => [file, path]),
);

/** Files the schema cannot reject, and why. */
const EXCEPTIONS = {
  "01-not-json.json": "not JSON: a JSON parser rejects it before any schema applies",
  "02-trailing-garbage.json": "not JSON: a JSON parser rejects it before any schema applies",
  "11-unknown-section.json": "cross-reference: a question's section must be the id of a section",
  "12-duplicate-question.json": "uniqueness of an id across the list of question objects",
  "15-duplicate-choice.json": "uniqueness of an id across the list of choice objects",
  "18-limit-missing-question.json": "cross-reference: a limit's questions must be ids of questions",
  "21-limit-unknown-section.json": "cross-reference: a limit's section must be the id of a section",
  "28-instruction-without-vocabulary.json": "cross-reference: the vocabulary named by check (the default) must exist in vocabularies",
  "33-instruction-unknown-vocabulary.json": "cross-reference: an instruction's vocabulary must exist in vocabularies",
  "37-instruction-unknown-question.json": "cross-reference: an instruction's questions must be ids of questions",
};

/** The templates of the repo meant to be valid. */
const goodTemplates = [
  ...readdirSync(join(root, "templates"))
    .filter((f) => f.endsWith(".json") && f !== "formkoll-template.schema.json")
    .map((f) => join("templates", f)),
  "tests/fixtures/own-check/template.json",
];

const errors = () => JSON.stringify(validate.errors?.slice(0, 5), null, 1);

test("every template in the repo validates against the schema, and loads in Rust", () => {
  assert.ok(goodTemplates.length >= 2, goodTemplates.join(", "));
  for (const f of goodTemplates) {
    const text = readFileSync(join(root, f), "utf8");
    assert.ok(validate(JSON.parse(text)), `${f}: ${errors()}`);
    assert.doesNotThrow(() => Rules.fromJson(text), f);
  }
});

test("a template may carry $schema, and nothing else unknown", () => {
  const text = readFileSync(join(root, "tests/fixtures/own-check/template.json"), "utf8");
  const t = JSON.parse(text);
  const withSchema = { $schema: "https://example.org/formkoll/template.schema.json", ...t };
  assert.ok(validate(withSchema), errors());
  assert.doesNotThrow(() => Rules.fromJson(JSON.stringify(withSchema)));
  assert.ok(!validate({ ...t, $schema: 5 }), "a non-string $schema is rejected");
  assert.ok(!validate({ ...t, $comment: "x" }), "an unknown field is rejected");
});

test("every bad template the Rust reader rejects is rejected by the schema, but the listed exceptions", () => {
  const files = readdirSync(badDir).filter((f) => f.endsWith(".json")).sort();
  assert.ok(files.length >= 38, `${files.length} files`);
  for (const f of files) {
    assert.ok(expected.has(f), `${f} has a row in expected.tsv (the Rust reader rejects it)`);
    const text = readFileSync(join(badDir, f), "utf8");
    let doc;
    try {
      doc = JSON.parse(text);
    } catch {
      assert.ok(f in EXCEPTIONS, `${f} is not JSON but not listed as an exception`);
      continue;
    }
    const ok = validate(doc);
    if (f in EXCEPTIONS) {
      assert.ok(ok, `${f} is listed as an exception, but the schema rejects it: drop it from the list`);
    } else {
      assert.ok(!ok, `${f}: the Rust reader rejects it at "${expected.get(f)}", the schema accepts it`);
    }
  }
});

test("each exception is still rejected by the Rust reader, at the path expected.tsv gives", () => {
  for (const [f, reason] of Object.entries(EXCEPTIONS)) {
    const text = readFileSync(join(badDir, f), "utf8");
    assert.throws(
      () => Rules.fromJson(text),
      (e) => {
        const want = expected.get(f);
        assert.equal(e.code, "template.invalid", f);
        assert.equal(e.path, want, `${f} (${reason}): ${e.message}`);
        return true;
      },
      f,
    );
  }
});

test("the schema is in the npm package as formkoll/template.schema.json", () => {
  const pkg = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
  assert.equal(pkg.exports["./template.schema.json"], "./template.schema.json");
  assert.ok(pkg.files.includes("template.schema.json"));
  const packed = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json"], { cwd: pkgDir, encoding: "utf8" }))[0];
  assert.ok(packed.files.some((f) => f.path === "template.schema.json"), "the tarball holds template.schema.json");
  // Resolved through the package's exports, as a user's project would.
  const project = scratch();
  mkdirSync(join(project, "node_modules"), { recursive: true });
  const link = join(project, "node_modules/formkoll");
  symlinkSync(pkgDir, link, "dir");
  writeFileSync(join(project, "package.json"), '{"name":"p","private":true}');
  try {
    const require = createRequire(join(project, "index.js"));
    const shipped = require("formkoll/template.schema.json");
    assert.deepEqual(shipped, schema);
  } finally {
    unlinkSync(link); // the link only, never what it points to
    rmSync(project, { recursive: true, force: true });
  }
});

test("the schema is in the crate, and nothing from node_modules is", () => {
  const list = execFileSync("cargo", ["package", "--list", "--allow-dirty", "--quiet"], { cwd: root, encoding: "utf8" })
    .split("\n");
  assert.ok(list.includes("templates/formkoll-template.schema.json"), "cargo package --list holds the schema");
  assert.ok(list.includes("README.md"));
  assert.deepEqual(list.filter((f) => f.includes("node_modules/") || f.startsWith("pkg-template/")), []);
});

test("the schema names exactly the fields the Rust reader accepts, object by object", () => {
  // src/template/read.rs and read/items.rs list each object's fields
  // (`Fields::new(&[…])`, the top level's in `const FIELDS`); a field added
  // there and not here (or the reverse) fails this test.
  const source = ["src/template/read.rs", "src/template/read/items.rs"]
    .map((f) => readFileSync(join(root, f), "utf8"))
    .join("\n");
  const names = (list) => [...list.matchAll(/"([^"]+)"/g)].map((m) => m[1]).sort();
  const reader = {};
  for (const m of source.matchAll(/\n(?:pub\(super\) )?fn (\w+)\(r: &mut Reader[^\n]*\n\s*let mut \w+ = Fields::new\(&\[([^\]]*)\]\)/g)) {
    reader[m[1]] = names(m[2]);
  }
  reader.template = names(source.match(/const FIELDS: &\[&str\] = &\[([^\]]*)\]/)[1]);
  const schemaFields = {
    template: schema,
    read_policy: schema.properties.policy,
    section: schema.$defs.section,
    question: schema.$defs.question,
    choice: schema.$defs.choice,
    limit: schema.$defs.limit,
    instruction: schema.$defs.instruction,
  };
  assert.deepEqual(Object.keys(reader).sort(), Object.keys(schemaFields).sort(), "the reader's objects");
  for (const [fn, def] of Object.entries(schemaFields)) {
    assert.equal(def.additionalProperties, false, `${fn}: unknown fields are rejected`);
    assert.deepEqual(Object.keys(def.properties).sort(), reader[fn], fn);
  }
  // A text: "sv" and "en" (read.rs's `text`, whose fields are checked by hand).
  assert.deepEqual(Object.keys(schema.$defs.text.anyOf[1].properties).sort(), ["en", "sv"]);
  assert.match(source, /Fields::new\(&\["sv", "en"\]\)/);
});
