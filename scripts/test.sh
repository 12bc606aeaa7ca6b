#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Herald authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Herald with warnings as errors and runs every test suite (CTest, GUI tests offscreen).
#   ./scripts/test.sh             the normal build (preset "ci")
#   ./scripts/test.sh --sanitize  the same suite under AddressSanitizer + UndefinedBehaviorSanitizer (preset "asan")
set -euo pipefail
cd "$(dirname "$0")/.."
preset=ci
if [ "${1:-}" = "--sanitize" ]; then
    preset=asan
fi
./scripts/deps.sh
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
ctest --preset "$preset" --parallel 2
