#!/usr/bin/env bash
# Runs each `make` test stage given as an argument, keeps going after a
# failure, and ends with one line CI reads: "N passed, N failed".
#
# Counts come from each stage's own summary lines:
#   cargo / wasm-bindgen-test:  "test result: ok. 25 passed; 0 failed; ..."
#   node --test:                "# pass 12" / "# fail 0"
#   our own stages (e2e, size): "<stage>: N passed, N failed"
# A stage that exits non-zero without reporting a failure counts as 1 failed.
set -uo pipefail
cd "$(dirname "$0")/.."
total_pass=0
total_fail=0
failed_stages=()
for stage in "$@"; do
  log=$(mktemp)
  printf '\n===== make %s =====\n' "$stage"
  make --no-print-directory "$stage" 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  read -r p f < <(awk '
    /test result: (ok|FAILED)\./ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed;?$/) p += $i; if ($(i+1) ~ /^failed;?$/) f += $i } }
    /^# pass [0-9]+$/ { p += $3 }
    /^# fail [0-9]+$/ { f += $3 }
    /^[a-z0-9-]+: [0-9]+ passed, [0-9]+ failed/ { p += $2; f += $4 }
    END { print p + 0, f + 0 }' "$log")
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  [ "$rc" -ne 0 ] && failed_stages+=("$stage")
  printf '===== %s: %s passed, %s failed (exit %s)\n' "$stage" "$p" "$f" "$rc"
  total_pass=$((total_pass + p))
  total_fail=$((total_fail + f))
  rm -f "$log"
done
if [ ${#failed_stages[@]} -gt 0 ]; then
  printf '\nfailed stages: %s\n' "${failed_stages[*]}"
fi
printf '%s passed, %s failed\n' "$total_pass" "$total_fail"
[ "$total_fail" -eq 0 ] && [ ${#failed_stages[@]} -eq 0 ]
