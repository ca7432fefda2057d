#!/usr/bin/env bash
# Build the browser bundle (WebAssembly) and the server.
#
#   build.sh [release|dev]   the server's cargo profile (the bundle is always size-optimised)
#   build.sh wasm            only the bundle
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
what="${1:-release}"

build_wasm() {
  local route target_dir wasm
  route="$(cat "$WASM_ROUTE_FILE" 2>/dev/null || echo rustup)"
  if [ "$route" = debian ]; then
    # Debian's rustc 1.96 with the std sources: build std for wasm32 ourselves. Its own target
    # folder, so the two compilers never invalidate each other's artefacts.
    target_dir="$PRESTASI_CACHE/target-debian-wasm"
    RUSTC_BOOTSTRAP=1 CARGO_TARGET_DIR="$target_dir" RUSTC=/usr/bin/rustc /usr/bin/cargo build \
      -p app --lib --target wasm32-unknown-unknown --no-default-features --features hydrate \
      --profile wasm-release -Zbuild-std=std,panic_abort
  else
    target_dir="$CARGO_TARGET_DIR"
    cargo build -p app --lib --target wasm32-unknown-unknown --no-default-features \
      --features hydrate --profile wasm-release
  fi
  wasm="$target_dir/wasm32-unknown-unknown/wasm-release/app.wasm"
  [ -f "$wasm" ] || die "no bundle at $wasm"

  # Skip the post-processing when neither the module nor the assets changed.
  local input_hash
  input_hash="$(cat "$wasm" "$ROOT"/style/*.css "$ROOT"/public/* "$WASM_ROUTE_FILE" 2>/dev/null | sha256sum | cut -c1-64)"
  if [ -f "$PKG_DIR/.input-hash" ] && [ "$(cat "$PKG_DIR/.input-hash")" = "$input_hash" ]; then
    log "bundle unchanged: $(cat "$PKG_DIR/OUTPUT_NAME")"
    return 0
  fi

  local tmp; tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' RETURN
  wasm-bindgen --target web --no-typescript --out-name prestasi --out-dir "$tmp" "$wasm"
  # binaryen from npm (132); Debian's 108 produces a module that fails to hydrate.
  wasm-opt -Oz --enable-bulk-memory --enable-mutable-globals --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-reference-types --enable-multivalue \
    "$tmp/prestasi_bg.wasm" -o "$tmp/prestasi.opt.wasm"

  local hash name
  hash="$(cat "$tmp/prestasi.js" "$tmp/prestasi.opt.wasm" "$ROOT"/style/*.css | sha256sum | cut -c1-16)"
  name="prestasi.$hash"
  # Earlier bundles stay (the newest three): a server still running the previous build keeps
  # serving the files its pages name.
  mkdir -p "$PKG_DIR"
  cp "$tmp/prestasi.js" "$PKG_DIR/$name.js"
  cp "$tmp/prestasi.opt.wasm" "$PKG_DIR/$name.wasm"
  cat "$ROOT"/style/*.css > "$PKG_DIR/$name.css"
  [ -d "$tmp/snippets" ] && cp -r "$tmp/snippets" "$PKG_DIR/"
  cp -r "$ROOT"/public/. "$SITE_ROOT/"
  # Precompressed copies, served as they are (ServeDir's precompressed_br / _gzip).
  for f in "$PKG_DIR/$name".{js,wasm,css} "$SITE_ROOT"/*.svg "$SITE_ROOT"/*.webmanifest; do
    [ -f "$f" ] || continue
    brotli -f -q 11 -k "$f"
    gzip -f -9 -k "$f"
  done
  touch "$PKG_DIR/$name".*
  ls -t "$PKG_DIR"/prestasi.*.wasm | tail -n +4 | while read -r old; do
    rm -f "${old%.wasm}".{js,wasm,css}{,.br,.gz}
  done
  echo "$name" > "$PKG_DIR/OUTPUT_NAME"
  echo "$input_hash" > "$PKG_DIR/.input-hash"
  log "bundle $name: wasm $(stat -c %s "$PKG_DIR/$name.wasm") B raw, $(stat -c %s "$PKG_DIR/$name.wasm.gz") B gzip, $(stat -c %s "$PKG_DIR/$name.wasm.br") B brotli"
}

build_server() {
  cargo build -p server --profile "$1"
}

case "$what" in
  wasm) build_wasm ;;
  release|dev) build_wasm; build_server "$what" ;;
  *) die "usage: build.sh [release|dev|wasm]" ;;
esac
