#!/usr/bin/env bash
# `make run`: set up, build in release, then serve with demo data on a SQLite database.
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
bash "$ROOT/.scripts/setup.sh"
bash "$ROOT/.scripts/build.sh" release
export PRESTASI_SITE_ROOT="$SITE_ROOT"
export DATABASE_URL="${DATABASE_URL:-sqlite://$ROOT/.data/prestasi.db}"
export PRESTASI_DEMO="${PRESTASI_DEMO:-true}"
export PRESTASI_ADDR="${PRESTASI_ADDR:-127.0.0.1:3000}"
log "serving on http://$PRESTASI_ADDR (Ctrl-C to stop)"
exec "$CARGO_TARGET_DIR/release/server" serve
