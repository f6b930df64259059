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
cargo clippy --no-default-features --features arbitrary --all-targets --locked -- -D warnings
step "clippy: native with the web feature"
cargo clippy --all-targets --locked -- -D warnings
step "clippy: wasm32"
cargo clippy --target wasm32-unknown-unknown --all-targets --locked -- -D warnings

step "component tests in headless Chromium (wasm-bindgen-test)"
cargo test --target wasm32-unknown-unknown --locked --test web

step "release build (trunk)"
trunk build --release

step "native tests without any browser or UI crate: the core, the format, the schema, and end to end in Chromium"
cargo test --no-default-features --features arbitrary --locked

step "size of dist/"
bash scripts/size.sh
