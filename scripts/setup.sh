#!/usr/bin/env bash
# Installs what is missing on Debian 12, then configures and builds PgVault into build/.
# Sourced-free: run by scripts/run.sh and scripts/test.sh. apt-get runs only when a package is missing.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${PGVAULT_BUILD_DIR:-$root/build}
build_type=${PGVAULT_BUILD_TYPE:-RelWithDebInfo}

packages=(
    cmake g++ ninja-build pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite libqt6sql6-psql
    qtkeychain-qt6-dev libspdlog-dev libzstd-dev libssl-dev
    postgresql postgresql-contrib
    dbus dbus-x11 gnome-keyring xvfb xauth fonts-dejavu-core qt6-translations-l10n
    clang-format clang-tidy
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
    echo "setup: installing ${missing[*]}" >&2
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

# PGVAULT_SANITIZE=ON (scripts/test.sh --sanitize) builds with AddressSanitizer and UBSan.
cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" -DPGVAULT_WERROR=ON \
    -DPGVAULT_SANITIZE="${PGVAULT_SANITIZE:-OFF}" >&2
jobs=$(nproc 2>/dev/null || echo 2)
cmake --build "$build_dir" --parallel "$jobs" >&2
