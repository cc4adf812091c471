# Fuzzing the core (cargo-fuzz on nightly; see fuzz/run.sh and docs/reliability.md).
#   make test-fuzz-smoke   each target for FUZZ_SMOKE_SECONDS on the committed corpus (part of `make test`)
#   make fuzz              each target for FUZZ_SECONDS, keeping new inputs in fuzz/target/corpus
#   make fuzz-cmin         minimize what `make fuzz` found back into fuzz/corpus (commit it)
# Saved crashes and the corpus are also replayed natively by `cargo test` (tests/fuzz_regressions.rs).

FUZZ_TARGETS := template_bytes template_structured check_report text session
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

# Keeps every committed input and adds, from what `make fuzz` found, only the
# inputs (at most FUZZ_CMIN_MAX_LEN bytes) that reach new coverage: the
# committed corpus stays small and only grows.
FUZZ_CMIN_MAX_LEN ?= 2048
fuzz-cmin: fuzz-build
	@for t in $(FUZZ_TARGETS); do \
	  out=fuzz/target/cmin/$$t; rm -rf $$out; mkdir -p $$out fuzz/target/corpus/$$t; cp fuzz/corpus/$$t/* $$out/; \
	  (cd fuzz && cargo +nightly fuzz run --sanitizer none $$t target/cmin/$$t target/corpus/$$t -- \
	    -merge=1 -max_len=$(FUZZ_CMIN_MAX_LEN) >/dev/null 2>&1) \
	    && cp -n $$out/* fuzz/corpus/$$t/ \
	    && echo "fuzz-cmin: $$t $$(ls fuzz/corpus/$$t | wc -l) files, $$(du -sk fuzz/corpus/$$t | cut -f1) KB"; \
	done
