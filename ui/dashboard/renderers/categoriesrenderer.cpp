// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../charts.h"
#include "../format.h"
#include "renderers.h"

namespace herald::ui {

QWidget* renderCategories(const dashboards::Categories& data, bool donut, const RenderContext& context) {
    QStringList labels;
    for (const auto& key : data.keys) {
        labels << formatDimension(data.dimension, key);
    }
    Series series = chartSeries(data.metric, data.values, data.games);
    ChartView* chart = nullptr;
    if (donut) {
        auto* pie = new PieChart(context.parent);
        pie->setData(labels, std::move(series));
        chart = pie;
    } else {
        auto* bars = new BarChart(context.parent);
        bars->setData(labels, std::move(series));
        chart = bars;
    }
    if (data.keys.empty() && data.minGames > 1) { // games there may be, but no group reaches the widget's minimum
        chart->setEmptyText(WidgetRenderer::tr("No %1 with %n games or more in this period", nullptr, data.minGames)
                                .arg(data.dimension.empty() ? QString() : dimensionLabel(data.dimension).toLower()));
    }
    QObject::connect(
        chart, &ChartView::categoryClicked, chart,
        [keys = data.keys, labels, dimension = QString::fromStdString(data.dimension),
         drill = context.drill](int index) {
            if (index >= 0 && static_cast<std::size_t>(index) < keys.size() && !dimension.isEmpty() && drill) {
                drill({{dimension, filterValue(keys[static_cast<std::size_t>(index)]), labels.value(index)}});
            }
        });
    return chart;
}

} // namespace herald::ui
