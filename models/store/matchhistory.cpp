// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "matchhistory.h"

#include "store/database.h"

#include <algorithm>

namespace herald::store {

namespace {

constexpr const char* kColumns =
    "SELECT m.id, m.match_id, m.game_creation, m.queue_id, m.game_mode, m.game_duration_s, m.is_remake, "
    "m.end_result, m.participant_count, p.puuid, p.champion_name, p.position, p.win, p.kills, p.deaths, p.assists, "
    "p.minions_killed + p.neutral_minions_killed, p.placement ";

// Champion name, match id, or the player's note or tags contain :s (a LIKE pattern with \ escaping % and _).
constexpr const char* kSearchClause =
    " AND (p.champion_name LIKE :s ESCAPE '\\' OR m.match_id LIKE :s ESCAPE '\\' OR m.match_id IN (SELECT match_id "
    "FROM match_notes WHERE note LIKE :s ESCAPE '\\' OR tags LIKE :s ESCAPE '\\'))";

// A game played to its end: neither remade nor aborted (resultLabel() says Win or Loss).
constexpr const char* kCompleted = " AND m.is_remake = 0 AND (m.end_result IS NULL OR m.end_result = 'GameComplete')";

// The queue and outcome conditions (m is the match, p the player's side).
std::string conditions(const HistoryFilter& filter) {
    std::string sql;
    if (!filter.search.empty()) {
        sql += kSearchClause;
    }
    if (filter.queueId) {
        sql += " AND m.queue_id = :q";
    }
    switch (filter.outcome) {
    case HistoryOutcome::Any:
        break;
    case HistoryOutcome::Win:
        sql += " AND p.win = 1" + std::string(kCompleted);
        break;
    case HistoryOutcome::Loss:
        sql += " AND p.win = 0" + std::string(kCompleted);
        break;
    case HistoryOutcome::Remake:
        sql += " AND m.is_remake = 1";
        break;
    }
    return sql;
}

std::string likePattern(const std::string& text) {
    std::string out = "%";
    for (const char c : text) {
        if (c == '%' || c == '_' || c == '\\') {
            out += '\\';
        }
        out += c;
    }
    return out + "%";
}

// One player's newest-first page: a read of its primary-key range (puuid, game_creation, match_ref) backwards.
// The player's puuid is the parameter :p<index>; the cursor, conditions and limit are named parameters shared by all
// players (every parameter is named: positional ones would collide with the indexes SQLite gives the names).
std::string playerPage(std::size_t index, bool withCursor, const std::string& where, bool counting) {
    std::string sql = counting ? "SELECT count(*) " : kColumns;
    sql += "FROM match_participants p JOIN matches m ON m.id = p.match_ref WHERE p.puuid = :p" + std::to_string(index);
    if (withCursor) {
        sql += " AND (p.game_creation, p.match_ref) < (:c, :r)";
    }
    sql += where;
    if (!counting) {
        sql += " ORDER BY p.game_creation DESC, p.match_ref DESC LIMIT :n";
    }
    return sql;
}

// Builds the query for a filter; `counting` selects count(*) instead of the page columns.
std::string buildSqlFor(const HistoryFilter& filter, bool withCursor, bool counting) {
    const std::string where = conditions(filter);
    if (filter.puuids.size() == 1) {
        return playerPage(1, withCursor, where, counting);
    }
    if (!filter.puuids.empty()) {
        if (counting) {
            std::string sql = "SELECT 0";
            for (std::size_t i = 0; i < filter.puuids.size(); ++i) {
                sql += " + (" + playerPage(i + 1, withCursor, where, true) + ")";
            }
            return sql;
        }
        // Several players: merge their newest-first ranges (each reads at most one page) instead of sorting all
        // their games.
        std::string sql = "SELECT * FROM (";
        for (std::size_t i = 0; i < filter.puuids.size(); ++i) {
            sql += (i ? " UNION ALL " : "") + std::string("SELECT * FROM (") +
                   playerPage(i + 1, withCursor, where, false) + ")";
        }
        return sql + ") ORDER BY game_creation DESC, id DESC LIMIT :n";
    }
    std::string sql = counting ? "SELECT count(*) " : kColumns;
    sql += "FROM matches m LEFT JOIN match_participants p ON p.match_ref = m.id AND p.participant_id = ("
           "SELECT min(q.participant_id) FROM match_participants q WHERE q.match_ref = m.id "
           "AND q.puuid IN (SELECT puuid FROM accounts)) WHERE 1";
    if (withCursor) {
        sql += " AND (m.game_creation < :c OR (m.game_creation = :c AND m.id > :r))";
    }
    sql += where;
    if (!counting) {
        sql += " ORDER BY m.game_creation DESC, m.id ASC LIMIT :n";
    }
    return sql;
}

// A row of kColumns.
MatchSummary readSummary(const Statement& stmt) {
    MatchSummary row;
    row.matchRef = stmt.columnInt64(0);
    row.matchId = stmt.columnText(1);
    row.gameCreation = stmt.columnInt64(2);
    row.queueId = stmt.columnInt(3);
    row.gameMode = stmt.columnText(4);
    row.durationSeconds = stmt.columnInt64(5);
    row.isRemake = stmt.columnInt(6) != 0;
    if (!stmt.isNull(7)) {
        row.endResult = stmt.columnText(7);
    }
    row.participantCount = stmt.columnInt(8);
    row.hasPlayer = !stmt.isNull(9);
    if (row.hasPlayer) {
        row.puuid = stmt.columnText(9);
        row.championName = stmt.columnText(10);
        row.position = stmt.columnText(11);
        row.win = stmt.columnInt(12) != 0;
        row.kills = stmt.columnInt(13);
        row.deaths = stmt.columnInt(14);
        row.assists = stmt.columnInt(15);
        row.cs = stmt.columnInt(16);
        if (!stmt.isNull(17)) {
            row.placement = stmt.columnInt(17);
        }
    }
    return row;
}

void bindFilter(Statement& stmt, const HistoryFilter& filter) {
    for (std::size_t i = 0; i < filter.puuids.size(); ++i) {
        stmt.bind(stmt.parameterIndex((":p" + std::to_string(i + 1)).c_str()), filter.puuids[i]);
    }
    if (!filter.search.empty()) {
        stmt.bind(stmt.parameterIndex(":s"), likePattern(filter.search));
    }
    if (filter.queueId) {
        stmt.bind(stmt.parameterIndex(":q"), *filter.queueId);
    }
}

} // namespace

std::optional<HistoryOutcome> parseHistoryOutcome(const std::string& word) {
    if (word == "any") {
        return HistoryOutcome::Any;
    }
    if (word == "win") {
        return HistoryOutcome::Win;
    }
    if (word == "loss") {
        return HistoryOutcome::Loss;
    }
    if (word == "remake") {
        return HistoryOutcome::Remake;
    }
    return std::nullopt;
}

std::string historyPageSql(const HistoryFilter& filter, bool withCursor) {
    return buildSqlFor(filter, withCursor, false);
}

std::string MatchSummary::resultLabel() const {
    if (isRemake) {
        return "Remake";
    }
    if (endResult && *endResult != "GameComplete") {
        return "Aborted";
    }
    if (!hasPlayer) {
        return "";
    }
    return win ? "Win" : "Loss";
}

double MatchSummary::csPerMinute() const {
    return durationSeconds > 0 ? cs / (static_cast<double>(durationSeconds) / 60.0) : 0.0;
}

namespace {

Error tooLongSearch() {
    return makeError(ErrorKind::Validation,
                     "a search takes at most " + std::to_string(kMaxHistorySearch) + " characters");
}

} // namespace

Result<std::vector<MatchSummary>> historyPage(Database& db, const HistoryFilter& filter,
                                              const std::optional<HistoryCursor>& after, int limit) {
    if (filter.search.size() > kMaxHistorySearch) {
        return tooLongSearch();
    }
    return readResult("reading matches", [&] {
        Statement stmt(db, buildSqlFor(filter, after.has_value(), false));
        bindFilter(stmt, filter);
        if (after) {
            stmt.bind(stmt.parameterIndex(":c"), after->gameCreation);
            stmt.bind(stmt.parameterIndex(":r"), after->matchRef);
        }
        stmt.bind(stmt.parameterIndex(":n"), limit);
        std::vector<MatchSummary> rows;
        while (stmt.step()) {
            rows.push_back(readSummary(stmt));
        }
        return rows;
    });
}

Result<std::vector<MatchSummary>> newestSelected(Database& db, const std::string& selectionSql, int parameterCount,
                                                 const std::function<void(Statement&)>& bindSelection, int limit) {
    return readResult("reading the recent games", [&] {
        Statement stmt(db, "WITH sel AS (" + selectionSql + ") " + kColumns +
                               "FROM sel JOIN match_participants p ON p.match_ref = sel.match_ref AND p.participant_id "
                               "= sel.participant_id JOIN matches m ON m.id = sel.match_ref "
                               "ORDER BY p.game_creation DESC, m.id DESC LIMIT ?" +
                               std::to_string(parameterCount + 1));
        bindSelection(stmt);
        stmt.bind(parameterCount + 1, limit);
        std::vector<MatchSummary> rows;
        while (stmt.step()) {
            rows.push_back(readSummary(stmt));
        }
        return rows;
    });
}

Result<std::optional<std::int64_t>> latestGameEnd(Database& db, const std::vector<std::string>& puuids) {
    return readResult("reading the latest game", [&] {
        Statement stmt(db, "SELECT p.game_creation + 1000 * m.game_duration_s FROM match_participants p JOIN matches m "
                           "ON m.id = p.match_ref WHERE p.puuid = ?1 ORDER BY p.game_creation DESC LIMIT 1");
        std::optional<std::int64_t> latest;
        for (const auto& puuid : puuids) {
            stmt.reset();
            stmt.bind(1, puuid);
            if (stmt.step()) {
                latest = std::max(latest.value_or(stmt.columnInt64(0)), stmt.columnInt64(0));
            }
        }
        return latest;
    });
}

Result<std::int64_t> historyCount(Database& db, const HistoryFilter& filter) {
    if (filter.search.size() > kMaxHistorySearch) {
        return tooLongSearch();
    }
    return readResult("counting matches", [&]() -> std::int64_t {
        Statement stmt(db, buildSqlFor(filter, false, true));
        bindFilter(stmt, filter);
        return stmt.step() ? stmt.columnInt64(0) : 0;
    });
}

Result<std::vector<int>> storedQueues(Database& db) {
    return readResult("reading the queues", [&] {
        Statement queues(db, "SELECT queue_id FROM matches GROUP BY queue_id ORDER BY count(*) DESC, queue_id");
        std::vector<int> out;
        while (queues.step()) {
            out.push_back(queues.columnInt(0));
        }
        return out;
    });
}

Result<std::vector<int>> championsInStoredGames(Database& db) {
    return readResult("reading the champions played", [&] {
        Statement champions(db, "SELECT DISTINCT champion_id FROM match_participants ORDER BY champion_id");
        std::vector<int> out;
        while (champions.step()) {
            out.push_back(champions.columnInt(0));
        }
        return out;
    });
}

Result<FilterChoices> filterChoices(Database& db, const std::vector<std::string>& puuids) {
    return readResult("reading the filter choices", [&] {
        FilterChoices choices;
        std::string in;
        for (std::size_t i = 0; i < puuids.size(); ++i) {
            in += i == 0 ? "?" : ", ?";
        }
        for (auto [column, out] :
             {std::pair{"champion_name", &choices.champions}, std::pair{"patch", &choices.patches}}) {
            Statement select(db, std::string("SELECT DISTINCT ") + column +
                                     " FROM match_participants WHERE puuid IN (" + in + ") AND " + column +
                                     " != '' ORDER BY 1");
            for (std::size_t i = 0; i < puuids.size(); ++i) {
                select.bind(static_cast<int>(i + 1), puuids[i]);
            }
            while (select.step()) {
                out->push_back(select.columnText(0));
            }
        }
        return choices;
    });
}

} // namespace herald::store
