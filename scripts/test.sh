#!/usr/bin/env bash
# Install what is missing, build with warnings as errors, and run every test (ctest) inside a
# D-Bus session with an unlocked gnome-keyring and the offscreen Qt platform.
# Extra arguments go to ctest, e.g. scripts/test.sh -L models
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/setup.sh"
build_dir=${PGVAULT_BUILD_DIR:-$root/build}
export QT_QPA_PLATFORM=offscreen
jobs=$(nproc 2>/dev/null || echo 2)
"$root/scripts/with-keyring.sh" ctest --test-dir "$build_dir" --output-on-failure --parallel "$jobs" "$@"
