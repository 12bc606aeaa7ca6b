// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pageswiring.h"

#include "adapters/apikeystore.h"
#include "adapters/syncrunner.h"
#include "dashboard/dashboardview.h"
#include "report/exportdialogs.h"
#include "store/store.h"
#include "theme/theme.h"
#include "views/comparepanel.h"
#include "views/diagnosticsview.h"
#include "views/mainwindow.h"
#include "views/matchdetailview.h"
#include "views/settingsview.h"

#include <QAction>
#include <QApplication>
#include <QTabWidget>

namespace herald::app {

void applySettings(QApplication& app, ui::MainWindow& window, ui::SyncRunner& sync, const ui::AppSettings& settings) {
    ui::applyTheme(app, settings.theme == QLatin1String("light") ? ui::Theme::Light : ui::Theme::Dark);
    window.dashboard()->setTimeZone(settings.timeZone);
    window.matchDetail()->setStreamerMode(settings.streamerMode);
    sync.setConcurrency(settings.syncConcurrency);
}

void wirePages(QApplication& app, ui::MainWindow& window, store::Store& store, ui::SettingsView& settings,
               ui::DiagnosticsView& diagnostics, ui::SyncRunner& sync, ui::ApiKeyStore& keys) {
    auto* compare = new ui::ComparePanel(store);
    window.addPage(ui::MainWindow::View::Compare, compare, QCoreApplication::translate("main", "Compare"));
    QObject::connect(compare, &ui::ComparePanel::exportRequested, compare, [compare, &store] {
        ui::askAndExportTables(store, compare, {exporting::tableOfResult(compare->table(), "compare")},
                               QStringLiteral("compare"), "compare", {});
    });
    window.addPage(ui::MainWindow::View::Settings, &settings, QCoreApplication::translate("main", "Settings"));
    window.addPage(ui::MainWindow::View::Diagnostics, &diagnostics, QCoreApplication::translate("main", "Diagnostics"));
    QObject::connect(&settings, &ui::SettingsView::changed, &window,
                     [&app, &window, &sync, &store](const ui::AppSettings& changed) {
                         applySettings(app, window, sync, changed);
                         window.dashboard()->reload(store.writer().dataVersion()); // a new zone regroups days
                     });
    QObject::connect(&settings, &ui::SettingsView::saveFailed, &window, &ui::MainWindow::setStatus);
    QObject::connect(window.dashboard(), &ui::DashboardView::message, &window, &ui::MainWindow::setStatus);
    QObject::connect(&settings, &ui::SettingsView::apiKeyRequested, window.apiKeyAction(), &QAction::trigger);
    QObject::connect(&settings, &ui::SettingsView::apiKeyRemovalRequested, &keys, [&keys, &sync] {
        sync.forgetApiKey();
        keys.remove();
    });
    QObject::connect(&keys, &ui::ApiKeyStore::keyRemoved, &window, [&window](const QString& error) {
        window.setStatus(error.isEmpty() ? QCoreApplication::translate("main", "API key removed from the keychain.")
                                         : error);
    });
    QObject::connect(window.dashboard(), &ui::DashboardView::cacheStats, &diagnostics,
                     &ui::DiagnosticsView::setCacheStats);
    // Diagnostics reads the store when it is shown.
    if (auto* tabs = window.findChild<QTabWidget*>()) {
        QObject::connect(tabs, &QTabWidget::currentChanged, &diagnostics, [&window, &diagnostics] {
            if (window.currentView() == ui::MainWindow::View::Diagnostics) {
                diagnostics.refresh();
            }
        });
    }
}

} // namespace herald::app
