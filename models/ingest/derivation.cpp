// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "derivation.h"

#include "store/participantsql.h"

#include <iterator>
#include <string>

namespace herald::ingest {

namespace {

// Each participant's team totals and lane opponent, per match (the team: store::teamKeySql).
std::string teamAndOpponentSql() {
    const std::string row = store::teamKeySql("match_participants");
    return "UPDATE match_participants SET "
           "team_damage = (SELECT sum(t.damage_to_champions) FROM match_participants t WHERE t.match_ref = ?1 AND " +
           store::teamKeySql("t") + " = " + row +
           "), "
           "team_kills = (SELECT sum(t.kills) FROM match_participants t WHERE t.match_ref = ?1 AND " +
           store::teamKeySql("t") + " = " + row +
           "), "
           // The lane opponent: the single participant of another team with the same non-empty position.
           "opponent_id = (SELECT CASE WHEN count(*) = 1 THEN max(o.participant_id) END FROM match_participants o "
           "WHERE o.match_ref = ?1 AND match_participants.position <> '' "
           "AND o.position = match_participants.position AND " +
           store::teamKeySql("o") + " <> " + row +
           ") "
           "WHERE match_ref = ?1";
}

// The value of a frame column for the player minus the opponent's, in the first frame at or after `ms`.
#define HERALD_FRAME_DIFF(column, ms)                                                                                  \
    "(SELECT " column " - (SELECT " column " FROM participant_frames o WHERE o.match_ref = f.match_ref AND "           \
    "o.participant_id = match_participants.opponent_id AND o.frame = f.frame) FROM participant_frames f WHERE "        \
    "f.match_ref = ?1 AND f.participant_id = match_participants.participant_id AND f.timestamp_ms >= " ms              \
    " ORDER BY f.frame LIMIT 1)"

constexpr const char* kOpponentDetails =
    "UPDATE match_participants SET "
    "opponent_champion = (SELECT o.champion_name FROM match_participants o WHERE o.match_ref = ?1 AND "
    "o.participant_id = match_participants.opponent_id), "
    "gold_diff_10 = " HERALD_FRAME_DIFF(
        "total_gold", "600000") ", "
                                "gold_diff_15 = " HERALD_FRAME_DIFF(
                                    "total_gold", "900000") ", "
                                                            "cs_diff_10 = " HERALD_FRAME_DIFF(
                                                                "minions_killed + jungle_minions_killed",
                                                                "600000") ", "
                                                                          "cs_diff_15 = " HERALD_FRAME_DIFF(
                                                                              "minions_killed + jungle_minions_killed",
                                                                              "900000") " "
                                                                                        "WHERE match_ref = ?1";

#define HERALD_ROLLUP_TERMS                                                                                            \
    "1, win, kills, deaths, assists, minions_killed + neutral_minions_killed, gold_earned, damage_to_champions, "      \
    "vision_score, duration_ms, first_blood"

// The rollups: totals over counted participations of followed players, per key.
struct Rollup {
    const char* table;
    const char* keyColumns;     // the table's key after puuid
    const char* keyExpressions; // the same, computed from a match_participants row
    const char* keyMatch;       // rollup row = participation row
};

const Rollup kRollups[] = {
    {"champion_performance", "champion_name, queue_id", "champion_name, queue_id",
     "c.champion_name = p.champion_name AND c.queue_id = p.queue_id"},
    {"user_analytics", "day, queue_id", "strftime('%Y-%m-%d', game_creation / 1000, 'unixepoch'), queue_id",
     "c.day = strftime('%Y-%m-%d', p.game_creation / 1000, 'unixepoch') AND c.queue_id = p.queue_id"},
};

std::string addSql(const Rollup& r) {
    std::string sql = std::string("INSERT INTO ") + r.table + " (puuid, " + r.keyColumns +
                      ", games, wins, kills, deaths, assists, cs, gold, damage, vision, duration_ms, first_bloods) "
                      "SELECT puuid, " +
                      r.keyExpressions +
                      ", " HERALD_ROLLUP_TERMS
                      " FROM match_participants WHERE match_ref = ?1 AND complete = 1 AND remake = 0 "
                      "AND puuid IN (SELECT puuid FROM accounts) ON CONFLICT (puuid, " +
                      r.keyColumns + ") DO UPDATE SET ";
    const char* totals[] = {"games", "wins",   "kills",  "deaths",      "assists",     "cs",
                            "gold",  "damage", "vision", "duration_ms", "first_bloods"};
    for (std::size_t i = 0; i < std::size(totals); ++i) {
        sql += std::string(i ? ", " : "") + totals[i] + " = " + r.table + "." + totals[i] + " + excluded." + totals[i];
    }
    return sql;
}

std::string removeSql(const Rollup& r) {
    return std::string("UPDATE ") + r.table +
           " AS c SET games = c.games - 1, wins = c.wins - p.win, kills = c.kills - p.kills, "
           "deaths = c.deaths - p.deaths, assists = c.assists - p.assists, "
           "cs = c.cs - (p.minions_killed + p.neutral_minions_killed), gold = c.gold - p.gold_earned, "
           "damage = c.damage - p.damage_to_champions, vision = c.vision - p.vision_score, "
           "duration_ms = c.duration_ms - p.duration_ms, first_bloods = c.first_bloods - p.first_blood "
           "FROM (SELECT * FROM match_participants WHERE match_ref = ?1 AND complete = 1 AND remake = 0) AS p "
           "WHERE c.puuid = p.puuid AND " +
           r.keyMatch;
}

} // namespace

ParticipationDeriver::ParticipationDeriver(store::Database& db)
    : m_teamAndOpponent(db, teamAndOpponentSql())
    , m_opponentDetails(db, kOpponentDetails) {
    for (const Rollup& rollup : kRollups) {
        m_addRollup.emplace_back(db, addSql(rollup));
        m_removeRollup.emplace_back(db, removeSql(rollup));
        m_dropEmptyRollups.emplace_back(db, std::string("DELETE FROM ") + rollup.table + " WHERE games <= 0");
    }
}

void ParticipationDeriver::derive(std::int64_t matchRef) {
    m_teamAndOpponent.bind(1, matchRef).run();
    m_opponentDetails.bind(1, matchRef).run();
}

void ParticipationDeriver::addToRollups(std::int64_t matchRef) {
    for (auto& add : m_addRollup) {
        add.bind(1, matchRef).run();
    }
}

void ParticipationDeriver::removeFromRollups(std::int64_t matchRef) {
    for (std::size_t i = 0; i < m_removeRollup.size(); ++i) {
        m_removeRollup[i].bind(1, matchRef).run();
        m_dropEmptyRollups[i].run();
    }
}

void rebuildRollups(store::Database& db, const std::optional<std::string>& puuid) {
    for (const Rollup& rollup : kRollups) {
        store::Statement clear(db, std::string("DELETE FROM ") + rollup.table + (puuid ? " WHERE puuid = ?" : ""));
        if (puuid) {
            clear.bind(1, *puuid);
        }
        clear.run();
        store::Statement fill(
            db, std::string("INSERT INTO ") + rollup.table + " (puuid, " + rollup.keyColumns +
                    ", games, wins, kills, deaths, assists, cs, gold, damage, vision, duration_ms, first_bloods) "
                    "SELECT puuid, " +
                    rollup.keyExpressions +
                    ", count(*), sum(win), sum(kills), sum(deaths), sum(assists), "
                    "sum(minions_killed + neutral_minions_killed), sum(gold_earned), sum(damage_to_champions), "
                    "sum(vision_score), sum(duration_ms), sum(first_blood) FROM match_participants "
                    "WHERE complete = 1 AND remake = 0 AND " +
                    (puuid ? "puuid = ?" : "puuid IN (SELECT puuid FROM accounts)") + " GROUP BY 1, 2, 3");
        if (puuid) {
            fill.bind(1, *puuid);
        }
        fill.run();
    }
}

} // namespace herald::ingest
