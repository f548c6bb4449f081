#!/usr/bin/env bash
# Runs clang-tidy with the agreed checks (.clang-tidy) over PgVault's own sources (app, ui, models,
# engine) using the build's compile_commands.json, in parallel; any finding fails. Builds first
# (scripts/setup.sh) so generated headers exist. Extra arguments are file filters (regexes), e.g.
# scripts/tidy.sh engine/jobs to check one folder.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${PGVAULT_BUILD_DIR:-$root/build}
"$root/scripts/setup.sh"
jobs=$(nproc 2>/dev/null || echo 2)
if [ $# -gt 0 ]; then
    filters=("$@")
else
    filters=("$root/(app|ui|models|engine)/.*\.cpp$")
fi
run-clang-tidy -quiet -p "$build_dir" -j "$jobs" "${filters[@]}"
