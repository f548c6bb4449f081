#!/usr/bin/env bash
# Renders the policy screens (main window, wizard pages, Add retention) to PNGs in English and
# German, offscreen: scripts/screenshots.sh OUTDIR. Builds first if needed (scripts/setup.sh).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=${1:?usage: scripts/screenshots.sh OUTDIR}
build_dir=${PGVAULT_BUILD_DIR:-$root/build}
if [ ! -x "$build_dir/tests/TestScreenshots" ]; then
    PGVAULT_BUILD_DIR="$build_dir" "$root/scripts/setup.sh"
fi
cmake --build "$build_dir" --target TestScreenshots >&2
mkdir -p "$out"
out=$(cd "$out" && pwd)
for lang in en de; do
    QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 PGVAULT_SCREENSHOT_DIR="$out" PGVAULT_SCREENSHOT_LANG="$lang" \
        "$build_dir/tests/TestScreenshots" -silent >&2
done
ls "$out"/*.png
