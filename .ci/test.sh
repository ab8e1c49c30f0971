#!/usr/bin/env bash
# Runs every test stage in order, stops at the first failure, and ends with a
# summary: one line per stage, then "stages: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/.ci/tools/node_modules/.bin:$PATH"
export CARGO_TERM_COLOR=never
# Browser tests: wasm-bindgen-test-runner drives Debian's chromium through chromedriver
# (flags in webdriver.json).
export CHROMEDRIVER=/usr/bin/chromedriver
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export WASM_BINDGEN_TEST_TIMEOUT=120

results=()
passed=0
failed=0
log_dir=$(mktemp -d)

summary() {
  echo
  echo "================ summary ================"
  printf '%s\n' "${results[@]}"
  echo "stages: $passed passed, $failed failed"
}

stage() {
  local name=$1; shift
  local log="$log_dir/${name// /_}.log"
  printf '\n\033[1m==> %s\033[0m  (%s)\n' "$name" "$*"
  local start=$SECONDS
  "$@" 2>&1 | tee "$log"
  local rc=${PIPESTATUS[0]}
  local secs=$((SECONDS - start))
  # Count tests where the runner says so (cargo: "test result:", node: "# pass").
  local n
  n=$(grep -Eo 'test result: ok\. [0-9]+ passed' "$log" | awk '{s+=$4} END {print s+0}')
  local np; np=$(grep -Eo '^# pass [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')
  n=$((n + np))
  local detail=""; [ "$n" -gt 0 ] && detail=" ($n tests)"
  if [ "$rc" -eq 0 ]; then
    passed=$((passed + 1)); results+=("PASS  $name$detail  ${secs}s")
  else
    failed=$((failed + 1)); results+=("FAIL  $name  ${secs}s  (exit $rc)")
    summary
    exit 1
  fi
}

stage "words (every language against English)" cargo run -q -p words
stage "rustfmt" cargo fmt --all --check
stage "clippy native" cargo clippy --workspace --all-targets -- -D warnings
stage "clippy wasm32" bash -c "cargo clippy --target wasm32-unknown-unknown -p ftp-basics --lib --bins --tests -- -D warnings \
  && cargo clippy --target wasm32-unknown-unknown -p ftp-sim --lib --bins -- -D warnings"
stage "cargo test" cargo test --workspace
stage "parity with real vsftpd + tnftp" bash crates/ftp-sim/parity/run.sh
stage "browser tests (wasm-bindgen-test)" cargo test -p ftp-basics --target wasm32-unknown-unknown --test web
stage "make dist (trunk build --release, prerender, compress)" bash .ci/dist.sh
stage "CSP header in README" bash .ci/csp.sh --check README.md
stage "e2e (Playwright)" node --test --test-concurrency=1 e2e/
stage "core journey (Firefox, WebKit)" node --test --test-concurrency=1 e2e/cross/firefox.cross.mjs e2e/cross/webkit.cross.mjs
summary
