#!/usr/bin/env bash
# Prints the size of the package's wasm and JS glue, raw and gzip -9, for
# people and, on the last line, for scripts:
#   size: wasm_raw=N wasm_gzip=N glue_raw=N glue_gzip=N
set -euo pipefail
dir=${1:-pkg}
raw() { wc -c <"$1" | tr -d ' '; }
gz() { gzip -9 -c "$1" | wc -c | tr -d ' '; }
wasm=$dir/formkoll_bg.wasm
glue=$dir/formkoll.js
printf '%-28s %9s %9s\n' file raw "gzip -9"
printf '%-28s %9d %9d\n' "$wasm" "$(raw "$wasm")" "$(gz "$wasm")"
printf '%-28s %9d %9d\n' "$glue" "$(raw "$glue")" "$(gz "$glue")"
echo "size: wasm_raw=$(raw "$wasm") wasm_gzip=$(gz "$wasm") glue_raw=$(raw "$glue") glue_gzip=$(gz "$glue")"
