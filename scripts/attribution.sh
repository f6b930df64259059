#!/usr/bin/env bash
# Attribution of the page's wasm by origin (crate, or the page's module), for
# issue 15's table in ARCHITECTURE.md. Builds a named copy of what Trunk
# ships: `wasm-bindgen --keep-debug` and `wasm-opt -Oz -g` on the cargo output
# of the last `trunk build --release`, then scripts/attribution.py. With
# twiggy installed (`cargo install twiggy --version 0.8.0 --locked`), also
# the largest single items. Prints figures; judges nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
raw=target/wasm32-unknown-unknown/release/enrollready.wasm
[ -f "$raw" ] || { echo "no $raw: run trunk build --release first" >&2; exit 1; }
out=target/attribution
mkdir -p "$out"
wasm-bindgen --keep-debug --target web --out-dir "$out" "$raw"
wasm-opt -Oz -g --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  "$out/enrollready_bg.wasm" -o "$out/named.wasm"
python3 scripts/attribution.py "$out/named.wasm" "${1:-40}"
if command -v twiggy >/dev/null; then
  echo; echo "largest items (twiggy top):"
  twiggy top -n 25 "$out/named.wasm" | cut -c1-150
fi
