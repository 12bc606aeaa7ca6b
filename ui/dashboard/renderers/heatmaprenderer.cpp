// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../charts.h"
#include "../format.h"
#include "renderers.h"

namespace herald::ui {

QWidget* renderHeatmap(const dashboards::Heatmap& map, const RenderContext& context) {
    QStringList rowLabels;
    QStringList columnLabels;
    for (const auto& key : map.rowKeys) {
        rowLabels << formatDimension(map.rowDimension, key);
    }
    for (const auto& key : map.columnKeys) {
        columnLabels << formatDimension(map.columnDimension, key);
    }
    auto* chart = new HeatmapChart(context.parent);
    chart->setData(rowLabels, columnLabels, map.values,
                   [metric = map.metric](double v) { return formatMetric(metric, std::optional<double>(v)); });
    for (std::size_t r = 0; r < map.values.size(); ++r) {
        for (std::size_t c = 0; c < map.values[r].size(); ++c) {
            if (map.values[r][c]) {
                chart->setGames(static_cast<int>(r), static_cast<int>(c), static_cast<int>(map.games[r][c]));
            }
        }
    }
    QObject::connect(chart, &HeatmapChart::cellClicked, chart,
                     [map, rowLabels, columnLabels, drill = context.drill](int r, int c) {
                         if (!drill) {
                             return;
                         }
                         drill({{QString::fromStdString(map.rowDimension),
                                 filterValue(map.rowKeys[static_cast<std::size_t>(r)]), rowLabels.value(r)},
                                {QString::fromStdString(map.columnDimension),
                                 filterValue(map.columnKeys[static_cast<std::size_t>(c)]), columnLabels.value(c)}});
                     });
    return chart;
}

} // namespace herald::ui
