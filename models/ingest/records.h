// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What ingestion derives from a Match-V5 match or timeline payload, ready to be written in one unit.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace herald::ingest {

struct ParticipantRow {
    int participantId = 0;
    std::string puuid;
    std::string riotGameName;
    std::string riotTagLine;
    std::string summonerName;
    int championId = 0;
    std::string championName;
    int teamId = 0;
    int subteamId = 0;
    std::optional<int> placement; // Arena: the duo's rank, 1st to 8th (subteamPlacement)
    std::string position;         // teamPosition, may be empty
    bool win = false;
    int kills = 0;
    int deaths = 0;
    int assists = 0;
    int minionsKilled = 0;
    int neutralMinionsKilled = 0;
    std::int64_t goldEarned = 0;
    std::int64_t damageToChampions = 0;
    int visionScore = 0;
    int champLevel = 0;
    bool firstBlood = false; // firstBloodKill or firstBloodAssist
    bool earlySurrender = false;
};

struct MatchRecord {
    std::string matchId;
    std::string platform;
    std::int64_t gameId = 0;
    int queueId = 0;
    int mapId = 0;
    std::string gameMode;
    std::string gameType;
    std::string gameVersion;
    std::string patch;                // "14.7"
    std::int64_t gameCreation = 0;    // ms since epoch
    std::int64_t durationSeconds = 0; // whole seconds, for display
    std::int64_t durationMs = 0;      // exact, for per-minute metrics
    std::int64_t startedAt = 0;       // gameStartTimestamp, else gameCreation (ms since epoch)
    std::int64_t endedAt = 0;         // gameEndTimestamp, else startedAt + durationMs
    std::optional<std::string> endResult;
    bool isRemake = false;
    std::vector<ParticipantRow> participants;
    std::vector<std::string> metadataParticipants; // puuids, index = participantId - 1
    std::string compressedRaw;
    std::int64_t rawHash = 0;
};

struct FrameRow {
    int participantId = 0;
    int frame = 0;
    std::int64_t timestampMs = 0;
    std::int64_t totalGold = 0;
    std::int64_t currentGold = 0;
    std::int64_t xp = 0;
    int level = 0;
    int minionsKilled = 0;
    int jungleMinionsKilled = 0;
};

struct EventRow {
    int seq = 0;
    std::int64_t timestampMs = 0;
    std::string type;
    std::optional<int> killerId;
    std::optional<int> victimId;
    std::optional<int> teamId;
    std::string detail; // the monster, "building:tower" or the kind of special kill; the rest stays in the raw timeline
};

struct TimelineRecord {
    std::string matchId;
    std::vector<std::string> participants; // puuids, index = participantId - 1
    std::vector<FrameRow> frames;
    std::vector<EventRow> events;
    std::string compressedRaw;
    std::int64_t rawHash = 0;
};

using Payload = std::variant<MatchRecord, TimelineRecord>;

} // namespace herald::ingest
