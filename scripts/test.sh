#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, starts a private PostgreSQL 15
# server for the storage and sync tests (scripts/pg.sh: a throw-away cluster on a free port
# of 127.0.0.1, its URL in WARROOM_TEST_PG_URL; stopped and deleted on exit, also on failure
# or interrupt), and runs the whole CTest suite headless. Exit status is CTest's.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

scripts/deps.sh test
cmake -S . -B build-ci -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWARROOM_WERROR=ON >/dev/null
cmake --build build-ci --parallel "$(nproc)"

WARROOM_PG_DIR=$(mktemp -d "${TMPDIR:-/tmp}/warroom-test-pg.XXXXXX")
export WARROOM_PG_DIR
trap '"$root/scripts/pg.sh" stop' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
WARROOM_TEST_PG_URL=$(scripts/pg.sh start)
export WARROOM_TEST_PG_URL
echo "PostgreSQL for the tests: $WARROOM_TEST_PG_URL"

cd build-ci
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 600 "$@"
