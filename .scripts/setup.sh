#!/usr/bin/env bash
# Install what the project needs, idempotently and without questions. Fast when all is there.
#
#   PRESTASI_WASM_ROUTE=debian   force the Debian route to the wasm32 standard library
#                                (rustc-web + -Zbuild-std) instead of rustup's target.
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
export DEBIAN_FRONTEND=noninteractive

APT_UPDATED=""
apt_install() {
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "apt: installing ${missing[*]}"
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  if [ -z "$APT_UPDATED" ]; then $sudo apt-get update -qq; APT_UPDATED=1; fi
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Browser tests, the throwaway PostgreSQL, precompression, and the tools the scripts call.
# Debian's binaryen is deliberately not installed: its wasm-opt (108) breaks hydration.
apt_install chromium chromium-driver postgresql brotli gzip curl python3 python3-venv ca-certificates
command -v node >/dev/null && command -v npm >/dev/null || apt_install nodejs npm

# The wasm32 standard library: rustup's target first, Debian's rust-web sources otherwise.
route="${PRESTASI_WASM_ROUTE:-auto}"
if [ "$route" != "debian" ] && command -v rustup >/dev/null \
   && { rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown \
        || rustup target add wasm32-unknown-unknown >/dev/null 2>&1; }; then
  echo rustup > "$WASM_ROUTE_FILE"
else
  apt_install rustc-web cargo-web rust-web-src rust-web-llvm lld-22
  echo debian > "$WASM_ROUTE_FILE"
fi
log "wasm32 route: $(cat "$WASM_ROUTE_FILE")"

# Rust tools, pinned. wasm-bindgen-cli must equal the wasm-bindgen in Cargo.lock exactly.
ensure_cargo_tool() { # name version binary
  local have
  have="$("$3" --version 2>/dev/null | awk '{print $2}')" || true
  [ "$have" = "$2" ] && return 0
  log "cargo install $1 $2"
  # --locked first; when the registry mirror lacks a locked version, let cargo resolve anew.
  cargo install "$1" --version "$2" --locked --quiet 2>/dev/null \
    || cargo install "$1" --version "$2" --quiet
}
ensure_cargo_tool wasm-bindgen-cli "$(locked_version wasm-bindgen)" wasm-bindgen
ensure_cargo_tool leptosfmt 0.1.33 leptosfmt
ensure_cargo_tool cargo-deny 0.20.2 cargo-deny
# wasm-split-cli splits the bundle into a main module and a chunk per lazily loaded route (the
# tool cargo-leptos uses, without cargo-leptos). It prints no version: a stamp records it.
split_version=0.2.4
if [ "$(cat "$PRESTASI_CACHE/wasm-split.version" 2>/dev/null)" != "$split_version" ] \
   || ! command -v wasm-split-cli >/dev/null; then
  log "cargo install wasm_split_cli_support $split_version"
  cargo install wasm_split_cli_support --version "$split_version" --features build-binary \
    --locked --quiet 2>/dev/null \
    || cargo install wasm_split_cli_support --version "$split_version" --features build-binary --quiet
  echo "$split_version" > "$PRESTASI_CACHE/wasm-split.version"
fi
rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy rustfmt

# Python tools of the checks (the standard OpenAPI validator), in a virtualenv in the cache.
venv="$PRESTASI_CACHE/venv"
if ! "$venv/bin/python" -c 'import openapi_spec_validator, jsonschema' 2>/dev/null; then
  log "pip install openapi-spec-validator"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check \
    'openapi-spec-validator==0.7.2' 'jsonschema==4.25.1'
fi

# Node packages of end2end/ (Playwright, and binaryen's wasm-opt for the bundle).
stamp="$ROOT/end2end/node_modules/.prestasi-lock"
if ! cmp -s "$ROOT/end2end/package-lock.json" "$stamp" 2>/dev/null; then
  log "npm ci (end2end)"
  (cd "$ROOT/end2end" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
  cp "$ROOT/end2end/package-lock.json" "$stamp"
fi
log "set-up complete"
