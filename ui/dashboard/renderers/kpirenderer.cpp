// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../charts.h"
#include "../format.h"
#include "renderers.h"

#include <QLocale>
#include <cmath>

namespace herald::ui {

namespace {

// "+6.6 pts vs the previous 90 days", and whether the change is for the better (nullopt: no change, or a number
// neither better nor worse, as the games played).
QString kpiDelta(const dashboards::Kpi& kpi, const QString& periodText, std::optional<bool>& better) {
    const auto delta = kpi.change();
    if (!delta) {
        return kpi.previous || !kpi.value ? QString()
                                          : WidgetRenderer::tr("no games in the previous %1").arg(periodText);
    }
    const auto direction = metricDirection(kpi.metric);
    better = std::abs(*delta) < 1e-9 || direction == analytics::Direction::Neither
                 ? std::nullopt
                 : std::optional<bool>((*delta > 0) == (direction == analytics::Direction::HigherIsBetter));
    const bool rate = metricUnit(kpi.metric) == analytics::Unit::Rate;
    QString text;
    if (rate) {
        text = QLocale().toString(*delta * 100.0, 'f', 1) + WidgetRenderer::tr(" pts");
    } else {
        text = formatMetric(kpi.metric, std::optional<double>(std::abs(*delta)));
        text.remove(QLatin1Char('+'));
        text = (*delta < 0 ? QStringLiteral("−") : QStringLiteral("+")) + text;
    }
    if (*delta > 0 && rate) {
        text.prepend(QLatin1Char('+'));
    }
    return WidgetRenderer::tr("%1 vs the previous %2").arg(text, periodText);
}

} // namespace

QWidget* renderKpi(const dashboards::Kpi& kpi, const RenderContext& context) {
    auto* tile = new KpiTile(context.parent);
    std::optional<bool> better;
    QString delta = kpi.compared ? kpiDelta(kpi, context.periodText, better) : QString();
    if (delta.isEmpty() && kpi.games) {
        delta = WidgetRenderer::tr("%n game(s)", nullptr, static_cast<int>(*kpi.games)); // the sample behind a rate
    }
    tile->setValue(formatMetric(kpi.metric, kpi.value), delta, better);
    QString spokenNote;
    if (kpi.lobbyAsked) {
        // The player's value in the same role beside the median: the tile's value may mix roles.
        if (kpi.lobbyMedian) {
            const QString role = formatDimension("role", analytics::Value(kpi.lobbyRole));
            const QString note =
                WidgetRenderer::tr("as %1: %2 · lobby median %3")
                    .arg(role, formatMetric(kpi.metric, kpi.lobbyYou), formatMetric(kpi.metric, kpi.lobbyMedian));
            const QString detail = WidgetRenderer::tr("(the other %1 players of your games, n = %2)")
                                       .arg(role, QLocale().toString(static_cast<qlonglong>(kpi.lobbyPopulation)));
            tile->setNote(note, detail);
            spokenNote = note + QLatin1Char(' ') + detail;
        } else {
            spokenNote = WidgetRenderer::tr("no lane games to compare with");
            tile->setNote(spokenNote);
        }
    }
    // What a screen reader says: "Win rate 47.6 %, +6.6 pts vs the previous 90 days".
    QString spoken = QStringLiteral("%1 %2").arg(context.title, tile->value());
    for (const QString& part : {delta, spokenNote}) {
        spoken += part.isEmpty() ? QString() : QStringLiteral(", ") + part;
    }
    tile->setAccessibleName(spoken);
    return tile;
}

} // namespace herald::ui
