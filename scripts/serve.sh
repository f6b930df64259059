#!/usr/bin/env bash
# Installs whatever is missing, builds the release page and serves it locally.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
. scripts/env.sh
PORT="${PORT:-8080}"
echo "Enrollready: building, then serving at http://127.0.0.1:${PORT}/ (Ctrl-C stops)"
exec trunk serve --release --no-autoreload --port "$PORT" --address 127.0.0.1
