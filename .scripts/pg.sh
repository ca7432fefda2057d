# Start a throwaway PostgreSQL on a temporary folder and a free loopback port. Sourced by
# test.sh; exports TEST_DATABASE_URL and registers a cleanup. Debian's initdb refuses to run as
# root, so the cluster belongs to the `postgres` system user that the package creates.
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)"
[ -x "$pg_bin/initdb" ] || die "PostgreSQL server binaries not found (apt-get install postgresql)"
PG_DIR="$(mktemp -d /tmp/prestasi-pg.XXXXXX)"
PG_PORT="$(free_port)"
pg_user="$(id -un)"
as_pg() { "$@"; }
if [ "$(id -u)" -eq 0 ]; then
  pg_user=postgres
  chown postgres "$PG_DIR"
  as_pg() { runuser -u postgres -- "$@"; }
fi
as_pg "$pg_bin/initdb" -D "$PG_DIR/data" -U prestasi --auth=trust -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 \
  || { cat "$PG_DIR/initdb.log" >&2; die "initdb failed"; }
as_pg "$pg_bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
  -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off" start >/dev/null \
  || { cat "$PG_DIR/server.log" >&2; die "PostgreSQL did not start"; }
pg_stop() { as_pg "$pg_bin/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$PG_DIR"; }
export TEST_DATABASE_URL="postgres://prestasi@127.0.0.1:$PG_PORT/postgres"
log "throwaway PostgreSQL on port $PG_PORT ($pg_user)"
