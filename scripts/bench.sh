#!/usr/bin/env bash
# The benchmark: builds the release, serves dist/ on 127.0.0.1, and measures
# 30 first-visit loads, a 200-change slider sweep and Lighthouse (mobile five
# times, desktop once) in headless Chromium, then the load in Chromium,
# Firefox and WebKit through WebDriver. Prints tables; the JSON goes to target/bench.json and
# target/bench-engines.json.
# LOADS=50 bash scripts/bench.sh for more loads, NETWORK=slow4g to throttle
# them and CPU=4 to slow their CPU as a phone's
# (see tests/bench/bench.mjs). BASELINE=<commit or dist folder> measures
# that build in the same run, its page loads alternating with this one's: the
# fair way to compare two builds on a machine whose speed drifts.
# PEER=<folder> measures a peer in the same run: a local copy of the
# repository amarschn/tools (its weighted decision matrix, PEER_PAGE, set up
# as 13 criteria by 2 options); never committed here. Separate from the
# tests: it reports numbers and never fails on them.
set -euo pipefail
. "$(dirname "$0")/setup.sh"
need_bench_tools
# A baseline folder named from where the command was run, before moving.
if [ -d "${BASELINE:-}" ]; then BASELINE=$(cd "$BASELINE" && pwd); fi
if [ -d "${PEER:-}" ]; then PEER=$(cd "$PEER" && pwd); fi
cd "$ROOT"
release_build
WASM_ROUTE=$WASM_ROUTE node scripts/size-report.mjs || true

# The build to compare with: a dist folder as it is, or a commit built once
# into target/baseline/<commit>/dist (a cargo target folder of its own, so
# the first time is a full build).
baseline_dist() {
  if [ -f "$BASELINE/index.html" ]; then
    echo "$BASELINE"
    return
  fi
  local commit dir
  commit=$(git -C "$ROOT" rev-parse --verify --quiet "$BASELINE^{commit}") ||
    die "BASELINE=$BASELINE is neither a dist folder (no index.html) nor a commit"
  dir="$ROOT/target/baseline/$commit"
  if [ ! -f "$dir/dist/index.html" ]; then
    say "Building the baseline, commit ${commit:0:9}, into ${dir#"$ROOT"/}/dist" >&2
    rm -rf "$dir"
    mkdir -p "$dir/src"
    git -C "$ROOT" archive "$commit" | tar -x -C "$dir/src"
    ln -s "$ROOT/scripts/node_modules" "$dir/src/scripts/node_modules"
    # One cargo target folder for every baseline, seen as the commit's own
    # target/ (its post-build script looks for the split parts there).
    mkdir -p "$ROOT/target/baseline/cargo"
    ln -s "$ROOT/target/baseline/cargo" "$dir/src/target"
    # Built as that commit builds itself: with its own scripts/setup.sh.
    (cd "$dir/src" && env -u CARGO_TARGET_DIR \
      bash -c '. scripts/setup.sh && need_wasm_target && with_wasm_env trunk build --release --offline --quiet --dist "$1"' \
      _ "$dir/dist") >&2 ||
      die "the baseline commit ${commit:0:9} did not build"
  fi
  echo "$dir/dist"
}

PORT=${BENCH_PORT:-4190}
say "Serving dist/ on 127.0.0.1:$PORT and measuring (${LOADS:-30} loads)"
serve_in_background "$PORT" dist
# The same sweep on a plain page: what the browser alone costs (floor).
serve_in_background "$((PORT + 1))" tests/bench/reference
if [ -n "${BASELINE:-}" ]; then
  BASELINE_DIST=$(baseline_dist)
  say "Serving the baseline ($BASELINE) on 127.0.0.1:$((PORT + 2))"
  serve_in_background "$((PORT + 2))" "$BASELINE_DIST"
  export BASELINE_URL="http://127.0.0.1:$((PORT + 2))/" BASELINE_DIST
fi
if [ -n "${PEER:-}" ]; then
  [ -d "$PEER" ] || die "PEER=$PEER is not a folder"
  say "Serving the peer ($PEER) on 127.0.0.1:$((PORT + 3))"
  serve_in_background "$((PORT + 3))" "$(cd "$PEER" && pwd)"
  export PEER_URL="http://127.0.0.1:$((PORT + 3))/${PEER_PAGE:-tools/weighted-decision-matrix/}"
fi
mkdir -p target
REFERENCE_URL="http://127.0.0.1:$((PORT + 1))/" \
  node tests/bench/bench.mjs "http://127.0.0.1:$PORT/" "${LOADS:-30}" "$ROOT/target/bench.json"

say "Load figures per engine: Chromium, Firefox and WebKit (${LOADS:-30} loads each)"
xvfb-run --auto-servernum node tests/bench/engines.mjs "${LOADS:-30}" "$ROOT/target/bench-engines.json"
