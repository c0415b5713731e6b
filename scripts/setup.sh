# Installs whatever building (and, with `need_test_tools`, testing) needs,
# and only what is missing: quick when everything is there. Sourced by
# serve.sh and test.sh; see TOOLCHAIN notes in README.md.
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

# How wasm32 gets built: "rustup" where rustup has the target (the standard
# route), else "debian": Debian's rustc-web compiles the standard library for
# wasm32 from rust-web-src and links with lld (see ../shared/TOOLCHAIN.md).
WASM_ROUTE=
has_rustup_wasm() {
  command -v rustup >/dev/null && rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown
}
has_debian_wasm() {
  [ -x /usr/bin/cargo ] && [ -d /usr/lib/rustlib/src/rust/library ] && [ -x /usr/lib/llvm-22/bin/wasm-ld ]
}
need_wasm_target() {
  if has_rustup_wasm; then
    WASM_ROUTE=rustup
  elif has_debian_wasm; then
    WASM_ROUTE=debian
  elif command -v rustup >/dev/null && {
    say "Adding the wasm32 target with rustup (60 s at most)"
    timeout 60 rustup target add wasm32-unknown-unknown >/dev/null 2>&1
  }; then
    WASM_ROUTE=rustup
  else
    say "rustup cannot provide wasm32 here: using Debian's Rust and building its standard library"
    apt_install rustc-web cargo-web rust-web-src lld-22
    WASM_ROUTE=debian
  fi
}

# Runs a command (trunk) with the environment the wasm build needs. Building
# the standard library also lets a panic end at once, without formatting its
# message (13 KB less gzipped wasm): the page's failure screen shows either way.
with_wasm_env() {
  if [ "$WASM_ROUTE" = debian ]; then
    # FACEOFF_NATIVE_PATH: the usual toolchain, for the post-build prerender.
    FACEOFF_NATIVE_PATH="$PATH" \
      PATH="/usr/bin:$PATH" \
      RUSTC_BOOTSTRAP=1 \
      CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
      CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=/usr/lib/llvm-22/bin/wasm-ld \
      CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort" \
      "$@"
  else
    "$@"
  fi
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
  need_trunk
  need_wasm_bindgen
  need_node
  need_npm_packages "$ROOT/scripts" # wasm-opt (binaryen) and terser
}

need_test_tools() {
  if [ ! -x /usr/bin/chromium ]; then
    say "Installing Chromium for the browser tests"
    apt_install chromium
  fi
  need_npm_packages "$ROOT/tests/e2e"
}

# What the benchmark and the profiler need: the build, Chromium, Lighthouse.
need_bench_tools() {
  need_build_tools
  need_test_tools
  need_npm_packages "$ROOT/tests/bench"
}

# Serves a built folder on 127.0.0.1:$1 until the calling script ends.
serve_in_background() {
  node "$ROOT/tests/e2e/serve-dist.mjs" "$1" / "$2" >/dev/null &
  SERVER_PIDS="${SERVER_PIDS:-} $!"
  trap 'kill $SERVER_PIDS 2>/dev/null' EXIT
  sleep 1
}

release_build() {
  say "Building the release with trunk ($WASM_ROUTE route for wasm32)"
  (cd "$ROOT" && with_wasm_env trunk build --release --offline --quiet)
}
