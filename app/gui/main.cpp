// herald: the desktop app. This is the composition root: it opens the store, creates the models and the
// window, and owns the threads they use.
#include "firstrun.h"
#include "ingest/rebuild.h"
#include "itemmodels/matchlistmodel.h"
#include "store/store.h"
#include "sync/apikeystore.h"
#include "sync/syncrunner.h"
#include "syncwiring.h"
#include "theme/theme.h"
#include "views/mainwindow.h"
#include "views/matchhistoryview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QScreen>
#include <QTimer>
#include <QtConcurrent>
#include <cstdio>
#include <optional>

namespace {

struct Options {
    std::optional<std::string> dataDir;
    QString screenshot;
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
    parser.addOptions({dataDir, screenshot, size});
    parser.process(app);

    Options options;
    if (parser.isSet(dataDir)) {
        options.dataDir = parser.value(dataDir).toStdString();
    }
    options.screenshot = parser.value(screenshot);
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

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Herald"));
    QApplication::setOrganizationName(QStringLiteral("Herald"));
    QApplication::setApplicationVersion(QStringLiteral(HERALD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("lol.herald.Herald"));
    const Options options = parseOptions(app);
    herald::ui::applyTheme(app, herald::ui::Theme::Dark);

    const auto dataDir = herald::store::resolveDataDir(options.dataDir);
    auto opened = herald::ingest::openStore(dataDir, herald::store::Store::Access::Write);
    if (!opened) {
        const bool busy = opened.error().kind == herald::ErrorKind::Busy;
        return reportFatal(options,
                           busy ? QCoreApplication::translate("main", "Herald is already running")
                                : QCoreApplication::translate("main", "Herald cannot open its data"),
                           QString::fromStdString(opened.error().message));
    }
    std::unique_ptr<herald::store::Store> store = std::move(opened).value();

    herald::ui::MatchListModel matches(store->databasePath());
    herald::ui::MainWindow window(&matches, QString::fromStdString(store->databasePath().string()));
    window.resize(options.size);
    herald::ui::SyncRunner sync(*store);
    herald::ui::ApiKeyStore apiKeys;
    if (options.screenshot.isEmpty()) { // a screenshot never touches the keychain or the network
        herald::app::wireSync(window, sync, apiKeys, matches);
    }

    QObject::connect(&matches, &herald::ui::MatchListModel::overviewLoaded, &window,
                     [&matches](const herald::ui::AccountOverview& overview) {
                         matches.setPlayers(overview.puuid.isEmpty() ? QStringList() : QStringList{overview.puuid});
                     });

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
                             : QString());
        matches.loadOverview();
    });
    window.matchHistory()->showMessage(QCoreApplication::translate("main", "Preparing your matches…"));
    firstRun.setFuture(QtConcurrent::run([&store] { return herald::app::prepareStore(*store); }));

    if (!options.screenshot.isEmpty()) {
        // Save once the first page is painted; give up (exit 1) if the data never comes.
        QObject::connect(&matches, &herald::ui::MatchListModel::pageArrived, &window, [&] {
            static bool scheduled = false;
            if (scheduled) {
                return;
            }
            scheduled = true;
            QTimer::singleShot(150, &window, [&] {
                const bool saved = window.grab().save(options.screenshot, "PNG");
                if (!saved) {
                    std::fprintf(stderr, "herald: cannot write %s\n", qPrintable(options.screenshot));
                }
                QCoreApplication::exit(saved ? 0 : 1);
            });
        });
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
