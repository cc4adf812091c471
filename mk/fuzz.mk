# Fuzzing the core (cargo-fuzz on nightly; see fuzz/run.sh and docs/reliability.md).
#   make test-fuzz-smoke   each target for FUZZ_SMOKE_SECONDS on the committed corpus (part of `make test`)
#   make fuzz              each target for FUZZ_SECONDS, keeping new inputs in fuzz/target/corpus
#   make fuzz-cmin         minimize what `make fuzz` found back into fuzz/corpus (commit it)
# Saved crashes and the corpus are also replayed natively by `cargo test` (tests/fuzz_regressions.rs).

FUZZ_TARGETS := template_bytes template_structured check_report text session import_text
FUZZ_TARGETS += docx_text
# The hand-written JSON reader against serde_json (issue 22).
FUZZ_TARGETS += json_differential
FUZZ_SECONDS ?= 600
FUZZ_SMOKE_SECONDS ?= 10

.PHONY: fuzz fuzz-build fuzz-cmin test-fuzz-smoke

fuzz-build:
	@scripts/ensure-tools.sh fuzz
	cd fuzz && cargo +nightly fuzz build --sanitizer none

test-fuzz-smoke: fuzz-build
	@fuzz/run.sh smoke $(FUZZ_SMOKE_SECONDS) $(FUZZ_TARGETS)

fuzz: fuzz-build
	@fuzz/run.sh run $(FUZZ_SECONDS) $(FUZZ_TARGETS)

# Replaces the fuzzer-named inputs (40 hex digits) of fuzz/corpus/<target> by
# a minimal set, at most FUZZ_CMIN_MAX_LEN bytes each, that reaches every edge
# the committed corpus and fuzz/target/corpus reach (edges, not hit counts:
# -use_counters=0 keeps the set small). Hand-written seeds are kept as they are.
FUZZ_CMIN_MAX_LEN ?= 1024
fuzz-cmin: fuzz-build
	@for t in $(FUZZ_TARGETS); do \
	  out=fuzz/target/cmin/$$t; rm -rf $$out; mkdir -p $$out fuzz/target/corpus/$$t; \
	  (cd fuzz && cargo +nightly fuzz run --sanitizer none $$t target/cmin/$$t corpus/$$t target/corpus/$$t -- \
	    -merge=1 -use_counters=0 -max_len=$(FUZZ_CMIN_MAX_LEN) >/dev/null 2>&1) || exit 1; \
	  find fuzz/corpus/$$t -type f -regextype posix-extended -regex '.*/[0-9a-f]{40}' -delete; \
	  cp $$out/* fuzz/corpus/$$t/; \
	  echo "fuzz-cmin: $$t $$(ls fuzz/corpus/$$t | wc -l) files, $$(cat fuzz/corpus/$$t/* | wc -c) bytes"; \
	done
