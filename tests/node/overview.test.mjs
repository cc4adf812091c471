// `npx formkoll check a.json b.json --format html` (issue 26): the package's
// bin (pkg/bin/formkoll.cjs, the cli module) prints byte for byte what the
// native CLI prints, with the same exit code and stderr, for the fixture, a
// broken file and a report without answers — the overview, its English
// version and a single report's receipt.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { root, pkgDir, fixturePath, writeScratch } from "./support.mjs";

const nativeCli = join(process.env.CARGO_TARGET_DIR || join(root, "target"), "release/formkoll");
const broken = writeScratch("trasig.json", '{ "answers": { "1.1": "oavslutad');
const empty = writeScratch("tom.json", '{"answers":{}}');

const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, encoding: "buffer", maxBuffer: 64 << 20 });

for (const [args, exit] of [
  [["check", fixturePath, broken, empty, "--format", "html"], 2],
  [["check", empty, fixturePath, "--format", "html", "--lang", "en"], 1],
  [["check", fixturePath, "--format", "html"], 1],
  [["check", broken, "--format", "html"], 2],
]) {
  test(`npx formkoll ${args.slice(1).map((a) => a.split("/").pop()).join(" ")}: the native bytes`, () => {
    const node = run("node", [join(pkgDir, "bin/formkoll.cjs"), ...args]);
    const native = run(nativeCli, args);
    assert.equal(native.status, exit, native.stderr.toString());
    assert.equal(node.status, exit, node.stderr.toString());
    const page = node.stdout.toString();
    assert.ok(page.startsWith("<!DOCTYPE html>") && page.endsWith("</html>\n"), page.slice(0, 200));
    assert.ok(node.stdout.equals(native.stdout), "stdout byte for byte");
    assert.ok(node.stderr.equals(native.stderr), `stderr: ${node.stderr} vs ${native.stderr}`);
  });
}

test("a document is read by the native formkoll only: npx names it unusable, exit 2", () => {
  const doc = join(root, "tests/fixtures/jamtland-2024-word.txt");
  const node = run("node", [join(pkgDir, "bin/formkoll.cjs"), "check", fixturePath, doc, "--format", "html"]);
  assert.equal(node.status, 2);
  assert.match(node.stderr.toString(), /jamtland-2024-word\.txt: document\.invalid: documents are read by the native formkoll/);
  assert.match(node.stdout.toString(), /Region Jämtland Härjedalen/);
});
