// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../format.h"
#include "../paintedcharts.h"
#include "renderers.h"

namespace herald::ui {

QWidget* renderGoal(const dashboards::Goal& goal, const RenderContext& context) {
    std::vector<GoalChart::Bar> bars;
    for (const auto& period : goal.progress.periods) {
        bars.push_back({formatDimension(goal.by, period.period), period.value, period.games, period.met});
    }
    QString headline = WidgetRenderer::tr("No games yet");
    std::optional<bool> metNow;
    if (!goal.progress.periods.empty()) {
        const auto& last = goal.progress.periods.back();
        headline = WidgetRenderer::tr("%1 in %2")
                       .arg(formatMetric(goal.metric, last.value), formatDimension(goal.by, last.period));
        metNow = last.value ? std::optional<bool>(last.met) : std::nullopt;
    }
    const QString target = formatMetric(goal.metric, std::optional<double>(goal.target));
    const int n = goal.periodsShown;
    const QString unit = goal.by == "day"    ? WidgetRenderer::tr("%n day(s)", nullptr, n)
                         : goal.by == "week" ? WidgetRenderer::tr("%n week(s)", nullptr, n)
                                             : WidgetRenderer::tr("%n month(s)", nullptr, n);
    const QString summary = (goal.atMost ? WidgetRenderer::tr("Target: at most %1 · met in %2 of the last %3")
                                         : WidgetRenderer::tr("Target: at least %1 · met in %2 of the last %3"))
                                .arg(target)
                                .arg(goal.progress.met)
                                .arg(unit);
    auto* chart = new GoalChart(context.parent);
    chart->setData(std::move(bars), goal.target, headline, summary, metNow,
                   [metric = goal.metric](double v) { return formatMetric(metric, std::optional<double>(v)); });
    return chart;
}

} // namespace herald::ui
