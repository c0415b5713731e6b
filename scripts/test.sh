#!/usr/bin/env bash
# Runs every test: formatting, lints, native tests, the release build and its
# size, and the browser suite against the built dist/.
set -euo pipefail
. "$(dirname "$0")/setup.sh"
need_build_tools
need_test_tools
cd "$ROOT"

say "Checking formatting (cargo fmt --check)"
cargo fmt --check

say "Linting (cargo clippy, warnings are errors)"
cargo clippy --quiet --all-targets -- -D warnings

say "Native tests (cargo test)"
cargo test --quiet

release_build
say "First-load size against the budget"
WASM_ROUTE=$WASM_ROUTE node scripts/size-report.mjs

say "Browser tests (Playwright with the system Chromium)"
cd tests/e2e
npx playwright test
