// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/engine.h"
#include "analytics/insights.h"
#include "args.h"
#include "commands.h"
#include "output.h"
#include "store/store.h"

#include <iostream>

namespace herald::cli {

namespace {

const char* kindName(analytics::FindingKind kind) {
    switch (kind) {
    case analytics::FindingKind::LateInSession:
        return "late_in_session";
    case analytics::FindingKind::AfterLosses:
        return "after_losses";
    case analytics::FindingKind::LateNight:
        return "late_night";
    case analytics::FindingKind::Partner:
        return "partner";
    }
    return "";
}

} // namespace

int runFindings(const Context& context, const std::vector<std::string>& words) {
    const Args args(words, {{"puuid"}, {"account"}, {"where"}, {"tz"}, {"format"}});
    const Format format = parseFormat(args.value("format").value_or("table"));
    if (!args.positional().empty()) {
        throw UsageError("unexpected argument '" + args.positional().front() + "'");
    }
    analytics::Query query;
    query.metrics = {"games"};
    query.filters = whereFilters(args);
    query.timeZone = args.value("tz").value_or("");
    query.puuids = puuidOptions(args);
    const std::vector<std::string> riotIds = riotIdOptions(args);
    if (query.puuids.empty() && riotIds.empty()) {
        throw UsageError("name the player: --puuid P or --account \"Name#TAG\"");
    }
    checkQueryNames(query);

    auto access = openForReading(context);
    if (!access) {
        return 1;
    }
    store::Database& db = *access->db;
    const auto players = puuidsOfRiotIds(context, db, riotIds);
    if (!players) {
        return 1;
    }
    query.puuids.insert(query.puuids.end(), players->begin(), players->end());
    analytics::AnalyticsEngine engine;
    const auto found = analytics::findFindings(engine, db, query, 0);
    if (!found) {
        if (found.error().kind == ErrorKind::Validation) {
            throw UsageError(found.error().message);
        }
        return fail(found.error().message);
    }
    TableData table;
    table.columns = {"finding", "partner", "games", "win_rate", "other_games", "other_win_rate", "z", "p"};
    for (const auto& f : found.value()) {
        auto ratio = [format](double value) { return realCell(value, format); };
        table.rows.push_back({kindName(f.kind), f.partner, f.games, ratio(f.winRate()), f.otherGames,
                              ratio(f.otherWinRate()), ratio(f.z), ratio(f.pValue)});
    }
    writeTable(std::cout, table, format);
    if (format == Format::Table && found.value().empty()) {
        std::cout << "Nothing stands out: no difference larger than chance would give (at least 20 games a side).\n";
    }
    return 0;
}

} // namespace herald::cli
