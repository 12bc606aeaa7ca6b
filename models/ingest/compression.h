// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// zstd for the raw payloads we keep forever, and the content hash that detects a payload seen before.
#pragma once

#include "common/result.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace herald::ingest {

constexpr int kDefaultCompressionLevel = 3;
// The raw payloads kept forever (docs/ARCHITECTURE.md "Store v2" has the measurements): level 9 makes a timeline
// (80% of a match's bytes) 29% smaller than level 3, and a match payload 12% smaller, at ~100 MB/s a core: ingest
// stays near 300 matches/s on two cores. A dictionary trained on Riot payloads gained nothing on timelines.
constexpr int kMatchPayloadLevel = 9;
constexpr int kTimelinePayloadLevel = 9;

std::string compress(std::string_view raw, int level = kDefaultCompressionLevel);
Result<std::string> decompress(std::string_view packed, std::size_t maxSize = std::size_t{64} << 20);
std::int64_t contentHash(std::string_view bytes); // FNV-1a over 64-bit words; stable across platforms

} // namespace herald::ingest
