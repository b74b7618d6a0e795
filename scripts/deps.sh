#!/usr/bin/env bash
# Installs the Debian 12 packages Warroom needs to build, run and test, if any are missing.
# Usage: scripts/deps.sh [build|test]   (test adds what the test suite needs)
set -euo pipefail

packages=(
    cmake g++ make pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev libqt6svg6 libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins
    libqcustomplot-dev libgl-dev
    fonts-dejavu-core
    qt6-httpserver-dev libqt6httpserver6 qt6-websockets-dev   # warroomd: the alert intake webhooks
    qt6-translations-l10n   # Qt's own German strings (standard dialog buttons)
    qtkeychain-qt6-dev      # passwords of shared databases in the desktop's keyring (Secret Service)
    help2man dpkg-dev       # man pages from --help; dpkg-shlibdeps and dpkg-deb for the .deb
)
if [ "${1:-build}" = "test" ]; then
    packages+=(xauth xvfb postgresql)   # postgresql: the private server scripts/pg.sh starts
    packages+=(openssl)                  # tests/storage/tst_tls: a CA and server certificate for TLS
    packages+=(prometheus-alertmanager)   # tests/server: a real Alertmanager posts to warroomd
    packages+=(appstream desktop-file-utils)   # validate the AppStream metainfo and the .desktop file
    packages+=(poppler-utils)            # tests/interchange: pdfinfo, pdftotext, pdftoppm check the postmortem PDF
    packages+=(chromium)                 # tests/server: headless Chromium loads the status page
    packages+=(clang-14 libfuzzer-14-dev)   # scripts/fuzz.sh: libFuzzer targets with sanitizers
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing missing Debian packages: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
    sudo=()
elif command -v sudo >/dev/null 2>&1; then
    sudo=(sudo)
else
    echo "error: these packages are missing and neither root nor sudo is available: ${missing[*]}" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
