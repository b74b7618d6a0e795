#!/usr/bin/env bash
# Longer fuzzing run than the suite's: every libFuzzer target for 5 minutes (or $1 seconds).
# The suite runs the same targets for a few seconds each (CTest fuzz_smoke).
set -euo pipefail
exec "$(dirname "$0")/../scripts/fuzz.sh" --seconds "${1:-300}"
