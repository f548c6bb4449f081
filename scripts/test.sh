#!/usr/bin/env bash
# Install what is missing, build with warnings as errors, and run every test (ctest) inside a
# D-Bus session with an unlocked gnome-keyring and the offscreen Qt platform.
# Extra arguments go to ctest, e.g. scripts/test.sh -L models
# --sanitize (first argument) builds into build-asan with AddressSanitizer and UBSan instead and
# runs the tests there: any leak in our code, bad memory access or undefined behaviour fails them.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if [ "${1:-}" = "--sanitize" ]; then
    shift
    export PGVAULT_SANITIZE=ON PGVAULT_BUILD_DIR=${PGVAULT_BUILD_DIR:-$root/build-asan}
    # Unoptimised, with Qt's and our assertions on: compiles five times faster than RelWithDebInfo.
    export PGVAULT_BUILD_TYPE=${PGVAULT_BUILD_TYPE:-Debug}
    # Third-party leaks only are suppressed (tests/sanitizers/lsan.supp); the first report ends a test.
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0
    export LSAN_OPTIONS=suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0
    export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
fi
"$root/scripts/setup.sh"
build_dir=${PGVAULT_BUILD_DIR:-$root/build}
export QT_QPA_PLATFORM=offscreen
jobs=$(nproc 2>/dev/null || echo 2)
"$root/scripts/with-keyring.sh" ctest --test-dir "$build_dir" --output-on-failure --parallel "$jobs" "$@"
