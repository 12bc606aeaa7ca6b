// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What a dashboard widget shows, as typed values with named fields (docs/ARCHITECTURE.md, "From a template to
// pixels"): one struct per kind of widget. The app draws them, reports print them, `herald-cli dashboard` writes
// them; none of them decodes an engine table by column position.
#pragma once

#include "analytics/benchmark.h"
#include "analytics/insights.h"
#include "analytics/query.h"
#include "store/matchhistory.h"
#include "templates/template.h"

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace herald::dashboards {

// One number and, when the widget compares, the same number over the period just before.
struct Kpi {
    std::string metric;
    std::optional<double> value;       // null: no games
    std::optional<std::int64_t> games; // the games behind the value; null when the metric is the games or LP
    bool compared = false;             // the widget compares and its period has one before it
    std::optional<double> previous;    // the period before's value (null: no games then)
    // "lobby": "median": the median of the other players of the player's main role in the same games (the role of
    // most games; docs/METRICS.md "Lobby benchmarks"), that role, the player's own value in it and the population's
    // size. Null median: no lane games.
    bool lobbyAsked = false;
    std::optional<double> lobbyMedian;
    std::optional<double> lobbyYou;
    std::string lobbyRole;
    std::int64_t lobbyPopulation = 0;
    std::optional<double> change() const; // value - previous, when both exist
};

// Values along one dimension (a line chart, the LP history): keys[i] is the i-th point's dimension value.
struct Series {
    struct Line {
        std::string metric;
        std::vector<std::optional<double>> values; // one per key
    };
    std::string dimension;
    std::vector<analytics::Value> keys;
    std::vector<Line> lines;
    std::vector<std::int64_t> games; // the games behind each point; empty for LP
};

// One metric by one dimension, a value per category (a bar chart, a donut).
struct Categories {
    std::string dimension;
    std::string metric;
    std::vector<analytics::Value> keys;
    std::vector<std::optional<double>> values;
    std::vector<std::int64_t> games; // the games behind each category
    int minGames = 0;                // the widget's minimum: no category may mean none reached it
};
struct Bars : Categories {};
struct Donut : Categories {};

// One metric over two dimensions. Hours always list 0..23 and weekdays 1..7, so gaps read as "no games".
struct Heatmap {
    std::string rowDimension;
    std::string columnDimension;
    std::string metric;
    std::vector<analytics::Value> rowKeys;
    std::vector<analytics::Value> columnKeys;
    std::vector<std::vector<std::optional<double>>> values; // [row][column]
    std::vector<std::vector<std::int64_t>> games;           // [row][column]; 0 where no value
};

// Rows of dimension and metric columns, as the widget sorts and limits them.
struct Table {
    std::vector<analytics::Column> columns;
    std::vector<std::vector<analytics::Value>> rows;
    // A table by a dimension that names items (item, first_item, trinket): that column, and the item of each row
    // (0: none, unknown, or a name no item has), for its icon.
    std::optional<std::size_t> itemColumn;
    std::vector<int> itemIds;
};

// A target per day, week or month, and the periods that met it.
struct Goal {
    std::string metric;
    std::string by; // day, week, month
    double target = 0.0;
    bool atMost = false;
    int periodsShown = 12;
    templates::GoalProgress progress; // oldest first; the current period last
};

struct Findings {
    std::vector<analytics::Finding> findings;
    std::vector<analytics::LobbyFinding> lobby; // at most one: the weakest metric against the lobbies
};

struct RecentGames {
    std::vector<store::MatchSummary> matches;
};

// Where the player stands among the players of their games (docs/METRICS.md, "Lobby benchmarks"): per lane role
// played and metric, their value, the population's quartiles and their percentile.
struct Standing {
    std::vector<analytics::BenchmarkRow> rows;
    std::int64_t gamesWithoutLane = 0; // ARAM, Arena: left out
};

using WidgetResult = std::variant<Kpi, Series, Bars, Donut, Heatmap, Table, Goal, Findings, RecentGames, Standing>;

// "kpi", "series", "bars", "donut", "heatmap", "table", "goal", "findings", "recent_games", "standing".
const char* kindName(const WidgetResult& result);

// The numbers of a result as one table (dimension columns, then metrics, then "games"): what "Export data…", a
// report's "The numbers" and the command line's CSV and table formats show.
analytics::ResultTable resultTable(const WidgetResult& result);

} // namespace herald::dashboards
