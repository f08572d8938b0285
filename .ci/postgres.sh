#!/usr/bin/env bash
# Starts a throwaway PostgreSQL on loopback for the collector tests and prints its DATABASE_URL.
# Usage: eval "$(bash .ci/postgres.sh start)"; ...; bash .ci/postgres.sh stop "$PGDATA"
set -euo pipefail
PORT="${PGPORT_TEST:-55432}"

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

as_postgres() {
  if [ "$(id -u)" = "0" ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi
}

case "${1:-}" in
  start)
    if [ -z "$(pg_bin)" ]; then
      export DEBIAN_FRONTEND=noninteractive
      (apt-get update && apt-get install -y postgresql) >&2
    fi
    BIN="$(pg_bin)"
    DATA="$(mktemp -d /tmp/consentry-pg.XXXXXX)"
    [ "$(id -u)" = "0" ] && chown postgres "$DATA"
    as_postgres "'$BIN/initdb' -D '$DATA' -A trust -U postgres --no-sync" >&2
    as_postgres "'$BIN/pg_ctl' -D '$DATA' -l '$DATA/server.log' -w -o \"-p $PORT -k '$DATA' -c listen_addresses=127.0.0.1 -c fsync=off\" start" >&2
    as_postgres "'$BIN/createdb' -h 127.0.0.1 -p $PORT -U postgres consentry_test" >&2
    echo "export PGDATA_TEST='$DATA'"
    echo "export DATABASE_URL='postgres://postgres@127.0.0.1:$PORT/consentry_test'"
    ;;
  stop)
    as_postgres "'$(pg_bin)/pg_ctl' -D '${2:?data directory}' -m fast -w stop" >&2 || true
    rm -rf "${2}"
    ;;
  *)
    echo "usage: $0 start | stop DATA_DIR" >&2
    exit 2
    ;;
esac
