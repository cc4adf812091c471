// The package's metadata and typings as built in pkg/ (consumers.test.mjs
// installs the packed tarball and uses it).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { root, pkgDir, Rules } from "./support.mjs";

const pkg = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
const dts = readFileSync(join(pkgDir, "formkoll.d.ts"), "utf8");

test("package.json is fit to publish", () => {
  const cargoVersion = readFileSync(join(root, "Cargo.toml"), "utf8").match(/^version\s*=\s*"([^"]+)"/m)[1];
  assert.equal(pkg.name, "formkoll");
  assert.equal(pkg.version, cargoVersion);
  assert.ok(pkg.license && pkg.description && pkg.keywords.length > 0);
  // No invented URL: there is no public repository yet.
  assert.equal(pkg.repository, undefined);
  assert.doesNotMatch(JSON.stringify(pkg), /example\.invalid/);
  assert.doesNotMatch(readFileSync(join(root, "Cargo.toml"), "utf8"), /^repository\s*=/m);
  assert.equal(pkg.type, "module");
  assert.equal(pkg.exports["."].types, "./formkoll.d.ts");
  assert.equal(pkg.exports["."].default, "./formkoll.js", "browsers and bundlers keep the web entry");
  assert.deepEqual(Object.keys(pkg.exports["."].node), ["import", "require"]);
  assert.equal(pkg.bin.formkoll, "bin/formkoll.cjs");
  // engines says what is tested: Node 20 (this suite's Node, with and
  // without require(esm)) and later.
  assert.equal(pkg.engines.node, ">=20");
  assert.ok(Number(process.versions.node.split(".")[0]) >= 20);
  assert.ok("sideEffects" in pkg);
  for (const file of [pkg.main, pkg.module, pkg.types, pkg.bin.formkoll, ...pkg.files]) {
    assert.ok(existsSync(join(pkgDir, file)), `${file} exists`);
  }
  for (const licence of ["LICENSE-MIT", "LICENSE-APACHE"]) {
    assert.ok(pkg.files.includes(licence) && existsSync(join(root, licence)), licence);
  }
  assert.equal(pkg.license, "MIT OR Apache-2.0");
});

test("the command line is in formkoll/cli only: the page's module and typings have none of it", () => {
  const exportsOf = (file) => WebAssembly.Module.exports(new WebAssembly.Module(readFileSync(join(pkgDir, file)))).map((e) => e.name);
  const usage = "formkoll count [FILE] [--all]"; // src/cli/args.rs USAGE
  for (const file of ["formkoll_bg.wasm", "importer/formkoll_bg.wasm"]) {
    assert.ok(!exportsOf(file).includes("runCli"), `${file} exports no runCli`);
    assert.ok(!readFileSync(join(pkgDir, file)).includes(usage), `${file} has no help text`);
  }
  assert.ok(exportsOf("cli/formkoll_bg.wasm").includes("runCli"));
  assert.ok(readFileSync(join(pkgDir, "cli/formkoll_bg.wasm")).includes(usage), "the cli module has the help text");
  assert.doesNotMatch(dts, /runCli|CliOutput/);
  const cliDts = readFileSync(join(pkgDir, "cli/formkoll.d.cts"), "utf8");
  assert.match(cliDts, /export function runCli\(args: string\[\], read: \(path: string \| null\) => Uint8Array\): CliOutput;/);
  assert.match(cliDts, /export interface CliOutput \{[^}]*exit: 0 \| 1 \| 2;/);
  assert.deepEqual(pkg.exports["./cli"], { types: "./cli/formkoll.d.cts", default: "./cli/formkoll.cjs" });
});

test("the typings of the ESM and CommonJS entries are the same declarations", () => {
  assert.equal(readFileSync(join(pkgDir, "formkoll.d.cts"), "utf8"), dts);
  // The DOM's types are looked up, never named: a server project has no DOM lib.
  const code = dts.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
  assert.doesNotMatch(code, /\b(HTMLElement|RequestInfo|BufferSource|WebAssembly\.)(?!")/);
});

test("ErrorCode in the typings is exactly the Rust list of codes (src/error.rs)", () => {
  const rust = readFileSync(join(root, "src/error.rs"), "utf8");
  const list = rust.slice(rust.indexOf("error_codes! {"));
  const codes = [...list.matchAll(/^\s+[A-Z]\w* = "([a-z_.]+)";$/gm)].map((m) => m[1]);
  assert.ok(codes.length >= 12, `read the list (${codes})`);
  const union = dts.match(/export type ErrorCode =([^;]*);/)[1];
  const typed = [...union.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
  assert.deepEqual(typed, codes);
  // And a code thrown at run time is one of them.
  const err = (() => {
    try {
      Rules.default().check('{"answers": {"1.1": 42}}');
    } catch (e) {
      return e;
    }
  })();
  assert.ok(typed.includes(err.code), err.code);
});

test("the typings describe every object and have no `any`", () => {
  for (const name of ["CheckResult", "Finding", "LimitResult", "QuestionResult", "Update", "Template", "Normalized"]) {
    assert.match(dts, new RegExp(`export (interface|type) ${name}\\b`), name);
  }
  const code = dts.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "").replace(/"[^"\n]*"/g, '""');
  assert.doesNotMatch(code, /\bany\b/);
  assert.match(dts, /check\(report: string \| Report, lang\?: Lang\): CheckResult;/);
});
