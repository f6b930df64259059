#!/usr/bin/env bash
# Writes screenshots of every step, the overview and the report, at 1280 and
# 360 px, light and dark, with the full golden plan loaded, into a folder for
# review (default screens/, or the first argument). Not a test: it checks
# nothing. Builds the release page first.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >/dev/null
. scripts/env.sh
dir=$(realpath -m "${1:-screens}")
trunk build --release
SCREENS_DIR="$dir" cargo test --no-default-features --locked --test e2e_look \
  -- --ignored --exact screenshots_for_review --nocapture
echo "screenshots in $dir"
