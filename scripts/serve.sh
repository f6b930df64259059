#!/usr/bin/env bash
# Installs whatever is missing, builds the release page and serves it locally.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
. scripts/env.sh
PORT="${PORT:-8080}"
echo "Enrollready: building, then serving at http://127.0.0.1:${PORT}/ (Ctrl-C stops)"
# ENROLLREADY_SERVE: the build hook switches the service worker off here.
ENROLLREADY_SERVE=1 exec trunk serve --release --no-autoreload --port "$PORT" --address 127.0.0.1
