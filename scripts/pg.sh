#!/usr/bin/env bash
# A private, throw-away PostgreSQL 15 server for the test suite.
#
#   scripts/pg.sh start   creates a cluster in a temporary directory, starts it on a free port
#                         of 127.0.0.1 (trust authentication: local test use only) and prints
#                         its URL, postgresql://postgres@127.0.0.1:PORT/postgres
#   scripts/pg.sh url     prints the URL of the running server
#   scripts/pg.sh stop    stops the server and deletes its directory (quietly succeeds if
#                         nothing is running)
#   scripts/pg.sh kill    stops the server hard (pg_ctl stop -m immediate, like a crash) and
#                         keeps its directory, for tests of a lost server
#   scripts/pg.sh restart starts it again (after kill) on the same port with the same options
#
# The cluster lives in $WARROOM_PG_DIR if set (it must be empty or absent; scripts/test.sh
# sets it), else in a new mktemp directory remembered in ${TMPDIR:-/tmp}/warroom-pg-$UID.last so
# that `url` and `stop` find it. Run as root, the server runs as the user postgres.
#
# TLS: with WARROOM_PG_SSL_DIR set to a directory holding server.crt and server.key (PEM),
# `start` copies both into the cluster directory (the key readable by the server's user only)
# and starts the server with ssl=on; plain connections are still accepted.
# Passwords: with WARROOM_PG_PASSWORD set, TCP connections must log in with that password
# (scram-sha-256) instead of being trusted; the printed URL does not contain it.
set -euo pipefail

bindir=${WARROOM_PG_BINDIR:-/usr/lib/postgresql/15/bin}
tmp=${TMPDIR:-/tmp}
last_file="$tmp/warroom-pg-$(id -u).last"

die() { echo "pg.sh: $*" >&2; exit 1; }

# Runs a PostgreSQL program as the cluster owner (postgres when we are root).
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

cluster_dir() {
    if [ -n "${WARROOM_PG_DIR:-}" ]; then
        echo "$WARROOM_PG_DIR"
    elif [ -f "$last_file" ]; then
        cat "$last_file"
    else
        echo ""
    fi
}

port_in_use() {
    # Connecting succeeds only if something listens there.
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

url_of() {
    echo "postgresql://postgres@127.0.0.1:$(cat "$1/port")/postgres"
}

cmd_start() {
    [ -x "$bindir/initdb" ] || die "$bindir/initdb not found (install the Debian package postgresql)"
    local dir
    if [ -n "${WARROOM_PG_DIR:-}" ]; then
        dir=$WARROOM_PG_DIR
        mkdir -p "$dir"
        [ -z "$(ls -A "$dir")" ] || die "$dir is not empty"
    else
        dir=$(mktemp -d "$tmp/warroom-pg.XXXXXX")
        echo "$dir" >"$last_file"
    fi
    chmod 700 "$dir"
    if [ "$(id -u)" -eq 0 ]; then
        id postgres >/dev/null 2>&1 || die "there is no user postgres to run the server as"
        chown postgres: "$dir"
    fi
    local auth=(-A trust)
    if [ -n "${WARROOM_PG_PASSWORD:-}" ]; then
        printf '%s\n' "$WARROOM_PG_PASSWORD" | as_owner tee "$dir/pwfile" >/dev/null
        chmod 600 "$dir/pwfile"
        auth=(--auth-local=trust --auth-host=scram-sha-256 --pwfile="$dir/pwfile")
    fi
    as_owner "$bindir/initdb" -D "$dir/data" -U postgres "${auth[@]}" -E UTF8 --locale=C.UTF-8 --no-sync \
        >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; die "initdb failed"; }
    rm -f "$dir/pwfile"

    local ssl_opts=""
    if [ -n "${WARROOM_PG_SSL_DIR:-}" ]; then
        [ -f "$WARROOM_PG_SSL_DIR/server.crt" ] && [ -f "$WARROOM_PG_SSL_DIR/server.key" ] \
            || die "$WARROOM_PG_SSL_DIR must hold server.crt and server.key"
        install -m 0644 "$WARROOM_PG_SSL_DIR/server.crt" "$dir/server.crt"
        install -m 0600 "$WARROOM_PG_SSL_DIR/server.key" "$dir/server.key"
        if [ "$(id -u)" -eq 0 ]; then
            chown postgres: "$dir/server.crt" "$dir/server.key"
        fi
        ssl_opts="-c ssl=on -c ssl_cert_file=$dir/server.crt -c ssl_key_file=$dir/server.key"
    fi

    local attempt port
    for attempt in 1 2 3 4 5 6 7 8 9 10; do
        port=$((20000 + (RANDOM * 32768 + RANDOM) % 40000))
        port_in_use "$port" && continue
        # Sockets in the cluster directory, TCP on loopback only, durability off (a test server).
        # The server's time zone is deliberately odd (+13:45) so that no test passes by relying on UTC.
        if as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
            -o "-p $port -c listen_addresses=127.0.0.1 -k $dir -c fsync=off -c synchronous_commit=off \
                -c full_page_writes=off -c max_connections=200 -c TimeZone=Pacific/Chatham $ssl_opts" start >/dev/null; then
            echo "$port" | as_owner tee "$dir/port" >/dev/null
            url_of "$dir"
            return 0
        fi
        echo "pg.sh: start on port $port failed (attempt $attempt), retrying" >&2
        tail -n 5 "$dir/server.log" >&2 || true
    done
    die "could not start PostgreSQL; see $dir/server.log"
}

cmd_stop() {
    local dir
    dir=$(cluster_dir)
    [ -n "$dir" ] && [ -d "$dir" ] || return 0
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    if [ -z "${WARROOM_PG_DIR:-}" ]; then
        rm -f "$last_file"
    fi
}

cmd_url() {
    local dir
    dir=$(cluster_dir)
    [ -n "$dir" ] && [ -f "$dir/port" ] || die "no server is running (scripts/pg.sh start)"
    url_of "$dir"
}

cmd_kill() {
    local dir
    dir=$(cluster_dir)
    [ -n "$dir" ] && [ -f "$dir/port" ] || die "no server is running (scripts/pg.sh start)"
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w -t 30 stop >/dev/null
}

cmd_restart() {
    local dir
    dir=$(cluster_dir)
    [ -n "$dir" ] && [ -f "$dir/port" ] || die "no server to restart (scripts/pg.sh start)"
    # restart takes the options of the last start from data/postmaster.opts.
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 restart >/dev/null 2>&1 \
        || { tail -n 5 "$dir/server.log" >&2; die "restart failed"; }
}

case "${1:-}" in
    start) cmd_start ;;
    stop) cmd_stop ;;
    url) cmd_url ;;
    kill) cmd_kill ;;
    restart) cmd_restart ;;
    *) echo "usage: $0 start|stop|url|kill|restart" >&2; exit 2 ;;
esac
