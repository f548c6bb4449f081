#!/usr/bin/env bash
# Fuzz PgVault's readers of outside input with libFuzzer: configures build-fuzz (clang,
# PGVAULT_FUZZ=ON), builds only the fuzz targets, runs each for SECONDS (default 60) and prints
# its executions and crashes. Seeds come from tests/fuzz/corpus/<target>; what the run learns
# goes to build-fuzz/fuzz/<target>/corpus, crashing inputs to build-fuzz/fuzz/<target>/crashes.
# Exit 1 when a target crashed. See tests/fuzz/README.md.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=${1:-60}
build=${PGVAULT_FUZZ_BUILD_DIR:-$root/build-fuzz}
launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DPGVAULT_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    "${launcher[@]}" >/dev/null
nice cmake --build "$build" --target fuzz_targets

failed=0
for target in fuzz_policy_json fuzz_manifest_json fuzz_dump_archive; do
    work=$build/fuzz/$target
    mkdir -p "$work/corpus" "$work/crashes"
    status=0
    # Qt keeps caches for the process's lifetime; a leak report would be about Qt, not the input.
    nice "$build/tests/fuzz/$target" -max_total_time="$seconds" -print_final_stats=1 -detect_leaks=0 \
        -dict="$root/tests/fuzz/$target.dict" -artifact_prefix="$work/crashes/" \
        "$work/corpus" "$root/tests/fuzz/corpus/$target" >"$work/log" 2>&1 || status=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log" | tail -n 1)
    crashes=$(find "$work/crashes" -type f | wc -l)
    printf '%-20s %4ss  %10s executions  %s crashes  (log: %s)\n' "$target" "$seconds" "${execs:-?}" "$crashes" \
        "$work/log"
    if [ "$status" -ne 0 ] || [ "$crashes" -ne 0 ]; then
        failed=1
        grep -m 3 -E 'ERROR|runtime error|fuzz_[a-z_]+:' "$work/log" || true
    fi
done
exit "$failed"
