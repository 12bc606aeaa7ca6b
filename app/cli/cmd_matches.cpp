// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "args.h"
#include "commands.h"
#include "gamedata/gamedata.h"
#include "ingest/rebuild.h"
#include "output.h"
#include "store/matchhistory.h"
#include "store/store.h"

#include <ctime>
#include <iostream>

namespace herald::cli {

namespace {

std::string formatDuration(std::int64_t seconds) {
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, "%lld:%02lld", static_cast<long long>(seconds / 60),
                  static_cast<long long>(seconds % 60));
    return buffer;
}

} // namespace

int runMatches(const Context& context, const std::vector<std::string>& words) {
    const Args args(words, {{"puuid"}, {"account"}, {"limit"}, {"search"}, {"queue"}, {"result"}, {"format"}});
    const Format format = parseFormat(args.value("format").value_or("table"));
    const long long limit = args.integer("limit", 0, 100'000'000).value_or(50);
    const auto queue = args.integer("queue", 0, 100'000);
    const auto outcome = store::parseHistoryOutcome(args.value("result").value_or("any"));
    if (!outcome) {
        throw UsageError("--result takes any, win, loss or remake, not '" + *args.value("result") + "'");
    }
    if (!args.positional().empty()) {
        throw UsageError("unexpected argument '" + args.positional().front() + "'");
    }
    const std::vector<std::string> riotIds = riotIdOptions(args);
    auto access = openForReading(context);
    if (!access) {
        return 1;
    }
    store::Database& db = *access->db;
    store::HistoryFilter filter;
    if (auto puuid = args.value("puuid")) {
        filter.puuids.push_back(*puuid);
    }
    const auto players = puuidsOfRiotIds(context, db, riotIds);
    if (!players) {
        return 1;
    }
    filter.puuids.insert(filter.puuids.end(), players->begin(), players->end());
    filter.search = args.value("search").value_or("");
    if (filter.search.size() > store::kMaxHistorySearch) {
        throw UsageError("--search takes at most " + std::to_string(store::kMaxHistorySearch) +
                         " characters (a champion, a match id, words of a note)");
    }
    if (queue) {
        filter.queueId = static_cast<int>(*queue);
    }
    filter.outcome = *outcome;

    const auto& gameData = gamedata::GameData::builtin();
    TableData table;
    table.columns = {"match_id", "date", "queue", "champion", "result", "kda", "cs", "duration", "placement"};
    std::optional<store::HistoryCursor> cursor;
    long long remaining = limit == 0 ? -1 : limit;
    while (remaining != 0) {
        const int page = remaining < 0 || remaining > 1000 ? 1000 : static_cast<int>(remaining);
        const auto read = store::historyPage(db, filter, cursor, page);
        if (!read) {
            return fail(read.error().message);
        }
        const auto& rows = read.value();
        for (const auto& m : rows) {
            using nlohmann::json;
            table.rows.push_back({m.matchId, formatTime(m.gameCreation, format == Format::Table),
                                  m.queueUnknown() ? json() : json(gameData.queueName(m.queueId)),
                                  m.hasPlayer ? json(m.championName) : json(), json(m.resultLabel()),
                                  m.hasPlayer ? json(std::to_string(m.kills) + "/" + std::to_string(m.deaths) + "/" +
                                                     std::to_string(m.assists))
                                              : json(),
                                  m.hasPlayer ? json(m.cs) : json(), formatDuration(m.durationSeconds),
                                  m.placement ? json(*m.placement) : json()});
            cursor = store::HistoryCursor{m.gameCreation, m.matchRef};
        }
        if (remaining > 0) {
            remaining -= static_cast<long long>(rows.size());
        }
        if (rows.size() < static_cast<std::size_t>(page)) {
            break;
        }
    }
    writeTable(std::cout, table, format);
    return 0;
}

} // namespace herald::cli
