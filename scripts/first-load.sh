#!/usr/bin/env bash
# First load (issue 15): opens the release build in dist/ and an empty Leptos
# page built the same way (benches/empty-page/) in new Chromium profiles, and
# prints each file fetched before the first step's first control is usable,
# their gzip -9 sum, the time to that control against the empty page, and the
# whole of dist/. Run `trunk build --release` first. Prints figures; judges
# nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f dist/index.html ] || { echo "no dist/: run trunk build --release first" >&2; exit 1; }
# Without the page's --emit-relocs (.cargo/config.toml): a wasm that is not
# split must not carry relocations. Its own target dir keeps the page's cache.
empty() {
  CARGO_TARGET_DIR=target/empty-page-build RUSTFLAGS="--cfg erase_components" \
    trunk build --release --config benches/empty-page/Trunk.toml "$@"
}
empty >/dev/null 2>&1 || empty
cargo test --no-default-features --locked --features arbitrary --test e2e_first_load \
  bench_first_load -- --ignored --nocapture 2>&1 |
  sed -n '/^First load: files/,/^First control usable/p'
printf 'Whole dist/: %s B gzip -9 (budget 400000)\n' "$(bash scripts/size.sh | awk '$1 == "TOTAL" { print $3 }')"
