#!/usr/bin/env bash
# Installs whatever is missing, then runs every check and test layer:
# formatting, clippy (native and wasm32), the core's native tests without any
# browser crate, the wasm component tests in headless Chromium, the release
# build, and the end-to-end tests against it in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
. scripts/env.sh

step() { printf '\n=== %s\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "clippy: the pure core alone (native, no browser crates)"
cargo clippy --no-default-features --all-targets --locked -- -D warnings
step "clippy: native with the web feature"
cargo clippy --all-targets --locked -- -D warnings
step "clippy: wasm32"
cargo clippy --target wasm32-unknown-unknown --all-targets --locked -- -D warnings

step "native tests of the core (no browser or UI crate compiled)"
cargo test --no-default-features --locked --lib --test portal_rules

step "component tests in headless Chromium (wasm-bindgen-test)"
cargo test --target wasm32-unknown-unknown --locked --test web

step "release build (trunk)"
trunk build --release

step "end-to-end tests in Chromium against dist/"
cargo test --no-default-features --locked --test e2e

step "size of dist/"
bash scripts/size.sh
