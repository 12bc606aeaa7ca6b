// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Match-V5 match and timeline payloads -> records. Validates shapes and says precisely what is wrong.
#pragma once

#include "common/result.h"
#include "ingest/records.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace herald::ingest {

constexpr std::size_t kMaxPayloadBytes = std::size_t{32} << 20; // 32 MiB

// Detects the kind (match or timeline), validates, derives rows and compresses the raw bytes.
Result<Payload> parsePayload(std::string_view bytes);

Result<MatchRecord> parseMatch(std::string_view bytes);
Result<TimelineRecord> parseTimeline(std::string_view bytes);

// When a game was played (docs/METRICS.md, sessions): the start and the end its payload gives (ms since 1970,
// 0 or absent: not given), else the creation, and the start plus the duration.
struct GameTimes {
    std::int64_t startedAt = 0;
    std::int64_t endedAt = 0;
};
GameTimes gameTimes(std::int64_t startTimestamp, std::int64_t endTimestamp, std::int64_t creation,
                    std::int64_t durationMs);
// What an upgrade reads again from a stored match payload (validated when it was imported), given the match's
// creation and duration: the game's times (info.gameStartTimestamp and info.gameEndTimestamp) and each
// participant's build (only participantId and build are set in `participants`).
struct StoredMatchFacts {
    GameTimes times;
    std::vector<ParticipantRow> participants;
};
Result<StoredMatchFacts> storedMatchFacts(std::string_view bytes, std::int64_t creation, std::int64_t durationMs);
// Each participant's build from a stored timeline: its events are read, its frames are not.
Result<std::vector<TimelineBuild>> storedTimelineBuilds(std::string_view bytes);

// "14.7.571.9528" -> "14.7"; "" when the version has no minor part.
std::string patchOf(std::string_view gameVersion);

} // namespace herald::ingest
