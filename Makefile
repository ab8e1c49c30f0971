# FTP Basics, animated — every entry point a contributor or CI needs.
#   make serve   install what is missing, build, serve on http://127.0.0.1:8080
#   make test    install the test tools, run every test, print a summary line
#   make dist    the static release site in dist/, its first screen prerendered
#   make csp     build dist/ and print the Content-Security-Policy header it needs
#   make bench   size, speed and memory budgets in headless Chromium (bench/RESULTS.md)
# Nothing here downloads a binary: tools come from crates.io, Debian and npm,
# and each install step is skipped when the right version is present.

SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/.ci/tools/node_modules/.bin:$(PATH)

.PHONY: serve test dist csp tools test-tools clean bench

tools:
	@bash .ci/install.sh build

test-tools: tools
	@bash .ci/install.sh test

serve: tools
	trunk serve --offline

# The release build, then the default lesson's first screen written into
# dist/index.html from the built app in headless Chromium (.ci/prerender.mjs).
dist: tools
	@bash .ci/install.sh prerender
	trunk build --release --offline
	node .ci/prerender.mjs

csp: dist
	@bash .ci/csp.sh

test: test-tools
	@bash .ci/test.sh

clean:
	cargo clean
	rm -rf dist e2e/node_modules e2e/artifacts

# Benchmarks, not tests (never part of `make test`): the release dist/ against a
# minimal leptos counter (bench/counter, same profile and trunk), the model's
# native benchmark, Lighthouse. Writes bench/RESULTS.md; fails when a budget is broken.
bench: tools
	@bash .ci/install.sh bench
	$(MAKE) --no-print-directory dist
	cd bench/counter && trunk build --release --offline
	@mkdir -p bench/artifacts
	{ cargo bench -p ftp-sim 2>&1 || echo "cargo bench -p ftp-sim failed (exit $$?)"; } | tee bench/artifacts/cargo-bench.txt
	node bench/run.mjs
