// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/engine.h"
#include "args.h"
#include "commands.h"
#include "common/clock.h"
#include "dashboards/evaluate.h"
#include "ingest/rebuild.h"
#include "output.h"
#include "store/store.h"
#include "templates/template.h"

#include <chrono>
#include <cstdio>
#include <date/date.h>
#include <iostream>

namespace herald::cli {

WhereClauses whereClauses(const Args& args) {
    WhereClauses clauses;
    for (const std::string& clause : args.values("where")) {
        const auto eq = clause.find('=');
        if (eq == std::string::npos || eq == 0) {
            throw UsageError("--where takes name=value[,value...], not '" + clause + "'");
        }
        const std::string name = clause.substr(0, eq);
        auto values = splitList(clause.substr(eq + 1));
        if (clauses.filters.count(name) == 0) {
            clauses.filters[name] = std::move(values);
        } else {
            clauses.allOf.emplace_back(name, std::move(values));
        }
    }
    return clauses;
}

std::map<std::string, std::vector<std::string>> whereFilters(const Args& args) {
    WhereClauses clauses = whereClauses(args);
    if (!clauses.allOf.empty()) {
        const std::string& name = clauses.allOf.front().first;
        throw UsageError("--where " + name +
                         "=... is given twice: here a filter takes one list of values (any of "
                         "them: --where " +
                         name + "=A,B); all of them is for stats and findings");
    }
    return std::move(clauses.filters);
}

analytics::Query statsQueryOf(const Args& args) {
    analytics::Query query;
    query.metrics = splitList(args.value("metrics").value_or(""));
    if (query.metrics.empty()) {
        throw UsageError("--metrics is required, e.g. --metrics games,win_rate,kda");
    }
    query.groupBy = splitList(args.value("by").value_or(""));
    WhereClauses where = whereClauses(args);
    query.filters = std::move(where.filters);
    query.allOf = std::move(where.allOf);
    query.minGames = static_cast<int>(args.integer("min-games", 0, 1'000'000).value_or(0));
    if (auto sort = args.value("sort")) {
        query.order = analytics::parseOrder(*sort);
    }
    if (auto limit = args.integer("limit", 0, 1'000'000)) {
        query.limit = static_cast<int>(*limit);
    }
    query.includeRemakes = args.has("include-remakes");
    query.timeZone = args.value("tz").value_or("");
    query.puuids = puuidOptions(args);
    checkQueryNames(query);
    return query;
}

void checkQueryNames(const analytics::Query& query) {
    analytics::Query probe = query;
    if (probe.puuids.empty()) {
        probe.puuids = {"-"}; // the players of --account resolve later, from the store
    }
    if (Status valid = analytics::validate(probe); !valid) {
        throw UsageError(valid.error().message);
    }
}

Format dataCommandFormat(const Args& args) {
    if (!args.positional().empty()) {
        throw UsageError("unexpected argument '" + args.positional().front() + "'");
    }
    return parseFormat(args.value("format").value_or("table"));
}

std::int64_t anchoredNow(const Args& args, store::Database& db, const analytics::Query& query) {
    // Periods anchored on play (docs/TEMPLATES.md), as the app's dashboards count them.
    std::int64_t now = nowMs();
    if (const auto since = query.filters.find("since"); !args.has("from-today") && since != query.filters.end() &&
                                                        since->second.size() == 1 &&
                                                        templates::relativeSpanDays(since->second[0])) {
        // A store that cannot say when the players last played counts from today, as before.
        if (const auto anchor = dashboards::anchorOnPlay(db, query.puuids, since->second[0], now, false)) {
            if (anchor->anchored) {
                now = anchor->nowMs;
                std::fprintf(stderr,
                             "herald: since=%s holds none of these games: counted back from the end of the latest "
                             "one (%s UTC); --from-today counts from today\n",
                             since->second[0].c_str(),
                             date::format("%F %R", date::floor<std::chrono::minutes>(
                                                       std::chrono::sys_time<std::chrono::milliseconds>(
                                                           std::chrono::milliseconds(now))))
                                 .c_str());
            }
        }
    }
    return now;
}

int runStats(const Context& context, const std::vector<std::string>& words) {
    const Args args(words, {{"puuid"},
                            {"account"},
                            {"metrics"},
                            {"by"},
                            {"where"},
                            {"min-games"},
                            {"sort"},
                            {"limit"},
                            {"include-remakes", false},
                            {"from-today", false},
                            {"tz"},
                            {"format"}});
    const Format format = dataCommandFormat(args);
    analytics::Query query = statsQueryOf(args);
    const std::vector<std::string> riotIds = riotIdOptions(args);
    if (query.puuids.empty() && riotIds.empty()) {
        throw UsageError("name the player: --puuid P or --account \"Name#TAG\"");
    }

    auto access = openWithPlayers(context, riotIds, query);
    if (!access) {
        return 1;
    }
    store::Database& db = *access->db;
    const std::int64_t now = anchoredNow(args, db, query);
    analytics::AnalyticsEngine engine;
    auto result = engine.run(db, query, 0, now);
    if (!result) {
        return failOrUsage(result.error());
    }
    writeTable(std::cout, tableDataOf(*result.value(), format), format);
    return 0;
}

int runRebuild(const Context& context, const std::vector<std::string>& words) {
    const Args args(words, {});
    if (!args.positional().empty()) {
        throw UsageError("unexpected argument '" + args.positional().front() + "'");
    }
    auto store = openForWriting(context);
    if (!store) {
        return 1;
    }
    const ProgressLine progress(context, "Re-deriving");
    auto report = ingest::rebuild(*store, false, progress);
    progress.finish();
    if (!report) {
        return fail(report.error().message);
    }
    std::cout << "Re-derived " << report->matches << " match(es) and " << report->timelines
              << " timeline(s) from their raw payloads.\n";
    for (const auto& failure : report->failed) {
        std::cerr << "herald-cli rebuild: " << failure.source << ": " << failure.error << '\n';
    }
    return report->failed.empty() ? 0 : 1;
}

} // namespace herald::cli
