// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// herald: the desktop app. This is the composition root: it opens the store, creates the models and the
// window, wires them, and owns the threads they use. Each step of the start lives in its own file (startup,
// appoptions, the *wiring files); the --screenshot harness in screenshots.
#include "accountswiring.h"
#include "adapters/apikeystore.h"
#include "adapters/heraldsession.h"
#include "adapters/importrunner.h"
#include "adapters/syncrunner.h"
#include "appoptions.h"
#include "common/version.h"
#include "dashboard/dashboardview.h"
#include "datasafety.h"
#include "exportwiring.h"
#include "firstrun.h"
#include "heraldwiring.h"
#include "importwiring.h"
#include "itemmodels/matchlistmodel.h"
#include "pageswiring.h"
#include "screenshots.h"
#include "startup.h"
#include "store/store.h"
#include "syncwiring.h"
#include "theme/championicons.h"
#include "theme/language.h"
#include "theme/theme.h"
#include "views/diagnosticsview.h"
#include "views/mainwindow.h"
#include "views/matchdetailview.h"
#include "views/matchhistoryview.h"
#include "views/settingsview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QIcon>
#include <QtConcurrent>
#include <cstdio>
#include <optional>

using namespace herald;

int main(int argc, char** argv) {
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Herald"));
    QApplication::setOrganizationName(QStringLiteral("Herald"));
    QApplication::setApplicationVersion(QString::fromStdString(versionLine()));
    QApplication::setDesktopFileName(QStringLiteral("lol.herald.Herald"));
    QApplication::setWindowIcon(app::appIcon());
    const app::AppOptions options = app::parseAppOptions(application);
    // Before any window, error boxes and the upgrade dialog included: --lang, else the system's until the store
    // (and the language chosen in Settings) is open.
    ui::installLanguage(application, options.lang.isEmpty() ? ui::systemLanguage() : options.lang);
    ui::applyTheme(application, ui::Theme::Dark);

    const auto dataDir = app::chooseDataDir(options);
    // One app per data folder: a second start brings the first window to the front instead.
    std::optional<app::SingleInstance> instance;
    if (options.screenshot.isEmpty()) {
        instance.emplace(dataDir);
        if (instance->notifyRunning()) {
            std::fprintf(stderr, "herald: Herald is already running with %s: its window was brought to the front\n",
                         dataDir.string().c_str());
            return 0;
        }
        instance->listen();
    }
    app::StoreAtStart start = app::openStoreAtStart(options, dataDir);
    if (!start.store) {
        return start.exitCode;
    }
    store::Store& store = *start.store;
    const ui::AppSettings settings = ui::loadAppSettings(store);
    if (options.lang.isEmpty()) {
        ui::installLanguage(application, settings.language.isEmpty() ? ui::systemLanguage() : settings.language);
    }

    // The models and the window.
    ui::MatchListModel matches(store.databasePath());
    matches.setChampionIcons(std::make_shared<ui::ChampionIcons>(store::championIconRoot(store.dataDir())));
    auto* dashboard = new ui::DashboardView(store.databasePath());
    dashboard->setStore(&store);
    auto* detail = new ui::MatchDetailView(store);
    ui::MainWindow window(&matches, dashboard, detail, QString::fromStdString(store.databasePath().string()));
    window.showView(options.view == QLatin1String("dashboard") ? ui::MainWindow::View::Dashboard
                                                               : ui::MainWindow::View::Matches);
    QObject::connect(detail, &ui::MatchDetailView::noteSaved, &matches,
                     [&matches] { matches.reload(); }); // notes and tags are searchable
    window.resize(options.size);

    // Sync, the Herald server, the pages, data safety, accounts, imports and exports.
    ui::HeraldSession heraldSession(store); // before the sync runner, whose worker may use it
    ui::SyncRunner sync(store);
    ui::ApiKeyStore apiKeys;
    if (options.screenshot.isEmpty()) { // a screenshot never touches the keychain or the network
        app::wireSync(window, sync, apiKeys, &heraldSession);
        app::wireHerald(window, store, heraldSession, sync);
    }
    auto* settingsView = new ui::SettingsView(store, settings);
    auto* diagnosticsView = new ui::DiagnosticsView(store);
    app::wirePages(application, window, store, *settingsView, *diagnosticsView, sync, apiKeys);
    if (instance) {
        QObject::connect(&*instance, &app::SingleInstance::activationRequested, &window, [&window] {
            std::fprintf(stderr, "herald: another start asked for this window\n");
            window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
            window.show();
            window.raise();
            window.activateWindow();
        });
    }
    app::wireRestarts(window, *settingsView->backups(), dataDir, instance);
    if (options.screenshot.isEmpty()) {
        app::scheduleDailyBackup(window, *settingsView->backups());
    }
    if (!start.status.isEmpty()) {
        window.setStatus(start.status);
    }
    app::wireAccounts(window, store, matches, sync);
    ui::ImportRunner importer(store);
    app::wireImport(window, store, importer, matches);
    app::wireExports(window, store);
    app::applySettings(application, window, sync, settings);
    if (options.view == QLatin1String("settings")) {
        window.showView(ui::MainWindow::View::Settings);
    } else if (options.view == QLatin1String("diagnostics")) {
        window.showView(ui::MainWindow::View::Diagnostics);
    } else if (options.view == QLatin1String("compare")) {
        window.showView(ui::MainWindow::View::Compare);
    }
    app::followOverview(matches, *dashboard, store, options.templateId);

    // The first run (demo data, derived rows brought up to date) off the GUI thread, then the first overview.
    QFutureWatcher<app::FirstRunResult> firstRun;
    QObject::connect(&firstRun, &QFutureWatcher<app::FirstRunResult>::finished, &window, [&] {
        const auto result = firstRun.result();
        if (!result.error.isEmpty()) {
            window.matchHistory()->showMessage(result.error);
            window.setStatus(result.error);
            return;
        }
        window.setStatus(result.createdDemo
                             ? QCoreApplication::translate("main", "Demo data: explore Herald with Demo#HRLD.")
                             : start.status); // a restore or a recovery at start stays said
        if (result.createdDemo && options.screenshot.isEmpty()) {
            app::welcomeFirstRun(window);
        }
        matches.loadOverview();
        if (options.view.startsWith(QLatin1String("match:"))) {
            window.showMatch(options.view.mid(6));
        }
        if (options.view == QLatin1String("players")) {
            app::savePickerWhenListed(options, *app::askWhichPlayer(window, store, matches));
        }
    });
    window.matchHistory()->showMessage(QCoreApplication::translate("main", "Preparing your matches…"));
    firstRun.setFuture(QtConcurrent::run([&store] { return app::prepareStore(store); }));

    app::armScreenshot(options,
                       {application, window, matches, *dashboard, *detail, *diagnosticsView, store, sinceStart});
    window.show();
    const int code = QApplication::exec();
    firstRun.waitForFinished();
    return code;
}
