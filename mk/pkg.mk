# The npm package: `make pkg` builds pkg/ (installing what it needs first, so
# `make demo` works on a fresh clone), `make size` measures it, `make
# test-wasm` runs the bindings as WebAssembly in Node and headless Chromium,
# `make test-node` tests the built package from Node (verdicts equal to the
# CLI's, sessions, errors) and as its users get it: the packed tarball in
# throw-away projects — Node ESM/CJS, tsc in four setups, npx formkoll, Vite
# and webpack builds in Chromium under the strict CSP, publint and attw.

.PHONY: pkg size test-wasm test-node test-demo

# Rebuilt only when something that goes into it changed.
PKG_INPUTS := $(shell find src templates pkg-template -type f 2>/dev/null) Cargo.toml Cargo.lock build.rs \
	scripts/build-pkg.sh scripts/assemble-pkg.cjs $(wildcard LICENSE-*)

pkg: pkg/package.json

# build-pkg.sh writes package.json last and starts with `rm -rf pkg`, so a
# failed build never leaves a package.json that looks up to date.
pkg/package.json: $(PKG_INPUTS)
	@scripts/ensure-tools.sh rust-wasm wasm-bindgen node
	scripts/build-pkg.sh

# Raw and gzip -9 sizes; the last line is for scripts (size budgets).
size: pkg
	@scripts/pkg-size.sh pkg

# Only tests/web.rs: the other test targets are native. Both runs print
# cargo's "test result:" line; the second still runs when the first fails.
# tests/web.rs is not pinned to the browser (run_in_browser) so the Node run
# works; WASM_BINDGEN_USE_BROWSER sends the second run to Chromium, and the
# runner's banner proves it did rather than skipping.
CHROMEDRIVER ?= /usr/bin/chromedriver
test-wasm:
	@status=0; \
	wasm-pack test --node -- --test web || status=1; \
	out=$$(WASM_BINDGEN_USE_BROWSER=1 wasm-pack test --headless --chrome --chromedriver $(CHROMEDRIVER) -- --test web 2>&1) || status=1; \
	printf '%s\n' "$$out"; \
	if ! grep -q 'headless tests in Chrome' <<<"$$out"; then echo "test-wasm: the browser run did not run in Chrome"; status=1; fi; \
	exit $$status

# The release CLI is built first so the tests' `cargo run` only runs it.
test-node: pkg
	cargo build --release --quiet --bin formkoll
	node --test --test-reporter=tap tests/node/

# `make demo` as the first command on a fresh clone of HEAD, with a broken
# wasm-opt and wasm-pack on PATH: the page and the module are served under
# the strict CSP ("test-demo: N passed, N failed"; scripts/test-demo-fresh.sh).
test-demo:
	@scripts/test-demo-fresh.sh
