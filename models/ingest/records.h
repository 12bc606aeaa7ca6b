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

// What a participant played with (docs/METRICS.md, "Builds"), from the match payload; 0 ids are absent.
struct BuildRow {
    int keystone = 0;          // perks.styles[0].selections[0].perk
    int primaryTree = 0;       // perks.styles[0].style
    int secondaryTree = 0;     // perks.styles[1].style
    std::string runes;         // the six selections, then the offense, flex and defense shards: "8010,9111,...,5011"
    int spell1 = 0;            // summoner1Id
    int spell2 = 0;            // summoner2Id
    int trinket = 0;           // item6
    std::vector<int> items;    // the distinct non-zero ids of item0..item5, ascending
    std::vector<int> augments; // Arena: the distinct non-zero playerAugment1..6, ascending
};

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
    BuildRow build;
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

// What the timeline says of a participant's build (docs/METRICS.md): the first completed item bought (0: none)
// and the order in which Q, W and E reach their last rank ("Q > E > W"; empty without a skill levelled).
struct TimelineBuild {
    int participantId = 0;
    int firstItem = 0;
    std::string skillOrder;
};

struct TimelineRecord {
    std::string matchId;
    std::vector<std::string> participants; // puuids, index = participantId - 1
    std::vector<FrameRow> frames;
    std::vector<EventRow> events;
    std::vector<TimelineBuild> builds; // one per participant met in the events or frames
    std::string compressedRaw;
    std::int64_t rawHash = 0;
};

using Payload = std::variant<MatchRecord, TimelineRecord>;

} // namespace herald::ingest
