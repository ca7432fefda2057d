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
  # Relocations in the linked module let wasm-split move each lazily loaded route (and what
  # only it uses) into a chunk of its own. Set for the wasm target only: the host builds keep
  # their own flags and artefacts.
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Clink-args=--emit-relocs"
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
  input_hash="$(cat "$wasm" "$ROOT"/style/*.css "$ROOT"/public/* "$ROOT"/.scripts/service_worker.py "$WASM_ROUTE_FILE" 2>/dev/null | sha256sum | cut -c1-64)"
  if [ -f "$PKG_DIR/.input-hash" ] && [ "$(cat "$PKG_DIR/.input-hash")" = "$input_hash" ]; then
    log "bundle unchanged: $(cat "$PKG_DIR/OUTPUT_NAME")"
    return 0
  fi

  local tmp; tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' RETURN
  # 1. Split: the main module (the framework, the shell and the eagerly loaded pages), one
  #    chunk per lazily loaded route or function (and chunks of code they share), and the
  #    loader `__wasm_split.js` that fetches a chunk the first time it is needed.
  wasm-split-cli "$wasm" "$tmp/split" --target web --out-name prestasi
  # 2. Bindings for the main module (the chunks link to it through the loader).
  wasm-bindgen --target web --no-typescript --keep-lld-exports --no-demangle \
    --out-name prestasi --out-dir "$tmp/out" "$tmp/split/prestasi.wasm"
  # 3. Size: every module through binaryen (from npm: 132; Debian's 108 breaks hydration).
  local opt=(-Oz --enable-bulk-memory --enable-mutable-globals --enable-nontrapping-float-to-int
    --enable-sign-ext --enable-reference-types --enable-multivalue)
  mkdir -p "$tmp/build"
  wasm-opt "${opt[@]}" "$tmp/out/prestasi_bg.wasm" -o "$tmp/build/prestasi.wasm"
  local chunk
  for chunk in "$tmp/split"/*.wasm; do
    [ "$(basename "$chunk")" = prestasi.wasm ] && continue
    wasm-opt "${opt[@]}" "$chunk" -o "$tmp/build/$(basename "$chunk")"
  done
  cp "$tmp/out/prestasi.js" "$tmp/split/__wasm_split.js" "$tmp/build/"
  # 4. The many small chunks (code a few features share) travel in one file, fetched once.
  python3 "$ROOT/.scripts/pack_chunks.py" "$tmp/build" 24000
  [ -d "$tmp/out/snippets" ] && cp -r "$tmp/out/snippets" "$tmp/build/"
  cat "$ROOT"/style/*.css > "$tmp/build/prestasi.css"

  # 5. One folder per build, named by the hash of what it holds: its files keep their plain
  #    names (the loader and the chunks refer to each other by them) and are cached forever.
  local hash
  hash="$(cat "$tmp/build"/*.js "$tmp/build"/*.wasm "$tmp/build"/*.pack "$tmp/build/prestasi.css" 2>/dev/null | sha256sum | cut -c1-16)"
  mkdir -p "$PKG_DIR"
  rm -rf "${PKG_DIR:?}/$hash"
  cp -r "$tmp/build" "$PKG_DIR/$hash"
  cp -r "$ROOT"/public/. "$SITE_ROOT/"
  # Precompressed copies, served as they are (ServeDir's precompressed_br / _gzip).
  local f
  for f in "$PKG_DIR/$hash"/*.{js,wasm,css,pack} "$SITE_ROOT"/*.svg "$SITE_ROOT"/*.webmanifest \
    "$SITE_ROOT"/*.html "$SITE_ROOT"/*.css "$SITE_ROOT"/sw-register.js; do
    [ -f "$f" ] || continue
    brotli -f -q 11 -k "$f"
    gzip -f -9 -k "$f"
  done
  # Earlier builds stay (the newest three): a server still running the previous build keeps
  # serving the files its pages name. (Flat files of the builds before the split go.)
  rm -f "$PKG_DIR"/prestasi.*
  ls -dt "$PKG_DIR"/*/ 2>/dev/null | tail -n +4 | while read -r old; do rm -rf "$old"; done
  # 6. The service worker names this build and what it fetches at install.
  python3 "$ROOT/.scripts/service_worker.py" "$SITE_ROOT" "$hash"
  echo "$hash/prestasi" > "$PKG_DIR/OUTPUT_NAME"
  echo "$input_hash" > "$PKG_DIR/.input-hash"
  bundle_report "$PKG_DIR/$hash" | tee "$PKG_DIR/SIZES"
}

# The first page's WebAssembly (the main module) and each chunk, raw and brotli, and the total.
bundle_report() {
  local dir="$1" f total=0 raw br
  for f in "$dir/prestasi.wasm" $(ls "$dir"/*.wasm "$dir"/*.pack 2>/dev/null | grep -v '/prestasi.wasm$' | sort); do
    raw=$(stat -c %s "$f"); br=$(stat -c %s "$f.br"); total=$((total + br))
    printf '%-40s %9d B raw %8d B brotli\n' "$(basename "$f")" "$raw" "$br"
  done
  printf '%-40s %9s       %8d B brotli\n' "all WebAssembly" "" "$total"
  python3 "$ROOT/.scripts/bundle_routes.py" "$dir"
}

build_server() {
  cargo build -p server --profile "$1"
}

case "$what" in
  wasm) build_wasm ;;
  release|dev) build_wasm; build_server "$what" ;;
  *) die "usage: build.sh [release|dev|wasm]" ;;
esac
