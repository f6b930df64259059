#!/usr/bin/env bash
# Attribution of the page's first-load wasm by origin (crate, or the page's
# module), for issue 15's table in ARCHITECTURE.md. Builds a named copy of
# what the page's build ships (scripts/split_wasm.py): cargo's output of the
# last `trunk build --release`, split by wasm-split-cli, then
# `wasm-bindgen --keep-debug --keep-lld-exports` and `wasm-opt -Oz -g` on the
# main module; then scripts/attribution.py. `--whole` attributes the wasm
# before the split instead. With twiggy installed (`cargo install twiggy
# --version 0.8.0 --locked`), also the largest single items. Prints figures;
# judges nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
raw=target/wasm32-unknown-unknown/release/enrollready.wasm
[ -f "$raw" ] || { echo "no $raw: run trunk build --release first" >&2; exit 1; }
out=target/attribution
rm -rf "$out" && mkdir -p "$out/split"
input=$raw
if [ "${1:-}" != "--whole" ]; then
  wasm-split-cli "$raw" "$out/split" --out-name main --target web >/dev/null
  input=$out/split/main.wasm
else
  shift
fi
wasm-bindgen --keep-debug --keep-lld-exports --target web --out-dir "$out" --out-name named "$input"
wasm-opt -Oz -g --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  "$out/named_bg.wasm" -o "$out/named.wasm"
python3 scripts/attribution.py "$out/named.wasm" "${1:-40}"
if command -v twiggy >/dev/null; then
  echo; echo "largest items (twiggy top):"
  twiggy top -n 25 "$out/named.wasm" | cut -c1-150
fi
