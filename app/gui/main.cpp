// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// herald: the desktop app. This is the composition root: it opens the store, creates the models and the
// window, and owns the threads they use.
#include "accountswiring.h"
#include "common/errortext.h"
#include "common/version.h"
#include "dashboard/dashboardview.h"
#include "datasafety.h"
#include "exportwiring.h"
#include "firstrun.h"
#include "heraldwiring.h"
#include "importwiring.h"
#include "ingest/rebuild.h"
#include "itemmodels/matchlistmodel.h"
#include "pageswiring.h"
#include "report/exportdialogs.h"
#include "store/store.h"
#include "storeopening.h"
#include "sync/apikeystore.h"
#include "sync/heraldsession.h"
#include "sync/importrunner.h"
#include "sync/syncrunner.h"
#include "syncwiring.h"
#include "templates/templatestore.h"
#include "theme/championicons.h"
#include "theme/language.h"
#include "theme/theme.h"
#include "views/backupspanel.h"
#include "views/diagnosticsview.h"
#include "views/mainwindow.h"
#include "views/matchdetailview.h"
#include "views/matchhistoryview.h"
#include "views/playerpicker.h"
#include "views/settingsview.h"
#include "views/welcomedialog.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFutureWatcher>
#include <QIcon>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QScreen>
#include <QSettings>
#include <QTimer>
#include <QToolButton>
#include <QtConcurrent>
#include <cstdio>
#include <optional>
#include <utility>

namespace {

struct Options {
    std::optional<std::string> dataDir;
    QString screenshot;
    QString view = QStringLiteral("dashboard");
    QString templateId;
    QString lang;
    QString restore;      // a backup to restore before the store opens (Settings > Backups restarts with it)
    bool recover = false; // the store was found damaged while running: offer the recovery before opening it
    QSize size{1280, 800};
};

Options parseOptions(QApplication& app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Herald keeps your League of Legends matches and analyses them."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QCoreApplication::translate("main", "Data folder (default: $HERALD_DATA_DIR, "
                                                                         "else the platform's app data folder)."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QCoreApplication::translate("main", "Render the window with real data, save "
                                                                            "it as a PNG and exit."),
                                        QStringLiteral("FILE.png"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QCoreApplication::translate("main", "Window size for --screenshot, e.g. 1600x1000."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption view(QStringLiteral("view"),
                                  QCoreApplication::translate("main", "The view to open: dashboard (default), "
                                                                      "matches, match:<id> (one match's details), "
                                                                      "settings, diagnostics, players (the "
                                                                      "\"Which player are you?\" dialog), or "
                                                                      "export-report (File > Export report…)."),
                                  QStringLiteral("VIEW"));
    const QCommandLineOption templateId(QStringLiteral("template"),
                                        QCoreApplication::translate("main", "The dashboard template to open, by id "
                                                                            "(overview, ranked-progress, ...)."),
                                        QStringLiteral("ID"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QCoreApplication::translate("main", "The interface language: en or fr (default: "
                                                                      "the Settings choice, else the system's)."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption restore(QStringLiteral("restore"),
                                     QCoreApplication::translate("main", "Restore this backup before opening the "
                                                                         "store (it is checked first; the store as "
                                                                         "it is now is kept as a backup)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption recover(QStringLiteral("recover"),
                                     QCoreApplication::translate("main", "Treat the store as damaged: move it "
                                                                         "aside and offer the latest good backup "
                                                                         "or an empty store."));
    parser.addOptions({dataDir, screenshot, size, view, templateId, lang, restore, recover});
    parser.process(app);

    Options options;
    if (parser.isSet(dataDir)) {
        options.dataDir = parser.value(dataDir).toStdString();
    }
    options.screenshot = parser.value(screenshot);
    if (parser.isSet(view)) {
        options.view = parser.value(view);
        const QStringList views = {QStringLiteral("dashboard"), QStringLiteral("matches"),
                                   QStringLiteral("settings"),  QStringLiteral("diagnostics"),
                                   QStringLiteral("players"),   QStringLiteral("export-report")};
        if (!views.contains(options.view) &&
            !(options.view.startsWith(QLatin1String("match:")) && options.view.size() > 6)) {
            std::fprintf(stderr,
                         "herald: --view takes dashboard, matches, match:<id>, settings, diagnostics, players or "
                         "export-report, not %s\n",
                         qPrintable(options.view));
            std::exit(2);
        }
    }
    options.templateId = parser.value(templateId);
    options.restore = parser.value(restore);
    options.recover = parser.isSet(recover);
    options.lang = parser.value(lang);
    if (!options.lang.isEmpty() && !herald::ui::availableLanguages().contains(options.lang)) {
        std::fprintf(stderr, "herald: --lang takes en or fr, not %s\n", qPrintable(options.lang));
        std::exit(2);
    }
    if (parser.isSet(size)) {
        const QStringList parts = parser.value(size).split(QLatin1Char('x'));
        const int w = parts.value(0).toInt();
        const int h = parts.value(1).toInt();
        if (parts.size() != 2 || w < 320 || h < 240) {
            std::fprintf(stderr, "herald: --size takes WIDTHxHEIGHT, e.g. 1600x1000\n");
            std::exit(2);
        }
        options.size = QSize(w, h);
    }
    return options;
}

int reportFatal(const Options& options, const QString& title, const QString& message) {
    std::fprintf(stderr, "herald: %s\n", qPrintable(message));
    if (options.screenshot.isEmpty()) {
        QMessageBox::critical(nullptr, title, message);
    }
    return 1;
}

} // namespace

long residentKb() {
#ifdef __linux__
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:")) {
                return line.mid(6).trimmed().split(' ').value(0).toLong();
            }
        }
    }
#endif
    return -1;
}

namespace {

// The icon at each size rendered into the binary (tools/icons): the window's, whatever the desktop's theme holds.
QIcon appIcon() {
    QIcon icon;
    const QDir sizes(QStringLiteral(":/icons"));
    for (const QString& png : sizes.entryList({QStringLiteral("*.png")}, QDir::Files)) {
        icon.addFile(sizes.filePath(png));
    }
    return icon;
}

} // namespace

int main(int argc, char** argv) {
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Herald"));
    QApplication::setOrganizationName(QStringLiteral("Herald"));
    QApplication::setApplicationVersion(QString::fromStdString(herald::versionLine()));
    QApplication::setDesktopFileName(QStringLiteral("lol.herald.Herald"));
    QApplication::setWindowIcon(appIcon());
    const Options options = parseOptions(app);
    // Before any window, error boxes and the upgrade dialog included: --lang, else the system's until the store
    // (and the language chosen in Settings) is open.
    herald::ui::installLanguage(app, options.lang.isEmpty() ? herald::ui::systemLanguage() : options.lang);
    herald::ui::applyTheme(app, herald::ui::Theme::Dark);

    // --data-dir, else the folder chosen in Settings (QSettings), else $HERALD_DATA_DIR / the platform's.
    std::optional<std::string> chosenDir = options.dataDir;
    if (!chosenDir) {
        const QString saved = QSettings().value(herald::ui::SettingsView::dataFolderSetting()).toString();
        if (!saved.isEmpty() && qEnvironmentVariableIsEmpty("HERALD_DATA_DIR")) {
            chosenDir = saved.toStdString();
        }
    }
    const auto dataDir = herald::store::resolveDataDir(chosenDir);
    // One app per data folder: a second start brings the first window to the front instead.
    std::optional<herald::app::SingleInstance> instance;
    if (options.screenshot.isEmpty()) {
        instance.emplace(dataDir);
        if (instance->notifyRunning()) {
            std::fprintf(stderr, "herald: Herald is already running with %s: its window was brought to the front\n",
                         dataDir.string().c_str());
            return 0;
        }
        instance->listen();
    }
    QString startStatus;
    if (!options.restore.isEmpty()) {
        auto restored = herald::app::restoreWithProgress(dataDir, options.restore);
        if (!restored) {
            reportFatal(options, QCoreApplication::translate("main", "The backup was not restored"),
                        herald::ui::errorText(restored.error()) + QStringLiteral("\n\n") +
                            QCoreApplication::translate("main", "Your store was not changed."));
        } else {
            startStatus = QCoreApplication::translate("main", "Backup restored; the store as it was is kept in %1.")
                              .arg(QString::fromStdString(restored->previous.string()));
        }
    }
    auto opened = options.recover
                      ? herald::Result<std::unique_ptr<herald::store::Store>>(herald::makeError(
                            herald::ErrorKind::Storage,
                            QCoreApplication::translate("main", "damage found while Herald was running (a backup's "
                                                                "integrity check failed)")
                                .toStdString(),
                            "store.damaged"))
                      : herald::app::openStoreShowingProgress(dataDir);
    if (!opened && (opened.error().code == "store.damaged" || opened.error().code == "store.foreign_schema")) {
        // Damage, or objects someone else put in the schema: the player decides: the latest good backup, or an empty
        // store; the damaged files are kept aside.
        const herald::app::RecoveryQuestion ask = [&options](const herald::app::RecoveryOffer& offer) {
            if (options.screenshot.isEmpty()) {
                return herald::app::askAboutDamage(offer);
            }
            std::unique_ptr<QMessageBox> box(herald::app::makeRecoveryDialog(offer));
            box->show();
            QCoreApplication::processEvents();
            box->grab().save(options.screenshot, "PNG");
            return herald::app::RecoveryChoice::Quit;
        };
        auto recovered = herald::app::recoverDamagedStore(dataDir, opened.error(), ask);
        if (!recovered) {
            return reportFatal(options, QCoreApplication::translate("main", "Herald cannot open its data"),
                               herald::ui::errorText(recovered.error()));
        }
        if (!recovered.value()) {
            return options.screenshot.isEmpty() ? 1 : 0;
        }
        startStatus = *recovered.value();
        opened = herald::app::openStoreShowingProgress(dataDir);
    }
    if (!opened) {
        const bool busy = opened.error().kind == herald::ErrorKind::Busy;
        return reportFatal(options,
                           busy ? QCoreApplication::translate("main", "Herald is already running")
                                : QCoreApplication::translate("main", "Herald cannot open its data"),
                           herald::ui::errorText(opened.error()));
    }
    std::unique_ptr<herald::store::Store> store = std::move(opened).value();
    if (const auto& debris = store->debrisRemoved(); debris.files > 0 && startStatus.isEmpty()) {
        startStatus = QCoreApplication::translate("main",
                                                  "Removed %n file(s) left by an interrupted restore or backup "
                                                  "(%1 freed).",
                                                  nullptr, debris.files)
                          .arg(QLocale().formattedDataSize(debris.bytes));
    }
    const herald::ui::AppSettings settings = herald::ui::loadAppSettings(*store);
    if (options.lang.isEmpty()) {
        herald::ui::installLanguage(app,
                                    settings.language.isEmpty() ? herald::ui::systemLanguage() : settings.language);
    }

    herald::ui::MatchListModel matches(store->databasePath());
    matches.setChampionIcons(
        std::make_shared<herald::ui::ChampionIcons>(store->dataDir() / "cache" / "champion-icons"));
    auto* dashboard = new herald::ui::DashboardView(store->databasePath());
    dashboard->setStore(store.get());
    auto* detail = new herald::ui::MatchDetailView(*store);
    herald::ui::MainWindow window(&matches, dashboard, detail, QString::fromStdString(store->databasePath().string()));
    window.showView(options.view == QLatin1String("dashboard") ? herald::ui::MainWindow::View::Dashboard
                                                               : herald::ui::MainWindow::View::Matches);
    QObject::connect(detail, &herald::ui::MatchDetailView::noteSaved, &matches,
                     [&matches] { matches.reload(); }); // notes and tags are searchable
    window.resize(options.size);
    herald::ui::HeraldSession heraldSession(*store); // before the sync runner, whose worker may use it
    herald::ui::SyncRunner sync(*store);
    herald::ui::ApiKeyStore apiKeys;
    if (options.screenshot.isEmpty()) { // a screenshot never touches the keychain or the network
        herald::app::wireSync(window, sync, apiKeys, &heraldSession);
        herald::app::wireHerald(window, *store, heraldSession, sync);
    }
    auto* settingsView = new herald::ui::SettingsView(*store, settings);
    auto* diagnosticsView = new herald::ui::DiagnosticsView(*store);
    herald::app::wirePages(app, window, *store, *settingsView, *diagnosticsView, sync, apiKeys);
    if (instance) {
        QObject::connect(&*instance, &herald::app::SingleInstance::activationRequested, &window, [&window] {
            std::fprintf(stderr, "herald: another start asked for this window\n");
            window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
            window.show();
            window.raise();
            window.activateWindow();
        });
    }
    // Restoring and recovering need the store to itself: a new app does it before opening the store, this one
    // closes (and stops listening first, so the new app does not find it).
    const auto restartWith = [&window, &dataDir, &instance](const QStringList& extra) {
        instance.reset();
        const QStringList args =
            QStringList{QStringLiteral("--data-dir"), QString::fromStdString(dataDir.string())} + extra;
        if (QProcess::startDetached(QCoreApplication::applicationFilePath(), args)) {
            window.close();
            QCoreApplication::quit();
        }
    };
    QObject::connect(settingsView->backups(), &herald::ui::BackupsPanel::restoreRequested, &window,
                     [restartWith](const QString& file) {
                         restartWith({QStringLiteral("--restore"), file});
                     });
    // A backup's copy failed its integrity check: the store is damaged; recovered (--recover) if the player agrees.
    QObject::connect(settingsView->backups(), &herald::ui::BackupsPanel::storeDamaged, &window,
                     [&window, restartWith](const QString& found) {
                         const auto answer = QMessageBox::warning(
                             &window, QCoreApplication::translate("main", "Herald's data is damaged"),
                             QCoreApplication::translate("main", "Taking a backup, Herald found damage in the file "
                                                                 "that holds your matches:\n\n%1\n\nRestart now "
                                                                 "to recover it from your latest good backup?")
                                 .arg(found),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
                         if (answer == QMessageBox::Yes) {
                             restartWith({QStringLiteral("--recover")});
                         }
                     });
    if (options.screenshot.isEmpty()) {
        // The daily backup: a few minutes after start (not in the way of the first dashboard), then hourly.
        auto* daily = new QTimer(&window);
        daily->setInterval(std::chrono::hours(1));
        QObject::connect(daily, &QTimer::timeout, settingsView->backups(), &herald::ui::BackupsPanel::backUpIfDue);
        daily->start();
        QTimer::singleShot(std::chrono::minutes(2), settingsView->backups(), &herald::ui::BackupsPanel::backUpIfDue);
    }
    if (!startStatus.isEmpty()) {
        window.setStatus(startStatus);
    }
    herald::app::wireAccounts(window, *store, matches, sync);
    herald::ui::ImportRunner importer(*store);
    herald::app::wireImport(window, *store, importer, matches);
    herald::app::wireExports(window, *store);
    herald::app::applySettings(app, window, sync, settings);
    if (options.view == QLatin1String("settings")) {
        window.showView(herald::ui::MainWindow::View::Settings);
    } else if (options.view == QLatin1String("diagnostics")) {
        window.showView(herald::ui::MainWindow::View::Diagnostics);
    }

    herald::app::followOverview(matches, *dashboard, *store, options.templateId);

    QFutureWatcher<herald::app::FirstRunResult> firstRun;
    QObject::connect(&firstRun, &QFutureWatcher<herald::app::FirstRunResult>::finished, &window, [&] {
        const auto result = firstRun.result();
        if (!result.error.isEmpty()) {
            window.matchHistory()->showMessage(result.error);
            window.setStatus(result.error);
            return;
        }
        window.setStatus(result.createdDemo
                             ? QCoreApplication::translate("main", "Demo data: explore Herald with Demo#HRLD.")
                             : startStatus); // a restore or a recovery at start stays said
        if (result.createdDemo && options.screenshot.isEmpty()) {
            // The first run: follow your own account now, or look around the demo first.
            QTimer::singleShot(0, &window, [&window] {
                herald::ui::WelcomeDialog welcome(&window);
                if (welcome.exec() != QDialog::Accepted) {
                    return;
                }
                switch (welcome.choice()) {
                case herald::ui::WelcomeDialog::Choice::ImportFiles:
                    window.importAction()->trigger();
                    break;
                case herald::ui::WelcomeDialog::Choice::HeraldAccount:
                    // The Herald account's menu starts with "Sign in…" while signed out.
                    if (QMenu* menu = window.heraldButton()->menu(); menu != nullptr && !menu->actions().isEmpty()) {
                        menu->actions().constFirst()->trigger();
                    }
                    break;
                case herald::ui::WelcomeDialog::Choice::AddAccount:
                    window.addAccountAction()->trigger();
                    break;
                case herald::ui::WelcomeDialog::Choice::ExploreDemo:
                    break;
                }
            });
        }
        matches.loadOverview();
        if (options.view.startsWith(QLatin1String("match:"))) {
            window.showMatch(options.view.mid(6));
        }
        if (options.view == QLatin1String("players")) {
            auto* picker = herald::app::askWhichPlayer(window, *store, matches);
            if (!options.screenshot.isEmpty()) {
                QObject::connect(picker, &herald::ui::PlayerPicker::playersListed, picker, [picker, &options] {
                    QTimer::singleShot(150, picker, [picker, &options] {
                        const bool saved = picker->grab().save(options.screenshot, "PNG");
                        QCoreApplication::exit(saved ? 0 : 1);
                    });
                });
            }
        }
    });
    window.matchHistory()->showMessage(QCoreApplication::translate("main", "Preparing your matches…"));
    firstRun.setFuture(QtConcurrent::run([&store] { return herald::app::prepareStore(*store); }));

    if (!options.screenshot.isEmpty()) {
        // Save once the view has its data (the first page, or every widget); exit 1 if it never comes.
        auto save = [&] {
            static bool scheduled = false;
            if (scheduled) {
                return;
            }
            scheduled = true;
            // What the budget measures: start to the view painted with its data, and the memory then.
            std::fprintf(stderr, "herald: %s ready %lld ms after start, resident %ld KB\n", qPrintable(options.view),
                         static_cast<long long>(sinceStart.elapsed()), residentKb());
            QTimer::singleShot(150, &window, [&] {
                const bool saved = window.grab().save(options.screenshot, "PNG");
                if (!saved) {
                    std::fprintf(stderr, "herald: cannot write %s\n", qPrintable(options.screenshot));
                }
                QCoreApplication::exit(saved ? 0 : 1);
            });
        };
        if (options.view == QLatin1String("players")) {
            // saved from the dialog itself, once its list has arrived (above)
        } else if (options.view == QLatin1String("export-report")) {
            // The dialog opens on the loaded dashboard and is saved once its preview is drawn.
            QObject::connect(dashboard, &herald::ui::DashboardView::loaded, &window, [&window, &store, &options] {
                static bool dialogOpened = false;
                if (std::exchange(dialogOpened, true)) {
                    return;
                }
                auto* dialog = herald::app::openReportDialog(window, *store);
                if (dialog == nullptr) {
                    QCoreApplication::exit(1);
                    return;
                }
                dialog->resize(1000, 700);
                QObject::connect(dialog, &herald::ui::ReportDialog::ready, dialog, [dialog, &options] {
                    QTimer::singleShot(150, dialog, [dialog, &options] {
                        const bool saved = dialog->grab().save(options.screenshot, "PNG");
                        QCoreApplication::exit(saved ? 0 : 1);
                    });
                });
            });
        } else if (options.view == QLatin1String("matches")) {
            QObject::connect(&matches, &herald::ui::MatchListModel::pageArrived, &window, save);
        } else if (options.view == QLatin1String("settings")) {
            QTimer::singleShot(0, &window, save);
        } else if (options.view == QLatin1String("diagnostics")) {
            QObject::connect(diagnosticsView, &herald::ui::DiagnosticsView::refreshed, &window, save);
            diagnosticsView->refresh();
        } else if (options.view.startsWith(QLatin1String("match:"))) {
            QObject::connect(detail, &herald::ui::MatchDetailView::loaded, &window, [&, save](bool ok) {
                if (!ok) {
                    std::fprintf(stderr, "herald: no match %s in the store\n", qPrintable(options.view.mid(6)));
                    QCoreApplication::exit(1);
                    return;
                }
                save();
            });
        } else {
            QObject::connect(dashboard, &herald::ui::DashboardView::loaded, &window, save);
        }
        QTimer::singleShot(60'000, &app, [] {
            std::fprintf(stderr, "herald: no data to show after 60 s\n");
            QCoreApplication::exit(1);
        });
    }
    window.show();
    const int code = QApplication::exec();
    firstRun.waitForFinished();
    return code;
}
