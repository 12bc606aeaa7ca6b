// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../format.h"
#include "gamedata/gamedata.h"
#include "itemmodels/matchlistmodel.h"
#include "renderers.h"
#include "theme/theme.h"

#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>

namespace herald::ui {

QWidget* renderRecentGames(const dashboards::RecentGames& data, const RenderContext& context) {
    const int rows = static_cast<int>(data.matches.size());
    auto* table = new QTableWidget(rows, 6, context.parent);
    table->setTabKeyNavigation(false); // Tab leaves the table (arrows move in it)
    table->setHorizontalHeaderLabels({WidgetRenderer::tr("Date"), WidgetRenderer::tr("Champion"),
                                      WidgetRenderer::tr("Result"), WidgetRenderer::tr("K / D / A"),
                                      WidgetRenderer::tr("CS/min"), WidgetRenderer::tr("Queue")});
    const auto& games = gamedata::GameData::builtin();
    for (int row = 0; row < rows; ++row) {
        const auto& m = data.matches[static_cast<std::size_t>(row)];
        const auto* champion = games.championByKey(m.championName);
        const QString outcome = QString::fromStdString(m.resultLabel());
        const QStringList cells = {MatchListModel::dateText(m.gameCreation), // the history's style
                                   QString::fromStdString(champion != nullptr ? champion->name : m.championName),
                                   MatchListModel::outcomeText(m), // the history's word
                                   QStringLiteral("%1 / %2 / %3").arg(m.kills).arg(m.deaths).arg(m.assists),
                                   QLocale().toString(m.csPerMinute(), 'f', 1),
                                   queueLabel(m.queueId)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c == 2) {
                item->setForeground(outcomeColor(outcome));
            }
            table->setItem(row, c, item);
        }
    }
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setShowGrid(false);
    return table;
}

} // namespace herald::ui
