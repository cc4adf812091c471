#!/usr/bin/env bash
# The size budget of the browser package: wasm + JS glue + the package CSS
# (pkg/formkoll.css, when the package ships one), gzip -9, against the limit
# in size-budget.json: everything a page loads. Also checks that no debug or name section ships
# (they cost more than the code they describe). Prints the sizes and ends
# with "test-size: N passed, N failed"; exits non-zero on a failure.
#   scripts/size-check.sh [PKG_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-pkg}
wasm=$dir/formkoll_bg.wasm
glue=$dir/formkoll.js
budget=size-budget.json
pass=0
fail=0
check() { # name, condition-exit-status, detail
  if [ "$2" -eq 0 ]; then pass=$((pass + 1)); echo "ok   $1"; else fail=$((fail + 1)); echo "FAIL $1: $3"; fi
}
for f in "$wasm" "$glue" "$budget"; do
  if [ ! -f "$f" ]; then echo "missing $f (run make pkg)"; echo "test-size: 0 passed, 1 failed"; exit 1; fi
done
raw() { wc -c <"$1" | tr -d ' '; }
gz() { gzip -9 -c "$1" | wc -c | tr -d ' '; }
wasm_raw=$(raw "$wasm"); wasm_gz=$(gz "$wasm")
glue_raw=$(raw "$glue"); glue_gz=$(gz "$glue")
css=$dir/formkoll.css
css_raw=0; css_gz=0
if [ -f "$css" ]; then css_raw=$(raw "$css"); css_gz=$(gz "$css"); fi
total=$((wasm_gz + glue_gz + css_gz))
limit=$(node -p "require('./$budget').limit_gzip_bytes")
goal=$(node -p "require('./$budget').goal_gzip_bytes")
printf '%-24s %9s %9s\n' file raw "gzip -9"
printf '%-24s %9d %9d\n' "$wasm" "$wasm_raw" "$wasm_gz"
printf '%-24s %9d %9d\n' "$glue" "$glue_raw" "$glue_gz"
if [ -f "$css" ]; then printf '%-24s %9d %9d\n' "$css" "$css_raw" "$css_gz"; fi
printf '%-24s %9s %9d   (limit %d, goal %d)\n' total "" "$total" "$limit" "$goal"

ok=0; [ "$total" -le "$limit" ] || ok=1
check "wasm + glue + css gzip $total <= limit $limit bytes" $ok "over by $((total - limit)) bytes"

# The importer module (pkg/importer/, formkoll/importer) has its own budget:
# a page that imports documents loads it instead of the main module, so it
# must not grow unnoticed either (limit about 5 % above its measured size).
imp_wasm=$dir/importer/formkoll_bg.wasm
imp_glue=$dir/importer/formkoll.js
imp_limit=$(node -p "require('./$budget').importer_limit_gzip_bytes")
if [ -f "$imp_wasm" ] && [ -f "$imp_glue" ]; then
  imp_total=$(($(gz "$imp_wasm") + $(gz "$imp_glue") + css_gz))
  printf '%-24s %9s %9d   (limit %d)\n' "importer total" "" "$imp_total" "$imp_limit"
  ok=0; [ "$imp_total" -le "$imp_limit" ] || ok=1
  check "importer wasm + glue + css gzip $imp_total <= limit $imp_limit bytes" $ok "over by $((imp_total - imp_limit)) bytes"
else
  check "importer module in $dir/importer" 1 "missing $imp_wasm or $imp_glue (run make pkg)"
fi

# Custom sections of the module: names and DWARF are debugging aids only.
sections=$(node -e '
const b = require("fs").readFileSync(process.argv[1]);
let i = 8; const out = [];
const leb = () => { let n = 0, s = 0, x; do { x = b[i++]; n += (x & 0x7f) * 2 ** s; s += 7; } while (x & 0x80); return n; };
while (i < b.length) {
  const id = b[i++]; const n = leb(); const end = i + n;
  if (id === 0) { const l = leb(); out.push(b.slice(i, i + l).toString() + "=" + n); }
  i = end;
}
console.log(out.join(" "));' "$wasm")
echo "custom sections: ${sections:-none}"
debug=$(tr ' ' '\n' <<<"$sections" | grep -E '^(name|\.debug_[a-z_]+|sourceMappingURL)=' || true)
ok=0; [ -z "$debug" ] || ok=1
check "no name or debug sections in $wasm" $ok "$(tr '\n' ' ' <<<"$debug")"

echo "test-size: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
