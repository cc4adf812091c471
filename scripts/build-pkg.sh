#!/usr/bin/env bash
# Builds the npm package into pkg/. Each module — the main one, the same
# with the document importer in pkg/importer/ (formkoll/importer), and the
# same with the command line in pkg/cli/ (formkoll/cli, Node only) — is ONE
# .wasm for all of its entries:
#   1. cargo builds the wasm once (profile wasm-release: Cargo.toml keeps the
#      size settings for this build only);
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

wasm="${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/wasm-release/formkoll.wasm"

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

# module DIR [CARGO_ARGS…]: one module into DIR — the web glue, the Node glue
# in DIR/node (assemble-pkg.cjs turns it into the node entries), one .wasm.
module() {
  local dir=$1
  shift
  cargo build --lib --profile wasm-release --target wasm32-unknown-unknown --features no-std "$@"
  mkdir -p "$dir"
  wasm-bindgen --target web --out-dir "$dir" --out-name formkoll "$wasm"
  wasm-bindgen --target nodejs --out-dir "$dir/node" --out-name formkoll "$wasm"
  if ! cmp -s "$dir/formkoll_bg.wasm" "$dir/node/formkoll_bg.wasm"; then
    echo "build-pkg: wasm-bindgen's web and nodejs modules differ; one .wasm cannot serve both entries" >&2
    exit 1
  fi
  # -Os --converge: the smallest gzipped of -Oz/-Os/-O2/-O3/-O4 with and
  # without --converge (docs/performance.md, "wasm-opt flags").
  "$wasm_opt" -Os --converge "${features[@]}" "$dir/formkoll_bg.wasm" -o "$dir/formkoll_bg.wasm.opt"
  mv "$dir/formkoll_bg.wasm.opt" "$dir/formkoll_bg.wasm"
}

module "$out"
# The same module with the document importer (cargo feature "importer":
# rules.importText and the dialog, ~20 KB gzip more), as formkoll/importer, so that only
# pages that import documents load it (issue 13). It gets the same entries
# (browser, Node import and require) and typings as the main module.
module "$out/importer" --features importer
# The command line (cargo feature "cli": runCli, ~10 KB gzip) only in a
# Node-only module, pkg/cli/ (formkoll/cli and the npx bin), so that no page
# loads it; assemble-pkg.cjs keeps only its Node glue.
module "$out/cli" --features cli
# The component's stylesheet ships beside the module (formkoll/formkoll.css) as written,
# comments included: minifying saves 277 bytes gzip (lightningcss), 0.2 % of the package
# (issue 25), less than the build step and its dependency are worth.
cp src/dom/formkoll.css "$out/formkoll.css"

node scripts/assemble-pkg.cjs "$out"
for dir in "$out" "$out/importer" "$out/cli"; do
  rm -rf "$dir/node" "$dir/.gitignore" "$dir/formkoll_bg.wasm.d.ts"
done
rm -rf "$final"
mv "$out" "$final"
chmod 755 "$final"
echo "built $final/ (formkoll $(node -p "require('./$final/package.json').version"))"
