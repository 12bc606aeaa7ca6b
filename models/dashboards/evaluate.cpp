// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboards/evaluate.h"

#include "analytics/compiler.h"
#include "analytics/engine.h"
#include "gamedata/buildnames.h"
#include "store/database.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace herald::dashboards {

namespace {

using templates::WidgetType;

// The column of a result table named `name` among its metric columns, or nullopt.
std::optional<std::size_t> metricColumn(const analytics::ResultTable& table, std::string_view name) {
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        if (table.columns[c].kind == analytics::ColumnKind::Metric && table.columns[c].name == name) {
            return c;
        }
    }
    return std::nullopt;
}

std::vector<std::optional<double>> numbersOf(const analytics::ResultTable& table, std::size_t column) {
    std::vector<std::optional<double>> values;
    values.reserve(table.rows.size());
    for (const auto& row : table.rows) {
        values.push_back(analytics::numberOf(row[column]));
    }
    return values;
}

// The games behind each row, when the table has them.
std::vector<std::int64_t> gamesOf(const analytics::ResultTable& table) {
    std::vector<std::int64_t> games;
    if (const auto column = metricColumn(table, "games")) {
        games.reserve(table.rows.size());
        for (const auto& row : table.rows) {
            games.push_back(static_cast<std::int64_t>(analytics::numberOf(row[*column]).value_or(0)));
        }
    }
    return games;
}

std::vector<analytics::Value> keysOf(const analytics::ResultTable& table, std::size_t column) {
    std::vector<analytics::Value> keys;
    keys.reserve(table.rows.size());
    for (const auto& row : table.rows) {
        keys.push_back(row[column]);
    }
    return keys;
}

bool storeFailure(const Error& error) {
    return error.kind == ErrorKind::Storage || error.kind == ErrorKind::Busy;
}

Result<WidgetResult> recentGames(const templates::Widget& widget, const analytics::Query& query, const Period& period,
                                 store::Database& db) {
    // The newest games under the same players, filters and period as the other widgets (remakes included).
    auto selection = analytics::compileSelection(db, query, period.nowMs, true);
    if (!selection) {
        return selection.error();
    }
    auto page = store::newestSelected(
        db, selection->sql, static_cast<int>(selection->params.size()),
        [&selection](store::Statement& stmt) { analytics::bindParams(stmt, selection->params); },
        widget.limit.value_or(10));
    if (!page) {
        return page.error();
    }
    return WidgetResult{RecentGames{std::move(page).value()}};
}

Kpi kpiOf(const templates::Widget& widget, const analytics::ResultTable& table) {
    Kpi kpi;
    kpi.metric = widget.metrics.front();
    if (!table.rows.empty()) {
        kpi.value = analytics::numberOf(table.rows[0][0]);
        if (kpi.metric != "games") {
            if (const auto column = metricColumn(table, "games")) {
                kpi.games = static_cast<std::int64_t>(analytics::numberOf(table.rows[0][*column]).value_or(0));
            }
        }
    }
    return kpi;
}

Series seriesOf(const templates::Widget& widget, const analytics::ResultTable& table) {
    Series series;
    series.dimension = table.columns.empty() ? std::string() : table.columns[0].name;
    series.keys = keysOf(table, 0);
    // The LP history has one line; a line chart one per metric it names (not the columns the query adds).
    const std::vector<std::string> metrics =
        widget.type == WidgetType::Rank ? std::vector<std::string>{"lp"} : widget.metrics;
    for (const auto& metric : metrics) {
        if (const auto column = metricColumn(table, metric)) {
            series.lines.push_back({metric, numbersOf(table, *column)});
        }
    }
    series.games = gamesOf(table);
    return series;
}

Categories categoriesOf(const templates::Widget& widget, const analytics::ResultTable& table) {
    Categories categories;
    categories.dimension = widget.by.empty() ? std::string() : widget.by.front();
    categories.metric = widget.metrics.front();
    categories.keys = keysOf(table, 0);
    if (const auto column = metricColumn(table, categories.metric)) {
        categories.values = numbersOf(table, *column);
    }
    categories.games = gamesOf(table);
    categories.minGames = widget.minGames;
    return categories;
}

Heatmap heatmapOf(const templates::Widget& widget, const analytics::ResultTable& table) {
    Heatmap map;
    map.rowDimension = widget.by[0];
    map.columnDimension = widget.by[1];
    map.metric = widget.metrics.front();
    const auto fill = [](const std::string& dimension, std::vector<analytics::Value>& keys) {
        if (dimension == "hour") {
            for (std::int64_t h = 0; h < 24; ++h) {
                keys.emplace_back(h);
            }
        } else if (dimension == "weekday") {
            for (std::int64_t d = 1; d <= 7; ++d) {
                keys.emplace_back(d);
            }
        }
    };
    fill(map.rowDimension, map.rowKeys);
    fill(map.columnDimension, map.columnKeys);
    const auto indexOf = [](std::vector<analytics::Value>& keys, const analytics::Value& v) {
        const auto it = std::find(keys.begin(), keys.end(), v);
        if (it != keys.end()) {
            return static_cast<std::size_t>(it - keys.begin());
        }
        keys.push_back(v);
        return keys.size() - 1;
    };
    const auto metric = metricColumn(table, map.metric);
    const auto gamesColumn = metricColumn(table, "games");
    std::map<std::pair<std::size_t, std::size_t>, std::pair<double, std::int64_t>> cells;
    for (const auto& row : table.rows) {
        const auto value = metric ? analytics::numberOf(row[*metric]) : std::nullopt;
        if (!value) {
            continue;
        }
        const std::int64_t games =
            gamesColumn ? static_cast<std::int64_t>(analytics::numberOf(row[*gamesColumn]).value_or(0)) : 0;
        cells[{indexOf(map.rowKeys, row[0]), indexOf(map.columnKeys, row[1])}] = {*value, games};
    }
    map.values.assign(map.rowKeys.size(), std::vector<std::optional<double>>(map.columnKeys.size()));
    map.games.assign(map.rowKeys.size(), std::vector<std::int64_t>(map.columnKeys.size(), 0));
    for (const auto& [at, cell] : cells) {
        map.values[at.first][at.second] = cell.first;
        map.games[at.first][at.second] = cell.second;
    }
    return map;
}

// The first column of a table whose values name items, and each row's item id (the table's icons).
Status nameItems(store::Database& db, Table& table) {
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        const auto& column = table.columns[c];
        const auto* dimension =
            column.kind == analytics::ColumnKind::Dimension ? analytics::findDimension(column.name) : nullptr;
        if (dimension == nullptr || dimension->names != gamedata::kItemName) {
            continue;
        }
        std::vector<std::string> names;
        names.reserve(table.rows.size());
        for (const auto& row : table.rows) {
            names.push_back(analytics::valueText(row[c]));
        }
        auto ids = gamedata::itemIdsNamed(db, names);
        if (!ids) {
            return ids.error();
        }
        table.itemColumn = c;
        table.itemIds = std::move(ids).value();
        break;
    }
    return Ok{};
}

} // namespace

std::optional<double> Kpi::change() const {
    if (!value || !previous) {
        return std::nullopt;
    }
    return *value - *previous;
}

Result<Period> anchorOnPlay(store::Database& db, const std::vector<std::string>& puuids, const std::string& since,
                            std::int64_t nowMs, bool fromToday) {
    Period period;
    period.nowMs = nowMs;
    if (fromToday) {
        return period;
    }
    auto latest = store::latestGameEnd(db, puuids);
    if (!latest) {
        return latest.error();
    }
    period.lastPlayedMs = latest.value();
    if (period.lastPlayedMs && templates::relativeSpanDays(since)) {
        const auto anchor = templates::anchorPeriod(since, period.lastPlayedMs, nowMs);
        period.nowMs = anchor.nowMs;
        period.anchored = anchor.anchored;
    }
    return period;
}

Result<Period> resolvePeriod(store::Database& db, const templates::Template& t, const Scope& scope,
                             std::int64_t nowMs) {
    return anchorOnPlay(db, scope.puuids, templates::dashboardSince(t, scope.extra), nowMs, scope.fromToday);
}

Result<WidgetResult> evaluate(const templates::Template& t, const templates::Widget& widget, const Scope& scope,
                              const Period& period, store::Database& db, analytics::AnalyticsEngine& engine) {
    auto query = templates::widgetQuery(t, widget, scope.puuids, scope.extra);
    query.timeZone = scope.timeZone;
    switch (widget.type) {
    case WidgetType::Matches:
        return recentGames(widget, query, period, db);
    case WidgetType::Benchmark: {
        query.groupBy.clear();
        auto benchmark = engine.benchmark(db, query, scope.dataVersion, period.nowMs);
        if (!benchmark) {
            return benchmark.error();
        }
        return WidgetResult{Standing{analytics::rowsOf(*benchmark.value()), benchmark.value()->gamesWithoutLane}};
    }
    case WidgetType::Insights: {
        auto findings = analytics::findFindings(engine, db, query, scope.dataVersion,
                                                static_cast<std::size_t>(widget.limit.value_or(3)));
        if (!findings) {
            return findings.error();
        }
        auto lobby = analytics::findLobbyFindings(engine, db, query, scope.dataVersion);
        if (!lobby) {
            return lobby.error();
        }
        return WidgetResult{Findings{std::move(findings).value(), std::move(lobby).value()}};
    }
    default:
        break;
    }
    // Charts and KPIs say how many games stand behind each value (a hover, "128 games" under a rate), unless the
    // number is the games or comes from the rank history.
    const bool counted = widget.type == WidgetType::Bar || widget.type == WidgetType::Pie ||
                         widget.type == WidgetType::Line || widget.type == WidgetType::Heatmap ||
                         widget.type == WidgetType::Kpi;
    if (counted && query.metrics != std::vector<std::string>{"lp"} &&
        std::find(query.metrics.begin(), query.metrics.end(), "games") == query.metrics.end()) {
        query.metrics.push_back("games");
    }
    // A goal's own window (its last 12 weeks) follows the rule of periods anchored on play: with none of the
    // players' games in it, it counts back from their latest (the Habits goals of a history from earlier years).
    std::int64_t now = period.nowMs;
    if (widget.type == WidgetType::Goal && query.filters.count("since") != 0 && query.filters.at("since").size() == 1) {
        now = templates::anchorPeriod(query.filters.at("since").front(), period.lastPlayedMs, period.nowMs).nowMs;
    }
    auto run = engine.run(db, query, scope.dataVersion, now);
    if (!run) {
        return run.error();
    }
    const analytics::ResultTable& table = *run.value();
    switch (widget.type) {
    case WidgetType::Kpi: {
        Kpi kpi = kpiOf(widget, table);
        if (widget.comparePrevious) {
            if (const auto previous = templates::previousPeriod(query)) {
                kpi.compared = true;
                auto before = engine.run(db, *previous, scope.dataVersion, period.nowMs);
                if (!before && storeFailure(before.error())) {
                    return before.error();
                }
                if (before && !before.value()->rows.empty()) {
                    kpi.previous = analytics::numberOf(before.value()->rows[0][0]);
                }
            }
        }
        if (widget.lobbyMedian) {
            kpi.lobbyAsked = true;
            analytics::Query lobby = query;
            lobby.groupBy.clear();
            lobby.metrics = {widget.metrics.front()}; // the KPI's query also counts its games
            auto benchmark = engine.benchmark(db, lobby, scope.dataVersion, period.nowMs);
            if (!benchmark) {
                return benchmark.error();
            }
            // The main role: most games; on a tie the first in lane order (the benchmark's row order).
            const auto rows = analytics::rowsOf(*benchmark.value());
            const auto main = std::max_element(rows.begin(), rows.end(),
                                               [](const auto& a, const auto& b) { return a.games < b.games; });
            if (main != rows.end()) {
                kpi.lobbyMedian = main->p50;
                kpi.lobbyYou = main->you;
                kpi.lobbyRole = main->role;
                kpi.lobbyPopulation = main->population;
            }
        }
        return WidgetResult{std::move(kpi)};
    }
    case WidgetType::Line:
    case WidgetType::Rank:
        return WidgetResult{seriesOf(widget, table)};
    case WidgetType::Bar:
        return WidgetResult{Bars{categoriesOf(widget, table)}};
    case WidgetType::Pie:
        return WidgetResult{Donut{categoriesOf(widget, table)}};
    case WidgetType::Heatmap:
        return WidgetResult{heatmapOf(widget, table)};
    case WidgetType::Goal: {
        Goal goal;
        goal.metric = widget.metrics.front();
        goal.by = widget.by.front();
        goal.target = widget.target.value_or(0.0);
        goal.atMost = widget.atMost;
        goal.periodsShown = widget.periods;
        goal.progress = templates::goalProgress(widget, table);
        return WidgetResult{std::move(goal)};
    }
    case WidgetType::Table:
    default: {
        Table result{table.columns, table.rows, std::nullopt, {}};
        if (auto named = nameItems(db, result); !named) {
            return named.error();
        }
        return WidgetResult{std::move(result)};
    }
    }
}

std::vector<const templates::Widget*> readingOrder(const templates::Template& t) {
    std::vector<const templates::Widget*> order;
    order.reserve(t.widgets.size());
    for (const auto& widget : t.widgets) {
        order.push_back(&widget);
    }
    std::stable_sort(order.begin(), order.end(),
                     [](const auto* a, const auto* b) { return std::tie(a->y, a->x) < std::tie(b->y, b->x); });
    return order;
}

void expectBuilds(const templates::Template& t, const Scope& scope, analytics::AnalyticsEngine& engine) {
    analytics::BuildData builds = analytics::BuildData::None;
    for (const auto& widget : t.widgets) {
        builds = builds | analytics::buildDataOf(templates::widgetQuery(t, widget, scope.puuids, scope.extra));
    }
    engine.expectBuildData(builds);
}

Result<TemplateResult> evaluateTemplate(const templates::Template& t, const Scope& scope, store::Database& db,
                                        analytics::AnalyticsEngine& engine, std::int64_t nowMs) {
    expectBuilds(t, scope, engine);
    auto period = resolvePeriod(db, t, scope, nowMs);
    if (!period) {
        return period.error();
    }
    TemplateResult result{period.value(), {}};
    for (const auto* widget : readingOrder(t)) {
        result.widgets.push_back({widget->id, evaluate(t, *widget, scope, period.value(), db, engine)});
    }
    return result;
}

Result<std::vector<std::string>> championsInScope(const templates::Template& t, const Scope& scope,
                                                  const Period& period, store::Database& db,
                                                  analytics::AnalyticsEngine& engine) {
    templates::Template unfiltered = t;
    unfiltered.filters.erase("champion");
    Scope wider = scope;
    wider.extra.erase("champion");
    templates::Widget played;
    played.id = "champions-in-scope";
    played.type = templates::WidgetType::Table;
    played.metrics = {"games"};
    played.by = {"champion"};
    auto result = evaluate(unfiltered, played, wider, period, db, engine);
    if (!result) {
        return result.error();
    }
    std::vector<std::string> champions;
    if (const auto* table = std::get_if<Table>(&result.value())) {
        for (const auto& row : table->rows) {
            if (!row.empty()) {
                champions.push_back(analytics::valueText(row[0]));
            }
        }
    }
    return champions;
}

} // namespace herald::dashboards
