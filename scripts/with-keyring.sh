#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring (the real Secret
# Service), a throwaway HOME and XDG folders. Used by scripts/test.sh and by keychain tests.
set -eu
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config"
export XDG_STATE_HOME="$home/.local/state" XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" && chmod 700 "$XDG_RUNTIME_DIR"
# Not exec: the EXIT trap must run to remove the keyring folder.
dbus-run-session -- sh -c '
    eval "$(printf "test-only-password" | gnome-keyring-daemon --unlock --components=secrets)"
    export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK
    "$@"' sh "$@"
