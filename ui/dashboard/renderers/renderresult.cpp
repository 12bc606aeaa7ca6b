// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "renderers.h"

namespace herald::ui {

namespace {

template <class... F> struct Overloaded : F... { using F::operator()...; };
template <class... F> Overloaded(F...) -> Overloaded<F...>;

} // namespace

QWidget* renderResult(const dashboards::WidgetResult& result, const RenderContext& context) {
    return std::visit(Overloaded{
                          [&](const dashboards::Kpi& r) { return renderKpi(r, context); },
                          [&](const dashboards::Series& r) { return renderSeries(r, context); },
                          [&](const dashboards::Bars& r) { return renderCategories(r, false, context); },
                          [&](const dashboards::Donut& r) { return renderCategories(r, true, context); },
                          [&](const dashboards::Heatmap& r) { return renderHeatmap(r, context); },
                          [&](const dashboards::Table& r) { return renderTable(r, context); },
                          [&](const dashboards::Goal& r) { return renderGoal(r, context); },
                          [&](const dashboards::Findings& r) { return renderFindings(r, context); },
                          [&](const dashboards::RecentGames& r) { return renderRecentGames(r, context); },
                          [&](const dashboards::Standing& r) { return renderStanding(r, context); },
                      },
                      result);
}

QString filterValue(const analytics::Value& value) {
    return QString::fromStdString(analytics::valueText(value));
}

} // namespace herald::ui
