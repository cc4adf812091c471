# The browser side: `make demo` serves the demo portal page, `make test-e2e`
# runs the Playwright tests in Debian's Chromium, `make screenshots` renders
# docs/screenshot-{empty,example}.png.
#
# Pages are served by scripts/serve.py, which sends the strict CSP header
# (default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self')
# like a real portal, so everything runs under the policy it must survive.

.PHONY: demo test-e2e screenshots

DEMO_PORT ?= 8000
E2E_PORT ?= 8917

# The repo root is served: www/app.js imports ../pkg/formkoll.js and fetches
# the example report from ../tests/fixtures/ (same origin, no other network).
demo: pkg
	@echo "formkoll demo: http://127.0.0.1:$(DEMO_PORT)/www/"
	python3 scripts/serve.py --port $(DEMO_PORT) --dir .

# Prints "test-e2e: N passed, N failed" (tests/e2e/count-reporter.mjs).
# The expected values come from the release CLI (tests/expected.mjs), built first.
test-e2e: pkg
	cargo build --release --quiet --bin formkoll
	cd tests/e2e && E2E_PORT=$(E2E_PORT) npx playwright test -c playwright.config.mjs

screenshots: pkg
	cd tests/e2e && E2E_PORT=$(E2E_PORT) FORMKOLL_SCREENSHOTS=1 npx playwright test -c playwright.config.mjs screenshots.spec.mjs
