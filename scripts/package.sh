#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Herald authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package (herald_<version>_amd64.deb and herald-dbgsym_<version>_amd64.ddeb) from an optimised
# build and checks it with lintian: an error fails, warnings are printed.
#   ./scripts/package.sh          from the "release" preset (build/release)
#   ./scripts/package.sh ci       from CI's build tree (build/ci), already built by ./scripts/test.sh
# Then: sudo apt-get install ./build/release/herald_*.deb   (./scripts/package-check.sh tries it end to end)
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-release}
./scripts/deps.sh --package
cmake --preset "$preset" >/dev/null
# Only what the package holds: the programs, their man pages, the icons and the changelog.
cmake --build --preset "$preset" --target herald herald-cli herald_man_pages herald_icons herald_changelog
cd "build/$preset"
rm -f herald_*.deb herald-dbgsym_*.ddeb
cpack -G DEB
deb=$(ls herald_*_*.deb)
echo "== $deb: $(du -h "$deb" | cut -f1); debug symbols: $(ls herald-dbgsym_*.ddeb) $(du -h herald-dbgsym_*.ddeb | cut -f1)"
# lintian warns when run as root (CI is root); that note is not about the package.
status=0
report=$(lintian --fail-on error --display-info "$deb" 2>&1) || status=$?
printf '%s\n' "$report" | grep -v 'running with root privileges is not recommended' || true
if [ "$status" -ne 0 ]; then
    echo "lintian found errors in $deb (exit $status)" >&2
    exit 1
fi
echo "== lintian: no error in $deb"
