# Every engine under test (issue 23): the browser suite tests/engines/suite.mjs
# in Debian's Firefox ESR (puppeteer-core over WebDriver BiDi, headless) and
# WebKitGTK (WebKitWebDriver + MiniBrowser under xvfb-run), with the expected
# values of the Chromium specs (tests/expected.mjs: the native CLI's check).
#   make test-engines                  both engines, "test-engines: N passed, N failed"
#   make test-engines ENGINE=firefox   one engine (firefox or webkit)
# ENGINES_PORT is the test server's port; WebKitWebDriver takes the next one.

ENGINE ?= all
ENGINES_PORT ?= 8927

.PHONY: test-engines

test-engines: pkg
	@scripts/ensure-tools.sh node engines
	cargo build --release --quiet --bin formkoll
	ENGINES_PORT=$(ENGINES_PORT) node tests/engines/run.mjs $(ENGINE)
