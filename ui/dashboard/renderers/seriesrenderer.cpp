// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../charts.h"
#include "../format.h"
#include "renderers.h"

#include <QDate>
#include <algorithm>

namespace herald::ui {

namespace {

// The start of a time dimension's period, ms since epoch (local time): day "2026-08-14", ISO week "2026-W35"
// (its Monday), month "2026-08". nullopt for other dimensions or values.
std::optional<qint64> periodStart(const std::string& dimension, const analytics::Value& value) {
    const auto* text = std::get_if<std::string>(&value);
    if (text == nullptr) {
        return std::nullopt;
    }
    const QString key = QString::fromStdString(*text);
    QDate date;
    if (dimension == "day") {
        date = QDate::fromString(key, QStringLiteral("yyyy-MM-dd"));
    } else if (dimension == "month") {
        date = QDate::fromString(key + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
    } else if (dimension == "week" && key.size() >= 7 && key.mid(4, 2) == QStringLiteral("-W")) {
        const int year = key.left(4).toInt();
        const int week = key.mid(6).toInt();
        const QDate jan4(year, 1, 4); // always in ISO week 1
        date = jan4.addDays(1 - jan4.dayOfWeek() + 7 * (week - 1));
    }
    if (!date.isValid()) {
        return std::nullopt;
    }
    return date.startOfDay().toMSecsSinceEpoch();
}

std::vector<int> gamesOf(const std::vector<std::int64_t>& games) {
    return {games.begin(), games.end()};
}

} // namespace

Series chartSeries(const std::string& metric, const std::vector<std::optional<double>>& values,
                   const std::vector<std::int64_t>& games) {
    Series s;
    s.games = gamesOf(games);
    s.name = metricLabel(metric);
    s.format = [metric](double v) { return formatMetric(metric, std::optional<double>(v)); };
    if (metricUnit(metric) == analytics::Unit::Rate) {
        s.ceiling = 1.0;
    }
    s.values = values;
    return s;
}

QWidget* renderSeries(const dashboards::Series& data, const RenderContext& context) {
    QStringList labels;
    for (const auto& key : data.keys) {
        labels << formatDimension(data.dimension, key);
    }
    std::vector<Series> series;
    for (const auto& line : data.lines) {
        series.push_back(chartSeries(line.metric, line.values, data.games));
    }
    auto* chart = new LineChart(context.parent);
    if (context.widget.type == templates::WidgetType::Rank) {
        chart->setEmptyText(WidgetRenderer::tr("No rank history yet: each sync records your rank and LP."));
    }
    // Days, weeks and months stand on a time scale (a week without games is a gap, not a skipped step).
    std::vector<qint64> times;
    for (const auto& key : data.keys) {
        if (const auto when = periodStart(data.dimension, key)) {
            times.push_back(*when);
        }
    }
    const bool increasing = std::is_sorted(times.begin(), times.end());
    chart->setData(labels, std::move(series),
                   times.size() == data.keys.size() && increasing ? std::move(times) : std::vector<qint64>{});
    return chart;
}

} // namespace herald::ui
