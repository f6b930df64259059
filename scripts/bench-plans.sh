#!/usr/bin/env bash
# Prints the time to open the Plans list with 100 stored plans, in Chromium
# against the release build in dist/ (run `trunk build --release` first).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --no-default-features --locked --features arbitrary --test e2e_desk \
  bench_the_plans_list_with_100_plans -- --ignored --nocapture 2>&1 | grep -E "^Plans list"
