// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../format.h"
#include "renderers.h"
#include "theme/theme.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace herald::ui {

namespace {

QString percent(double rate) {
    return formatValue(analytics::Unit::Rate, rate);
}

} // namespace

QString findingText(const analytics::Finding& f) {
    const QString rate = percent(f.winRate());
    const QString other = percent(f.otherWinRate());
    const QString n = QLocale().toString(static_cast<qlonglong>(f.games));
    const QString otherN = QLocale().toString(static_cast<qlonglong>(f.otherGames));
    switch (f.kind) {
    case analytics::FindingKind::LateInSession:
        return WidgetRenderer::tr(
                   "You win %1 of fourth-or-later games of a session (n = %2) against %3 of first games (n = %4).")
            .arg(rate, n, other, otherN);
    case analytics::FindingKind::AfterLosses:
        return WidgetRenderer::tr("After two losses in a row you win %1 of games (n = %2); after a win, %3 (n = %4).")
            .arg(rate, n, other, otherN);
    case analytics::FindingKind::LateNight:
        return WidgetRenderer::tr("You win %1 of games started between midnight and 6 a.m. (n = %2) against %3 the "
                                  "rest of the day (n = %4).")
            .arg(rate, n, other, otherN);
    case analytics::FindingKind::Partner:
        return WidgetRenderer::tr("With %1 on your team you win %2 of games (n = %3); without them, %4 (n = %5).")
            .arg(QString::fromStdString(f.partner), rate, n, other, otherN);
    }
    return {};
}

QString lobbyFindingText(const analytics::LobbyFinding& f) {
    const analytics::Unit unit = metricUnit(f.metric);
    const bool lower = metricDirection(f.metric) == analytics::Direction::LowerIsBetter;
    return WidgetRenderer::tr("%1 as %2: %3 over %4 games, better than only %5 of the %2 players of your games "
                              "(n = %6; a quarter of them do better than %7).")
        .arg(metricLabel(f.metric), formatDimension("role", f.role), formatValue(unit, f.you),
             QLocale().toString(static_cast<qlonglong>(f.games)), percent(f.betterThan / 100.0),
             QLocale().toString(static_cast<qlonglong>(f.population)), formatValue(unit, lower ? f.p25 : f.p75));
}

QWidget* renderFindings(const dashboards::Findings& data, const RenderContext& context) {
    auto* box = new QWidget(context.parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    if (data.findings.empty() && data.lobby.empty()) {
        auto* none =
            new QLabel(WidgetRenderer::tr("Nothing stands out yet: no difference in your history is larger than "
                                          "chance would give (each side needs at least 20 games)."),
                       box);
        none->setObjectName(QStringLiteral("pageSubtitle"));
        none->setWordWrap(true);
        layout->addWidget(none);
    }
    for (const auto& finding : data.findings) {
        const bool better = finding.winRate() > finding.otherWinRate();
        auto* line = new QLabel(QStringLiteral("<span style=\"color:%1\">%2</span> %3")
                                    .arg(outcomeColor(better ? QStringLiteral("Win") : QStringLiteral("Loss")).name(),
                                         better ? QStringLiteral("▲") : QStringLiteral("▼"),
                                         findingText(finding).toHtmlEscaped()),
                                box);
        line->setWordWrap(true);
        line->setTextFormat(Qt::RichText);
        line->setToolTip(WidgetRenderer::tr(
                             "Two-proportion test: z = %1, p = %2 (significant at 95 % over all the comparisons made)")
                             .arg(QLocale().toString(finding.z, 'f', 2), QLocale().toString(finding.pValue, 'g', 2)));
        layout->addWidget(line);
    }
    for (const auto& finding : data.lobby) {
        auto* line =
            new QLabel(QStringLiteral("<span style=\"color:%1\">▼</span> %2")
                           .arg(outcomeColor(QStringLiteral("Loss")).name(), lobbyFindingText(finding).toHtmlEscaped()),
                       box);
        line->setWordWrap(true);
        line->setTextFormat(Qt::RichText);
        line->setToolTip(WidgetRenderer::tr("Your lobbies: the other players of your games in that role (herald-cli "
                                            "benchmark); you are below their 25th percentile."));
        layout->addWidget(line);
    }
    layout->addStretch(1);
    return box;
}

} // namespace herald::ui
