// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// test_ui: data safety: a locked store, backups, damage found by a backup, archival, recovery of a damaged store, one
// app per data folder.
#include "accountswiring.h"
#include "adapters/apikeystore.h"
#include "adapters/heraldsession.h"
#include "adapters/importrunner.h"
#include "adapters/syncrunner.h"
#include "analytics/engine.h"
#include "common/backgroundwrite.h"
#include "common/clock.h"
#include "common/datachangenotifier.h"
#include "common/dialogs.h"
#include "common/errortext.h"
#include "common/longjobs.h"
#include "common/version.h"
#include "dashboard/builtinstrings.h"
#include "dashboard/charts.h"
#include "dashboard/dashboardgrid.h"
#include "dashboard/dashboardview.h"
#include "dashboard/downsample.h"
#include "dashboard/format.h"
#include "dashboard/paintedcharts.h"
#include "dashboard/templateactions.h"
#include "dashboard/widgeteditor.h"
#include "dashboard/widgetframe.h"
#include "datasafety.h"
#include "demo/demohistory.h"
#include "engine/syncengine.h"
#include "gamedata/gamedata.h"
#include "heraldstandin.h"
#include "heraldwiring.h"
#include "importwiring.h"
#include "ingest/compression.h"
#include "ingest/importer.h"
#include "ingest/localaccount.h"
#include "itemmodels/matchlistmodel.h"
#include "report/report.h"
#include "riot/routing.h"
#include "riotstandin.h"
#include "store/accounts.h"
#include "store/backups.h"
#include "store/gameconfigs.h"
#include "store/matchhistory.h"
#include "store/migrations.h"
#include "store/settings.h"
#include "syncwiring.h"
#include "templates/template.h"
#include "templates/templatestore.h"
#include "test_ui.h"
#include "theme/championicons.h"
#include "theme/language.h"
#include "theme/theme.h"
#include "views/aboutdialog.h"
#include "views/accountdialog.h"
#include "views/accountswitcher.h"
#include "views/archivepanel.h"
#include "views/backupspanel.h"
#include "views/communitydialog.h"
#include "views/diagnosticsview.h"
#include "views/mainwindow.h"
#include "views/matchdetailview.h"
#include "views/matchhistoryview.h"
#include "views/playerpicker.h"
#include "views/settingsview.h"
#include "views/signindialog.h"
#include "views/syncpanel.h"
#include "views/welcomedialog.h"

#include <QAbstractAxis>
#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSet>
#include <QSpinBox>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>

using namespace herald;
using namespace herald::uitest;
using nlohmann::json;

void TestUi::everyThreadSurvivesALockedStoreAndRecovers() {
    // Every piece that reads or writes off the GUI thread meets a store it cannot use: another program holding the
    // write lock (the writer's jobs: a background write, a sync), then damaged pages (the readers: history pages,
    // dashboard loader, match detail, diagnostics). Each reports it in the player's words, nothing crashes, and each
    // works again once the cause is gone.
    test::TempStore temp;
    demo::DemoOptions options;
    options.matches = 40;
    options.endMs = 1'780'000'000'000;
    QVERIFY(demo::createDemoHistory(temp.store->writer(), options).ok());
    const std::string key = "RGAPI-not-used";
    store::AccountRow followed; // a followed account already resolved under this key: its sync needs no request
    followed.puuid = "followed-puuid";
    followed.gameName = "Followed";
    followed.tagLine = "EUW";
    followed.platform = "euw1";
    followed.region = "europe";
    followed.resolvedBy = sync::keyFingerprint(key);
    QVERIFY(temp.store->writer()
                .submit<Ok>([&followed](store::Database& db) -> Result<Ok> {
                    store::saveAccount(db, followed);
                    db.execScript("PRAGMA wal_checkpoint(TRUNCATE)"); // every page in the file, for the damage below
                    return Ok{};
                })
                .get()
                .ok());
    const auto dbPath = temp.store->databasePath();
    std::string matchId;
    std::vector<std::int64_t> pages;
    {
        auto reader = temp.store->openReader();
        matchId = store::historyPage(reader.value(), {}, std::nullopt, 1).value().front().matchId;
        store::Statement stat(reader.value(), "SELECT pageno FROM dbstat WHERE name IN ('matches', "
                                              "'match_participants', 'participants_by_match') AND pageno > 1");
        while (stat.step()) {
            pages.push_back(stat.columnInt64(0));
        }
    }
    QVERIFY(pages.size() >= 3);
    const QString busy = ui::errorText(makeError(ErrorKind::Busy, "x", "store.busy"));
    const QString damagedText = ui::errorText(makeError(ErrorKind::Storage, "x", "store.damaged", {"@@"}));
    const QString damaged = damagedText.left(damagedText.indexOf(QStringLiteral("@@"))); // before what was read
    auto backgroundWrite = [&temp](QObject* context, std::optional<Result<Ok>>& written) {
        ui::writeInBackground<Ok>(
            *temp.store, context,
            [](store::Database& db) -> Result<Ok> {
                store::setSetting(db, "ui.theme", "light");
                return Ok{};
            },
            [&written](const Result<Ok>& result) { written = result; });
    };

    // 1. Another connection holds the write lock: the writer's jobs wait their busy timeout, then say so.
    ui::SyncRunner runner(*temp.store);
    runner.setApiKey(QString::fromStdString(key));
    qputenv("HERALD_DDRAGON_BASE_URL", "http://127.0.0.1:9"); // nothing listens: no request leaves the machine
    QSignalSpy syncFinished(&runner, &ui::SyncRunner::finished);
    QObject context;
    {
        auto holder = store::Database::open(dbPath, store::Database::Mode::ReadWrite);
        QVERIFY(holder.ok());
        holder->execScript("BEGIN IMMEDIATE; INSERT OR REPLACE INTO user_settings (key, value) VALUES ('lock', '1')");
        std::optional<Result<Ok>> written;
        backgroundWrite(&context, written);
        runner.syncAll();
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), kWait);
        QCOMPARE(written->error().code, std::string("store.busy"));
        QTRY_VERIFY_WITH_TIMEOUT(syncFinished.count() == 1, kWait);
        const QString syncErrors = syncFinished.last().at(0).value<ui::SyncResult>().errors.join(QLatin1Char('\n'));
        QVERIFY2(syncErrors.contains(busy), qPrintable(syncErrors));
        QVERIFY(!runner.isRunning());
        holder->execScript("ROLLBACK");
    }
    std::optional<Result<Ok>> written;
    backgroundWrite(&context, written);
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), kWait);
    QVERIFY(written->ok());

    // 2. Damaged pages under every reader.
    std::string original;
    {
        QFile in(QString::fromStdString(dbPath.string()));
        QVERIFY(in.open(QIODevice::ReadOnly));
        original = in.readAll().toStdString();
    }
    auto writePages = [&](bool damage) {
        std::fstream file(dbPath, std::ios::binary | std::ios::in | std::ios::out);
        for (const auto page : pages) {
            const auto offset = static_cast<std::size_t>(page - 1) * 4096;
            file.seekp(static_cast<std::streamoff>(offset));
            const std::string bytes = damage ? std::string(4096, '\xA5') : original.substr(offset, 4096);
            file.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        }
    };
    ui::MatchListModel model(dbPath);
    ui::DashboardView dashboard(dbPath);
    dashboard.setTemplates(templates::builtinTemplates());
    dashboard.setBarFilter(QStringLiteral("since"), QStringLiteral("all"));
    ui::MatchDetailView detail(*temp.store);
    ui::DiagnosticsView diagnostics(*temp.store);
    QSignalSpy modelErrors(&model, &ui::MatchListModel::errorOccurred);
    QSignalSpy dashboardLoaded(&dashboard, &ui::DashboardView::loaded);
    QSignalSpy detailLoaded(&detail, &ui::MatchDetailView::loaded);
    QSignalSpy diagnosticsRefreshed(&diagnostics, &ui::DiagnosticsView::refreshed);
    auto dashboardErrors = [&dashboard] {
        int errors = 0;
        for (auto* frame : dashboard.frames()) {
            errors += frame->content() != nullptr && frame->content()->objectName() == QStringLiteral("errorText");
        }
        return errors;
    };
    writePages(true);
    model.setPlayers({demoPuuid()});
    dashboard.setPlayers({demoPuuid()});
    dashboard.reload(1);
    detail.showMatch(QString::fromStdString(matchId));
    diagnostics.refresh();
    QVERIFY(modelErrors.wait(kWait));
    QVERIFY2(modelErrors.last().at(0).toString().contains(damaged), qPrintable(modelErrors.last().at(0).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(dashboardLoaded.count() >= 1, kWait);
    QVERIFY(dashboardErrors() > 0);
    QTRY_VERIFY_WITH_TIMEOUT(detailLoaded.count() >= 1, kWait);
    QCOMPARE(detailLoaded.last().at(0).toBool(), false);
    QTRY_VERIFY_WITH_TIMEOUT(diagnosticsRefreshed.count() >= 1, kWait);
    QVERIFY2(diagnostics.summaryText().contains(damaged), qPrintable(diagnostics.summaryText()));

    writePages(false);
    modelErrors.clear();
    QSignalSpy arrived(&model, &ui::MatchListModel::pageArrived);
    model.reload();
    QVERIFY(arrived.wait(kWait));
    QCOMPARE(model.rowCount(), 40);
    QCOMPARE(modelErrors.count(), 0);
    dashboardLoaded.clear();
    dashboard.reload(2);
    QTRY_VERIFY_WITH_TIMEOUT(dashboardLoaded.count() >= 1, kWait);
    QCOMPARE(dashboardErrors(), 0);
    detailLoaded.clear();
    detail.showMatch(QString::fromStdString(matchId));
    QTRY_VERIFY_WITH_TIMEOUT(detailLoaded.count() >= 1, kWait);
    QCOMPARE(detailLoaded.last().at(0).toBool(), true);
    diagnosticsRefreshed.clear();
    diagnostics.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(diagnosticsRefreshed.count() >= 1, kWait);
    QVERIFY(!diagnostics.summaryText().contains(damaged));
    qunsetenv("HERALD_DDRAGON_BASE_URL");
}

void TestUi::backupsPanelCreatesVerifiesAndAsksToRestore() {
    test::TempStore temp;
    demo::DemoOptions options;
    options.matches = 40;
    QVERIFY(demo::createDemoHistory(temp.store->writer(), options).ok());
    ui::BackupsPanel panel(*temp.store);
    panel.resize(700, 420);
    QCOMPARE(panel.table()->rowCount(), 0);
    QSignalSpy finished(&panel, &ui::BackupsPanel::finished);

    // The daily backup is due (there is none): it is taken, then not again the same day.
    panel.backUpIfDue();
    QVERIFY(panel.busy());
    QVERIFY(finished.wait(30'000));
    QCOMPARE(finished.last().at(0).toBool(), true);
    QCOMPARE(panel.table()->rowCount(), 1);
    QCOMPARE(panel.table()->item(0, 1)->text(), QStringLiteral("Daily"));
    QCOMPARE(panel.table()->item(0, 2)->text(), QStringLiteral("40"));
    panel.backUpIfDue();
    QVERIFY(!panel.busy());

    panel.createBackup();
    QVERIFY(finished.wait(30'000));
    QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
    QVERIFY(panel.statusText().contains(QStringLiteral("verified")));
    QCOMPARE(panel.table()->rowCount(), 2);
    const auto listed = store::listBackups(temp.store->backupDir());
    QCOMPARE(listed.size(), std::size_t{2});
    QCOMPARE(listed.front().reason, std::string("manual"));

    // Verify: a good one passes, one cut in half is named as damaged.
    const QString good = QString::fromStdString(listed.front().file.string());
    panel.verify(good);
    QVERIFY(finished.wait(30'000));
    QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
    std::filesystem::resize_file(listed.back().file, std::filesystem::file_size(listed.back().file) / 2);
    panel.verify(QString::fromStdString(listed.back().file.string()));
    QVERIFY(finished.wait(30'000));
    QCOMPARE(finished.last().at(0).toBool(), false);
    QVERIFY2(panel.statusText().contains(QStringLiteral("cannot be restored")), qPrintable(panel.statusText()));

    // Restore is asked for; the app restarts with --restore and restoreWithProgress does it before the store
    // opens (here: this store closed first, as the old app closes).
    QSignalSpy restore(&panel, &ui::BackupsPanel::restoreRequested);
    ui::Dialogs::setNextAnswer(true);
    panel.requestRestore(good);
    QCOMPARE(restore.count(), 1);
    QCOMPARE(restore.first().at(0).toString(), good);
    if (const char* dir = std::getenv("HERALD_SCREENSHOT_DIR")) {
        panel.table()->selectRow(0);
        QVERIFY(panel.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/backups.png")));
    }
    {
        auto db = temp.store->openReader();
        QVERIFY(temp.store->writer()
                    .submit<Ok>([](store::Database& w) -> Result<Ok> {
                        w.execScript("DELETE FROM matches WHERE id IN (SELECT id FROM matches LIMIT 5)");
                        return Ok{};
                    })
                    .get()
                    .ok());
        QCOMPARE(db->queryInt("SELECT count(*) FROM matches"), 35);
    }
    const auto dataDir = temp.path();
    temp.store.reset();
    auto restored = app::restoreWithProgress(dataDir, good);
    QVERIFY2(restored.ok(), restored.ok() ? "" : restored.error().message.c_str());
    QVERIFY(std::filesystem::exists(restored->previous));
    auto reopened = store::Store::open(dataDir, store::Store::Access::Write);
    QVERIFY(reopened.ok());
    QCOMPARE(reopened.value()->openReader()->queryInt("SELECT count(*) FROM matches"), 40);
    // A damaged backup is refused and the store stays as it is.
    reopened.value().reset();
    auto refused = app::restoreWithProgress(dataDir, QString::fromStdString(listed.back().file.string()));
    QVERIFY(!refused.ok());
    auto again = store::Store::open(dataDir, store::Store::Access::Read);
    QCOMPARE(again.value()->openReader()->queryInt("SELECT count(*) FROM matches"), 40);
}

void TestUi::damageFoundByTheDailyBackupIsReported() {
    // Pages in the middle of the file overwritten: the store opens (its header and schema are fine), and the daily
    // backup's integrity check of its copy finds the damage and reports it for the recovery.
    QTemporaryDir dir;
    const std::filesystem::path dataDir = dir.path().toStdString();
    {
        auto opened = store::Store::open(dataDir, store::Store::Access::Write);
        demo::DemoOptions options;
        options.matches = 60;
        QVERIFY(demo::createDemoHistory(opened.value()->writer(), options).ok());
    }
    const auto dbPath = store::databasePath(dataDir);
    {
        std::fstream file(dbPath, std::ios::in | std::ios::out | std::ios::binary);
        const auto pages = static_cast<std::streamoff>(std::filesystem::file_size(dbPath) / 4096);
        for (std::streamoff page = pages / 3; page < pages / 3 + 12; page += 2) {
            file.seekp(page * 4096);
            const std::string junk(4096, '\x5a');
            file.write(junk.data(), static_cast<std::streamsize>(junk.size()));
        }
    }
    auto opened = store::Store::open(dataDir, store::Store::Access::Write);
    QVERIFY2(opened.ok(), opened.ok() ? "" : opened.error().message.c_str());
    ui::BackupsPanel panel(*opened.value());
    QSignalSpy damaged(&panel, &ui::BackupsPanel::storeDamaged);
    QSignalSpy finished(&panel, &ui::BackupsPanel::finished);
    panel.backUpIfDue();
    QVERIFY(finished.wait(30'000));
    QCOMPARE(finished.last().at(0).toBool(), false);
    QCOMPARE(damaged.count(), 1);
    QVERIFY2(damaged.first().at(0).toString().contains(QStringLiteral("may be damaged")),
             qPrintable(damaged.first().at(0).toString()));
    QVERIFY(store::listBackups(opened.value()->backupDir()).empty()); // no damaged copy kept as a backup
}

void TestUi::archivePanelArchivesOnlyWhenAsked() {
    test::TempStore temp;
    demo::DemoOptions options;
    options.matches = 30;
    options.timelineShare = 1.0;
    options.endMs = nowMs() - 200LL * 86'400'000; // every game is more than 6 months old
    QVERIFY(demo::createDemoHistory(temp.store->writer(), options).ok());
    auto reader = temp.store->openReader();
    const auto timelines = reader->queryInt("SELECT count(*) FROM match_payloads WHERE raw_timeline IS NOT NULL");
    QVERIFY2(timelines >= 10, qPrintable(QString::number(timelines)));
    {
        ui::ArchivePanel panel(*temp.store);
        QCOMPARE(panel.months(), 6); // the default; nothing happens until asked
        QCOMPARE(reader->queryInt("SELECT count(*) FROM match_payloads WHERE raw_timeline IS NOT NULL"), timelines);
        QSignalSpy finished(&panel, &ui::ArchivePanel::finished);
        panel.setMonths(12); // older than a year: none
        ui::Dialogs::setNextAnswer(true);
        panel.archiveNow();
        QVERIFY(finished.wait(30'000));
        QVERIFY2(panel.statusText().contains(QStringLiteral("No match")), qPrintable(panel.statusText()));
        panel.setMonths(6);
        ui::Dialogs::setNextAnswer(true);
        panel.archiveNow();
        QVERIFY(finished.wait(30'000));
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        QVERIFY2(panel.statusText().startsWith(QStringLiteral("Archived the timelines of %1 matches").arg(timelines)),
                 qPrintable(panel.statusText()));
    }
    QCOMPARE(reader->queryInt("SELECT count(*) FROM match_payloads WHERE raw_timeline IS NOT NULL"), 0);
    QCOMPARE(reader->queryInt("SELECT count(*) FROM match_timeline"), 0);
    // The threshold is a setting: a new panel finds it.
    ui::ArchivePanel again(*temp.store);
    QCOMPARE(again.months(), 6);
    again.setMonths(9);
    QTRY_COMPARE(reader->queryText("SELECT value FROM user_settings WHERE key = 'archive_threshold_months'"),
                 std::string("9"));
}

void TestUi::damagedStoreIsMovedAsideAndRecovered() {
    for (const auto choice :
         {app::RecoveryChoice::RestoreBackup, app::RecoveryChoice::FreshStore, app::RecoveryChoice::Quit}) {
        QTemporaryDir dir;
        const std::filesystem::path dataDir = dir.path().toStdString();
        {
            auto opened = store::Store::open(dataDir, store::Store::Access::Write);
            QVERIFY(opened.ok());
            demo::DemoOptions options;
            options.matches = 30;
            QVERIFY(demo::createDemoHistory(opened.value()->writer(), options).ok());
            auto reader = opened.value()->openReader();
            QVERIFY(store::createBackup(reader.value(), opened.value()->backupDir(), {}).ok());
        }
        const auto dbPath = store::databasePath(dataDir);
        const auto size = std::filesystem::file_size(dbPath);
        std::filesystem::resize_file(dbPath, size / 3); // the end of the file is lost
        auto opened = store::Store::open(dataDir, store::Store::Access::Write);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, std::string("store.damaged"));

        std::optional<app::RecoveryOffer> offered;
        auto recovered = app::recoverDamagedStore(dataDir, opened.error(), [&](const app::RecoveryOffer& offer) {
            offered = offer;
            if (const char* shots = std::getenv("HERALD_SCREENSHOT_DIR");
                shots != nullptr && choice == app::RecoveryChoice::Quit) {
                std::unique_ptr<QMessageBox> box(app::makeRecoveryDialog(offer));
                box->show();
                QTest::qWait(50);
                box->grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/damaged-store.png"));
            }
            return choice;
        });
        QVERIFY2(recovered.ok(), recovered.ok() ? "" : recovered.error().message.c_str());
        QVERIFY(offered.has_value() && offered->backup.has_value());
        QVERIFY(offered->reason.contains(QStringLiteral("cut short")));
        std::vector<std::filesystem::path> damagedFolders;
        for (const auto& entry : std::filesystem::directory_iterator(dataDir)) {
            if (entry.path().filename().string().rfind("damaged-", 0) == 0) {
                damagedFolders.push_back(entry.path());
            }
        }
        if (choice == app::RecoveryChoice::Quit) {
            QVERIFY(!recovered.value().has_value());
            QVERIFY(damagedFolders.empty()); // nothing was moved
            QCOMPARE(std::filesystem::file_size(dbPath), size / 3);
            continue;
        }
        QCOMPARE(damagedFolders.size(), std::size_t{1}); // moved aside whole, never deleted
        QCOMPARE(std::filesystem::file_size(damagedFolders.front() / "herald.db"), size / 3);
        auto reopened = store::Store::open(dataDir, store::Store::Access::Write);
        QVERIFY2(reopened.ok(), reopened.ok() ? "" : reopened.error().message.c_str());
        const auto matches = reopened.value()->openReader()->queryInt("SELECT count(*) FROM matches");
        QCOMPARE(matches, choice == app::RecoveryChoice::RestoreBackup ? 30 : 0);
        QVERIFY(recovered.value()->contains(QString::fromStdString(damagedFolders.front().string())));
    }
}

void TestUi::secondStartBringsTheFirstToTheFront() {
    QTemporaryDir dir;
    const std::filesystem::path dataDir = dir.path().toStdString();
    app::SingleInstance first(dataDir);
    QVERIFY(!first.notifyRunning()); // nobody there yet
    QVERIFY(first.listen());
    QSignalSpy activated(&first, &app::SingleInstance::activationRequested);
    // The same folder written another way is the same folder; another folder is another app.
    app::SingleInstance second(dataDir / "." / "");
    QCOMPARE(app::SingleInstance::serverName(dataDir / "." / ""), app::SingleInstance::serverName(dataDir));
    QVERIFY(second.notifyRunning());
    QVERIFY(activated.wait(5000));
    QTemporaryDir other;
    app::SingleInstance elsewhere(other.path().toStdString());
    QVERIFY(!elsewhere.notifyRunning());
}
