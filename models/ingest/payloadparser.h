// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Match-V5 match and timeline payloads -> records. Validates shapes and says precisely what is wrong.
#pragma once

#include "common/result.h"
#include "ingest/records.h"

#include <cstddef>
#include <string_view>

namespace herald::ingest {

constexpr std::size_t kMaxPayloadBytes = std::size_t{32} << 20; // 32 MiB

// Detects the kind (match or timeline), validates, derives rows and compresses the raw bytes.
Result<Payload> parsePayload(std::string_view bytes);

Result<MatchRecord> parseMatch(std::string_view bytes);
Result<TimelineRecord> parseTimeline(std::string_view bytes);

// "14.7.571.9528" -> "14.7"; "" when the version has no minor part.
std::string patchOf(std::string_view gameVersion);

} // namespace herald::ingest
