// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare.h"

#include "analytics/catalog.h"

#include <algorithm>

namespace herald::analytics {

Result<ResultTable> comparePlayers(AnalyticsEngine& engine, store::Database& db, const Query& scope,
                                   const std::vector<ComparedPlayer>& players, std::uint64_t dataVersion,
                                   std::int64_t nowMs) {
    if (players.size() < kMinCompared || players.size() > kMaxCompared) {
        return makeError(ErrorKind::Validation, "compare 2 to 5 players, not " + std::to_string(players.size()));
    }
    if (std::find(scope.metrics.begin(), scope.metrics.end(), "lp") != scope.metrics.end()) {
        return makeError(ErrorKind::Validation, "lp is a rank history, not a metric of games: it is not compared");
    }
    ResultTable table;
    table.columns.push_back({"metric", ColumnKind::Dimension, ValueType::Text});
    for (const auto& player : players) {
        table.columns.push_back({player.label, ColumnKind::Metric, ValueType::Real});
    }
    table.columns.push_back({"best", ColumnKind::Dimension, ValueType::Text});
    for (const auto& metric : scope.metrics) {
        table.rows.push_back({metric});
    }
    for (const auto& player : players) {
        Query q = scope;
        q.puuids = player.puuids;
        q.groupBy.clear();
        q.order.reset();
        q.limit.reset();
        auto result = engine.run(db, q, dataVersion, nowMs);
        if (!result) {
            return result.error();
        }
        const auto& rows = result.value()->rows;
        for (std::size_t m = 0; m < scope.metrics.size(); ++m) {
            table.rows[m].push_back(rows.empty() ? Value(std::monostate{}) : rows.front()[m]);
        }
    }
    for (std::size_t m = 0; m < scope.metrics.size(); ++m) {
        auto& row = table.rows[m];
        const MetricDef* def = findMetric(scope.metrics[m]);
        std::optional<double> best;
        std::string who;
        for (std::size_t p = 0; p < players.size() && def->direction != Direction::Neither; ++p) {
            const auto value = numberOf(row[p + 1]);
            if (!value) {
                continue;
            }
            const bool better =
                !best || (def->direction == Direction::HigherIsBetter ? *value > *best : *value < *best);
            if (better) {
                best = value;
                who = players[p].label;
            } else if (*value == *best) {
                who += ", " + players[p].label;
            }
        }
        row.push_back(who.empty() ? Value(std::monostate{}) : Value(who));
    }
    return table;
}

std::vector<std::string> metricsOfWidgets(const std::vector<std::vector<std::string>>& widgetMetrics) {
    std::vector<std::string> out;
    for (const auto& metrics : widgetMetrics) {
        for (const auto& name : metrics) {
            if (name != "lp" && findMetric(name) != nullptr && std::find(out.begin(), out.end(), name) == out.end()) {
                out.push_back(name);
            }
        }
    }
    return out;
}

} // namespace herald::analytics
