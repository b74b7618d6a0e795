#!/usr/bin/env bash
# Builds the Debian package of a configured build directory and inspects it: control fields,
# the files it installs, and the extracted binaries answering --version and --help without a display.
# Usage: scripts/check-package.sh <build-dir> [--expect <path-in-package>]...
set -euo pipefail

build=${1:?usage: check-package.sh <build-dir> [--expect <path>]...}
shift
expected=(
    usr/bin/warroom
    usr/bin/warroomctl
    usr/share/applications/io.github.warroom.Warroom.desktop
    usr/share/metainfo/io.github.warroom.Warroom.metainfo.xml
    usr/share/icons/hicolor/scalable/apps/warroom.svg
    usr/share/man/man1/warroom.1.gz
    usr/share/man/man1/warroomctl.1.gz
)
while [ $# -gt 0 ]; do
    case $1 in
        --expect) expected+=("$2"); shift 2 ;;
        *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
done

fail() { echo "FAIL: $*" >&2; exit 1; }

rm -f "$build"/warroom_*.deb
# What `cmake --build <dir> --target package` does, without building the tests and benchmarks
# first: the man_pages target builds every installed program, cpack installs and packs them.
cmake --build "$build" --target man_pages >/dev/null || fail "the programs or their man pages did not build"
(cd "$build" && cpack -G DEB --config CPackConfig.cmake >/dev/null) || fail "cpack could not build the package"
debs=("$build"/warroom_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one warroom_*.deb in $build, found: ${debs[*]}"
deb=${debs[0]}
echo "package: $deb ($(stat -c %s "$deb") bytes)"

info=$(dpkg-deb --info "$deb")
echo "$info" | grep -E '^ (Package|Version|Architecture|Section|Maintainer|Installed-Size|Depends|Recommends):'
field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = warroom ] || fail "Package is not warroom"
[ -n "$(field Version)" ] || fail "no Version"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
[ "$(field Section)" = utils ] || fail "Section is not utils"
depends=$(field Depends)
for dep in libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins libqt6svg6 libqt6widgets6 libqt6sql6 libc6; do
    grep -Eq "(^|, )$dep( |,|$)" <<<"$depends" || fail "Depends lacks $dep: $depends"
done

contents=$(dpkg-deb --contents "$deb")
for path in "${expected[@]}"; do
    grep -Eq " \./$path$" <<<"$contents" || fail "the package lacks /$path"
done
echo "contents: ${#expected[@]} expected files present"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dpkg-deb -x "$deb" "$tmp/root"
root=$tmp/root
export QT_QPA_PLATFORM=offscreen HOME=$tmp XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data
version=$(dpkg-deb --field "$deb" Version)
for bin in "$root"/usr/bin/*; do
    name=$(basename "$bin")
    out=$("$bin" --version) || fail "$name --version failed"
    grep -q "$version" <<<"$out" || fail "$name --version printed \"$out\", not the version $version"
    echo "$name --version: $out"
done
# The desktop app answers --help even without any display.
help=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$root/usr/bin/warroom" --help) \
    || fail "warroom --help failed without a display"
grep -q -- "--database" <<<"$help" || fail "warroom --help does not describe --database"
zcat "$root/usr/share/man/man1/warroom.1.gz" | grep -q '^\.TH WARROOM' || fail "warroom.1 is not a man page"
zcat "$root/usr/share/man/man1/warroom.1.gz" | grep -q 'database' || fail "warroom.1 lacks the options"
echo "package OK"
