#!/usr/bin/env bash
# Writes the PNG icons of the web app manifest and the Apple touch icon from
# assets/favicon.svg (the committed PNGs come from this script; it is not
# part of the build). Needs rsvg-convert and optipng (Debian: librsvg2-bin,
# optipng).
set -euo pipefail
cd "$(dirname "$0")/.."
out=assets/icons
mkdir -p "$out"
# "any": the rounded square, as the favicon.
for size in 192 512; do
  rsvg-convert -w "$size" -h "$size" assets/favicon.svg -o "$out/icon-$size.png"
done
# Full-bleed squares: Android masks "maskable" icons to its own shape and iOS
# rounds the touch icon itself; the tick stays inside the safe zone (the
# middle 80 %).
full=$(mktemp --suffix=.svg)
sed 's/ rx="6"//' assets/favicon.svg > "$full"
rsvg-convert -w 512 -h 512 "$full" -o "$out/icon-maskable-512.png"
rsvg-convert -w 180 -h 180 "$full" -o "$out/apple-touch-icon.png"
rm -f "$full"
optipng -quiet -o7 -strip all "$out"/*.png
ls -l "$out"
