#!/usr/bin/env bash
# Builds the npm package into pkg/: wasm-pack (--target web, release profile),
# then wasm-opt from npm's binaryen (wasm-pack's own would be downloaded from
# GitHub, and Debian's binaryen 108 breaks the module), then a package.json
# fit to publish, filled from pkg-template/package.json and Cargo.toml.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

# Built beside pkg/ and swapped in at the end: a demo or test reading pkg/
# meanwhile sees the old package, never a half-built one.
final=pkg
out=$(mktemp -d "$PWD/.pkg-build.XXXXXX")
trap 'rm -rf "$out"' EXIT
# --no-pack: we write package.json ourselves (wasm-pack's lacks "exports").
wasm-pack build --target web --release --no-pack --out-dir "$out" --out-name formkoll

# The features rustc enables for wasm32-unknown-unknown; wasm-opt must accept
# (and may use) exactly these, or it rejects the module or emits code the
# engines we target would not run.
features=()
for f in $(rustc --print cfg --target wasm32-unknown-unknown | sed -n 's/^target_feature="\(.*\)"$/\1/p'); do
  case "$f" in
    nontrapping-fptoint) features+=(--enable-nontrapping-float-to-int) ;;
    *) features+=("--enable-$f") ;;
  esac
done
wasm-opt -Oz "${features[@]}" "$out/formkoll_bg.wasm" -o "$out/formkoll_bg.wasm.opt"
mv "$out/formkoll_bg.wasm.opt" "$out/formkoll_bg.wasm"
# The component's stylesheet ships beside the module (formkoll/formkoll.css).
cp src/dom/formkoll.css "$out/formkoll.css"

node - "$out" <<'JS'
const fs = require("node:fs");
const path = require("node:path");
const out = process.argv[2];
const cargo = fs.readFileSync("Cargo.toml", "utf8");
const pkgSection = cargo.split(/^\[/m).find((s) => s.startsWith("package]")) ?? "";
const field = (name) => {
  const m = pkgSection.match(new RegExp(`^${name}\\s*=\\s*"([^"]*)"`, "m"));
  if (!m) throw new Error(`Cargo.toml [package] has no ${name}`);
  return m[1];
};
const pkg = JSON.parse(fs.readFileSync("pkg-template/package.json", "utf8"));
pkg.version = field("version");
pkg.description = field("description");
pkg.license = field("license");
pkg.repository.url = field("repository");
// Files that exist only sometimes: JS snippets (#[wasm_bindgen(module)]), README, licences.
if (fs.existsSync(path.join(out, "snippets"))) {
  pkg.files.push("snippets/");
  pkg.sideEffects = [...(pkg.sideEffects || []), "./snippets/*"];
}
for (const f of fs.readdirSync(".")) {
  if (/^(README\.md|LICENSE.*|COPYING.*)$/.test(f)) {
    fs.copyFileSync(f, path.join(out, f));
    pkg.files.push(f);
  }
}
// wasm-bindgen types the raw wasm exports of InitOutput (what init()
// returns) with `any` where a function takes a JsValue; nobody calls them,
// but the public surface promises no `any`, so they become `unknown`.
const dts = path.join(out, "formkoll.d.ts");
// `[Symbol.dispose]()` needs lib "esnext.disposable" in every consumer's
// tsconfig (else TS2550 without skipLibCheck); the glue only defines it where
// the engine has Symbol.dispose anyway, and free() stays typed.
fs.writeFileSync(dts, fs.readFileSync(dts, "utf8")
  .replace(/^export interface InitOutput \{[\s\S]*?^\}/m, (block) => block.replace(/\bany\b/g, "unknown"))
  .replace(/^ *\[Symbol\.dispose\]\(\): void;\n/gm, ""));
fs.writeFileSync(path.join(out, "package.json"), JSON.stringify(pkg, null, 2) + "\n");
JS
rm -f "$out/.gitignore"
rm -rf "$final"
mv "$out" "$final"
chmod 755 "$final"
echo "built $final/ (formkoll $(node -p "require('./$final/package.json').version"))"
