// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboards/widgetresult.h"

#include <cmath>

namespace herald::dashboards {

namespace {

using analytics::Column;
using analytics::ColumnKind;
using analytics::ResultTable;
using analytics::Value;
using analytics::ValueType;

bool integral(const std::string& metric) {
    const auto* def = analytics::findMetric(metric);
    return def != nullptr && def->type == ValueType::Integer;
}

Value numberCell(const std::optional<double>& value) {
    return value ? Value(*value) : Value();
}

// A metric's value as the engine types it: games and LP are whole numbers, rates and means reals.
Value metricCell(const std::string& metric, const std::optional<double>& value) {
    if (value && integral(metric)) {
        return Value(static_cast<std::int64_t>(std::llround(*value)));
    }
    return numberCell(value);
}

Column dimension(const std::string& name) {
    return {name, ColumnKind::Dimension, ValueType::Text};
}
Column real(const std::string& name) {
    return {name, ColumnKind::Metric, integral(name) ? ValueType::Integer : ValueType::Real};
}
Column count(const std::string& name) {
    return {name, ColumnKind::Metric, ValueType::Integer};
}

ResultTable tableOf(const Kpi& kpi) {
    ResultTable t;
    t.columns.push_back(real(kpi.metric));
    t.rows.push_back({metricCell(kpi.metric, kpi.value)});
    if (kpi.games) {
        t.columns.push_back(count("games"));
        t.rows[0].emplace_back(*kpi.games);
    }
    if (kpi.compared) {
        t.columns.push_back(real("previous_" + kpi.metric));
        t.rows[0].push_back(metricCell(kpi.metric, kpi.previous));
    }
    if (kpi.lobbyAsked) {
        t.columns.push_back(real("lobby_median"));
        t.rows[0].push_back(metricCell(kpi.metric, kpi.lobbyMedian));
        t.columns.push_back(dimension("lobby_role"));
        t.rows[0].emplace_back(kpi.lobbyRole);
        t.columns.push_back(real("you_in_lobby_role"));
        t.rows[0].push_back(metricCell(kpi.metric, kpi.lobbyYou));
        t.columns.push_back(count("lobby_population"));
        t.rows[0].emplace_back(kpi.lobbyPopulation);
    }
    return t;
}

ResultTable tableOf(const Series& series) {
    ResultTable t;
    t.columns.push_back(dimension(series.dimension));
    for (const auto& line : series.lines) {
        t.columns.push_back(real(line.metric));
    }
    const bool games = !series.games.empty() && std::none_of(series.lines.begin(), series.lines.end(),
                                                             [](const auto& l) { return l.metric == "games"; });
    if (games) {
        t.columns.push_back(count("games"));
    }
    for (std::size_t i = 0; i < series.keys.size(); ++i) {
        auto& row = t.rows.emplace_back();
        row.push_back(series.keys[i]);
        for (const auto& line : series.lines) {
            row.push_back(metricCell(line.metric, line.values[i]));
        }
        if (games) {
            row.emplace_back(series.games[i]);
        }
    }
    return t;
}

ResultTable tableOf(const Categories& categories) {
    ResultTable t;
    t.columns = {dimension(categories.dimension), real(categories.metric)};
    const bool games = !categories.games.empty() && categories.metric != "games";
    if (games) {
        t.columns.push_back(count("games"));
    }
    for (std::size_t i = 0; i < categories.keys.size(); ++i) {
        auto& row = t.rows.emplace_back();
        row.push_back(categories.keys[i]);
        row.push_back(metricCell(categories.metric, categories.values[i]));
        if (games) {
            row.emplace_back(categories.games[i]);
        }
    }
    return t;
}

ResultTable tableOf(const Heatmap& map) {
    ResultTable t;
    t.columns = {dimension(map.rowDimension), dimension(map.columnDimension), real(map.metric)};
    const bool games = map.metric != "games";
    if (games) {
        t.columns.push_back(count("games"));
    }
    for (std::size_t r = 0; r < map.rowKeys.size(); ++r) {
        for (std::size_t c = 0; c < map.columnKeys.size(); ++c) {
            if (!map.values[r][c]) {
                continue; // a cell without games
            }
            auto& row = t.rows.emplace_back();
            row = {map.rowKeys[r], map.columnKeys[c], metricCell(map.metric, map.values[r][c])};
            if (games) {
                row.emplace_back(map.games[r][c]);
            }
        }
    }
    return t;
}

ResultTable tableOf(const Goal& goal) {
    ResultTable t;
    t.columns = {dimension(goal.by), real(goal.metric), count("games"), count("met")};
    for (const auto& period : goal.progress.periods) {
        t.rows.push_back(
            {period.period, metricCell(goal.metric, period.value), period.games, std::int64_t{period.met ? 1 : 0}});
    }
    return t;
}

ResultTable tableOf(const Findings& findings) {
    ResultTable t;
    t.columns = {dimension("finding"), dimension("partner"),   count("games"), real("win_rate"),
                 count("other_games"), real("other_win_rate"), real("z"),      real("p")};
    for (const auto& f : findings.findings) {
        t.rows.push_back({std::string(analytics::findingKindName(f.kind)), f.partner, f.games, f.winRate(),
                          f.otherGames, f.otherWinRate(), f.z, f.pValue});
    }
    for (const auto& f : findings.lobby) { // partner: the role and metric; other_games: the lobby's values
        t.rows.push_back({std::string("below_lobby"), f.role + " " + f.metric, f.games, std::monostate{}, f.population,
                          std::monostate{}, std::monostate{}, std::monostate{}});
    }
    return t;
}

ResultTable tableOf(const RecentGames& games) {
    ResultTable t;
    t.columns = {dimension("match"), count("date"),    dimension("champion"), dimension("result"), count("kills"),
                 count("deaths"),    count("assists"), count("cs"),           count("queue"),      count("duration_s")};
    for (const auto& m : games.matches) {
        t.rows.push_back({m.matchId, m.gameCreation, m.championName, m.resultLabel(), std::int64_t{m.kills},
                          std::int64_t{m.deaths}, std::int64_t{m.assists}, std::int64_t{m.cs}, std::int64_t{m.queueId},
                          m.durationSeconds});
    }
    return t;
}

ResultTable tableOf(const Standing& standing) {
    ResultTable t;
    t.columns = {dimension("role"),   dimension("metric"), real("you"),        count("games"),
                 count("population"), real("p25"),         real("p50"),        real("p75"),
                 real("percentile"),  real("better_than"), dimension("source")};
    auto cell = [](const std::optional<double>& v) { return v ? Value(*v) : Value(std::monostate{}); };
    for (const auto& r : standing.rows) {
        t.rows.push_back({r.role, r.metric, cell(r.you), r.games, r.population, cell(r.p25), cell(r.p50), cell(r.p75),
                          cell(r.percentile), cell(r.betterThan), r.source});
    }
    return t;
}

} // namespace

const char* kindName(const WidgetResult& result) {
    static constexpr const char* kNames[] = {"kpi",   "series", "bars",     "donut",        "heatmap",
                                             "table", "goal",   "findings", "recent_games", "standing"};
    static_assert(std::size(kNames) == std::variant_size_v<WidgetResult>);
    return kNames[result.index()];
}

analytics::ResultTable resultTable(const WidgetResult& result) {
    return std::visit(
        [](const auto& r) -> ResultTable {
            using T = std::decay_t<decltype(r)>;
            if constexpr (std::is_same_v<T, Table>) {
                return ResultTable{r.columns, r.rows};
            } else if constexpr (std::is_base_of_v<Categories, T>) {
                return tableOf(static_cast<const Categories&>(r));
            } else {
                return tableOf(r);
            }
        },
        result);
}

} // namespace herald::dashboards
