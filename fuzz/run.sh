#!/usr/bin/env bash
# Runs each fuzz target for a fixed time and prints what it did.
#
# Usage: fuzz/run.sh MODE SECONDS TARGET...
#   MODE smoke: the committed corpus only is read; nothing is written to it
#               (CI: `make test-fuzz-smoke`).
#   MODE run:   new inputs are kept in fuzz/target/corpus/<target> (git-ignored);
#               minimize them into fuzz/corpus/<target> with `make fuzz-cmin`.
# A crash is written to fuzz/artifacts/<target>/: copy it into
# fuzz/regressions/<target>/ so `cargo test` (tests/fuzz_regressions.rs) replays
# it forever, then fix the core.
#
# One libFuzzer process at a time (one core); ASan off: the crate is safe Rust,
# and overflow checks and debug assertions stay on (cargo-fuzz's default).
# Ends with "<MODE-stage>: N passed, N failed" for scripts/test-all.sh.
set -uo pipefail
cd "$(dirname "$0")"
mode=$1; seconds=$2; shift 2
stage=$([ "$mode" = smoke ] && echo test-fuzz-smoke || echo fuzz)
passed=0; failed=0
printf '%-20s %8s %10s %9s %s\n' target seconds runs exec/s result
for t in "$@"; do
  work=target/corpus/$t
  mkdir -p "$work" "corpus/$t" "artifacts/$t"
  if [ "$mode" = smoke ]; then work=$(mktemp -d); fi
  log=$(mktemp)
  start=$(date +%s)
  cargo +nightly fuzz run --sanitizer none "$t" "$work" "corpus/$t" -- \
    -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=30 -print_final_stats=1 >"$log" 2>&1
  rc=$?
  took=$(( $(date +%s) - start ))
  runs=$(awk '/stat::number_of_executed_units/ {print $NF}' "$log" | tail -1)
  runs=${runs:-0}
  if [ $rc -eq 0 ]; then
    passed=$((passed + 1)); result=ok
  else
    failed=$((failed + 1)); result="FAILED (exit $rc)"
    grep -E "panicked at|^thread|Test unit written|SUMMARY" "$log" | head -8 | sed 's/^/    /'
  fi
  printf '%-20s %8s %10s %9s %s\n' "$t" "$took" "$runs" "$(( runs / (took > 0 ? took : 1) ))" "$result"
  if [ "$mode" = run ]; then
    printf '%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$t" "$took" "$runs" "$result" >> target/fuzz-log.tsv
  else
    rm -rf "$work"
  fi
  if [ "$mode" = run ]; then mkdir -p target/logs && cp "$log" "target/logs/$t.log"; fi
  rm -f "$log"
done
echo "$stage: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
