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
# Every test runner's output is also kept here, for the summary at the end.
results=$(mktemp)
trap 'rm -f "$results"' EXIT
tests() { "$@" 2>&1 | tee -a "$results"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "clippy: the pure core alone (native, no browser crates)"
cargo clippy --no-default-features --features arbitrary --all-targets --locked -- -D warnings
step "clippy: native with the web feature"
cargo clippy --all-targets --locked -- -D warnings
step "clippy: wasm32"
cargo clippy --target wasm32-unknown-unknown --all-targets --locked -- -D warnings
step "clippy: wasm32 as the page is built (split points on)"
cargo clippy --target wasm32-unknown-unknown --bin enrollready --features split --locked -- -D warnings

step "component tests in headless Chromium (wasm-bindgen-test)"
tests cargo test --target wasm32-unknown-unknown --locked --test web

step "release build (trunk)"
trunk build --release

step "native tests without any browser or UI crate: the core, the format, the schema, and end to end in Chromium"
tests cargo test --no-default-features --features arbitrary --locked --lib --tests

step "size of dist/"
bash scripts/size.sh

step "first load: what the page fetches before its first control is usable, against an empty Leptos page"
bash scripts/first-load.sh

step "benchmarks: analysis of a large plan, keydown to updated DOM, and the Plans list with 100 plans, in Chromium"
cargo bench --no-default-features --locked --bench analysis
cargo bench --no-default-features --locked --bench keystroke
bash scripts/bench-plans.sh

step "summary"
grep -Eo 'test result: (ok|FAILED)\. [0-9]+ passed; [0-9]+ failed' "$results" |
  awk '{ p += $4; f += $6 } END { printf "Summary: %d passed, %d failed\n", p, f }'
