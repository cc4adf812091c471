// The package as a user gets it: package.json fit to publish, typings without
// `any`, and `npm pack` → install into a scratch project → import from a Node
// ESM script → type-check a TypeScript consumer with tsc.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, copyFileSync, existsSync } from "node:fs";
import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";
import { root, pkgDir, fixturePath, fixtureText, Rules, scratch } from "./support.mjs";

const pkg = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
const dts = readFileSync(join(pkgDir, "formkoll.d.ts"), "utf8");
const tsc = join(root, "node_modules/.bin/tsc");

test("package.json is fit to publish", () => {
  const cargoVersion = readFileSync(join(root, "Cargo.toml"), "utf8").match(/^version\s*=\s*"([^"]+)"/m)[1];
  assert.equal(pkg.name, "formkoll");
  assert.equal(pkg.version, cargoVersion);
  assert.ok(pkg.license && pkg.description && pkg.repository?.url && pkg.keywords.length > 0);
  assert.equal(pkg.type, "module");
  assert.equal(pkg.types, "./formkoll.d.ts");
  assert.equal(pkg.exports["."].types, "./formkoll.d.ts");
  assert.ok("sideEffects" in pkg);
  for (const file of [pkg.main, pkg.module, pkg.types, ...pkg.files]) {
    assert.ok(existsSync(join(pkgDir, file)), `${file} exists`);
  }
});

test("the typings describe every object and have no `any`", () => {
  for (const name of ["CheckResult", "Finding", "LimitResult", "QuestionResult", "Update", "Template", "Normalized"]) {
    assert.match(dts, new RegExp(`export (interface|type) ${name}\\b`), name);
  }
  const code = dts.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "").replace(/"[^"\n]*"/g, '""');
  assert.doesNotMatch(code, /\bany\b/);
  assert.match(dts, /check\(report: string \| Report, lang\?: Lang\): CheckResult;/);
});

test("npm pack → install → import with initSync → tsc --strict on a consumer", () => {
  const work = scratch();
  const packed = JSON.parse(
    execFileSync("npm", ["pack", "--json", "--pack-destination", work], { cwd: pkgDir, encoding: "utf8" }),
  )[0];
  const files = packed.files.map((f) => f.path).sort();
  for (const f of ["formkoll.js", "formkoll.d.ts", "formkoll_bg.wasm", "package.json"]) {
    assert.ok(files.includes(f), `the tarball holds ${f}`);
  }
  assert.ok(!files.some((f) => f.endsWith(".rs") || f.startsWith("target")), "no sources in the tarball");

  const app = join(work, "app");
  execFileSync("mkdir", ["-p", app]);
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "app", private: true, type: "module" }));
  execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", join(work, packed.filename)], {
    cwd: app,
    stdio: "pipe",
  });

  // The Node snippet from the README, verbatim in spirit: nothing but the package.
  writeFileSync(
    join(app, "main.mjs"),
    `import { readFileSync } from "node:fs";
import { initSync, Rules } from "formkoll";
initSync({ module: readFileSync(new URL(import.meta.resolve("formkoll/formkoll_bg.wasm"))) });
const report = readFileSync(process.argv[2], "utf8");
process.stdout.write(JSON.stringify(Rules.default().check(report)));
`,
  );
  const out = execFileSync("node", ["main.mjs", fixturePath], { cwd: app, encoding: "utf8" });
  assert.deepEqual(JSON.parse(out), Rules.default().check(fixtureText));

  // The default export (init) takes bytes too, for Node users who prefer it.
  writeFileSync(
    join(app, "init.mjs"),
    `import { readFileSync } from "node:fs";
import init, { count } from "formkoll";
await init({ module_or_path: readFileSync(new URL(import.meta.resolve("formkoll/formkoll_bg.wasm"))) });
process.stdout.write(String(count("Å\\r\\nö")));
`,
  );
  assert.equal(execFileSync("node", ["init.mjs"], { cwd: app, encoding: "utf8" }), "3");

  // tsc against the installed package's typings.
  copyFileSync(join(root, "tests/node/consumer.ts"), join(app, "consumer.ts"));
  const tsconfig = {
    compilerOptions: {
      strict: true,
      noEmit: true,
      target: "es2022",
      module: "nodenext",
      moduleResolution: "nodenext",
      lib: ["es2022", "dom"],
      types: [],
      skipLibCheck: false,
    },
    files: ["consumer.ts"],
  };
  writeFileSync(join(app, "tsconfig.json"), JSON.stringify(tsconfig));
  const ok = spawnSync(tsc, ["-p", app], { encoding: "utf8" });
  assert.equal(ok.status, 0, ok.stdout + ok.stderr);

  // And the check can fail: a consumer that misuses a result does not compile.
  writeFileSync(join(app, "bad.ts"), `import { Rules } from "formkoll";\nconst n: string = Rules.default().check("{}").valid;\nvoid n;\n`);
  writeFileSync(join(app, "tsconfig.json"), JSON.stringify({ ...tsconfig, files: ["bad.ts"] }));
  const bad = spawnSync(tsc, ["-p", app], { encoding: "utf8" });
  assert.notEqual(bad.status, 0);
  assert.match(bad.stdout, /TS2322/);
});
