# Performance (issue 5; docs/performance.md):
#   make bench           native criterion benchmarks: counting vs unicode-segmentation,
#                        check of the real report, keystroke with 1 vs 31 answers; ratio table
#   make bench-browser   headless Chromium: count vs Intl.Segmenter vs .length, keystroke → DOM
#                        p50/p95, module init (tests/bench/run.mjs, page www/bench.html)
#   make test-size       the package's wasm + glue, gzip -9, against size-budget.json (part of make test)
#   make size-breakdown  what each part of the wasm costs (raw and gzip), by function names
# Benchmarks are never part of `make test`: it checks exactness (tests/differential.rs) and size.

.PHONY: bench bench-browser test-size size-breakdown

bench:
	cargo bench --bench count

bench-browser: pkg
	node tests/bench/run.mjs

test-size: pkg
	@scripts/size-check.sh pkg

# What each part of the wasm costs (docs/performance.md): the package's build
# steps, but wasm-opt keeps the function names (-g) so the parts can be named.
SIZE_DIR := target/size-breakdown
size-breakdown:
	cargo build --lib --profile wasm-release --target wasm32-unknown-unknown --features no-std
	wasm-bindgen --target web --out-dir $(SIZE_DIR) --out-name formkoll \
	  $${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/wasm-release/formkoll.wasm
	wasm-opt -Os --converge -g $$(rustc --print cfg --target wasm32-unknown-unknown \
	  | sed -n 's/^target_feature="\(.*\)"$$/--enable-\1/p' | sed 's/nontrapping-fptoint/nontrapping-float-to-int/') \
	  $(SIZE_DIR)/formkoll_bg.wasm -o $(SIZE_DIR)/named.wasm
	node scripts/wasm-size-breakdown.mjs $(SIZE_DIR)/named.wasm
