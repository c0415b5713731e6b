#!/usr/bin/env bash
# The benchmark: builds the release, serves dist/ on 127.0.0.1, and measures
# 20 first-visit loads, a 200-change slider sweep and Lighthouse (desktop) in
# headless Chromium. Prints a table; the JSON goes to target/bench.json.
# LOADS=50 bash scripts/bench.sh for more loads, NETWORK=slow4g to throttle
# them (see tests/bench/bench.mjs). Separate from the tests: it
# reports numbers and never fails on them.
set -euo pipefail
. "$(dirname "$0")/setup.sh"
need_bench_tools
cd "$ROOT"
release_build
WASM_ROUTE=$WASM_ROUTE node scripts/size-report.mjs || true

PORT=${BENCH_PORT:-4190}
say "Serving dist/ on 127.0.0.1:$PORT and measuring (${LOADS:-20} loads)"
serve_in_background "$PORT" dist
# The same sweep on a plain page: what the browser alone costs (floor).
serve_in_background "$((PORT + 1))" tests/bench/reference
mkdir -p target
REFERENCE_URL="http://127.0.0.1:$((PORT + 1))/" \
  node tests/bench/bench.mjs "http://127.0.0.1:$PORT/" "${LOADS:-20}" "$ROOT/target/bench.json"
