// Puts the npm package together around the one formkoll_bg.wasm that
// scripts/build-pkg.sh built (run by it: node scripts/assemble-pkg.cjs OUT).
//
// OUT holds wasm-bindgen's --target web output and, in OUT/node/, its
// --target nodejs output. This writes:
//   formkoll.js        browsers and bundlers (`await init()`; wasm-bindgen's web glue, as is)
//   formkoll.cjs       Node's `require` (the nodejs glue: loads the module synchronously)
//   formkoll.node.mjs  Node's `import`: re-exports formkoll.cjs, so `import` and
//                      `require` in one process share one instance
//   formkoll.d.ts / formkoll.d.cts   the typings, holding without the DOM lib
//   cli/formkoll.cjs   formkoll/cli (Node only): `runCli`, the CLI (src/cli/) as a
//                      function, from the cli module in cli/ (its Node glue only,
//                      cli/module.cjs; the page's module has no command line)
//   bin/formkoll.cjs   `npx formkoll`: runs formkoll/cli
//   README.md, LICENSE-*, package.json (pkg-template/ + Cargo.toml)
//   template.schema.json  templates/formkoll-template.schema.json, as written
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const out = process.argv[2];
const read = (f) => fs.readFileSync(f, "utf8");
const write = (f, text) => fs.writeFileSync(path.join(out, f), text);

// The entries and typings of one module in `dir` (wasm-bindgen's web glue
// there, its nodejs glue in dir/node).
function entries(dir) {
  const write = (f, text) => fs.writeFileSync(path.join(dir, f), text);
  // --- Node entries -----------------------------------------------------------
  // The nodejs glue sets `exports.Name = …` for each export and loads the wasm
  // from `${__dirname}/formkoll_bg.wasm` when required.
  let cjs = read(path.join(dir, "node/formkoll.js"));
  const names = [...cjs.matchAll(/^exports\.([A-Za-z_$][\w$]*) = /gm)].map((m) => m[1]);
  const web = read(path.join(dir, "formkoll.js"));
  const webNames = [
    ...[...web.matchAll(/^export (?:class|function) ([A-Za-z_$][\w$]*)/gm)].map((m) => m[1]),
    ...(web.match(/^export \{ ([^}]*) \};$/m)?.[1] ?? "").split(",").map((s) => s.trim().split(/\s+as\s+/).pop()).filter(Boolean),
  ].sort();
  const nodeNames = [...names, "initSync", "default"].sort();
  if (JSON.stringify(webNames) !== JSON.stringify(nodeNames)) {
    throw new Error(`${dir}: web and node entries export different names:\n web  ${webNames}\n node ${nodeNames}`);
  }
  if (!cjs.includes("${__dirname}/formkoll_bg.wasm")) {
    throw new Error("the nodejs glue no longer loads formkoll_bg.wasm beside itself");
  }
  cjs = cjs.replace('/* @ts-self-types="./formkoll.d.ts" */', '/* @ts-self-types="./formkoll.d.cts" */');
  cjs += `
  // The module is instantiated above, synchronously, when this file is
  // required. init() and initSync() are here so code written for the browser
  // entry (\`await init()\`) runs unchanged on Node: they do nothing more and
  // return the module's exports, as the browser entry's do once loaded.
  Object.defineProperty(exports, "__esModule", { value: true });
  exports.initSync = function initSync() { return wasm; };
  exports.default = function init() { return Promise.resolve(wasm); };
  `;
  write("formkoll.cjs", cjs);

  const named = names.filter((n) => n !== "default");
  write(
    "formkoll.node.mjs",
    `/* @ts-self-types="./formkoll.d.ts" */
  // Node's \`import\` entry. The module is loaded synchronously by the CommonJS
  // entry, so nothing needs an init call; \`await init()\` stays valid and
  // harmless. One instance serves \`import\` and \`require\` alike.
  import { createRequire } from "node:module";

  const formkoll = createRequire(import.meta.url)("./formkoll.cjs");

  export const { ${[...named, "initSync"].join(", ")} } = formkoll;
  export default formkoll.default;
  `,
  );

  // --- Typings ----------------------------------------------------------------
  // The DOM's types (HTMLElement for attach, Response and URL for init,
  // WebAssembly.*) are looked up on globalThis, so a server project without
  // lib "dom" compiles (skipLibCheck false) and a browser project gets the
  // real types.
  const domTypes = `
  /**
   * The DOM's \`K\` (\`HTMLElement\`, \`Response\`, …) where the DOM lib is loaded,
   * else \`Else\`: these typings hold in server projects without \`lib: ["dom"]\`.
   */
  type IfDom<K extends string, Else> = typeof globalThis extends { [P in K]: { prototype: infer T } } ? T : Else;
  /** \`WebAssembly.K\` where the WebAssembly types are loaded (DOM lib or @types/node), else \`Else\`. */
  type IfWasm<K extends string, Else> = typeof globalThis extends { WebAssembly: { [P in K]: { prototype: infer T } } } ? T : Else;
  `;
  let dts = read(path.join(dir, "formkoll.d.ts"));
  const replaceAll = (from, to) => {
    if (!dts.includes(from)) throw new Error(`formkoll.d.ts no longer has ${from}`);
    dts = dts.split(from).join(to);
  };
  replaceAll(
    "export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;",
    'export type InitInput = string | IfDom<"Request", never> | IfDom<"URL", never> | IfDom<"Response", never> | ArrayBuffer | ArrayBufferView | IfWasm<"Module", never>;',
  );
  replaceAll(
    "export type SyncInitInput = BufferSource | WebAssembly.Module;",
    'export type SyncInitInput = ArrayBuffer | ArrayBufferView | IfWasm<"Module", never>;',
  );
  replaceAll("WebAssembly.Memory", 'IfWasm<"Memory", object>');
  replaceAll("WebAssembly.Table", 'IfWasm<"Table", object>');
  // DOM types in signatures (attach(form: HTMLElement), ArrayLike<Element>, …),
  // outside comments. ParentNode is an interface with no global of its own: it
  // becomes what has one.
  const domName = /(?<![\w."])(HTML[A-Za-z]*Element|Element|Document|DocumentFragment|NodeList|Event|CustomEvent)\b(?![\w."])/g;
  dts = dts
    .split("\n")
    .map((line) => {
      if (/^\s*(\*|\/\*|\/\/)/.test(line)) return line;
      return line
        .replace(/(?<![\w."])ParentNode\b(?![\w."])/g, "Element | Document | DocumentFragment")
        .replace(domName, (name) => `IfDom<"${name}", object>`);
    })
    .join("\n");
  // wasm-bindgen types the raw wasm exports of InitOutput (what init()
  // returns) with `any` where a function takes a JsValue; nobody calls them,
  // but the public surface promises no `any`, so they become `unknown`.
  dts = dts.replace(/^export interface InitOutput \{[\s\S]*?^\}/m, (block) => block.replace(/\bany\b/g, "unknown"));
  // `[Symbol.dispose]()` needs lib "esnext.disposable" in every consumer's
  // tsconfig (else TS2550 without skipLibCheck); the glue only defines it where
  // the engine has Symbol.dispose anyway, and free() stays typed.
  dts = dts.replace(/^ *\[Symbol\.dispose\]\(\): void;\n/gm, "");
  const code = dts.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
  const leftover = code.match(/(?<![\w."])(RequestInfo|BufferSource|WebAssembly\.\w+|HTML\w*Element|Element|Document|ParentNode|NodeList)\b(?![\w"])/);
  if (leftover) throw new Error(`${dir}/formkoll.d.ts still names the DOM type ${leftover[0]}`);
  dts = dts.replace(/^(\/\* tslint:disable \*\/\n\/\* eslint-disable \*\/\n)?/, (head) => head + domTypes);
  write("formkoll.d.ts", dts);
  write("formkoll.d.cts", dts);
}

entries(out);
if (fs.existsSync(path.join(out, "importer"))) entries(path.join(out, "importer"));
cliEntry(path.join(out, "cli"));

// formkoll/cli: the module built with the cargo feature "cli" is for Node
// only (the bin, and servers running the CLI as a function), so it keeps
// only its Node glue (cli/module.cjs, loading cli/formkoll_bg.wasm beside
// it). Its entry cli/formkoll.cjs exports runCli alone, typed by
// cli/formkoll.d.cts (runCli and CliOutput, cut out of the module's
// generated typings). The entry's names match the main module's, so
// TypeScript's node10 resolution (which takes the package's "types" path
// into the subdirectory) finds its typings too.
function cliEntry(dir) {
  const write = (f, text) => fs.writeFileSync(path.join(dir, f), text);
  let cjs = read(path.join(dir, "node/formkoll.js"));
  if (!cjs.includes("${__dirname}/formkoll_bg.wasm")) {
    throw new Error("the nodejs glue no longer loads formkoll_bg.wasm beside itself");
  }
  if (!/^exports\.runCli = /m.test(cjs)) throw new Error(`${dir}: the cli module does not export runCli`);
  // Typed by formkoll.d.cts, not as the whole module.
  cjs = cjs.replace('/* @ts-self-types="./formkoll.d.ts" */\n', "");
  for (const f of ["formkoll.js", "formkoll.d.ts"]) fs.rmSync(path.join(dir, f));
  write("module.cjs", cjs);
  write(
    "formkoll.cjs",
    `/* @ts-self-types="./formkoll.d.cts" */
// formkoll/cli (Node only): the formkoll command line as a function, run by
// its own module (cli/formkoll_bg.wasm: the page's module plus the command
// line), loaded synchronously here. \`npx formkoll\` is this plus file access.
"use strict";
exports.runCli = require("./module.cjs").runCli;
`,
  );
  const dts = read(path.join(dir, "node/formkoll.d.ts"));
  const cut = (re, what) => {
    const m = dts.match(re);
    if (!m) throw new Error(`${dir}/node/formkoll.d.ts has no ${what}`);
    return m[0];
  };
  const output = cut(/^\/\*\*[^\n]*\*\/\nexport interface CliOutput \{[\s\S]*?\n\}\n/m, "CliOutput");
  const run = cut(/^\/\*\*\n(?: \*[^\n]*\n)*? \*\/\nexport function runCli\([^;]*;\n/m, "runCli with its doc comment");
  write("formkoll.d.cts", `/* tslint:disable */\n/* eslint-disable */\n// formkoll/cli (Node only).\n${output}\n${run}`);
}

// --- bin, README, licences -----------------------------------------------------
fs.mkdirSync(path.join(out, "bin"));
fs.copyFileSync("pkg-template/bin/formkoll.cjs", path.join(out, "bin/formkoll.cjs"));
fs.chmodSync(path.join(out, "bin/formkoll.cjs"), 0o755);
fs.copyFileSync("pkg-template/README.md", path.join(out, "README.md"));
// formkoll/template.schema.json: the JSON Schema of the template format, for
// editors ("$schema") and validators (issue 24 item 2).
fs.copyFileSync("templates/formkoll-template.schema.json", path.join(out, "template.schema.json"));

// --- package.json -------------------------------------------------------------
const cargo = read("Cargo.toml");
const pkgSection = cargo.split(/^\[/m).find((s) => s.startsWith("package]")) ?? "";
const field = (name) => {
  const m = pkgSection.match(new RegExp(`^${name}\\s*=\\s*"([^"]*)"`, "m"));
  if (!m) throw new Error(`Cargo.toml [package] has no ${name}`);
  return m[1];
};
const pkg = JSON.parse(read("pkg-template/package.json"));
pkg.version = field("version");
pkg.description = field("description");
pkg.license = field("license");
for (const f of fs.readdirSync(".")) {
  if (/^LICENSE-/.test(f)) {
    fs.copyFileSync(f, path.join(out, f));
    pkg.files.push(f);
  }
}
// formkoll/importer (issue 13): the same module plus the document importer,
// with the same entries as the main one.
if (fs.existsSync(path.join(out, "importer"))) {
  const sub = (f) => `./importer/${f}`;
  const { "./package.json": self, ...rest } = pkg.exports;
  pkg.exports = {
    ...rest,
    "./importer": {
      node: {
        import: { types: sub("formkoll.d.ts"), default: sub("formkoll.node.mjs") },
        require: { types: sub("formkoll.d.cts"), default: sub("formkoll.cjs") },
      },
      types: sub("formkoll.d.ts"),
      default: sub("formkoll.js"),
    },
    "./importer/formkoll_bg.wasm": sub("formkoll_bg.wasm"),
    "./package.json": self,
  };
  pkg.files.push("importer/");
}
// JS snippets (#[wasm_bindgen(module)]) exist only sometimes.
if (fs.existsSync(path.join(out, "snippets"))) {
  pkg.files.push("snippets/");
  pkg.sideEffects = [...(pkg.sideEffects || []), "./snippets/*"];
}
write("package.json", JSON.stringify(pkg, null, 2) + "\n");
