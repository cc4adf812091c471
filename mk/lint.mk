# No panics outside tests: clippy's unwrap_used, expect_used, indexing_slicing
# and panic lints (declared for the library in src/lib.rs, asked for here for
# the CLI too), for the native build (core, CLI), for wasm32 (core,
# bindings, DOM enhancer) and for wasm32 as the package ships it (no-std,
# with the cli and importer features' code, which the plain wasm32 pass does
# not compile; --lib only: the no-std library cannot link the std binary).
# Other clippy warnings are style and not counted.
# A site that cannot panic carries #[allow(clippy::...)] and a comment saying why.
#   make test-lint   lists each possible panic, then "test-lint: N passed, N failed"

LINT_ASK := -W clippy::unwrap_used -W clippy::expect_used -W clippy::indexing_slicing -W clippy::panic
LINT_SEEN := (indexing|slicing) may panic|used `(unwrap|expect)\(\)`|`panic` should not be present

.PHONY: test-lint
test-lint:
	@passed=0; failed=0; \
	for target in native wasm32-unknown-unknown wasm32-package; do \
	  case $$target in \
	    native) flag="--lib --bins" ;; \
	    wasm32-unknown-unknown) flag="--lib --bins --target $$target" ;; \
	    wasm32-package) flag="--lib --target wasm32-unknown-unknown --features no-std,cli,importer" ;; \
	  esac; \
	  log=$$(mktemp); \
	  cargo clippy $$flag --message-format=short -- $(LINT_ASK) >$$log 2>&1; rc=$$?; \
	  found=$$(grep -E '$(LINT_SEEN)' $$log | sort -u | tee /dev/stderr | wc -l); \
	  if [ $$rc -ne 0 ]; then grep -E '^(error|src/.*error)' $$log | head -20; fi; \
	  if [ $$rc -eq 0 ] && [ $$found -eq 0 ]; then passed=$$((passed + 1)); echo "test-lint: $$target: no possible panic"; \
	  else failed=$$((failed + 1)); echo "test-lint: $$target: $$found possible panics, clippy exit $$rc"; fi; \
	  rm -f $$log; \
	done; \
	echo "test-lint: $$passed passed, $$failed failed"; [ $$failed -eq 0 ]
