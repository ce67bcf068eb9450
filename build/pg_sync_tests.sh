#!/usr/bin/env bash
# The hub's PostgreSQL path: run the sync suite again with the hub on a throwaway PostgreSQL cluster
# listening on 127.0.0.1 only, started and removed here. Skips (exit 0, says so) when the machine has
# no PostgreSQL server binaries. Usage: bash build/pg_sync_tests.sh [pytest args]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "postgresql sync tests: skipped, no PostgreSQL server on this machine"
  exit 0
fi
dir=$(mktemp -d /tmp/pan-pg.XXXXXX)
port=$(.venv/bin/python -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$dir"
cleanup() { as_pg "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$dir"; }
trap cleanup EXIT
as_pg "$bin/initdb" -D "$dir/data" -A trust -U pan >/dev/null
as_pg "$bin/pg_ctl" -D "$dir/data" -w -t 30 -l "$dir/log" \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off" start >/dev/null
"$bin/createdb" -h 127.0.0.1 -p "$port" -U pan hub
PAN_TEST_HUB_DB="postgresql+psycopg://pan@127.0.0.1:$port/hub" .venv/bin/python -m pytest -q tests/sync "$@"
