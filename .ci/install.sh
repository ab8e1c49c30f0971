#!/usr/bin/env bash
# Installs what the build (`build`), the prerendered first screen of `make dist`
# (`prerender`), the tests (`test`) or `make bench` (`bench`)
# need, skipping whatever is already present at the right version. Only package
# registries are used: Debian (apt), crates.io (cargo install), npm.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/.ci/tools/node_modules/.bin:$PATH"

TRUNK_VERSION=0.21.14
# wasm-split-cli: splits the release wasm at the split points (.ci/split.sh).
WASM_SPLIT_VERSION=0.2.4
# geckodriver drives Debian's firefox-esr in the cross-browser journey (e2e/cross/).
GECKODRIVER_VERSION=0.37.1
say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

apt_updated=0
apt_install() {
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  if [ $apt_updated -eq 0 ]; then
    say "apt-get update"
    $sudo apt-get update -qq
    apt_updated=1
  fi
  say "apt-get install ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# The wasm-bindgen version that Cargo.lock pins; the CLI must match it exactly.
locked_version() {
  awk -v name="$1" '$0 == "name = \"" name "\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

build_tools() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "rustup target add wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
  fi
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    say "cargo install trunk $TRUNK_VERSION"
    cargo install --locked trunk --version "$TRUNK_VERSION"
  fi
  [ -f Cargo.lock ] || cargo generate-lockfile
  local wbg; wbg=$(locked_version wasm-bindgen)
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wbg" ]; then
    say "cargo install wasm-bindgen-cli $wbg"
    # Not --locked: one of its locked dependencies is no longer on the registry.
    cargo install wasm-bindgen-cli --version "$wbg"
  fi
  if ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
    say "cargo install wasm_split_cli_support $WASM_SPLIT_VERSION (wasm-split-cli)"
    cargo install --locked wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary
  fi
  # wasm-opt from npm's binaryen, pinned in .ci/tools/package-lock.json
  # (Debian's binaryen 108 predates the wasm features rustc now emits).
  npm_ci .ci/tools
}

# `npm ci` in folder $1 from its committed lock file, only when the lock changed.
npm_ci() {
  if ! command -v npm >/dev/null 2>&1; then apt_install nodejs npm; fi
  local stamp=$1/node_modules/.lock-stamp
  local want; want=$(sha256sum "$1/package-lock.json" | cut -d' ' -f1)
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    say "npm ci ($1)"
    (cd "$1" && npm ci --no-audit --no-fund --loglevel=error)
    echo "$want" > "$stamp"
  fi
}

# `make dist` prerenders the first screen (.ci/prerender.mjs) with Debian's chromium,
# driven by playwright-core from .ci/tools (also npm-installed by build_tools;
# here too, so .ci/dist.sh works on its own).
prerender_tools() {
  apt_install chromium
  npm_ci .ci/tools
}

test_tools() {
  # tshark also for the parity stage, with the real vsftpd and tnftp it captures.
  apt_install chromium chromium-driver tshark vsftpd tnftp ethtool iproute2 python3
  npm_ci e2e
  # The core journey in Firefox ESR and WebKit (e2e/cross/): Debian's firefox-esr,
  # WebKitGTK's WebKitWebDriver + MiniBrowser on Xvfb, and geckodriver from crates.io.
  apt_install firefox-esr webkit2gtk-driver xvfb
  if [ "$(geckodriver --version 2>/dev/null | awk 'NR == 1 { print $1, $2 }')" != "geckodriver $GECKODRIVER_VERSION" ]; then
    say "cargo install geckodriver $GECKODRIVER_VERSION"
    cargo install --locked geckodriver --version "$GECKODRIVER_VERSION"
  fi
}

# `make bench`: Debian's chromium, playwright-core and lighthouse from bench/'s lock file.
bench_tools() {
  apt_install chromium
  npm_ci bench
}

case "${1:-build}" in
  build) build_tools ;;
  prerender) prerender_tools ;;
  test) test_tools ;;
  bench) bench_tools ;;
  *) echo "usage: $0 build|prerender|test|bench" >&2; exit 2 ;;
esac
