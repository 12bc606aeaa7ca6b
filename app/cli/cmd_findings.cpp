// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/engine.h"
#include "analytics/insights.h"
#include "args.h"
#include "commands.h"
#include "dashboards/widgetresult.h"
#include "output.h"
#include "store/store.h"

#include <iostream>

namespace herald::cli {

int runFindings(const Context& context, const std::vector<std::string>& words) {
    const Args args(words, {{"puuid"}, {"account"}, {"where"}, {"tz"}, {"format"}});
    const Format format = dataCommandFormat(args);
    analytics::Query query;
    query.metrics = {"games"};
    WhereClauses where = whereClauses(args);
    query.filters = std::move(where.filters);
    query.allOf = std::move(where.allOf);
    query.timeZone = args.value("tz").value_or("");
    query.puuids = puuidOptions(args);
    const std::vector<std::string> riotIds = riotIdOptions(args);
    if (query.puuids.empty() && riotIds.empty()) {
        throw UsageError("name the player: --puuid P or --account \"Name#TAG\"");
    }
    checkQueryNames(query);

    auto access = openWithPlayers(context, riotIds, query);
    if (!access) {
        return 1;
    }
    store::Database& db = *access->db;
    analytics::AnalyticsEngine engine;
    const auto found = analytics::findFindings(engine, db, query, 0);
    if (!found) {
        return failOrUsage(found.error());
    }
    auto lobby = analytics::findLobbyFindings(engine, db, query, 0);
    if (!lobby) {
        return failOrUsage(lobby.error());
    }
    const bool none = found.value().empty() && lobby.value().empty();
    const dashboards::WidgetResult result = dashboards::Findings{std::move(found).value(), std::move(lobby).value()};
    writeTable(std::cout, tableDataOf(dashboards::resultTable(result), format), format);
    if (format == Format::Table && none) {
        std::cout << "Nothing stands out: no difference larger than chance would give (at least 20 games a side).\n";
    }
    return 0;
}

} // namespace herald::cli
