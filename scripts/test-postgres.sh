#!/usr/bin/env bash
# Starts or stops a throw-away PostgreSQL 15 for the tests, on a free loopback
# port. STATE_DIR receives `url` (the server's URL) and `datadir` (where the
# cluster lives: a fresh directory under /tmp, so that the postgres user can
# reach it even when the checkout sits in a private home directory).
#   scripts/test-postgres.sh start STATE_DIR
#   scripts/test-postgres.sh stop STATE_DIR
# initdb refuses to run as root, so as root the server runs as user postgres.
set -euo pipefail

cmd="${1:?start|stop}"
state="${2:?state directory}"
PGBIN="${PGBIN:-/usr/lib/postgresql/15/bin}"

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

stop_cluster() {
  if [ -f "$state/datadir" ]; then
    local data
    data="$(cat "$state/datadir")"
    if [ -f "$data/pgdata/postmaster.pid" ]; then
      as_owner "$PGBIN/pg_ctl" -D "$data/pgdata" -m fast -w stop >/dev/null || true
    fi
    rm -rf "$data"
    rm -f "$state/datadir" "$state/url"
  fi
}

case "$cmd" in
  start)
    mkdir -p "$state"
    stop_cluster
    data="$(mktemp -d /tmp/kplan-pgtest.XXXXXX)"
    echo "$data" >"$state/datadir"
    if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$data"; fi
    # A random high port that nothing answers on (bash's /dev/tcp connects or fails).
    for _ in $(seq 1 50); do
      port=$(( 20000 + RANDOM % 40000 ))
      if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then break; fi
    done
    if ! as_owner "$PGBIN/initdb" -D "$data/pgdata" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
        >"$data/initdb.log" 2>&1; then
      cat "$data/initdb.log" >&2
      exit 1
    fi
    if ! as_owner "$PGBIN/pg_ctl" -D "$data/pgdata" -l "$data/server.log" -w -t 30 \
        -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$data -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null; then
      cat "$data/server.log" >&2
      exit 1
    fi
    echo "postgresql://postgres@127.0.0.1:$port/postgres" >"$state/url"
    echo "test-postgres: PostgreSQL 15 on 127.0.0.1:$port ($data)"
    ;;
  stop)
    stop_cluster
    echo "test-postgres: stopped"
    ;;
  *)
    echo "usage: $0 start|stop STATE_DIR" >&2
    exit 2
    ;;
esac
