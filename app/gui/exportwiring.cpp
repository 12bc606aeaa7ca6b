// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportwiring.h"

#include "dashboard/dashboardview.h"
#include "dashboard/widgetframe.h"
#include "export/exporter.h"
#include "itemmodels/matchlistmodel.h"
#include "report/exportdialogs.h"
#include "store/accounts.h"
#include "store/store.h"
#include "views/mainwindow.h"
#include "views/matchhistoryview.h"

#include <QAction>
#include <QCoreApplication>
#include <QMessageBox>

namespace herald::app {

namespace {

// The Riot IDs of the players (followed accounts by name; others by their PUUID's start).
QStringList namesOf(store::Store& store, const std::vector<std::string>& puuids) {
    QStringList names;
    auto db = store.openReader();
    for (const auto& puuid : puuids) {
        std::optional<store::AccountRow> account;
        if (db) {
            if (auto found = store::findAccount(db.value(), puuid); found) {
                account = found.value();
            }
        }
        names << (account ? QString::fromStdString(account->riotId())
                          : QString::fromStdString(puuid.substr(0, 8)) + QStringLiteral("…"));
    }
    return names;
}

} // namespace

ui::ReportDialog* openReportDialog(ui::MainWindow& window, store::Store& store) {
    ui::DashboardView* dashboard = window.dashboard();
    const templates::Template* t = dashboard->currentTemplate();
    if (t == nullptr || dashboard->players().empty()) {
        QMessageBox::information(&window, QCoreApplication::translate("Report", "Export report"),
                                 QCoreApplication::translate("Report", "Choose an account first: a report shows "
                                                                       "a player's dashboard."));
        return nullptr;
    }
    ui::ReportRequest request;
    request.databasePath = store.databasePath();
    request.dashboard = *t;
    request.puuids = dashboard->players();
    request.playerNames = namesOf(store, request.puuids);
    request.extra = dashboard->barFilters();
    request.timeZone = dashboard->timeZone();
    auto* dialog = new ui::ReportDialog(store, std::move(request), &window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

ui::DataExportDialog* openDataExportDialog(ui::MainWindow& window, store::Store& store) {
    ui::DashboardView* dashboard = window.dashboard();
    exporting::Selection selection;
    selection.puuids = dashboard->players();
    selection.timeZone = dashboard->timeZone();
    QStringList names;
    if (!selection.puuids.empty()) {
        for (const auto& [key, values] : dashboard->barFilters()) {
            selection.filters[key] = values;
        }
        names = namesOf(store, selection.puuids);
    }
    auto* dialog = new ui::DataExportDialog(store, std::move(selection), names, &window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

void wireExports(ui::MainWindow& window, store::Store& store) {
    QObject::connect(window.exportReportAction(), &QAction::triggered, &window,
                     [&window, &store] { openReportDialog(window, store); });
    QObject::connect(window.exportDataAction(), &QAction::triggered, &window,
                     [&window, &store] { openDataExportDialog(window, store); });
    ui::DashboardView* dashboard = window.dashboard();
    QObject::connect(dashboard, &ui::DashboardView::exportWidgetRequested, &window,
                     [&window, &store, dashboard](const QString& widgetId) {
                         for (ui::WidgetFrame* frame : dashboard->frames()) {
                             if (QString::fromStdString(frame->widget().id) != widgetId) {
                                 continue;
                             }
                             const ui::WidgetData& data = frame->data();
                             if (!data.result) {
                                 continue;
                             }
                             const auto* games = std::get_if<dashboards::RecentGames>(&*data.result);
                             exporting::MemoryTable table =
                                 games != nullptr ? exporting::summaryTable(games->matches)
                                                  : exporting::tableOfResult(dashboards::resultTable(*data.result),
                                                                             frame->widget().id);
                             table.name = frame->widget().title.empty() ? frame->widget().id : frame->widget().title;
                             ui::askAndExportTables(store, &window, {table}, QString::fromStdString(table.name),
                                                    "widget " + frame->widget().id, dashboard->timeZone());
                         }
                     });
    ui::MatchHistoryView* history = window.matchHistory();
    QObject::connect(history, &ui::MatchHistoryView::exportRequested, &window, [&window, &store, history] {
        auto db = store.openReader();
        if (!db) {
            QMessageBox::warning(&window, QCoreApplication::translate("Report", "Export data"),
                                 QString::fromStdString(db.error().message));
            return;
        }
        auto table = exporting::historyTable(db.value(), history->model()->filter());
        if (!table) {
            QMessageBox::warning(&window, QCoreApplication::translate("Report", "Export data"),
                                 QString::fromStdString(table.error().message));
            return;
        }
        ui::askAndExportTables(store, &window, {table.value()}, QStringLiteral("matches"), "history", {});
    });
}

} // namespace herald::app
