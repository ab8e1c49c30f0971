# FTP Basics, animated — every entry point a contributor or CI needs.
#   make serve   install what is missing, build, serve on http://127.0.0.1:8080
#   make test    install the test tools, run every test, print a summary line
#   make dist    the static release site in dist/: first screen prerendered, .br/.gz copies
#   make csp     build dist/ and print the Content-Security-Policy header it needs
#   make words   check every language folder of src/i18n against English; list what is missing
#   make bench   size, speed and memory budgets in headless Chromium (bench/RESULTS.md)
#   make soak    10,000 random sessions on a lossy network against the model's invariants
#   make parity  the model against real vsftpd + tnftp on loopback (a `make test` stage)
# Nothing here downloads a binary: tools come from crates.io, Debian and npm,
# and each install step is skipped when the right version is present.

SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/.ci/tools/node_modules/.bin:$(PATH)

.PHONY: serve test dist csp tools test-tools clean bench words soak parity

tools:
	@bash .ci/install.sh build

test-tools: tools
	@bash .ci/install.sh test

serve: tools
	trunk serve --offline

# The release build, its first screen prerendered and its files precompressed:
# .ci/dist.sh says how.
dist: tools
	@bash .ci/dist.sh

csp: dist
	@bash .ci/csp.sh

test: test-tools
	@bash .ci/test.sh

# The translator's one command (README: Translating): what each language lacks.
words:
	cargo run -q -p words

# The model against real vsftpd + tnftp on loopback (root; crates/ftp-sim/parity/README.md).
parity: test-tools
	@bash crates/ftp-sim/parity/run.sh

# Not part of `make test` (which runs a sample of 150 of the same sessions):
# random typed lines, modes, firewall, loss up to 30 %, fault rules; prints the counts.
SOAK ?= 10000
soak:
	FTP_SIM_SOAK=$(SOAK) cargo test -q --release -p ftp-sim --test soak -- --nocapture

clean:
	cargo clean
	rm -rf dist e2e/node_modules e2e/artifacts

# Benchmarks, not tests (never part of `make test`): the release dist/ against a
# minimal leptos counter (bench/counter, same profile and trunk), a bench-only
# page with a 10 MiB session (bench/large: the app's Lesson; a workspace member
# like the counter; if it does not build, its rows fail),
# the model's native benchmark, Lighthouse. Writes bench/RESULTS.md; fails when
# a budget is broken.
bench: tools
	@bash .ci/install.sh bench
	@bash .ci/dist.sh
	cd bench/counter && trunk build --release --offline
	rm -rf bench/large/dist
	cd bench/large && trunk build --release --offline || echo "bench/large did not build: the 10 MiB rows will fail"
	@mkdir -p bench/artifacts
	{ cargo bench -p ftp-sim 2>&1 || echo "cargo bench -p ftp-sim failed (exit $$?)"; } | tee bench/artifacts/cargo-bench.txt
	node bench/run.mjs
