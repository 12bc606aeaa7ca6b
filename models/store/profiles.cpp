// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/profiles.h"

#include "store/database.h"

namespace herald::store {

void saveProfile(Database& db, const std::string& puuid, const SummonerProfile& profile, std::int64_t nowMs) {
    Statement upsert(db, "INSERT INTO account_profiles (puuid, profile_icon_id, summoner_level, revision_date, "
                         "updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (puuid) DO UPDATE SET profile_icon_id = "
                         "excluded.profile_icon_id, summoner_level = excluded.summoner_level, revision_date = "
                         "excluded.revision_date, updated_at = excluded.updated_at");
    upsert.bind(1, puuid)
        .bind(2, profile.profileIconId)
        .bind(3, profile.summonerLevel)
        .bind(4, profile.revisionDate)
        .bind(5, nowMs)
        .run();
}

void recordRankSnapshot(Database& db, const std::string& puuid, const RankSnapshot& snapshot) {
    Statement insert(db, "INSERT OR REPLACE INTO ranking_history (puuid, queue, tier, rank, lp, wins, losses, "
                         "observed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, puuid)
        .bind(2, snapshot.queue)
        .bind(3, snapshot.tier)
        .bind(4, snapshot.rank)
        .bind(5, snapshot.lp)
        .bind(6, snapshot.wins)
        .bind(7, snapshot.losses)
        .bind(8, snapshot.observedAt)
        .run();
}

Result<std::vector<RankSnapshot>> rankHistory(Database& db, const std::string& puuid) {
    return readResult("reading the rank history", [&] {
        Statement select(db, "SELECT queue, tier, rank, lp, wins, losses, observed_at FROM ranking_history WHERE "
                             "puuid = ? ORDER BY queue, observed_at");
        select.bind(1, puuid);
        std::vector<RankSnapshot> out;
        while (select.step()) {
            out.push_back({select.columnText(0), select.columnText(1), select.columnText(2), select.columnInt(3),
                           select.columnInt(4), select.columnInt(5), select.columnInt64(6)});
        }
        return out;
    });
}

void clearRankHistory(Database& db, const std::string& puuid, const std::string& queue) {
    Statement clear(db, "DELETE FROM ranking_history WHERE puuid = ? AND queue = ?");
    clear.bind(1, puuid).bind(2, queue).run();
}

std::vector<CountedGame> countedGamesOfQueue(Database& db, const std::string& puuid, int queueId) {
    Statement games(db, "SELECT game_creation, duration_ms, win FROM match_participants WHERE puuid = ? AND "
                        "queue_id = ? AND complete = 1 AND remake = 0 ORDER BY game_creation");
    games.bind(1, puuid).bind(2, queueId);
    std::vector<CountedGame> out;
    while (games.step()) {
        out.push_back({games.columnInt64(0), games.columnInt64(1), games.columnInt(2) != 0});
    }
    return out;
}

} // namespace herald::store
