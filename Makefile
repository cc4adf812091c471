# formkoll — the two commands a newcomer needs:
#   make demo   build the package and serve the demo portal page on 127.0.0.1
#   make test   install what is missing, run every test, end with "N passed, N failed"
#
# Each area keeps its own targets in mk/*.mk (wasm package, browser, performance,
# fuzzing); this file only wires them together.

SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
export CARGO_TERM_COLOR := never

# The stages `make test` runs, in order.
TEST_STAGES := test-native test-lint test-wasm-build test-wasm test-node test-e2e test-size test-fuzz-smoke test-demo test-engines

.PHONY: test tools test-native test-wasm-build
test: tools
	@scripts/test-all.sh $(TEST_STAGES)

# Everything the stages need, installed only where missing.
tools:
	@scripts/ensure-tools.sh rust-wasm wasm-bindgen wasm-pack node chromium engines python-docx hunspell unicode-data

# Native core and CLI: unit tests, integration tests on the real report, doc examples.
test-native:
	cargo test --all-targets
	cargo test --doc

# The core must build for the browser too.
test-wasm-build:
	cargo build --lib --target wasm32-unknown-unknown

-include mk/*.mk
