#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Herald authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the package as a player would, uses the *installed* programs, removes the package and checks that it
# left nothing in /usr. Needs root (CI is root). Used by CI after ./scripts/package.sh ci.
#   ./scripts/package-check.sh build/ci/herald_0.1.0_amd64.deb [OUT_DIR]
# OUT_DIR (default build/package-check) receives the installed app's screenshot and the exported files.
set -euo pipefail
deb=$(realpath "$1")
out=$(realpath -m "${2:-$(dirname "$0")/../build/package-check}")
export DEBIAN_FRONTEND=noninteractive
fail() { echo "package-check: $*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || fail "needs root (apt-get install, apt-get remove)"
if dpkg-query -W -f='${Status}' herald 2>/dev/null | grep -q "install ok installed"; then
    fail "herald is installed already; remove it first (apt-get remove herald)"
fi
rm -rf "$out" && mkdir -p "$out"
work=$(mktemp -d)
installed=0
# A failed check still removes the package it installed.
cleanup() {
    if [ "$installed" -eq 1 ]; then apt-get remove -y -qq herald >/dev/null 2>&1 || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

# What /usr holds before: after the removal, anything new must belong to another package (a dependency).
find /usr -xdev | sort > "$work/usr-before"

apt-get install -y -qq "$deb" > "$work/install.log" 2>&1 || { cat "$work/install.log"; fail "apt-get install failed"; }
installed=1
echo "== installed $(dpkg-query -W -f='${Package} ${Version}' herald)"
[ "$(command -v herald-cli)" = /usr/bin/herald-cli ] || fail "herald-cli is not /usr/bin/herald-cli"
[ "$(command -v herald)" = /usr/bin/herald ] || fail "herald is not /usr/bin/herald"
for file in /usr/share/applications/lol.herald.Herald.desktop /usr/share/metainfo/lol.herald.Herald.metainfo.xml \
    /usr/share/doc/herald/copyright /usr/share/doc/herald/changelog.gz \
    /usr/share/man/man1/herald.1.gz /usr/share/man/man1/herald-cli.1.gz \
    /usr/share/icons/hicolor/scalable/apps/lol.herald.Herald.svg; do
    [ -s "$file" ] || fail "$file is missing or empty"
done
for size in 16 32 48 64 128 256; do
    png=/usr/share/icons/hicolor/${size}x${size}/apps/lol.herald.Herald.png
    file "$png" | grep -q "PNG image data, $size x $size" || fail "$png is not a $size x $size PNG"
done
desktop-file-validate /usr/share/applications/lol.herald.Herald.desktop
appstreamcli validate --no-net /usr/share/metainfo/lol.herald.Herald.metainfo.xml >/dev/null
zcat /usr/share/doc/herald/changelog.gz | head -1 | grep -q "^herald (" || fail "changelog.gz is not a Debian changelog"
objdump -h /usr/bin/herald-cli | grep -q '\.debug_info' && fail "/usr/bin/herald-cli is not stripped"

# The installed programs, as a player (a home and data folder of their own; no display).
export HOME="$work/home" XDG_RUNTIME_DIR="$work/run" QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
data="$work/data"
herald-cli --version | tee "$out/version.txt"
grep -Eq '^herald-cli [0-9]+\.[0-9]+\.[0-9]+ \(git [0-9a-f]{12}(-modified)?\)$' "$out/version.txt" ||
    fail "herald-cli --version does not name the version and the git revision"
herald --version | grep -Eq '\(git [0-9a-f]{12}' || fail "herald --version does not name the git revision"
herald-cli --data-dir "$data" demo --matches 200
herald-cli --data-dir "$data" check
herald-cli --data-dir "$data" stats --account "Demo#HRLD" --metrics games,win_rate,kda --by champion \
    --sort -games --limit 5 --format csv | tee "$out/stats.csv"
[ "$(wc -l < "$out/stats.csv")" -ge 3 ] || fail "stats gave fewer than two champions"
herald-cli --data-dir "$data" export data --dataset matches --format csv -o "$out/matches.csv"
[ "$(($(wc -l < "$out/matches.csv") - 1))" -eq 200 ] || fail "the CSV export does not hold the 200 demo matches"
herald-cli --data-dir "$data" export report --template overview --format pdf -o "$out/overview.pdf"
head -c 5 "$out/overview.pdf" | grep -q '%PDF-' || fail "the PDF report is not a PDF"
herald --data-dir "$data" --screenshot "$out/dashboard.png" --size 1600x1000
file "$out/dashboard.png" | grep -q "PNG image data, 1600 x 1000" || fail "no 1600 x 1000 screenshot of the dashboard"
[ "$(stat -c %s "$out/dashboard.png")" -gt 50000 ] || fail "the dashboard screenshot is nearly empty"
echo "== the installed programs work: $out"

dpkg -L herald > "$out/files.txt"
apt-get remove -y -qq herald > "$work/remove.log" 2>&1 || { cat "$work/remove.log"; fail "apt-get remove failed"; }
installed=0
find /usr -xdev | sort > "$work/usr-after"
left=()
while IFS= read -r path; do
    dpkg -S "$path" >/dev/null 2>&1 || left+=("$path")
done < <(comm -13 "$work/usr-before" "$work/usr-after")
if [ ${#left[@]} -gt 0 ]; then
    printf '  %s\n' "${left[@]}" >&2
    fail "apt-get remove herald left ${#left[@]} path(s) in /usr that no package owns"
fi
for path in /usr/bin/herald /usr/bin/herald-cli /usr/share/doc/herald; do
    [ ! -e "$path" ] || fail "$path is still there after apt-get remove herald"
done
echo "== apt-get remove herald left nothing in /usr ($(wc -l < "$out/files.txt") paths were installed)"
