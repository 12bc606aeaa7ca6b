// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../format.h"
#include "../paintedcharts.h"
#include "renderers.h"

#include <QLocale>

namespace herald::ui {

QString standingText(const analytics::BenchmarkRow& row) {
    const QString you = formatMetric(row.metric, row.you);
    const QString role = formatDimension("role", analytics::Value(row.role));
    const QString games = QLocale().toString(static_cast<qlonglong>(row.games));
    if (!row.betterThan || !row.p25 || !row.p75) {
        return WidgetRenderer::tr("%1 over %2 games — no %3 players in your games to compare with")
            .arg(you, games, role);
    }
    return WidgetRenderer::tr("%1 over %2 games — better than %3 of %4 players in your games (middle half %5 to %6, "
                              "n = %7)")
        .arg(you, games, formatValue(analytics::Unit::Rate, *row.betterThan / 100.0), role,
             formatMetric(row.metric, row.p25), formatMetric(row.metric, row.p75),
             QLocale().toString(static_cast<qlonglong>(row.population)));
}

QWidget* renderStanding(const dashboards::Standing& standing, const RenderContext& context) {
    std::vector<StandingChart::Row> rows;
    for (const auto& r : standing.rows) {
        rows.push_back(
            {formatDimension("role", analytics::Value(r.role)) + QStringLiteral(" · ") + metricLabel(r.metric),
             standingText(r), r.p25, r.p50, r.p75, r.you, r.betterThan && *r.betterThan >= 50.0});
    }
    auto* chart = new StandingChart(context.parent);
    chart->setEmptyText(standing.gamesWithoutLane > 0
                            ? WidgetRenderer::tr("No lane games here: ARAM and Arena have no lanes to compare")
                            : WidgetRenderer::tr("No games in this period"));
    chart->setRows(std::move(rows));
    return chart;
}

} // namespace herald::ui
