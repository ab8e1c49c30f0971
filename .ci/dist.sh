#!/usr/bin/env bash
# The release site in dist/, the one way every caller builds it (`make dist`,
# the test stage, `make bench`): trunk's release build; the default lesson's
# first screen written into dist/index.html from the built app in headless
# Chromium (.ci/prerender.mjs); then a brotli and a gzip copy beside each text
# and wasm file for hosts that serve them as they are (.ci/compress.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/.ci/tools/node_modules/.bin:$PATH"
bash .ci/install.sh prerender
trunk build --release --offline
node .ci/prerender.mjs
node .ci/compress.mjs dist
