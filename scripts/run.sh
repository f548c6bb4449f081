#!/usr/bin/env bash
# Quick start: install what is missing, build, and open PgVault on its embedded defaults
# (SQLite catalog and the local vault under the user's data folder, or $PGVAULT_HOME).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/setup.sh"
build_dir=${PGVAULT_BUILD_DIR:-$root/build}
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "run: no display found; starting PgVault in a virtual X server (xvfb-run)" >&2
    exec xvfb-run -a -s "-screen 0 1280x800x24" "$build_dir/app/pgvault" "$@"
fi
exec "$build_dir/app/pgvault" "$@"
