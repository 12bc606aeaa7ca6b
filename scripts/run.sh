#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Herald authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Herald (optimised) and starts the desktop app. On a first run with no account it opens on demo data.
# Arguments go to the app, e.g. ./scripts/run.sh --data-dir /tmp/herald-demo
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target herald herald-cli
exec ./build/release/app/gui/herald "$@"
