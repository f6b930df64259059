#!/usr/bin/env bash
# Size benchmark: raw and gzip -9 bytes of every file in dist/, and the total.
# Run after `trunk build --release`. Prints figures; judges nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f dist/index.html ] || { echo "no dist/: run trunk build --release first" >&2; exit 1; }
total_raw=0; total_gz=0
printf '%-48s %12s %12s\n' file raw gzip-9
while IFS= read -r f; do
  raw=$(stat -c %s "$f"); gz=$(gzip -9 -n -c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf '%-48s %12d %12d\n' "${f#dist/}" "$raw" "$gz"
done < <(find dist -type f | sort)
printf '%-48s %12d %12d\n' TOTAL "$total_raw" "$total_gz"
