# No panics outside tests: clippy's unwrap_used, expect_used, indexing_slicing
# and panic lints (declared for the library in src/lib.rs, asked for here for
# the CLI too), for the native build (core, CLI) and for wasm32 (core,
# bindings, DOM enhancer). Other clippy warnings are style and not counted.
# A site that cannot panic carries #[allow(clippy::...)] and a comment saying why.
#   make test-lint   lists each possible panic, then "test-lint: N passed, N failed"

LINT_ASK := -W clippy::unwrap_used -W clippy::expect_used -W clippy::indexing_slicing -W clippy::panic
LINT_SEEN := (indexing|slicing) may panic|used `(unwrap|expect)\(\)`|`panic` should not be present

.PHONY: test-lint
test-lint:
	@passed=0; failed=0; \
	for target in native wasm32-unknown-unknown; do \
	  flag=$$([ $$target = native ] || echo "--target $$target"); \
	  log=$$(mktemp); \
	  cargo clippy --lib --bins $$flag --message-format=short -- $(LINT_ASK) >$$log 2>&1; rc=$$?; \
	  found=$$(grep -E '$(LINT_SEEN)' $$log | sort -u | tee /dev/stderr | wc -l); \
	  if [ $$rc -ne 0 ]; then grep -E '^(error|src/.*error)' $$log | head -20; fi; \
	  if [ $$rc -eq 0 ] && [ $$found -eq 0 ]; then passed=$$((passed + 1)); echo "test-lint: $$target: no possible panic"; \
	  else failed=$$((failed + 1)); echo "test-lint: $$target: $$found possible panics, clippy exit $$rc"; fi; \
	  rm -f $$log; \
	done; \
	echo "test-lint: $$passed passed, $$failed failed"; [ $$failed -eq 0 ]
