#!/usr/bin/env bash
# Refresh the RustSec advisory database snapshot that `make test` checks the dependencies
# against (stage `deny`): .ci/advisory-db.tar.xz and the commit it holds. Run it where GitHub is
# reachable (or pass a local clone): `bash .scripts/advisory-db.sh [git URL or path]`.
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
source_repo="${1:-https://github.com/rustsec/advisory-db}"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
git clone --quiet --depth 1 "$source_repo" "$tmp/db" 2>/dev/null \
  || git clone --quiet "$source_repo" "$tmp/db"
git -C "$tmp/db" archive --format=tar HEAD | xz -9 >.ci/advisory-db.tar.xz
git -C "$tmp/db" log -1 --format='%H %cI' >.ci/advisory-db.commit
log "advisory database snapshot: $(cat .ci/advisory-db.commit) ($(stat -c %s .ci/advisory-db.tar.xz) B)"
