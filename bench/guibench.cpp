// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// herald-gui-bench: the desktop app's budgets, measured for real and printed as JSON.
//   herald-gui-bench sync-watchdog [--matches N]   the GUI thread's longest stall while a sync ingests (the whole
//                                                   window: history and dashboard reload as matches arrive)
//   herald-gui-bench cold-start --herald PATH --data-dir DIR [--runs N]
//                                                   process start to the first painted dashboard, and memory
//   herald-gui-bench report --data-dir DIR [--template ID] [--runs N]
//                                                   a report of the current account in each format: the queries
//                                                   (cold engine) and the drawing, in process
// It reports; the budgets live in the issues.
#include "accountswiring.h"
#include "adapters/apikeystore.h"
#include "adapters/syncrunner.h"
#include "dashboard/dashboardview.h"
#include "demo/demogenerator.h"
#include "itemmodels/matchlistmodel.h"
#include "report/report.h"
#include "riotstandin.h"
#include "store/accounts.h"
#include "store/settings.h"
#include "store/store.h"
#include "syncwiring.h"
#include "templates/templatestore.h"
#include "views/mainwindow.h"
#include "views/matchdetailview.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

namespace {

int syncWatchdog(int matchCount) {
    herald::standin::StandinOptions options;
    options.appLimits = "5000:1";
    options.methodLimits = "5000:1";
    options.latency = std::chrono::milliseconds(20);
    herald::standin::RiotStandin standin(options);
    standin.loadDemoHistory(matchCount, 5, 0.75);
    qputenv("HERALD_RIOT_BASE_URL", standin.baseUrl().c_str());
    qputenv("HERALD_DDRAGON_BASE_URL", standin.ddragonBaseUrl().c_str());
    qputenv("HERALD_RIOT_STATIC_BASE_URL", standin.staticBaseUrl().c_str());
    const auto dir = std::filesystem::temp_directory_path() / "herald-gui-bench-sync";
    std::filesystem::remove_all(dir);
    auto opened = herald::store::Store::open(dir, herald::store::Store::Access::Write);
    if (!opened) {
        std::cerr << "herald-gui-bench: " << opened.error().message << '\n';
        return 1;
    }
    auto store = std::move(opened).value();
    // The app's window, wired as main.cpp wires it: the sync panel, the history reloading while matches arrive,
    // the dashboard (shown) reloading every widget with each overview, the account switcher.
    herald::ui::MatchListModel history(store->databasePath());
    auto* dashboard = new herald::ui::DashboardView(store->databasePath());
    dashboard->setStore(store.get());
    auto* detail = new herald::ui::MatchDetailView(*store);
    herald::ui::MainWindow window(&history, dashboard, detail, QString::fromStdString(store->databasePath().string()));
    herald::ui::SyncRunner runner(*store);
    herald::ui::ApiKeyStore keys;
    herald::app::wireSync(window, runner, keys);
    herald::app::wireAccounts(window, *store, history, runner);
    herald::app::followOverview(history, *dashboard, *store, {});
    runner.setApiKey(QString::fromStdString(options.apiKey));
    window.showView(herald::ui::MainWindow::View::Dashboard);
    window.resize(1600, 1000);
    window.show();
    int overviews = 0;
    QObject::connect(&history, &herald::ui::MatchListModel::overviewLoaded, &window, [&overviews] { ++overviews; });
    int dashboards = 0;
    QObject::connect(dashboard, &herald::ui::DashboardView::loaded, &window, [&dashboards] { ++dashboards; });

    // The watchdog: a 5 ms timer on the GUI thread; the longest gap between two ticks is the longest stall.
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 worst = 0;
    std::vector<qint64> gaps;
    QTimer watchdog;
    watchdog.setTimerType(Qt::PreciseTimer);
    QObject::connect(&watchdog, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (last != 0) {
            worst = std::max(worst, now - last);
            gaps.push_back(now - last);
        }
        last = now;
    });
    int newMatches = 0;
    QString error;
    QObject::connect(&runner, &herald::ui::SyncRunner::accountAdded, &runner, [&](const QString&, const QString& e) {
        if (!e.isEmpty()) {
            error = e;
            QCoreApplication::exit(1);
            return;
        }
        clock.start(); // the window's own handler starts the sync
        watchdog.start(5);
    });
    QObject::connect(&runner, &herald::ui::SyncRunner::finished, &runner, [&](const herald::ui::SyncResult& result) {
        newMatches = result.newMatches;
        watchdog.stop();
        QCoreApplication::exit(0);
    });
    runner.addAccount(QStringLiteral("Demo#HRLD"), QStringLiteral("euw1"));
    const int code = QCoreApplication::exec();
    if (code != 0) {
        std::cerr << "herald-gui-bench: " << error.toStdString() << '\n';
        return code;
    }
    std::sort(gaps.begin(), gaps.end());
    const double seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    nlohmann::json out = {
        {"benchmark", "sync-watchdog"},
        {"matches", newMatches},
        {"seconds", seconds},
        {"watchdog_interval_ms", 5},
        {"ticks", gaps.size()},
        {"longest_gui_stall_ms", static_cast<double>(worst) / 1e6},
        {"p99_gap_ms", gaps.empty() ? 0.0 : static_cast<double>(gaps[gaps.size() * 99 / 100]) / 1e6},
        {"history_reloads", overviews},
        {"dashboard_reloads", dashboards},
    };
    std::cout << out.dump(2) << '\n';
    std::filesystem::remove_all(dir);
    return newMatches == matchCount ? 0 : 1;
}

int coldStart(const QString& herald, const QString& dataDir, int runs) {
    nlohmann::json samples = nlohmann::json::array();
    std::vector<double> ms;
    std::vector<double> rss;
    const QRegularExpression ready(QStringLiteral("ready (\\d+) ms after start, resident (\\d+) KB"));
    for (int i = 0; i < runs; ++i) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        const QString png = QDir::temp().filePath(QStringLiteral("herald-gui-bench.png"));
        process.start(herald, {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--screenshot"), png,
                               QStringLiteral("--size"), QStringLiteral("1600x1000")});
        if (!process.waitForFinished(120'000) || process.exitCode() != 0) {
            std::cerr << "herald-gui-bench: herald failed: " << process.readAllStandardError().toStdString() << '\n';
            return 1;
        }
        const auto match = ready.match(QString::fromUtf8(process.readAllStandardError()));
        if (!match.hasMatch()) {
            std::cerr << "herald-gui-bench: no timing line from herald\n";
            return 1;
        }
        ms.push_back(match.captured(1).toDouble());
        rss.push_back(match.captured(2).toDouble() / 1024.0);
        samples.push_back({{"ms", ms.back()}, {"resident_mb", rss.back()}});
    }
    std::vector<double> sorted = ms;
    std::sort(sorted.begin(), sorted.end());
    nlohmann::json out = {
        {"benchmark", "cold-start"}, {"data_dir", dataDir.toStdString()},
        {"runs", samples},           {"median_ms", sorted[sorted.size() / 2]},
        {"max_ms", sorted.back()},   {"max_resident_mb", *std::max_element(rss.begin(), rss.end())},
    };
    std::cout << out.dump(2) << '\n';
    return 0;
}

int reportBench(const QString& dataDir, const std::string& templateId, int runs) {
    using namespace herald;
    auto store = store::Store::open(dataDir.toStdString(), store::Store::Access::Read);
    if (!store) {
        std::cerr << "herald-gui-bench: " << store.error().message << '\n';
        return 1;
    }
    auto db = store.value()->openReader();
    const auto current = db ? store::getSetting(db.value(), store::kCurrentAccountSetting)
                            : Result<std::optional<std::string>>(std::nullopt);
    const auto found = db ? templates::findTemplate(db.value(), templateId)
                          : Result<std::optional<templates::StoredTemplate>>(std::nullopt);
    if (!current || !current.value() || !found || !found.value()) {
        std::cerr << "herald-gui-bench: no current account or no template '" << templateId << "'\n";
        return 1;
    }
    ui::ReportRequest request;
    request.databasePath = store.value()->databasePath();
    request.dashboard = found.value()->document;
    request.puuids = {*current.value()};
    request.playerNames = {QStringLiteral("bench")};
    std::int64_t matches = 0;
    if (auto list = store::summarizeAccounts(db.value()); list) {
        for (const auto& a : list.value()) {
            matches += a.account.puuid == *current.value() ? a.matches : 0;
        }
    }
    nlohmann::json results = nlohmann::json::array();
    const QString folder = QDir::temp().filePath(QStringLiteral("herald-gui-bench-report"));
    QDir().mkpath(folder);
    for (const auto format : {ui::ReportFormat::Pdf, ui::ReportFormat::Png, ui::ReportFormat::Html}) {
        std::vector<double> total;
        std::vector<double> queries;
        int pages = 0;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            auto data = ui::computeReport(request); // a new loader: a cold engine and connection each time
            const double computed = static_cast<double>(timer.nsecsElapsed()) / 1e6;
            ui::ReportOptions options;
            options.format = format;
            const auto path = folder.toStdString() + "/report." + ui::reportFormatName(format).toStdString();
            auto saved =
                data ? ui::saveReport(data.value(), options, path, true) : Result<ui::ReportOutcome>(data.error());
            if (!saved) {
                std::cerr << "herald-gui-bench: " << saved.error().message << '\n';
                return 1;
            }
            pages = saved->pages;
            queries.push_back(computed);
            total.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        }
        std::sort(total.begin(), total.end());
        std::sort(queries.begin(), queries.end());
        results.push_back({{"format", ui::reportFormatName(format).toStdString()},
                           {"median_ms", total[total.size() / 2]},
                           {"max_ms", total.back()},
                           {"queries_median_ms", queries[queries.size() / 2]},
                           {"pages", pages}});
    }
    QDir(folder).removeRecursively();
    std::cout << nlohmann::json{{"benchmark", "report"},
                                {"template", templateId},
                                {"matches", matches},
                                {"runs", runs},
                                {"results", results}}
                     .dump(2)
              << '\n';
    return 0;
}

int usage() {
    std::cerr << "Usage: herald-gui-bench sync-watchdog [--matches N]\n"
                 "       herald-gui-bench cold-start --herald PATH --data-dir DIR [--runs N]\n"
                 "       herald-gui-bench report --data-dir DIR [--template ID] [--runs N]\n";
    return 2;
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        return usage();
    }
    auto option = [&args](const QString& name, const QString& fallback) {
        const auto at = args.indexOf(name);
        return at > 0 && at + 1 < args.size() ? args[at + 1] : fallback;
    };
    if (args[1] == QLatin1String("sync-watchdog")) {
        return syncWatchdog(option(QStringLiteral("--matches"), QStringLiteral("300")).toInt());
    }
    if (args[1] == QLatin1String("cold-start")) {
        const QString herald = option(QStringLiteral("--herald"), QString());
        const QString dir = option(QStringLiteral("--data-dir"), QString());
        if (herald.isEmpty() || dir.isEmpty()) {
            return usage();
        }
        return coldStart(herald, dir, option(QStringLiteral("--runs"), QStringLiteral("5")).toInt());
    }
    if (args[1] == QLatin1String("report")) {
        const QString dir = option(QStringLiteral("--data-dir"), QString());
        if (dir.isEmpty()) {
            return usage();
        }
        return reportBench(dir, option(QStringLiteral("--template"), QStringLiteral("overview")).toStdString(),
                           std::max(1, option(QStringLiteral("--runs"), QStringLiteral("3")).toInt()));
    }
    return usage();
}
