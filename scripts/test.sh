#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, and runs the whole CTest suite
# headless. Exit status is CTest's.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

scripts/deps.sh test
cmake -S . -B build-ci -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWARROOM_WERROR=ON >/dev/null
cmake --build build-ci --parallel "$(nproc)"
cd build-ci
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 600 "$@"
