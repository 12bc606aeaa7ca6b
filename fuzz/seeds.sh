#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Herald authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Seeds each fuzzer's corpus from the recorded fixtures and the built-in templates, then runs each for SECONDS
# (default 60). Usage: fuzz/seeds.sh [SECONDS]   (after: cmake --preset fuzz && cmake --build --preset fuzz)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$root/build/fuzz/fuzz
seconds=${1:-60}
corpus=$root/build/fuzz/corpus
mkdir -p "$corpus"/{payload,template,ratelimit,herald}
cp "$root"/tests/fixtures/riot/match_v5_*.json "$root"/tests/fixtures/riot/timeline_v5_*.json "$corpus/payload/"
cp "$root"/resources/templates/*.json "$corpus/template/"
cp "$root"/resources/templates/*.json "$corpus/herald/"
printf '20:1,100:120' > "$corpus/ratelimit/app"
printf '1:1,99:120' > "$corpus/ratelimit/count"
printf '2026-11-02T18:20:00Z' > "$corpus/herald/time"
for target in payload template ratelimit herald; do
    echo "== fuzz_$target for $seconds s"
    "$build/fuzz_$target" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=4096 "$corpus/$target"
done
