#!/usr/bin/env bash
# Runs every test: formatting, lints, native tests, the release build, its
# size and that it is reproducible, the Chromium suite (Playwright) and the
# user journeys in Chromium, Firefox and WebKit, against dist/
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
# --show-output: a check that skips (the originality test, without the source
# article beside the repository) says so here instead of passing silently.
cargo test --quiet -- --show-output

# Coverage-guided, without a sanitizer (the code under test has no unsafe
# code, and Debian's compiler ships no sanitizer runtimes); RUSTC_BOOTSTRAP
# gives cargo-fuzz the unstable flags it passes. Longer runs: docs/testing.md.
for target in prefs_load share_decode storage_writes; do
  say "Fuzzing $target for ${FUZZ_SECONDS:-15} s"
  log="$ROOT/target/fuzz-$target.log"
  if ! RUSTC_BOOTSTRAP=1 cargo fuzz run --sanitizer none "$target" -- \
    -max_total_time="${FUZZ_SECONDS:-15}" >"$log" 2>&1; then
    tail -n 40 "$log"
    die "fuzzing $target failed (above; a failing input is saved under fuzz/artifacts/$target)"
  fi
  tail -n 1 "$log"
done

release_build
say "First-load size against the budget"
WASM_ROUTE=$WASM_ROUTE node scripts/size-report.mjs

# The service worker's cache version is a hash of the files: a release that
# changed without a change in the source would make every returning visitor
# download the whole app again.
say "Building the release a second time: the same source must give the same files"
rm -rf target/dist-again
trunk_alone build --release --offline --quiet --dist target/dist-again
diff -rq dist target/dist-again || die "two release builds of the same source differ (above)"

say "Browser tests (Playwright with the system Chromium)"
cd tests/e2e
npx playwright test

say "User journeys in Chromium, Firefox and WebKit (W3C WebDriver; WebKit under Xvfb)"
xvfb-run --auto-servernum node --test --test-reporter=spec engines/
