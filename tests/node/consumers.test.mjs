// The package as its users get it: `npm pack` of pkg/, installed into
// throw-away projects (no network: the tarball has no dependencies; the
// tools — tsc, vite, webpack, publint, attw, Playwright — are this repo's
// pinned dev dependencies), then used the way each kind of user would:
//   Node ESM and CommonJS with no init call (with and without require(esm)),
//   tsc --strict in four setups, `npx formkoll`, a Vite and a webpack 5 build
//   loaded in Chromium under the strict CSP, publint and attw.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync, readFileSync, rmSync, readdirSync } from "node:fs";
import { execFileSync, spawnSync, spawn } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import { root, pkgDir, fixturePath, scratch } from "./support.mjs";

const bin = (name) => join(root, "node_modules/.bin", name);
const nativeCli = join(process.env.CARGO_TARGET_DIR || join(root, "target"), "release/formkoll");
const work = scratch();
let tarball;

/** A throw-away project with the packed formkoll installed. */
function project(name, packageJson = {}) {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name, private: true, ...packageJson }));
  execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", "--no-package-lock", tarball], {
    cwd: dir,
    stdio: "pipe",
  });
  return dir;
}

function run(cmd, args, options = {}) {
  return spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 64 << 20, ...options });
}

/** The native CLI's output for the same arguments (make test-node builds it). */
function native(args) {
  return run(nativeCli, args, { cwd: root });
}

before(() => {
  const packed = JSON.parse(
    execFileSync("npm", ["pack", "--json", "--pack-destination", work], { cwd: pkgDir, encoding: "utf8" }),
  )[0];
  tarball = join(work, packed.filename);
  const files = packed.files.map((f) => f.path);
  for (const f of ["formkoll.js", "formkoll.cjs", "formkoll.node.mjs", "formkoll.d.ts", "formkoll.d.cts", "formkoll_bg.wasm", "bin/formkoll.cjs", "cli/formkoll.cjs", "cli/formkoll.d.cts", "cli/module.cjs", "cli/formkoll_bg.wasm", "README.md", "LICENSE-MIT", "LICENSE-APACHE", "package.json"]) {
    assert.ok(files.includes(f), `the tarball holds ${f}`);
  }
  // (formkoll/importer is a second, opt-in module: the main one plus the
  // document importer; formkoll/cli a third, Node only: the main one plus the
  // command line, which no page loads.)
  const modules = ["importer/", "cli/"];
  assert.equal(files.filter((f) => f.endsWith(".wasm") && !modules.some((m) => f.startsWith(m))).length, 1, "one .wasm serves every entry");
  for (const m of modules) assert.equal(files.filter((f) => f.startsWith(m) && f.endsWith(".wasm")).length, 1, `one .wasm in ${m}`);
  assert.ok(!files.some((f) => f.endsWith(".rs") || f.startsWith("target")), "no sources in the tarball");
});

after(() => rmSync(work, { recursive: true, force: true }));

test("publint reports nothing", () => {
  const r = run(bin("publint"), ["--strict", pkgDir]);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /All good!/);
});

test("attw reports no problem for any JS entry", () => {
  // The .wasm and .css subpaths are assets, not modules: attw can only say
  // "no types" of them, so they are left out of its check.
  // formkoll/importer (issue 13) has the same entries as the main module
  // and is checked like it; formkoll/cli (Node only) is one CommonJS entry.
  const assets = ["./formkoll_bg.wasm", "./formkoll.css", "./importer/formkoll_bg.wasm"];
  const r = run(bin("attw"), [tarball, "--format", "json", "--exclude-entrypoints", ...assets]);
  const report = JSON.parse(r.stdout);
  assert.deepEqual(report.analysis.problems, [], JSON.stringify(report.analysis.problems));
  assert.equal(r.status, 0, r.stderr);
  for (const entry of [".", "./importer", "./cli"]) {
    assert.ok(Object.keys(report.analysis.entrypoints).includes(entry), `${entry} was checked`);
  }
});

test("Node: import and require check the real report with no init call, as the CLI does", () => {
  const app = project("node-app");
  writeFileSync(
    join(app, "esm.mjs"),
    `import { readFileSync } from "node:fs";
import { Rules } from "formkoll";
const r = Rules.default().check(readFileSync(process.argv[2], "utf8"));
console.log(r.score, r.valid);
`,
  );
  writeFileSync(
    join(app, "cjs.cjs"),
    `const { readFileSync } = require("node:fs");
const { Rules } = require("formkoll");
const r = Rules.default().check(readFileSync(process.argv[2], "utf8"));
console.log(r.score, r.valid);
`,
  );
  const cli = JSON.parse(native(["check", fixturePath, "--format", "json"]).stdout);
  const expected = `${cli.score} false\n`;
  for (const [flags, file] of [
    [[], "esm.mjs"],
    [[], "cjs.cjs"],
    [["--no-experimental-require-module"], "cjs.cjs"],
    [["--no-experimental-require-module"], "esm.mjs"],
  ]) {
    const r = run("node", [...flags, file, fixturePath], { cwd: app });
    assert.equal(r.status, 0, `${flags} ${file}: ${r.stderr}`);
    assert.equal(r.stdout, expected, `${flags} ${file}`);
  }
  // formkoll/importer: the same, with no init call, from import and require.
  writeFileSync(join(app, "importer.mjs"), 'import { Rules } from "formkoll/importer";\nconsole.log(typeof Rules.default().importText);\n');
  writeFileSync(join(app, "importer.cjs"), 'const { Rules } = require("formkoll/importer");\nconsole.log(typeof Rules.default().importText);\n');
  for (const file of ["importer.mjs", "importer.cjs"]) {
    const r = run("node", ["--no-experimental-require-module", file], { cwd: app });
    assert.equal(r.stdout, "function\n", `${file}: ${r.stderr}`);
  }
});

test("Node: await init() and initSync() stay valid and harmless; import and require share one instance", () => {
  const app = project("node-init");
  writeFileSync(
    join(app, "init.mjs"),
    `import { createRequire } from "node:module";
import init, { initSync, count, Rules } from "formkoll";
const exports1 = await init();
const exports2 = initSync();
const required = createRequire(import.meta.url)("formkoll");
console.log(count("Å\\r\\nö"), exports1 === exports2, typeof exports1.memory, required.Rules === Rules);
`,
  );
  const r = run("node", ["init.mjs"], { cwd: app });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, "3 true object true\n");
});

test("the packaged README's Node example runs as written", () => {
  const app = project("readme-app", { type: "module" });
  const readme = readFileSync(join(pkgDir, "README.md"), "utf8");
  const block = readme.match(/```js\n(\/\/ check\.mjs[\s\S]*?)```/);
  assert.ok(block, "the README has the check.mjs example");
  writeFileSync(join(app, "check.mjs"), block[1]);
  const r = run("node", ["check.mjs", fixturePath], { cwd: app });
  assert.equal(r.status, 1, "exit 1: the real report has errors");
  assert.match(r.stdout, /^Fel: \d+\/100\n/);
  assert.match(r.stdout, /error limit\.exceeded Avsnitt 2/);
  // And the README links nothing that is not in the package.
  for (const [, target] of readme.matchAll(/\]\(([^)]+)\)/g)) {
    assert.ok(/^https?:/.test(target) || readdirSync(pkgDir).includes(target), `README links ${target}`);
  }
  assert.doesNotMatch(readme, /\.\/pkg\/|make demo|docs\//);
});

test("formkoll/cli: runCli from import and require, with no init call; the page's entry has none", () => {
  const app = project("cli-app");
  const call = 'runCli(["count", "--all"], (p) => { if (p !== null) throw new Error("no files"); return new TextEncoder().encode("Å\\r\\nö"); })';
  writeFileSync(join(app, "cli.mjs"), `import { runCli } from "formkoll/cli";\nimport * as main from "formkoll";\nconsole.log(JSON.stringify(${call}), "runCli" in main);\n`);
  writeFileSync(join(app, "cli.cjs"), `const { runCli } = require("formkoll/cli");\nconsole.log(JSON.stringify(${call}), "runCli" in require("formkoll"));\n`);
  const ref = run(nativeCli, ["count", "--all"], { input: "Å\r\nö" });
  assert.equal(ref.status, 0, ref.stderr);
  const expected = `${JSON.stringify({ stdout: ref.stdout, stderr: ref.stderr, exit: ref.status })} false\n`;
  for (const [flags, file] of [
    [[], "cli.mjs"],
    [[], "cli.cjs"],
    [["--no-experimental-require-module"], "cli.cjs"],
    [["--no-experimental-require-module"], "cli.mjs"],
  ]) {
    const r = run("node", [...flags, file], { cwd: app });
    assert.equal(r.status, 0, `${flags} ${file}: ${r.stderr}`);
    assert.equal(r.stdout, expected, `${flags} ${file}`);
  }
});

test("npx formkoll: same bytes and exit codes as the native CLI", () => {
  const app = project("npx-app");
  const bad = join(work, "bad.json");
  writeFileSync(bad, '{"answers": {"1.1": 42}}');
  const text = join(work, "answer.txt");
  writeFileSync(text, "fö r alla \n\n\n\nslut utveck- ling");
  const cases = [
    [["check", fixturePath, "--format", "json"], 1],
    [["check", fixturePath], 1],
    [["check", fixturePath, "--lang", "en"], 1],
    [["check", bad], 2],
    [["check", "/no/such/file.json"], 2],
    [["count", text, "--all"], 0],
    [["normalize", text], 0],
    [["template"], 0],
    [["frobnicate"], 2],
  ];
  for (const [args, exit] of cases) {
    const npx = run("npx", ["--offline", "formkoll", ...args], { cwd: app });
    const ref = native(args);
    assert.equal(ref.status, exit, `native ${args.join(" ")}`);
    assert.equal(npx.status, exit, `npx formkoll ${args.join(" ")}: ${npx.stderr}`);
    assert.equal(npx.stdout, ref.stdout, `stdout of ${args.join(" ")}`);
    assert.equal(npx.stderr, ref.stderr, `stderr of ${args.join(" ")}`);
  }
  // stdin, as the native CLI reads it.
  const piped = run("npx", ["--offline", "formkoll", "count"], { cwd: app, input: "Å\r\nö" });
  assert.equal(piped.stdout, "3\n");
  // The contract, in bytes: npx formkoll check … --format json is the native output.
  const args = ["check", fixturePath, "--format", "json"];
  const npxBytes = run("npx", ["--offline", "formkoll", ...args], { cwd: app, encoding: "buffer" });
  const nativeBytes = run(nativeCli, args, { cwd: root, encoding: "buffer" });
  assert.ok(npxBytes.stdout.length > 1000 && npxBytes.stdout.equals(nativeBytes.stdout), "byte for byte");
  assert.equal(npxBytes.status, 1);
});

// A consumer that uses the API as a TypeScript user would, for each setup.
const consumer = (module) => `${module === "esm" ? 'import * as importer from "formkoll/importer";' : 'import importer = require("formkoll/importer");'}
import { runCli, type CliOutput } from "formkoll/cli";
${module === "esm" ? 'import init, { initSync, Rules, count, fixes, type CheckResult, type ErrorCode, type Fix, type FormkollError } from "formkoll";' : 'import init = require("formkoll");\nimport { initSync, Rules, count, fixes, type CheckResult, type ErrorCode, type Fix, type FormkollError } from "formkoll";'}
declare const bytes: Uint8Array;
export async function start(): Promise<number> {
  ${module === "esm" ? "await init();" : "await init.default();"}
  initSync({ module: bytes });
  const r: CheckResult = Rules.default().check("{}", "en");
  // @ts-expect-error the score is a number
  const s: string = r.score;
  void s;
  const f: Fix[] = fixes("fö r");
  const g: Fix[] = Rules.default().fixes("fö r");
  return r.score + count("x") + f.length + g.length;
}
export function cli(args: string[]): CliOutput["exit"] {
  const out: CliOutput = runCli(args, () => new Uint8Array(0));
  // @ts-expect-error stdout is a string
  const n: number = out.stdout;
  void n;
  return out.exit;
}
export function imported(text: string): number {
  return importer.Rules.default().importText(text).findings.length;
}
export function isAttached(e: FormkollError): boolean {
  const c: ErrorCode = e.code;
  return c === "form.attached" || c === "markup.invalid" || c === "handle.busy" || c === "options.invalid";
}
`;
const domConsumer = `import { attach } from "formkoll";
import type { Draft } from "formkoll";
export function enhance(form: HTMLFormElement): number {
  return attach(form, { lang: "sv" }).result().score;
}
export function draftAge(form: HTMLFormElement): number {
  const handle = attach(form, { draftKey: "rapport", draftDays: 7, draftStorage: "session" });
  const draft: Draft | null = handle.draft();
  handle.clearDraft();
  return draft ? Date.now() - draft.savedAt : 0;
}
// @ts-expect-error drafts live in localStorage or sessionStorage only
attach(document.createElement("form"), { draftKey: "k", draftStorage: "cookie" });
// @ts-expect-error a number is not an element
attach(42);
`;

test("tsc --strict without skipLibCheck: bundler + DOM, node16 ESM and CJS without DOM, node16 CJS with DOM", () => {
  const app = project("ts-app");
  const setups = [
    { name: "bundler-dom", type: "module", module: "esnext", resolution: "bundler", lib: ["es2022", "dom"], files: { "main.ts": consumer("esm"), "dom.ts": domConsumer } },
    { name: "node16-esm", type: "module", module: "node16", resolution: "node16", lib: ["es2022"], files: { "main.ts": consumer("esm") } },
    { name: "node16-cjs", type: "commonjs", module: "node16", resolution: "node16", lib: ["es2022"], files: { "main.ts": consumer("cjs") } },
    { name: "node16-cjs-dom", type: "commonjs", module: "node16", resolution: "node16", lib: ["es2022", "dom"], files: { "main.ts": consumer("cjs"), "dom.ts": domConsumer } },
  ];
  for (const s of setups) {
    const dir = join(app, s.name);
    mkdirSync(dir);
    writeFileSync(join(dir, "package.json"), JSON.stringify({ type: s.type }));
    for (const [f, text] of Object.entries(s.files)) writeFileSync(join(dir, f), text);
    const tsconfig = {
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: "es2022",
        module: s.module,
        moduleResolution: s.resolution,
        lib: s.lib,
        types: [],
        skipLibCheck: false,
        esModuleInterop: true,
      },
      files: Object.keys(s.files),
    };
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(tsconfig));
    const r = run(bin("tsc"), ["-p", dir, "--traceResolution"]);
    const errors = r.stdout.split("\n").filter((l) => /error TS/.test(l));
    assert.equal(r.status, 0, `${s.name}:\n${errors.join("\n")}`);
    const typings = s.type === "commonjs" ? "formkoll.d.cts" : "formkoll.d.ts";
    assert.match(r.stdout, new RegExp(`successfully resolved to '[^']*/node_modules/formkoll/${typings.replace(".", "\\.")}'`), `${s.name} uses ${typings}`);
  }
  // The check can fail: misusing a result does not compile.
  const dir = join(app, "node16-esm");
  writeFileSync(join(dir, "main.ts"), 'import { Rules } from "formkoll";\nexport const n: string = Rules.default().check("{}").valid;\n');
  const bad = run(bin("tsc"), ["-p", dir]);
  assert.notEqual(bad.status, 0);
  assert.match(bad.stdout, /TS2322/);
});

// --- bundlers, in Chromium under the strict CSP ---------------------------------

const page = (script) => `<!doctype html>
<html lang="sv">
<head><meta charset="utf-8"><title>formkoll consumer</title></head>
<body>
<form id="rapport">
  <label for="q21">2.1</label>
  <textarea id="q21" name="q21" data-formkoll-question="2.1"></textarea>
  <fieldset><legend>5.1a</legend>
    <input type="radio" id="ja" name="q51a" data-formkoll-choice="5.1a" value="ja"><label for="ja">Ja</label>
    <input type="radio" id="nej" name="q51a" data-formkoll-choice="5.1a" value="nej"><label for="nej">Nej</label>
  </fieldset>
  <div data-formkoll-summary></div>
</form>
${script}
</body>
</html>
`;
const mainJs = `import init, { attach } from "formkoll";
init().then(() => {
  const form = document.getElementById("rapport");
  const before = form.querySelectorAll("*").length;
  const handle = attach(form, { lang: "sv" });
  document.body.dataset.added = String(form.querySelectorAll("*").length - before);
  document.body.dataset.score = String(handle.result().score);
});
`;

async function freePort() {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Serves `dir` with scripts/serve.py (the strict CSP), loads it in Chromium. */
async function loadInChromium(dir) {
  const port = await freePort();
  const server = spawn("python3", [join(root, "scripts/serve.py"), "--port", String(port), "--dir", dir, "-q"], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise((resolve) => server.stdout.once("data", resolve));
  const { chromium } = await import("@playwright/test");
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
  try {
    const tab = await browser.newPage();
    const problems = [];
    // The browser's own favicon request is not the page's: it 404s here.
    const favicon = (url) => new URL(url).pathname === "/favicon.ico";
    tab.on("console", (m) => {
      if (m.type() === "error" && !(m.text().includes("404") && favicon(m.location().url || `http://x/favicon.ico`))) {
        problems.push(`console: ${m.text()} (${m.location().url})`);
      }
    });
    tab.on("response", (r) => r.status() >= 400 && !favicon(r.url()) && problems.push(`HTTP ${r.status()}: ${r.url()}`));
    tab.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    tab.on("requestfailed", (r) => problems.push(`request failed: ${r.url()}`));
    const response = await tab.goto(`http://127.0.0.1:${port}/index.html`);
    assert.match(response.headers()["content-security-policy"], /script-src 'self' 'wasm-unsafe-eval'; style-src 'self'/);
    await tab.waitForFunction(() => document.body.dataset.score !== undefined, null, { timeout: 20000 }).catch(() => {});
    const result = await tab.evaluate(() => ({ ...document.body.dataset }));
    await tab.type("#q21", "Några ord.");
    const counted = await tab.evaluate(() => document.getElementById("rapport").textContent);
    return { result, problems, counted };
  } finally {
    await browser.close();
    server.kill();
  }
}

function assertEnhanced({ result, problems, counted }, name) {
  assert.deepEqual(problems, [], `${name}: console errors`);
  assert.ok(Number(result.added) > 0, `${name}: attach added the counters and the summary (${JSON.stringify(result)})`);
  assert.match(result.score ?? "", /^\d+$/, `${name}: a score`);
  assert.match(counted, /tecken/, `${name}: the form shows counts in Swedish`);
}

test("a Vite build enhances a form in Chromium under the strict CSP, zero console errors", async () => {
  const app = project("vite-app", { type: "module" });
  writeFileSync(join(app, "index.html"), page('<script type="module" src="./main.js"></script>'));
  writeFileSync(join(app, "main.js"), mainJs);
  const r = run(bin("vite"), ["build", app, "--outDir", join(app, "dist"), "--emptyOutDir", "--logLevel", "warn"], { cwd: app });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.ok(readdirSync(join(app, "dist/assets")).some((f) => f.endsWith(".wasm")), "Vite emitted the .wasm as an asset");
  assertEnhanced(await loadInChromium(join(app, "dist")), "vite");
});

test("a webpack 5 build enhances a form in Chromium under the strict CSP, zero console errors", async () => {
  const app = project("webpack-app", { type: "module" });
  writeFileSync(join(app, "main.js"), mainJs);
  const dist = join(app, "dist");
  const build = `import webpack from ${JSON.stringify(join(root, "node_modules/webpack/lib/index.js"))};
webpack({ mode: "production", context: ${JSON.stringify(app)}, entry: "./main.js",
  output: { path: ${JSON.stringify(dist)}, filename: "main.js", publicPath: "auto" } }, (err, stats) => {
  // Size hints are advice about the .wasm, not problems; anything else fails.
  const advice = ["AssetsOverSizeLimitWarning", "EntrypointsOverSizeLimitWarning", "NoAsyncChunksWarning"];
  const warnings = stats ? stats.compilation.warnings.filter((w) => !advice.includes(w.name)) : [];
  if (err || stats.hasErrors() || warnings.length > 0) {
    console.error(err || stats.toString("errors-warnings"));
    process.exit(1);
  }
});
`;
  writeFileSync(join(app, "build.mjs"), build);
  const r = run("node", ["build.mjs"], { cwd: app });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  writeFileSync(join(dist, "index.html"), page('<script src="main.js" defer></script>'));
  assert.ok(readdirSync(dist).some((f) => f.endsWith(".wasm")), "webpack emitted the .wasm as an asset");
  assertEnhanced(await loadInChromium(dist), "webpack");
});

