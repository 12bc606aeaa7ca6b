// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/compare.h"
#include "args.h"
#include "commands.h"
#include "output.h"
#include "store/store.h"
#include "templates/template.h"

#include <iostream>

namespace herald::cli {

namespace {

// What a coach compares by default: the Overview's questions and the laning ones.
const std::vector<std::string> kDefaultMetrics = {"games",        "win_rate",           "kda",
                                                  "cs_per_min",   "gold_per_min",       "damage_per_min",
                                                  "damage_share", "kill_participation", "vision_per_min",
                                                  "avg_deaths",   "gold_diff_10",       "cs_diff_10"};

} // namespace

int runCompare(const Context& context, const std::vector<std::string>& words) {
    const Args args(words, {{"account"},
                            {"metrics"},
                            {"template"},
                            {"where"},
                            {"include-remakes", false},
                            {"from-today", false},
                            {"tz"},
                            {"format"}});
    const Format format = dataCommandFormat(args);
    const std::vector<std::string> riotIds = riotIdOptions(args);
    if (riotIds.size() < analytics::kMinCompared || riotIds.size() > analytics::kMaxCompared) {
        throw UsageError("compare 2 to 5 players: --account \"Name#TAG\" for each (" + std::to_string(riotIds.size()) +
                         " given)");
    }
    if (args.has("metrics") && args.has("template")) {
        throw UsageError("--metrics or --template, not both");
    }
    analytics::Query scope;
    scope.metrics = splitList(args.value("metrics").value_or(""));
    WhereClauses where = whereClauses(args);
    scope.filters = std::move(where.filters);
    scope.allOf = std::move(where.allOf);
    scope.includeRemakes = args.has("include-remakes");
    scope.timeZone = args.value("tz").value_or("");
    if (!args.has("template")) {
        if (scope.metrics.empty()) {
            scope.metrics = kDefaultMetrics;
        }
        checkQueryNames(scope);
    }

    auto access = openForReading(context);
    if (!access) {
        return 1;
    }
    store::Database& db = *access->db;
    if (const auto id = args.value("template")) {
        const auto found = templateNamed(db, *id);
        if (!found) {
            return 1;
        }
        std::vector<std::vector<std::string>> widgetMetrics;
        for (const auto& widget : found->widgets) {
            widgetMetrics.push_back(widget.metrics);
        }
        scope.metrics = analytics::metricsOfWidgets(widgetMetrics);
        if (scope.metrics.empty()) {
            return fail("the template '" + *id + "' has no metric of games to compare");
        }
    }
    std::vector<analytics::ComparedPlayer> players;
    for (const auto& riotId : riotIds) {
        const auto puuids = puuidsOfRiotIds(context, db, {riotId});
        if (!puuids) {
            return 1;
        }
        players.push_back({riotId, puuids.value()});
    }
    scope.puuids = players.front().puuids; // the period anchors on the first player's play, as their dashboard
    const std::int64_t now = anchoredNow(args, db, scope);
    analytics::AnalyticsEngine engine;
    auto table = analytics::comparePlayers(engine, db, scope, players, 0, now);
    if (!table) {
        return failOrUsage(table.error());
    }
    writeTable(std::cout, tableDataOf(table.value(), format), format);
    return 0;
}

} // namespace herald::cli
