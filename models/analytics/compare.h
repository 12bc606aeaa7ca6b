// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Players side by side (a coach's view): the same metrics over the same filters for 2 to 5 players, one column
// each, and which of them does best on each metric by its direction (docs/METRICS.md, "Players side by side").
#pragma once

#include "analytics/engine.h"
#include "analytics/query.h"
#include "common/result.h"

#include <string>
#include <vector>

namespace herald::analytics {

struct ComparedPlayer {
    std::string label;               // the column's name: a Riot ID
    std::vector<std::string> puuids; // one account, or several analysed together
};

inline constexpr std::size_t kMinCompared = 2;
inline constexpr std::size_t kMaxCompared = 5;

// scope: the metrics (not lp) and the filters, remakes and zone every player's games share; its puuids are ignored.
// Columns: metric, one per player (by label), best (the label of the best value by the metric's direction, several
// joined by ", " when tied; null for a metric with no direction or without values). One row per metric, in order.
Result<ResultTable> comparePlayers(AnalyticsEngine& engine, store::Database& db, const Query& scope,
                                   const std::vector<ComparedPlayer>& players, std::uint64_t dataVersion,
                                   std::int64_t nowMs);

// The metrics of a template's widgets, in reading order, each once (lp and unknown names left out).
std::vector<std::string> metricsOfWidgets(const std::vector<std::vector<std::string>>& widgetMetrics);

} // namespace herald::analytics
