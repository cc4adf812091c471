#!/usr/bin/env bash
# Prints the size of everything a page loads from the package — the wasm, the
# JS glue and the package CSS (when there is one) — raw and gzip -9, with the
# gzip total the size budget counts (scripts/size-check.sh); on the last line
# for scripts:
#   size: wasm_raw=N wasm_gzip=N glue_raw=N glue_gzip=N css_raw=N css_gzip=N total_gzip=N
set -euo pipefail
dir=${1:-pkg}
raw() { wc -c <"$1" | tr -d ' '; }
gz() { gzip -9 -c "$1" | wc -c | tr -d ' '; }
wasm=$dir/formkoll_bg.wasm
glue=$dir/formkoll.js
css=$dir/formkoll.css
wr=$(raw "$wasm"); wg=$(gz "$wasm"); gr=$(raw "$glue"); gg=$(gz "$glue"); cr=0; cg=0
printf '%-28s %9s %9s\n' file raw "gzip -9"
printf '%-28s %9d %9d\n' "$wasm" "$wr" "$wg"
printf '%-28s %9d %9d\n' "$glue" "$gr" "$gg"
if [ -f "$css" ]; then
  cr=$(raw "$css"); cg=$(gz "$css")
  printf '%-28s %9d %9d\n' "$css" "$cr" "$cg"
fi
total=$((wg + gg + cg))
printf '%-28s %9s %9d\n' total "" "$total"
echo "size: wasm_raw=$wr wasm_gzip=$wg glue_raw=$gr glue_gzip=$gg css_raw=$cr css_gzip=$cg total_gzip=$total"
