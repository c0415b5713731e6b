#!/usr/bin/env bash
# Builds the app (release) and serves dist/ on http://127.0.0.1:${PORT:-8080}/
# as a static host would (its precompressed files, no rebuilding).
# WATCH=1 serves with `trunk serve` instead, which rebuilds the release on
# every change to the source (and holds the folder's build lock meanwhile).
set -euo pipefail
. "$(dirname "$0")/setup.sh"
need_build_tools
cd "$ROOT"
PORT=${PORT:-8080}
if [ "${WATCH:-}" = 1 ]; then
  say "Serving the app at http://127.0.0.1:$PORT/, rebuilt on every change (Ctrl+C stops it)"
  trunk_alone serve --release --offline --address 127.0.0.1 --port "$PORT"
else
  release_build
  say "Serving the app at http://127.0.0.1:$PORT/ (Ctrl+C stops it)"
  exec node tests/e2e/serve-dist.mjs "$PORT" / dist
fi
