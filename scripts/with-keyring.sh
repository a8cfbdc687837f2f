#!/bin/sh
# usage: scripts/with-keyring.sh <command...>
# Runs the command inside a private D-Bus session with a throwaway, unlocked gnome-keyring, so that
# keychain tests use a real Secret Service and never touch the user's own keyring.
set -e
command -v dbus-run-session >/dev/null || { echo "with-keyring: dbus-run-session missing: apt-get install -y dbus" >&2; exit 1; }
command -v gnome-keyring-daemon >/dev/null || { echo "with-keyring: gnome-keyring-daemon missing: apt-get install -y gnome-keyring" >&2; exit 1; }
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export KC_REAL_HOME="$HOME"
export HOME="$T" XDG_DATA_HOME="$T/data" XDG_RUNTIME_DIR="$T/run"
mkdir -p "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- sh -c 'echo -n test | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' sh "$@"
