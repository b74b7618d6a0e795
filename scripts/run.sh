#!/usr/bin/env bash
# Installs what is missing, builds, and opens the war room on the embedded SQLite database
# in your data directory (~/.local/share/warroom/warroom.db). On the very first run the
# real Google Cloud incident history from ../shared/data is imported, if it is there.
# Extra arguments go to the app (e.g. --database postgresql://...).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

scripts/deps.sh build
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build --parallel "$(nproc)" --target warroom warroomctl

data_home=${XDG_DATA_HOME:-$HOME/.local/share}
db="$data_home/warroom/warroom.db"
sample="$root/../shared/data/gcp-incidents.json"
if [ ! -e "$db" ] && [ -f "$sample" ]; then
    echo "First start: importing the Google Cloud incident history into $db"
    build/src/cli/warroomctl --database "sqlite:$db" import "$sample"
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    shot="$root/build/warroom-screenshot.png"
    echo "No display found: rendering the war room offscreen to $shot instead of opening a window."
    QT_QPA_PLATFORM=offscreen exec build/src/app/warroom --database "sqlite:$db" --screenshot "$shot" "$@"
fi
exec build/src/app/warroom --database "sqlite:$db" "$@"
