// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What a sync learns about a followed account besides its matches: the summoner profile (account_profiles) and
// rank snapshots (ranking_history). Writer side: these throw StoreError inside writer jobs.
#pragma once

#include "common/result.h"

#include <cstdint>
#include <string>
#include <vector>

namespace herald::store {

class Database;

struct SummonerProfile {
    int profileIconId = 0;
    int summonerLevel = 0;
    std::int64_t revisionDate = 0; // ms since epoch, as Riot sends it
};

struct RankSnapshot {
    std::string queue; // RANKED_SOLO_5x5, RANKED_FLEX_SR, ...
    std::string tier;
    std::string rank; // division: I..IV, empty above Diamond
    int lp = 0;
    int wins = 0;
    int losses = 0;
    std::int64_t observedAt = 0; // ms since epoch
};

void saveProfile(Database& db, const std::string& puuid, const SummonerProfile& profile, std::int64_t nowMs);
// One snapshot per (puuid, queue, observedAt): the same moment again replaces it.
void recordRankSnapshot(Database& db, const std::string& puuid, const RankSnapshot& snapshot);
void clearRankHistory(Database& db, const std::string& puuid, const std::string& queue);
// The player's rank snapshots, by queue then oldest first.
Result<std::vector<RankSnapshot>> rankHistory(Database& db, const std::string& puuid);

struct CountedGame {
    std::int64_t startMs = 0;
    std::int64_t durationMs = 0;
    bool win = false;
};
// The player's complete, non-remade games of a queue, oldest first.
std::vector<CountedGame> countedGamesOfQueue(Database& db, const std::string& puuid, int queueId);

} // namespace herald::store
