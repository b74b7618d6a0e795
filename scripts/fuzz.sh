#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) with clang-14, AddressSanitizer and
# UndefinedBehaviorSanitizer, and runs each for a bounded time on a copy of its seed corpus.
#
#   scripts/fuzz.sh [--seconds N] [--build DIR] [--only NAME]
#
# --seconds  time per target (default 10; bench/fuzz.sh runs longer)
# --build    build directory (default build-fuzz)
# --only     run one target, e.g. fuzz_gcp_import
# Exits non-zero if a target crashes, hangs, leaks or trips a sanitizer; the input that did
# it is kept in <build>/artifacts/.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=10
build="$root/build-fuzz"
only=""
while [ $# -gt 0 ]; do
    case "$1" in
        --seconds) seconds=$2; shift 2 ;;
        --build) build=$2; shift 2 ;;
        --only) only=$2; shift 2 ;;
        *) echo "fuzz.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done

command -v clang++-14 >/dev/null || { echo "fuzz.sh: clang++-14 missing (scripts/deps.sh test installs it)" >&2; exit 1; }

cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 \
    -DWARROOM_FUZZ=ON -DBUILD_TESTING=OFF >/dev/null
targets=$(sed -n 's/^warroom_add_fuzzer(\([a-z_]*\) .*/\1/p' "$root/tests/fuzz/CMakeLists.txt")
[ -n "$only" ] && targets=$only
# shellcheck disable=SC2086
cmake --build "$build" --parallel "$(nproc)" --target $targets

# Seeds per target: the importer fixtures and documented examples under tests/data, and the
# small hand-written inputs under tests/fuzz/corpus.
seeds_of() {
    case "$1" in
        fuzz_gcp_import) echo "$root/tests/data/gcp" ;;
        fuzz_statuspage_import) echo "$root/tests/data/statuspage" ;;
        fuzz_history_auto) echo "$root/tests/data/gcp $root/tests/data/statuspage" ;;
        fuzz_timeline_input) echo "$root/tests/fuzz/corpus/timeline_input" ;;
        fuzz_people_csv) echo "$root/tests/fuzz/corpus/people_csv" ;;
        fuzz_alert_*) echo "$root/tests/data/alerts" ;;
        *) echo "" ;;
    esac
}

export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
mkdir -p "$build/artifacts"
failed=()
for target in $targets; do
    corpus="$build/corpus/$target"
    mkdir -p "$corpus"
    for dir in $(seeds_of "$target"); do
        [ -d "$dir" ] && find "$dir" -maxdepth 1 -type f ! -name '*.md' -exec cp -n {} "$corpus/" \;
    done
    echo "== $target: ${seconds}s, $(find "$corpus" -type f | wc -l) corpus inputs"
    if ! "$build/tests/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 -print_final_stats=1 -artifact_prefix="$build/artifacts/$target-" "$corpus" \
        >"$build/$target.log" 2>&1; then
        tail -n 60 "$build/$target.log"
        failed+=("$target")
    else
        grep -E '^stat::number_of_executed_units|^Done' "$build/$target.log" || true
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz.sh: failed: ${failed[*]} (inputs in $build/artifacts)" >&2
    exit 1
fi
echo "fuzz.sh: no crash, hang, leak or sanitizer report"
