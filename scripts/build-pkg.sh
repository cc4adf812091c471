#!/usr/bin/env bash
# Builds the npm package into pkg/ from ONE WebAssembly module:
#   1. cargo builds the release wasm once;
#   2. wasm-bindgen writes the browser/bundler glue (--target web) and the
#      Node glue (--target nodejs, CommonJS) from it; their .wasm outputs must
#      be byte-identical (checked), so one formkoll_bg.wasm serves every entry;
#   3. wasm-opt from npm's binaryen (never Debian's binaryen 108, which breaks
#      the module; wasm-pack's own would be downloaded from GitHub) shrinks it;
#   4. the entries, typings, the npx bin, README, licences and a package.json
#      fit to publish (pkg-template/ and Cargo.toml) are put around it.
# Tools: scripts/ensure-tools.sh rust-wasm wasm-bindgen node (make pkg runs it).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
wasm_opt=$PWD/node_modules/.bin/wasm-opt
[ -x "$wasm_opt" ] || { echo "build-pkg: $wasm_opt is missing (scripts/ensure-tools.sh node)" >&2; exit 1; }

# Built beside pkg/ and swapped in at the end: a demo or test reading pkg/
# meanwhile sees the old package, never a half-built one.
final=pkg
out=$(mktemp -d "$PWD/.pkg-build.XXXXXX")
trap 'rm -rf "$out"' EXIT

cargo build --lib --release --target wasm32-unknown-unknown
wasm="${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/release/formkoll.wasm"
wasm-bindgen --target web --out-dir "$out" --out-name formkoll "$wasm"
wasm-bindgen --target nodejs --out-dir "$out/node" --out-name formkoll "$wasm"
if ! cmp -s "$out/formkoll_bg.wasm" "$out/node/formkoll_bg.wasm"; then
  echo "build-pkg: wasm-bindgen's web and nodejs modules differ; one .wasm cannot serve both entries" >&2
  exit 1
fi

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
"$wasm_opt" -Oz "${features[@]}" "$out/formkoll_bg.wasm" -o "$out/formkoll_bg.wasm.opt"
mv "$out/formkoll_bg.wasm.opt" "$out/formkoll_bg.wasm"
# The component's stylesheet ships beside the module (formkoll/formkoll.css).
cp src/dom/formkoll.css "$out/formkoll.css"

node scripts/assemble-pkg.cjs "$out"
rm -rf "$out/node" "$out/.gitignore" "$out/formkoll_bg.wasm.d.ts"

# The same module with the document importer (cargo feature "importer":
# rules.importText, ~13 KB gzip more), as formkoll/importer, so that only
# pages that import documents load it (issue 13).
cargo build --lib --release --target wasm32-unknown-unknown --features importer
mkdir -p "$out/importer"
wasm-bindgen --target web --out-dir "$out/importer" --out-name formkoll "$wasm"
"$wasm_opt" -Oz "${features[@]}" "$out/importer/formkoll_bg.wasm" -o "$out/importer/formkoll_bg.wasm.opt"
mv "$out/importer/formkoll_bg.wasm.opt" "$out/importer/formkoll_bg.wasm"
rm -f "$out/importer/.gitignore" "$out/importer/formkoll_bg.wasm.d.ts"
node - "$out/package.json" <<'JS'
const fs = require("node:fs");
const file = process.argv[2];
const pkg = JSON.parse(fs.readFileSync(file, "utf8"));
pkg.exports["./importer"] = { types: "./importer/formkoll.d.ts", default: "./importer/formkoll.js" };
pkg.exports["./importer/formkoll_bg.wasm"] = "./importer/formkoll_bg.wasm";
pkg.files.push("importer/");
fs.writeFileSync(file, JSON.stringify(pkg, null, 2) + "\n");
JS
rm -rf "$final"
mv "$out" "$final"
chmod 755 "$final"
echo "built $final/ (formkoll $(node -p "require('./$final/package.json').version"))"
