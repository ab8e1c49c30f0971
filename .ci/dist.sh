#!/usr/bin/env bash
# The release site in dist/, the one way every caller builds it (`make dist`,
# the test stage, `make bench`): trunk's release build, then a brotli and a
# gzip copy beside each text and wasm file for hosts that serve them as they are.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/.ci/tools/node_modules/.bin:$PATH"
trunk build --release --offline
node .ci/compress.mjs dist
