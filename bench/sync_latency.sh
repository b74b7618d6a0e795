#!/usr/bin/env bash
# Runs bench/sync_latency against a private PostgreSQL 15 server of its own (scripts/pg.sh in
# a fresh WARROOM_PG_DIR), with durability ON (fsync and full-page writes, unlike the test
# server), and always removes the server afterwards.
#
#   bench/sync_latency.sh [BUILD_DIR] [-- sync_latency options]
#       BUILD_DIR defaults to build-release; e.g. bench/sync_latency.sh build-release -- --samples 500
#   bench/sync_latency.sh kill | start
#       used by the benchmark itself (--server-control): stop the server hard
#       (pg_ctl stop -m immediate) / start the same cluster again on the same port.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bindir=${WARROOM_PG_BINDIR:-/usr/lib/postgresql/15/bin}

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

# The server's own command line minus the test server's durability shortcuts.
durable_options() {
    sed -e 's/^[^ ]* "-D" "[^"]*" //' \
        -e 's/"-c" "fsync=off" *//' -e 's/"-c" "synchronous_commit=off" *//' \
        -e 's/"-c" "full_page_writes=off" *//' "$WARROOM_PG_DIR/data/postmaster.opts"
}

case "${1:-}" in
    kill)
        as_owner "$bindir/pg_ctl" -D "$WARROOM_PG_DIR/data" -m immediate -w -t 30 stop >/dev/null
        exit 0
        ;;
    start)
        as_owner "$bindir/pg_ctl" -D "$WARROOM_PG_DIR/data" -l "$WARROOM_PG_DIR/server.log" -w -t 60 \
            -o "$(cat "$WARROOM_PG_DIR/bench.opts")" start >/dev/null
        exit 0
        ;;
esac

build=${1:-build-release}
[ "${1:-}" = "--" ] && build=build-release
[ $# -gt 0 ] && [ "$1" != "--" ] && shift
[ "${1:-}" = "--" ] && shift
case "$build" in /*) ;; *) build="$root/$build" ;; esac
bench="$build/bench/sync_latency"
[ -x "$bench" ] || { echo "sync_latency.sh: $bench not built (cmake --build $build --target sync_latency)" >&2; exit 1; }

WARROOM_PG_DIR=$(mktemp -d "${TMPDIR:-/tmp}/warroom-bench-pg.XXXXXX")
export WARROOM_PG_DIR
rmdir "$WARROOM_PG_DIR"   # pg.sh wants it empty or absent
trap '"$root/scripts/pg.sh" stop' EXIT
url=$("$root/scripts/pg.sh" start)

# Restart with durability on: the latency of a commit includes its WAL flush, as in production.
durable_options | as_owner tee "$WARROOM_PG_DIR/bench.opts" >/dev/null
as_owner "$bindir/pg_ctl" -D "$WARROOM_PG_DIR/data" -m fast -w -t 30 stop >/dev/null
"$0" start

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
"$bench" --url "$url" --server-control "$0" "$@"
