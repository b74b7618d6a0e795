#!/usr/bin/env bash
# Fails when a Qt Linguist catalogue has a message without a finished translation.
# Usage: scripts/check-translations.sh translations/warroom_de.ts
set -euo pipefail
ts=${1:?usage: check-translations.sh <file.ts>}
[ -f "$ts" ] || { echo "FAIL: no such file: $ts" >&2; exit 1; }

messages=$(grep -c '<message' "$ts" || true)
unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
empty=$(grep -Ec '<translation>\s*</translation>|<translation/>|<numerusform>\s*</numerusform>|<numerusform/>' "$ts" || true)
echo "$ts: $messages messages, $unfinished unfinished, $empty empty"
if [ "$messages" -eq 0 ] || [ "$unfinished" -ne 0 ] || [ "$empty" -ne 0 ]; then
    grep -n -B4 -E 'type="unfinished"|<translation>\s*</translation>|<translation/>|<numerusform>\s*</numerusform>' "$ts" \
        | grep '<source>' | head -20 >&2 || true
    echo "FAIL: $ts is not complete" >&2
    exit 1
fi
