#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Herald authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Herald needs to build, run and test, if any are missing.
# Uses apt-get as root, or through sudo otherwise. Safe to run again: it does nothing when all are there.
#   ./scripts/deps.sh          what the build and the tests need
#   ./scripts/deps.sh --fuzz   that and clang with libFuzzer (the fuzz preset)
#   ./scripts/deps.sh --package that and what makes and checks the Debian package (scripts/package.sh)
set -euo pipefail

packages=(
    cmake ninja-build g++ ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins libgl-dev
    libsqlite3-dev libzstd-dev nlohmann-json3-dev libsimdjson-dev libhowardhinnant-date-dev tzdata
    libcurl4-openssl-dev libcpp-httplib-dev ca-certificates qtkeychain-qt6-dev
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n qt6-charts-dev libqt6opengl6-dev qt6-svg-dev libxlsxwriter-dev
    fonts-dejavu-core fonts-noto-cjk fonts-tlwg-loma-otf sqlite3 unzip poppler-utils help2man
)
for option in "$@"; do
    case "$option" in
        --fuzz) packages+=(clang libclang-rt-14-dev) ;;
        --package) packages+=(dpkg-dev file binutils lintian appstream desktop-file-utils) ;;
        *) echo "deps.sh: unknown option $option (--fuzz, --package)" >&2; exit 2 ;;
    esac
done

missing=()
for pkg in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$pkg")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
    sudo=()
elif command -v sudo >/dev/null 2>&1; then
    sudo=(sudo)
else
    echo "deps.sh: these packages are missing and neither root nor sudo is available: ${missing[*]}" >&2
    exit 1
fi
echo "deps.sh: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
