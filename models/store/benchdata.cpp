// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/benchdata.h"

#include "store/database.h"

#include <map>

namespace herald::store {

namespace {

// "a, b, c" of a table's columns, each replaced by its expression when `replaced` names it.
std::string columnList(Database& db, const std::string& table, const std::map<std::string, std::string>& replaced,
                       bool expressions) {
    std::string out;
    Statement columns(db, "SELECT name FROM pragma_table_info(?) ORDER BY cid");
    columns.bind(1, table);
    while (columns.step()) {
        const std::string name = columns.columnText(0);
        const auto it = replaced.find(name);
        out += (out.empty() ? "" : ", ") + (expressions && it != replaced.end() ? it->second : name);
    }
    return out;
}

} // namespace

void addCopiesOfAccount(Database& db, const std::string& gameName, int copies) {
    // The names go in as bound values (?1 the account copied, ?2 "CoachN", ?3 "-N"; a statement that uses only ?3
    // still counts three parameters); only numbers and column names are written into the SQL.
    for (int k = 1; k <= copies; ++k) {
        const std::string n = std::to_string(k);
        const std::map<std::string, std::string> match = {{"id", "id + " + n + " * 10000000"},
                                                          {"match_id", "match_id || ?3"}};
        const std::map<std::string, std::string> participant = {{"puuid", "puuid || ?3"},
                                                                {"match_ref", "match_ref + " + n + " * 10000000"},
                                                                {"riot_game_name", "?2"},
                                                                {"riot_tag_line", "'HRLD'"}};
        for (const std::string& sql :
             {std::string("INSERT INTO accounts (puuid, game_name, tag_line, platform, region, added_at) SELECT "
                          "puuid || ?3, ?2, 'HRLD', platform, region, added_at FROM accounts WHERE game_name = ?1"),
              "INSERT INTO matches (" + columnList(db, "matches", match, false) + ") SELECT " +
                  columnList(db, "matches", match, true) + " FROM matches WHERE id < 10000000",
              "INSERT INTO match_participants (" + columnList(db, "match_participants", participant, false) +
                  ") SELECT " + columnList(db, "match_participants", participant, true) +
                  " FROM match_participants WHERE puuid = (SELECT puuid FROM accounts WHERE game_name = ?1)"}) {
            Statement copy(db, sql);
            copy.bind(1, gameName).bind(2, "Coach" + n).bind(3, "-" + n);
            copy.run();
        }
    }
}

void addDailyRankSnapshots(Database& db) {
    db.execScript("WITH RECURSIVE d(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM d WHERE i < 364) "
                  "INSERT OR IGNORE INTO ranking_history (puuid, queue, tier, rank, lp, wins, losses, observed_at) "
                  "SELECT a.puuid, 'RANKED_SOLO_5x5', 'GOLD', 'II', "
                  "(i * 7) % 100, i, i, 1750000000000 + i * 86400000 FROM accounts a, d");
}

std::int64_t followedAccountCount(Database& db) {
    return db.queryInt("SELECT count(*) FROM accounts");
}

std::vector<std::string> followedPuuids(Database& db, int limit) {
    std::vector<std::string> out;
    Statement list(db, "SELECT puuid FROM accounts ORDER BY puuid LIMIT ?");
    list.bind(1, limit);
    while (list.step()) {
        out.push_back(list.columnText(0));
    }
    return out;
}

std::int64_t followedParticipationCount(Database& db) {
    return db.queryInt("SELECT count(*) FROM match_participants p JOIN accounts a USING (puuid)");
}

std::int64_t timelineEventCount(Database& db) {
    return db.queryInt("SELECT count(*) FROM match_timeline");
}

std::vector<std::pair<std::string, std::int64_t>> bytesByTable(Database& db) {
    std::vector<std::pair<std::string, std::int64_t>> out;
    Statement stat(db, "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC");
    while (stat.step()) {
        out.emplace_back(stat.columnText(0), stat.columnInt64(1));
    }
    return out;
}

} // namespace herald::store
