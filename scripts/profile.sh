#!/usr/bin/env bash
# Where the main thread's time goes: builds a release that keeps its wasm
# function names (same code, same optimisation, names kept) into
# target/dist-profile, serves it, and CPU-profiles a first-visit load and a
# keyboard slider sweep in headless Chromium (tests/bench/profile.mjs).
# PRESSES=200 bash scripts/profile.sh for a longer sweep.
set -euo pipefail
. "$(dirname "$0")/setup.sh"
need_bench_tools
cd "$ROOT"
# Trunk reads these options only from the page's rust link: a copy of the
# page asks for the names, and is removed however the build ends.
sed 's|data-wasm-opt="z"|data-wasm-opt="z" data-keep-debug data-wasm-opt-params="-g"|' index.html > profile.html
trap 'rm -f "$ROOT/profile.html"' EXIT
grep -q data-keep-debug profile.html || die "index.html: the rust link's data-wasm-opt=\"z\" was not found"
say "Building the release with function names kept (target/dist-profile)"
trunk_alone build --release --offline --quiet --dist target/dist-profile profile.html
rm profile.html

PORT=${PROFILE_PORT:-4195}
say "Serving target/dist-profile on 127.0.0.1:$PORT and profiling"
serve_in_background "$PORT" target/dist-profile
node tests/bench/profile.mjs "http://127.0.0.1:$PORT/" "${PRESSES:-100}" "$ROOT/target"
