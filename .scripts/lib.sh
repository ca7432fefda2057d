# Shared settings of the project scripts. Sourced, not run.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# Build products live outside the clone so that a fresh clone (CI) reuses a warm cache.
PRESTASI_CACHE="${PRESTASI_CACHE:-$HOME/.cache/prestasi}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PRESTASI_CACHE/target}"
SITE_ROOT="${PRESTASI_SITE_ROOT:-$CARGO_TARGET_DIR/site}"
PKG_DIR="$SITE_ROOT/pkg"
WASM_ROUTE_FILE="$PRESTASI_CACHE/wasm-route"
export PATH="$HOME/.cargo/bin:$ROOT/end2end/node_modules/.bin:$PATH"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
# CI builds a fresh clone each time (new paths, so incremental caches never hit) on a machine
# whose disk is shared with every earlier run: no incremental artefacts there.
if [ "${CI:-}" = true ]; then export CARGO_INCREMENTAL=0; fi
# Leptos compiles this name in; the hydration loader then looks for prestasi.<hash>.{js,wasm}.
export LEPTOS_OUTPUT_NAME=prestasi
mkdir -p "$PRESTASI_CACHE"

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# The version of a crate in Cargo.lock.
locked_version() {
  awk -v name="$1" '$1=="name" && $3=="\""name"\"" {getline; gsub(/"/,"",$3); print $3; exit}' "$ROOT/Cargo.lock"
}

# A free TCP port on the loopback interface.
free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

# Wait until a URL answers 200, at most $2 seconds.
wait_for_url() {
  local url="$1" limit="${2:-60}" i=0
  until curl -fsS -o /dev/null "$url" 2>/dev/null; do
    i=$((i + 1)); [ "$i" -ge $((limit * 5)) ] && return 1; sleep 0.2
  done
}
