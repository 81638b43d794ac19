#!/usr/bin/env bash
# Run a command inside a private D-Bus session with an unlocked GNOME keyring, so that tests
# exercise the real Secret Service backend. HOME and the XDG folders point at a throw-away
# directory: no test can read or write the developer's own keyring or profile.
set -euo pipefail
if [ -z "${HARBOUR_KEYRING_SESSION:-}" ]; then
  export HARBOUR_KEYRING_SESSION=1
  exec dbus-run-session -- "$0" "$@"
fi
scratch=$(mktemp -d -t harbour-home.XXXXXX)
cleanup() { [ -n "${GNOME_KEYRING_PID:-}" ] && kill "$GNOME_KEYRING_PID" 2>/dev/null; rm -rf "$scratch"; }
trap cleanup EXIT
export HOME="$scratch" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
       XDG_CACHE_HOME="$scratch/cache" XDG_STATE_HOME="$scratch/state" XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_STATE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# gnome-keyring-daemon prints GNOME_KEYRING_CONTROL=... and GNOME_KEYRING_PID=... lines.
while IFS= read -r line; do export "${line?}"; done < <(printf 'harbour-test' | gnome-keyring-daemon --unlock --components=secrets --daemonize)
"$@"
