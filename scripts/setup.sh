#!/usr/bin/env bash
# Installs whatever is missing to build, serve and test Enrollready on a fresh
# Debian machine (run as root, or with sudo for apt). Idempotent: each step
# checks what is there first, so a second run takes seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf '[setup] %s\n' "$*"; }

# Debian packages: Chromium and its driver for the browser tests, Python for
# the CSP hook, Node.js/npm for wasm-opt, poppler for reading printed PDFs.
apt_missing=()
command -v chromium >/dev/null 2>&1 || apt_missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || apt_missing+=(chromium-driver)
command -v python3 >/dev/null 2>&1 || apt_missing+=(python3)
command -v npm >/dev/null 2>&1 || apt_missing+=(nodejs npm)
command -v pdftotext >/dev/null 2>&1 || apt_missing+=(poppler-utils)
if ((${#apt_missing[@]})); then
  say "apt-get install ${apt_missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${apt_missing[@]}" >/dev/null
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# cargo install BIN CRATE VERSION [--locked]: skipped when `BIN --version`
# already prints VERSION. --force also covers a binary left without cargo's
# metadata files, where a plain install refuses to overwrite it.
cargo_tool() {
  local bin=$1 crate=$2 version=$3 locked=${4:-}
  if "$bin" --version 2>/dev/null | grep -qw -- "$version"; then return 0; fi
  say "cargo install $crate $version (this takes minutes once)"
  if [ -n "$locked" ]; then
    cargo install "$crate" --version "$version" --locked --force && return 0
    say "locked install failed, retrying without --locked"
  fi
  cargo install "$crate" --version "$version" --force
}
cargo_tool trunk trunk "$TRUNK_VERSION" --locked
# wasm-bindgen-cli must equal the wasm-bindgen in Cargo.lock. Its --locked
# install fails against this registry (webpki-roots), hence the fallback.
cargo_tool wasm-bindgen wasm-bindgen-cli "$WASM_BINDGEN_VERSION" --locked
# The splitter of the page's build (scripts/split_wasm.py): it has no
# --version, so cargo's list of installed crates says whether it is there.
SPLIT_VERSION=0.2.4
if ! command -v wasm-split-cli >/dev/null ||
  ! cargo install --list | grep -q "^wasm_split_cli_support v$SPLIT_VERSION:"; then
  say "cargo install wasm_split_cli_support $SPLIT_VERSION (this takes minutes once)"
  cargo install wasm_split_cli_support --version "$SPLIT_VERSION" --locked --force --features build-binary
fi

# wasm-opt from npm's binaryen (never Debian's 108, which breaks the page).
if ! node_modules/.bin/wasm-opt --version 2>/dev/null | grep -q 'version 132' ||
  ! [ -f node_modules/axe-core/axe.min.js ] ||
  ! node_modules/.bin/terser --version 2>/dev/null | grep -q '5.51.4'; then
  say "npm ci (binaryen, axe-core, terser)"
  npm ci --no-audit --no-fund --loglevel=error
fi

# Trunk builds offline, so the crates must be in the local registry.
cargo fetch --locked >/dev/null 2>&1 || cargo fetch --locked
say "ready: trunk $(trunk --version | awk '{print $2}'), wasm-bindgen $WASM_BINDGEN_VERSION, $(node_modules/.bin/wasm-opt --version), $(chromium --version 2>/dev/null | head -n1)"
