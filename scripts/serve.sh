#!/usr/bin/env bash
# Builds the app (release) and serves it on http://127.0.0.1:${PORT:-8080}.
set -euo pipefail
. "$(dirname "$0")/setup.sh"
need_build_tools
cd "$ROOT"
PORT=${PORT:-8080}
say "Serving the app at http://127.0.0.1:$PORT/ (Ctrl+C stops it)"
with_wasm_env trunk serve --release --offline --address 127.0.0.1 --port "$PORT"
