// `npx formkoll template check FILE…` and `npx formkoll template FILE --format
// md|text` (issue 24 item 3): the package's bin (pkg/bin/formkoll.cjs, the cli
// module) prints byte for byte what the native CLI prints, with the same exit
// code and stderr — valid, invalid and unreadable templates, JSON, Markdown,
// plain text and English.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { root, pkgDir, writeScratch } from "./support.mjs";

const nativeCli = join(process.env.CARGO_TARGET_DIR || join(root, "target"), "release/formkoll");
const template = join(root, "templates/resultatredovisning-2024-99.json");
const bad = join(root, "tests/fixtures/bad-templates/18-limit-missing-question.json");
const notJson = writeScratch("trasig-mall.json", '{ "format": "formkoll-template/1", "id": ');
const missing = join(root, "no/such/template.json");

const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, encoding: "buffer", maxBuffer: 64 << 20 });

for (const [args, exit] of [
  [["template", "check", template], 0],
  [["template", "check", template, bad, notJson, missing], 2],
  [["template", "check", template, bad, "--format", "json", "--lang", "en"], 2],
  [["template", template, "--format", "md"], 0],
  [["template", template, "--format", "text", "--lang", "en"], 0],
  [["template", bad, "--format", "md"], 2],
]) {
  test(`npx formkoll ${args.map((a) => a.split("/").pop()).join(" ")}: the native bytes`, () => {
    const node = run("node", [join(pkgDir, "bin/formkoll.cjs"), ...args]);
    const native = run(nativeCli, args);
    assert.equal(native.status, exit, native.stderr.toString());
    assert.equal(node.status, exit, node.stderr.toString());
    assert.ok(node.stdout.length + node.stderr.length > 0, "prints something");
    assert.ok(node.stdout.equals(native.stdout), `stdout: ${node.stdout} vs ${native.stdout}`);
    assert.ok(node.stderr.equals(native.stderr), `stderr: ${node.stderr} vs ${native.stderr}`);
  });
}

test("npx formkoll template check --format json: one object per file with its problems", () => {
  const node = run("node", [join(pkgDir, "bin/formkoll.cjs"), "template", "check", template, bad, "--format", "json"]);
  assert.equal(node.status, 2);
  const files = JSON.parse(node.stdout.toString());
  assert.deepEqual(files, [
    { file: template, valid: true, problems: [] },
    {
      file: bad,
      valid: false,
      problems: [{ path: "limits[0].questions[1]", code: "template.invalid", reason: 'no question with id "1.9"' }],
    },
  ]);
});
