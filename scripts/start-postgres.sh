#!/usr/bin/env bash
# Start a throwaway PostgreSQL cluster on 127.0.0.1 for the tests, and print its URL.
#
#   eval "$(bash scripts/start-postgres.sh)"     # exports DEALWATCH_TEST_PG and DEALWATCH_PG_DIR
#   ... run the tests ...
#   bash scripts/start-postgres.sh --stop "$DEALWATCH_PG_DIR"
#
# Installs Debian's PostgreSQL server with apt when no server binaries are found. The cluster
# lives in a temporary directory owned by the `postgres` OS user (root cannot run a server),
# listens on 127.0.0.1 only (port DEALWATCH_PG_PORT, default 5433) with trust authentication:
# for tests, never for data.
set -euo pipefail
PORT=${DEALWATCH_PG_PORT:-}
if [ -z "$PORT" ]; then  # 5433, or the next free port when something already listens there
  for PORT in $(seq 5433 5452); do
    (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null || break
  done
fi

find_bin() {
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  done
  command -v initdb >/dev/null && { dirname "$(command -v initdb)"; return 0; }
  return 1
}

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then
    su postgres -s /bin/sh -c "$*"
  else
    sh -c "$*"  # not root: run the server as this user
  fi
}

if [ "${1:-}" = "--stop" ]; then
  DIR=${2:?usage: start-postgres.sh --stop DIR}
  BIN=$(find_bin)
  as_postgres "'$BIN/pg_ctl' -D '$DIR/data' -m fast -w stop" >/dev/null 2>&1 || true
  rm -rf "$DIR"
  exit 0
fi

if ! BIN=$(find_bin); then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -q >&2
  $SUDO apt-get install -y -q postgresql >&2
  BIN=$(find_bin)
fi

DIR=$(mktemp -d /tmp/dealwatch-pg.XXXXXX)
chmod 755 "$DIR"
[ "$(id -u)" -eq 0 ] && chown postgres: "$DIR"
as_postgres "'$BIN/initdb' -D '$DIR/data' -U postgres -A trust -E UTF8 --locale=C.UTF-8" >&2
as_postgres "'$BIN/pg_ctl' -D '$DIR/data' -l '$DIR/log' -w -t 60 \
  -o \"-h 127.0.0.1 -p $PORT -k '$DIR' -c fsync=off -c max_connections=100\" start" >&2
for _ in $(seq 1 60); do
  "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT" && break
  sleep 1
done
"$BIN/pg_isready" -h 127.0.0.1 -p "$PORT" >&2
echo "export DEALWATCH_TEST_PG=postgresql://postgres@127.0.0.1:$PORT/postgres"
echo "export DEALWATCH_PG_DIR=$DIR"
