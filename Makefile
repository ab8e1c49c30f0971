# FTP Basics, animated — every entry point a contributor or CI needs.
#   make serve   install what is missing, build, serve on http://127.0.0.1:8080
#   make test    install the test tools, run every test, print a summary line
#   make dist    the static release site in dist/
#   make csp     build dist/ and print the Content-Security-Policy header it needs
# Nothing here downloads a binary: tools come from crates.io, Debian and npm,
# and each install step is skipped when the right version is present.

SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/.ci/tools/node_modules/.bin:$(PATH)

.PHONY: serve test dist csp tools test-tools clean

tools:
	@bash .ci/install.sh build

test-tools: tools
	@bash .ci/install.sh test

serve: tools
	trunk serve --offline

dist: tools
	trunk build --release --offline

csp: dist
	@bash .ci/csp.sh

test: test-tools
	@bash .ci/test.sh

clean:
	cargo clean
	rm -rf dist e2e/node_modules e2e/artifacts
