# Performance (issue 5; docs/performance.md):
#   make bench           native criterion benchmarks: counting vs unicode-segmentation,
#                        check of the real report, keystroke with 1 vs 31 answers; ratio table
#   make bench-browser   headless Chromium: count vs Intl.Segmenter vs .length, keystroke → DOM
#                        p50/p95, module init (tests/bench/run.mjs, page www/bench.html)
#   make test-size       the package's wasm + glue, gzip -9, against size-budget.json (part of make test)
# Benchmarks are never part of `make test`: it checks exactness (tests/differential.rs) and size.

.PHONY: bench bench-browser test-size

bench:
	cargo bench --bench count

bench-browser: pkg
	node tests/bench/run.mjs

test-size: pkg
	@scripts/size-check.sh pkg
