// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// One renderer per kind of widget result (docs/ARCHITECTURE.md, "From a template to pixels"): each turns a typed
// dashboards::WidgetResult into the chart, table or number a WidgetFrame shows. They read named fields only; how
// a number reads comes from the metric's unit and direction in the catalog.
#pragma once

#include "dashboards/widgetresult.h"
#include "templates/template.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <filesystem>
#include <functional>

class QWidget;

namespace herald::ui {

struct Series;

// A filter a click on a chart asks for: a dimension, the value as the queries take it, the text a chip shows.
struct DrillFilter {
    QString dimension; // champion, role, queue, patch, weekday, hour, ...
    QString value;     // Ahri, MIDDLE, 420, 16.23, 2, 21, ...
    QString label;     // "Ahri", "Middle", "Tue", "21"
};

// lupdate reads WidgetRenderer::tr("…") under the context the translator looks up at run time.
struct WidgetRenderer {
    Q_DECLARE_TR_FUNCTIONS(WidgetRenderer)
};

struct RenderContext {
    const templates::Widget& widget;
    QString title;      // the widget's shown title (what a screen reader says with a KPI's value)
    QString periodText; // "90 days": what a KPI compares with
    QWidget* parent;
    std::function<void(const QList<DrillFilter>&)> drill; // a click on a bar, a slice or a cell
    // Where the Data Dragon item icons are cached (DATA_DIR/cache/item-icons); empty: tables show no icons.
    std::filesystem::path itemIconRoot = {};
};

QWidget* renderKpi(const dashboards::Kpi& kpi, const RenderContext& context);
QWidget* renderSeries(const dashboards::Series& series, const RenderContext& context);
QWidget* renderCategories(const dashboards::Categories& categories, bool donut, const RenderContext& context);
QWidget* renderHeatmap(const dashboards::Heatmap& map, const RenderContext& context);
QWidget* renderTable(const dashboards::Table& table, const RenderContext& context);
QWidget* renderGoal(const dashboards::Goal& goal, const RenderContext& context);
QWidget* renderFindings(const dashboards::Findings& findings, const RenderContext& context);
QWidget* renderRecentGames(const dashboards::RecentGames& games, const RenderContext& context);
QWidget* renderStanding(const dashboards::Standing& standing, const RenderContext& context);

// Hands a result to the renderer of its kind.
QWidget* renderResult(const dashboards::WidgetResult& result, const RenderContext& context);

// The sentence of a finding, with its numbers and sample sizes (also what tests read).
QString findingText(const analytics::Finding& finding);
// "CS/min as Middle: 5.10 over 293 games, better than only 18 % of the Middle players of your games (...)".
QString lobbyFindingText(const analytics::LobbyFinding& finding);
// "6.40 over 120 games — better than 71 % of Middle players in your games (middle half 5.90 to 7.10, n = 1,315)".
QString standingText(const analytics::BenchmarkRow& row);
// A metric's values as a chart draws them: its label, its format, a ceiling for rates, the games behind each.
Series chartSeries(const std::string& metric, const std::vector<std::optional<double>>& values,
                   const std::vector<std::int64_t>& games);
// A dimension's value as a filter takes it: 420, "Ahri", "MIDDLE", 21.
QString filterValue(const analytics::Value& value);

} // namespace herald::ui
