# Installs whatever building (and, with `need_test_tools`, testing) needs,
# and only what is missing: quick when everything is there. Sourced by
# serve.sh and test.sh; docs/toolchain.md explains the two wasm32 routes.
# shellcheck shell=bash

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TRUNK_VERSION=0.21.14
BINARYEN_DIR="$ROOT/scripts/node_modules/.bin"
export PATH="$HOME/.cargo/bin:$BINARYEN_DIR:$PATH"

say() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }
die() { printf '\033[1;31mError:\033[0m %s\n' "$*" >&2; exit 1; }

APT_UPDATED=
apt_install() {
  command -v apt-get >/dev/null || die "missing $*, and there is no apt-get to install it with"
  if [ -z "$APT_UPDATED" ]; then
    say "Updating the Debian package lists"
    apt-get update -qq
    APT_UPDATED=1
  fi
  say "Installing Debian packages: $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

need_rust() {
  if ! command -v cargo >/dev/null; then
    say "No Rust toolchain found: installing Debian's"
    apt_install rustc-web cargo-web
  fi
}

# How wasm32 gets built (docs/toolchain.md). Both routes compile the standard
# library from source with the same panic strategy, so they give the same wasm:
# - "rustup": rustup's compiler with its rust-src component, linked by the
#   rust-lld that rustup ships;
# - "debian": Debian's rustc-web with rust-web-src, linked by lld-22's wasm-ld,
#   for machines where rustup is absent or cannot download.
# FACEOFF_WASM_ROUTE=debian forces the Debian route (to check it on a machine
# that has rustup).
WASM_ROUTE=
has_rustup_src() {
  command -v rustup >/dev/null && rustup component list --installed 2>/dev/null | grep -q '^rust-src'
}
has_debian_wasm() {
  [ -x /usr/bin/cargo ] && [ -d /usr/lib/rustlib/src/rust/library ] && [ -x /usr/lib/llvm-22/bin/wasm-ld ]
}
use_debian_route() {
  has_debian_wasm || apt_install rustc-web cargo-web rust-web-src lld-22
  WASM_ROUTE=debian
}
# The builds run offline, so the crates the standard library depends on are
# fetched first, by the route's own cargo (quick once they are cached).
fetch_std_dependencies() {
  # shellcheck disable=SC2016 # expanded by the inner shell, with the route's PATH
  with_wasm_env bash -c 'cargo fetch --quiet --manifest-path "$(rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"' ||
    die "could not fetch the standard library's dependencies from crates.io"
}
need_wasm_target() {
  if [ "${FACEOFF_WASM_ROUTE:-}" = debian ]; then
    say "FACEOFF_WASM_ROUTE=debian: building with Debian's Rust"
    use_debian_route
  elif has_rustup_src; then
    WASM_ROUTE=rustup
  elif has_debian_wasm; then
    WASM_ROUTE=debian
  elif command -v rustup >/dev/null && {
    say "Adding rustup's rust-src component, to build the standard library for wasm32 (120 s at most)"
    timeout 120 rustup component add rust-src >/dev/null 2>&1
  }; then
    WASM_ROUTE=rustup
  else
    say "rustup cannot provide rust-src here: using Debian's Rust and its standard library source"
    use_debian_route
  fi
}

# Runs a command (trunk) with the environment the wasm build needs: the
# standard library built from source (RUSTC_BOOTSTRAP=1 unlocks build-std on a
# stable compiler), and panics that end at once without formatting a message
# (13 KB less gzipped wasm; the page's failure screen shows either way).
# The linker keeps its relocations, and wasm-bindgen is the stand-in that
# splits the wasm with them first (scripts/split-wasm/wasm-bindgen).
# scripts/post-build.mjs leaves these out of the native prerender's build.
with_wasm_env() {
  local path=$PATH
  local -a env=(
    RUSTC_BOOTSTRAP=1
    CARGO_UNSTABLE_BUILD_STD=std,panic_abort
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Clink-arg=--emit-relocs"
  )
  if [ "$WASM_ROUTE" = debian ]; then
    # Debian's cargo before rustup's proxies; FACEOFF_NATIVE_PATH keeps the
    # usual toolchain for the prerender.
    path="/usr/bin:$PATH"
    env+=(
      FACEOFF_NATIVE_PATH="$PATH"
      CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=/usr/lib/llvm-22/bin/wasm-ld
    )
  fi
  env "${env[@]}" PATH="$ROOT/scripts/split-wasm:$path" "$@"
}

need_trunk() {
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    say "Installing trunk $TRUNK_VERSION (takes about 5 minutes, once)"
    cargo install --locked --quiet trunk --version "$TRUNK_VERSION"
  fi
}

# Trunk only uses a wasm-bindgen whose version is exactly Cargo.lock's.
need_wasm_bindgen() {
  local want
  want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' "$ROOT/Cargo.lock")
  [ -n "$want" ] || die "Cargo.lock names no wasm-bindgen version"
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $want" ]; then
    say "Installing wasm-bindgen-cli $want, to match Cargo.lock (about 2 minutes, once)"
    # No --locked: its lock file pins a crate the registry here does not have.
    cargo install --quiet --force wasm-bindgen-cli --version "$want"
  fi
}

# Splits the wasm where the code marks it (scripts/split-wasm/wasm-bindgen).
WASM_SPLIT_VERSION=0.2.2
need_wasm_split() {
  # The wrapper compiles a small C library for it (scripts/split-wasm/fixed-seed.c).
  command -v cc >/dev/null || apt_install gcc
  if ! command -v wasm_split_cli >/dev/null || [ "$(cat "$HOME/.cargo/.faceoff-wasm-split" 2>/dev/null)" != "$WASM_SPLIT_VERSION" ]; then
    say "Installing wasm_split_cli $WASM_SPLIT_VERSION, which splits the wasm (about a minute, once)"
    cargo install --locked --quiet --force wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary
    echo "$WASM_SPLIT_VERSION" >"$HOME/.cargo/.faceoff-wasm-split"
  fi
}

need_node() {
  if ! command -v npm >/dev/null; then
    say "Installing Node.js and npm"
    apt_install nodejs npm
  fi
}

# npm packages of one folder, installed from its lock file when it changed.
need_npm_packages() {
  local dir=$1 stamp="$1/node_modules/.faceoff-lock"
  if ! cmp -s "$dir/package-lock.json" "$stamp"; then
    say "Installing npm packages in ${dir#"$ROOT"/}"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
    cp "$dir/package-lock.json" "$stamp"
  fi
}

need_build_tools() {
  need_rust
  need_wasm_target
  fetch_std_dependencies
  need_trunk
  need_wasm_bindgen
  need_wasm_split
  need_node
  need_npm_packages "$ROOT/scripts" # wasm-opt (binaryen), terser and Lightning CSS
}

# cargo fmt and cargo clippy, from the toolchain that cargo comes from.
need_lint_tools() {
  if cargo fmt --version >/dev/null 2>&1 && cargo clippy --version >/dev/null 2>&1; then return; fi
  if command -v rustup >/dev/null; then
    say "Adding rustup's rustfmt and clippy components (120 s at most)"
    timeout 120 rustup component add rustfmt clippy >/dev/null 2>&1 && return
  fi
  apt_install rustfmt-web rust-web-clippy
}

need_test_tools() {
  need_lint_tools
  need_fuzz_tools
  # Browsers only from Debian's packages: nothing here can download its own.
  local wanted=() package command
  for package in chromium:/usr/bin/chromium chromium-driver:/usr/bin/chromedriver \
    firefox-esr:/usr/bin/firefox-esr webkit2gtk-driver:/usr/bin/WebKitWebDriver xvfb:/usr/bin/xvfb-run; do
    command=${package#*:}
    [ -x "$command" ] || wanted+=("${package%%:*}")
  done
  if [ ${#wanted[@]} -gt 0 ]; then
    say "Installing the browsers and drivers the tests use: ${wanted[*]}"
    apt_install "${wanted[@]}"
  fi
  need_geckodriver
  need_npm_packages "$ROOT/tests" # Playwright, axe, selenium-webdriver, Lighthouse
}

# Firefox's WebDriver, from crates.io (Debian has no package of it).
GECKODRIVER_VERSION=0.37.1
need_geckodriver() {
  if [ "$(geckodriver --version 2>/dev/null | head -n 1)" != "geckodriver $GECKODRIVER_VERSION" ]; then
    say "Installing geckodriver $GECKODRIVER_VERSION for the Firefox tests (about 2 minutes, once)"
    cargo install --locked --quiet geckodriver --version "$GECKODRIVER_VERSION"
  fi
}

# cargo-fuzz, for the bounded fuzzing run (fuzz/, docs/testing.md).
CARGO_FUZZ_VERSION=0.13.2
need_fuzz_tools() {
  if [ "$(cargo fuzz --version 2>/dev/null)" != "cargo-fuzz $CARGO_FUZZ_VERSION" ]; then
    say "Installing cargo-fuzz $CARGO_FUZZ_VERSION (under a minute, once)"
    cargo install --locked --quiet cargo-fuzz --version "$CARGO_FUZZ_VERSION"
  fi
}

# What the benchmark and the profiler need: the build, Chromium, Lighthouse.
need_bench_tools() {
  need_build_tools
  need_test_tools
}
# Two npm roots, each with one job: scripts/ holds what the build needs
# (the serve command installs only that), tests/ what the tests and the
# benchmark need (Playwright, axe, WebDriver, Lighthouse).

# Serves a built folder on 127.0.0.1:$1 until the calling script ends.
serve_in_background() {
  node "$ROOT/tests/e2e/serve-dist.mjs" "$1" / "$2" >/dev/null &
  SERVER_PIDS="${SERVER_PIDS:-} $!"
  trap 'kill $SERVER_PIDS 2>/dev/null' EXIT
  sleep 1
}

# Runs a Trunk command ("$@") with the wasm32 environment, once no other
# Trunk command of this folder runs: builds share target/'s wasm-bindgen
# output, and two at once break each other (one's post-build finds the
# other's parts). Without flock (util-linux), runs at once.
trunk_alone() {
  mkdir -p "$ROOT/target"
  (
    if command -v flock >/dev/null; then
      exec 9>"$ROOT/target/.trunk.lock"
      if ! flock -n 9; then
        say "Waiting for another build in this folder to end (a test or benchmark run, or WATCH=1 bash scripts/serve.sh, which builds until it is stopped)"
        flock 9
      fi
    fi
    cd "$ROOT" && with_wasm_env trunk "$@"
  )
}

release_build() {
  say "Building the release with trunk ($WASM_ROUTE route for wasm32)"
  trunk_alone build --release --offline --quiet
}
