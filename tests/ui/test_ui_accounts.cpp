// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// test_ui: accounts, imports and sync: local accounts from files, which player you are, the account dialog and
// switcher, the sync runner, the key, the Herald account, the data-changed bus.
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

void TestUi::importedFilesWithoutAKeyBecomeALocalAccount() {
    test::TempStore temp;
    QTemporaryDir files;
    const auto folder = std::filesystem::path(files.path().toStdString()) / "riot exports";
    std::filesystem::create_directories(folder);
    int matchFiles = 0;
    for (const auto& entry : std::filesystem::directory_iterator(test::fixturePath(""))) {
        const auto name = entry.path().filename().string();
        if (name.rfind("match_v5_", 0) == 0 && name.find("_aborted_stub") == std::string::npos) {
            std::filesystem::copy_file(entry.path(), folder / name);
            ++matchFiles;
        }
    }
    test::writeFile(folder / "truncated.json", R"({"metadata": {"matchId": "EUW1_1"}, "info": {"partic)");

    ui::MatchListModel matches(temp.store->databasePath());
    auto* dashboard = new ui::DashboardView(temp.store->databasePath());
    dashboard->setStore(temp.store.get());
    auto* detail = new ui::MatchDetailView(*temp.store);
    ui::MainWindow window(&matches, dashboard, detail, QString());
    ui::ImportRunner importer(*temp.store);
    app::followOverview(matches, *dashboard, *temp.store, QString());
    app::wireImport(window, *temp.store, importer, matches);
    window.show();

    // An empty store and no account: the dashboard explains what to do and does not wait for data.
    QSignalSpy overview(&matches, &ui::MatchListModel::overviewLoaded);
    matches.loadOverview();
    QTRY_VERIFY_WITH_TIMEOUT(dashboard->isShowingNoAccount(), kWait);
    QList<QPushButton*> buttons = dashboard->findChildren<QPushButton*>();
    QPushButton* whichPlayer = nullptr;
    for (auto* button : buttons) {
        if (button->text() == QStringLiteral("Which player are you?")) {
            whichPlayer = button;
        }
    }
    QVERIFY(whichPlayer != nullptr && whichPlayer->isVisible());
    QVERIFY(!whichPlayer->isEnabled()); // no match names a player yet

    // A folder dropped on the window is imported on a worker; a bad file is named with its reason.
    QMimeData mimeData; // the events do not own it
    QMimeData* mime = &mimeData;
    mime->setUrls({QUrl::fromLocalFile(QString::fromStdString(folder.string()))});
    QSignalSpy finished(&importer, &ui::ImportRunner::finished);
    QSignalSpy dropped(&window, &ui::MainWindow::filesDropped);
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted()); // the window takes local files and folders
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    QCOMPARE(dropped.count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWait);
    const auto report = finished.at(0).at(0).value<ingest::ImportReport>();
    QVERIFY(finished.at(0).at(1).toBool()); // no followed account plays in them: the app asks
    QCOMPARE(report.imported, matchFiles);
    QCOMPARE(report.failed.size(), std::size_t{1});
    QVERIFY(ui::ImportRunner::summaryText(report).startsWith(QStringLiteral("%1 matches imported").arg(matchFiles)));
    auto* box = window.findChild<QMessageBox*>(QStringLiteral("importReport"));
    QVERIFY(box != nullptr);
    QVERIFY2(box->detailedText().contains(QStringLiteral("truncated.json: ")), qPrintable(box->detailedText()));
    box->close();
    QTRY_VERIFY_WITH_TIMEOUT(whichPlayer->isEnabled(), kWait); // the overview was read again
    QVERIFY(dashboard->isShowingNoAccount());

    // "Which player are you?" opened by itself after the import; the search narrows the Riot IDs; nothing is
    // chosen for the player; the choice becomes a local account.
    ui::PlayerPicker* picker = window.findChild<ui::PlayerPicker*>();
    QVERIFY(picker != nullptr && picker->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(picker->listedRiotIds().size() >= 50, kWait); // ten games of ten players, and more
    QVERIFY(picker->chosenRiotId().isEmpty());
    auto* thatsMe = picker->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(!thatsMe->isEnabled());
    picker->setSearch(QStringLiteral("DEWEY"));
    QTRY_COMPARE_WITH_TIMEOUT(picker->listedRiotIds(), QStringList{QStringLiteral("Dewey#Diff")}, kWait);
    QVERIFY(picker->choose(QStringLiteral("Dewey#Diff")));
    QVERIFY(thatsMe->isEnabled());
    overview.clear();
    picker->accept();
    QTRY_VERIFY_WITH_TIMEOUT(!overview.isEmpty() && overview.last().at(0).value<ui::AccountOverview>().riotId ==
                                                        QStringLiteral("Dewey#Diff"),
                             kWait);
    QTRY_VERIFY_WITH_TIMEOUT(!dashboard->isShowingNoAccount(), kWait);
    auto db = temp.store->openReader();
    const auto accounts = store::listAccounts(db.value()).value();
    QCOMPARE(accounts.size(), std::size_t{1});
    QCOMPARE(accounts[0].source(), store::AccountRow::Source::Local);
    QVERIFY(!accounts[0].syncable());

    // The demo's store: its made-up players are not offered, only the demo player.
    ui::PlayerPicker demoPicker(*m_store->store);
    QSignalSpy demoListed(&demoPicker, &ui::PlayerPicker::playersListed);
    QTRY_VERIFY_WITH_TIMEOUT(demoListed.count() >= 1, kWait);
    QCOMPARE(demoPicker.listedRiotIds(), QStringList{QStringLiteral("Demo#HRLD")});
}

void TestUi::importAfterTheDemoAsksWhichPlayerImportedFirst() {
    // The first run's demo, then the player's own files: the picker opens after the import, lists the players
    // of the imported files first (most games first), the demo player last, and none of the demo's made-up ones.
    test::TempStore temp;
    {
        demo::DemoOptions options;
        options.matches = 60;
        QVERIFY(demo::createDemoHistory(temp.store->writer(), options).ok());
    }
    ui::MatchListModel matches(temp.store->databasePath());
    auto* dashboard = new ui::DashboardView(temp.store->databasePath());
    dashboard->setStore(temp.store.get());
    auto* detail = new ui::MatchDetailView(*temp.store);
    ui::MainWindow window(&matches, dashboard, detail, QString());
    ui::ImportRunner importer(*temp.store);
    app::followOverview(matches, *dashboard, *temp.store, QString());
    app::wireImport(window, *temp.store, importer, matches);
    window.show();
    QSignalSpy finished(&importer, &ui::ImportRunner::finished);
    const QString ranked =
        QString::fromStdString(test::fixturePath("match_v5_KR_7014499581_p14.7_ranked.json").string());
    QVERIFY(importer.start(
        {ranked, QString::fromStdString(test::fixturePath("match_v5_KR_6823337832_p13.23_ranked.json").string())}));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWait);
    QVERIFY(finished.at(0).at(1).toBool());
    auto* picker = window.findChild<ui::PlayerPicker*>();
    QVERIFY(picker != nullptr && picker->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!picker->listedRiotIds().isEmpty(), kWait);
    const QStringList listed = picker->listedRiotIds();
    QCOMPARE(listed.size(), 20 + 1); // the twenty players of the two files, then the demo player
    QCOMPARE(listed.last(), QStringLiteral("Demo#HRLD"));
    QVERIFY(picker->chosenRiotId().isEmpty());
    picker->reject();

    // The same file again brings nothing new: no question.
    finished.clear();
    QVERIFY(importer.start({ranked}));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWait);
    QVERIFY(!finished.at(0).at(1).toBool());

    // "Add account…" offers the imported files as a third source; choosing it needs no Riot ID and no key.
    ui::AccountDialog dialog;
    auto* imported = dialog.findChild<QRadioButton*>();
    for (auto* radio : dialog.findChildren<QRadioButton*>()) {
        if (radio->text().startsWith(QStringLiteral("A player in my imported files"))) {
            imported = radio;
        }
    }
    QVERIFY(imported->text().startsWith(QStringLiteral("A player in my imported files")));
    const QSize before = dialog.sizeHint();
    dialog.accept(); // no Riot ID: refused with the reason, the form keeps its size
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(dialog.sizeHint(), before);
    QTest::mouseClick(imported, Qt::LeftButton);
    QVERIFY(dialog.fromImportedFiles());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestUi::accountDialogChecksTheIdAndTheKey() {
    const auto fields = [](ui::AccountDialog& dialog) {
        std::pair<QLineEdit*, QLineEdit*> out{nullptr, nullptr}; // Riot ID, key
        for (QLineEdit* edit : dialog.findChildren<QLineEdit*>()) {
            (edit->echoMode() == QLineEdit::Password ? out.second : out.first) = edit;
        }
        return out;
    };
    ui::AccountDialog dialog;
    const auto [id, key] = fields(dialog);
    QVERIFY(id != nullptr && key != nullptr);
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("errorText"));
    id->setText(QStringLiteral("Faker#K"));
    dialog.accept();
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY2(error->text().contains(QStringLiteral("is not a valid tag")), qPrintable(error->text()));
    id->setText(QStringLiteral("Faker#KR1"));
    dialog.accept(); // no key known and none typed
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY2(error->text().startsWith(QStringLiteral("Paste your Riot API key")), qPrintable(error->text()));
    key->setText(QStringLiteral(" RGAPI-typed-key "));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.apiKey(), QStringLiteral("RGAPI-typed-key"));
    QCOMPARE(dialog.riotId(), QStringLiteral("Faker#KR1"));
    // The Herald server is offered, but not selectable until signed in; the imported files always are.
    QStringList disabledChoices;
    for (QRadioButton* choice : dialog.findChildren<QRadioButton*>()) {
        if (!choice->isEnabled()) {
            disabledChoices << choice->text();
        }
    }
    QCOMPARE(disabledChoices, QStringList{QStringLiteral("The Herald server")});

    ui::AccountDialog known; // a key in the keychain: the field may stay empty
    known.setKeyKnown(true);
    fields(known).first->setText(QStringLiteral("Faker#KR1"));
    known.accept();
    QCOMPARE(known.result(), int(QDialog::Accepted));
    QVERIFY(known.apiKey().isEmpty());
}

void TestUi::accountSwitcherOffersEachAccountAndAllOfThem() {
    ui::AccountSwitcher switcher;
    store::AccountRow a;
    a.puuid = "p-a";
    a.gameName = "Alpha";
    a.tagLine = "EUW";
    a.platform = "euw1";
    store::AccountRow b = a;
    b.puuid = "p-b";
    b.gameName = "Beta";
    switcher.setAccounts({a}, QStringLiteral("p-a"));
    QCOMPARE(switcher.count(), 1); // one account: no "All accounts"
    switcher.setAccounts({a, b}, QStringLiteral("p-b"));
    QCOMPARE(switcher.count(), 3);
    QCOMPARE(switcher.currentText(), QStringLiteral("Beta#EUW · euw1"));
    QSignalSpy one(&switcher, &ui::AccountSwitcher::accountChosen);
    QSignalSpy all(&switcher, &ui::AccountSwitcher::allChosen);
    emit switcher.activated(0);
    QCOMPARE(one.count(), 1);
    QCOMPARE(one.at(0).at(0).toString(), QStringLiteral("p-a"));
    switcher.setCurrentIndex(2);
    emit switcher.activated(2);
    QCOMPARE(all.count(), 1);
    QCOMPARE(all.at(0).at(0).toStringList(), (QStringList{QStringLiteral("p-a"), QStringLiteral("p-b")}));
    // A refresh keeps "All accounts" selected.
    switcher.setAccounts({a, b}, QStringLiteral("p-a"));
    QCOMPARE(switcher.currentIndex(), 2);
}

void TestUi::syncOnLocalAccountsAsksForNoKey() {
    // F5 with only the demo (or imported players') local accounts: said in the status bar, no key asked for.
    ui::SyncRunner runner(*m_store->store);
    QCOMPARE(runner.needs(), ui::SyncRunner::Needs::NothingToSync);
    ui::MatchListModel model(m_store->store->databasePath());
    auto* dashboard = new ui::DashboardView(m_store->store->databasePath());
    auto* detail = new ui::MatchDetailView(*m_store->store);
    ui::MainWindow window(&model, dashboard, detail, QStringLiteral("test"));
    ui::ApiKeyStore keys(QStringLiteral("herald-test-unused"), QByteArrayLiteral("HERALD_TEST_UNUSED_KEY"));
    app::wireSync(window, runner, keys);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    bool asked = false;
    QTimer::singleShot(200, this, [&asked] {
        if (QWidget* modal = QApplication::activeModalWidget()) { // a key dialog: the dead end this test is about
            asked = true;
            modal->close();
        }
    });
    QTest::keyClick(&window, Qt::Key_F5);
    QTest::qWait(300);
    QVERIFY(!asked);
    QVERIFY(!runner.isRunning());
    QVERIFY2(window.status().contains(QStringLiteral("are not synced")), qPrintable(window.status()));
    // A followed account with the player's key needs the key; one through the Herald relay does not.
    {
        auto db = store::Database::open(m_store->store->databasePath(), store::Database::Mode::ReadWrite);
        db->execScript("INSERT INTO accounts (puuid, game_name, tag_line, platform, region, added_at, resolved_by) "
                       "VALUES ('relay-puuid', 'Relay', 'EUW', 'euw1', 'europe', 1, 'relay')");
    }
    QCOMPARE(runner.needs(), ui::SyncRunner::Needs::RelayOnly);
    {
        auto db = store::Database::open(m_store->store->databasePath(), store::Database::Mode::ReadWrite);
        db->execScript("UPDATE accounts SET resolved_by = 'key:0123456789abcdef' WHERE puuid = 'relay-puuid'");
    }
    QCOMPARE(runner.needs(), ui::SyncRunner::Needs::Key);
    {
        auto db = store::Database::open(m_store->store->databasePath(), store::Database::Mode::ReadWrite);
        db->execScript("DELETE FROM accounts WHERE puuid = 'relay-puuid'");
    }
}

void TestUi::syncRunnerFollowsAnAccountAndNotifies() {
    standin::StandinOptions options;
    options.appLimits = "500:1";
    standin::RiotStandin standin(options);
    standin.loadDemoHistory(40, 21);
    qputenv("HERALD_RIOT_BASE_URL", standin.baseUrl().c_str());
    qputenv("HERALD_DDRAGON_BASE_URL", standin.ddragonBaseUrl().c_str());
    qputenv("HERALD_RIOT_STATIC_BASE_URL", standin.staticBaseUrl().c_str());
    test::TempStore temp;
    ui::SyncRunner runner(*temp.store);
    QVERIFY(!runner.hasApiKey());
    runner.setApiKey(QString::fromStdString(options.apiKey));
    ui::SyncPanel panel(&runner);
    QSignalSpy added(&runner, &ui::SyncRunner::accountAdded);
    QSignalSpy progress(&runner, &ui::SyncRunner::progress);
    QSignalSpy finished(&runner, &ui::SyncRunner::finished);
    QSignalSpy notified(&panel, &ui::SyncPanel::notify);

    runner.addAccount(QStringLiteral("demo#hrld"), QStringLiteral("euw1"));
    QVERIFY(runner.isRunning());
    QVERIFY(added.wait(kWait));
    QCOMPARE(added.at(0).at(1).toString(), QString());
    QCOMPARE(added.at(0).at(0).toString(), QStringLiteral("Demo#HRLD"));
    QVERIFY(!runner.isRunning());

    runner.syncAll();
    QVERIFY(!panel.isHidden()); // the panel shows while it runs
    QVERIFY(finished.wait(60'000));
    const auto result = finished.at(0).at(0).value<ui::SyncResult>();
    QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(QLatin1Char('\n'))));
    QCOMPARE(result.newMatches, 40);
    QCOMPARE(result.accounts, QStringList{QStringLiteral("Demo#HRLD")});
    QVERIFY(progress.count() > 0);
    bool sawFetching = false;
    for (const auto& signal : progress) {
        const auto status = signal.at(0).value<ui::SyncStatus>();
        sawFetching = sawFetching || (status.phase == sync::SyncPhase::Fetching && status.total == 40);
    }
    QVERIFY(sawFetching);
    QCOMPARE(notified.count(), 1);
    QCOMPARE(notified.at(0).at(0).toString(), QStringLiteral("40 new matches."));
    QCOMPARE(panel.text(), QStringLiteral("40 new matches."));

    // A second sync: nothing new, said plainly.
    runner.syncAll();
    QVERIFY(finished.wait(60'000));
    QCOMPARE(panel.text(), QStringLiteral("Up to date: no new match."));

    // Refusals read as sentences made from the error's code and arguments.
    runner.addAccount(QStringLiteral("Nobody#0000"), QStringLiteral("euw1"));
    QVERIFY(added.wait(kWait));
    QCOMPARE(added.last().at(1).toString(),
             QStringLiteral("There is no Riot ID Nobody#0000 on the europe region: check the spelling and the tag."));
    runner.addAccount(QStringLiteral("NoTag"), QStringLiteral("euw1"));
    QVERIFY(added.wait(kWait));
    QVERIFY2(added.last().at(1).toString().startsWith(QStringLiteral("“NoTag” is not a Riot ID: write it as Name#TAG")),
             qPrintable(added.last().at(1).toString()));
    runner.setApiKey(QStringLiteral("RGAPI-not-the-right-key"));
    runner.addAccount(QStringLiteral("Demo#HRLD"), QStringLiteral("euw1"));
    QVERIFY(added.wait(kWait));
    QVERIFY2(added.last().at(1).toString().startsWith(QStringLiteral("Riot refused the API key (HTTP 403)")),
             qPrintable(added.last().at(1).toString()));
    QVERIFY(!added.last().at(1).toString().contains(QStringLiteral("RGAPI-not-the-right-key")));
    qunsetenv("HERALD_RIOT_BASE_URL");
    qunsetenv("HERALD_DDRAGON_BASE_URL");
    qunsetenv("HERALD_RIOT_STATIC_BASE_URL");
}

void TestUi::apiKeyNeverFallsBackToAFile() {
    // Wherever the keychain is unavailable (this test machine has no Secret Service), writing fails with a
    // clear message and the key lands in no file; where one is available, it reads back and is removed.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/config")).toUtf8());
    qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/data")).toUtf8());
    qunsetenv("HERALD_RIOT_API_KEY");
    const QString key = QStringLiteral("RGAPI-55555555-6666-7777-8888-keychaintest");
    ui::ApiKeyStore keys;
    QSignalSpy written(&keys, &ui::ApiKeyStore::keyWritten);
    keys.write(key);
    QVERIFY(written.wait(kWait));
    const QString error = written.at(0).at(0).toString();
    if (error.isEmpty()) {
        QSignalSpy read(&keys, &ui::ApiKeyStore::keyRead);
        keys.read();
        QVERIFY(read.wait(kWait));
        QCOMPARE(read.at(0).at(0).toString(), key);
        QSignalSpy removed(&keys, &ui::ApiKeyStore::keyRemoved);
        keys.remove();
        QVERIFY(removed.wait(kWait));
    } else {
        QVERIFY2(error.contains(QStringLiteral("keychain")), qPrintable(error));
        QVERIFY(!error.contains(key));
    }
    QDirIterator files(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(key.toUtf8()), qPrintable(file.fileName()));
    }
    // The environment variable wins, for machines without a keychain.
    qputenv("HERALD_RIOT_API_KEY", "RGAPI-from-environment");
    QSignalSpy read(&keys, &ui::ApiKeyStore::keyRead);
    keys.read();
    QCOMPARE(read.count(), 1);
    QCOMPARE(read.at(0).at(0).toString(), QStringLiteral("RGAPI-from-environment"));
    qunsetenv("HERALD_RIOT_API_KEY");
}

// The Herald account in the app: a refused sign-in says the server's words, a good one names the player; the
// community browser pages, previews and adds; Publish sends; the account dialog offers the relay; a session the
// server ends shows as signed out. With HERALD_SCREENSHOT_DIR set, the sign-in dialog and the browser are saved
// in English and French.
void TestUi::heraldAccountSignsInBrowsesPublishesAndEnds() {
    standin::RiotStandin riot;
    riot.loadDemoHistory(10, 2); // Demo#HRLD's games, for the relay sync
    standin::HeraldStandin server(riot, standin::StandinOptions().apiKey);
    server.addUser("ana@example.org", "pw-for-tests", "Ana");
    for (int i = 1; i <= 25; ++i) {
        templates::Template t = templates::builtinTemplates()[static_cast<std::size_t>(i) % 3];
        t.id = "shared-" + std::to_string(i);
        t.name = (i % 2 == 0 ? "Laning plan " : "Ranked climb ") + std::to_string(i);
        server.addSharedTemplate(templates::serializeTemplate(t), "Player" + std::to_string(i));
    }
    qputenv("HERALD_SERVER_URL", QByteArray::fromStdString(server.baseUrl()));
    qunsetenv("HERALD_TOKEN");
    test::TempStore temp;
    ui::HeraldSession session(*temp.store);
    QSignalSpy state(&session, &ui::HeraldSession::stateChanged);
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(state.count() >= 1, kWait);
    QVERIFY(!session.isSignedIn());

    ui::SignInDialog signIn(session);
    signIn.email()->setText(QStringLiteral("ana@example.org"));
    signIn.password()->setText(QStringLiteral("not it"));
    signIn.accept();
    QTRY_VERIFY_WITH_TIMEOUT(signIn.error()->isVisibleTo(&signIn), kWait);
    QCOMPARE(signIn.error()->text(), QStringLiteral("Wrong email or password."));
    signIn.password()->setText(QStringLiteral("pw-for-tests"));
    signIn.accept();
    QTRY_VERIFY_WITH_TIMEOUT(session.isSignedIn(), kWait);
    QTRY_COMPARE_WITH_TIMEOUT(session.userName(), QStringLiteral("Ana"), kWait); // told on the GUI thread
    QTRY_COMPARE_WITH_TIMEOUT(signIn.result(), static_cast<int>(QDialog::Accepted), kWait);

    ui::CommunityDialog community(session);
    community.search({}, 1);
    QTRY_COMPARE_WITH_TIMEOUT(community.list()->count(), 20, kWait);
    QVERIFY2(community.status()->text().startsWith(QStringLiteral("Page 1 of 2")),
             qPrintable(community.status()->text()));
    community.list()->setCurrentRow(0);
    QTRY_VERIFY_WITH_TIMEOUT(community.preview()->hasTemplate(), kWait);
    QSignalSpy added(&community, &ui::CommunityDialog::added);
    community.addButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(added.count(), 1, kWait);
    const QString localId = added[0][0].toString();
    {
        auto reader = temp.store->openReader();
        auto found = templates::findTemplate(reader.value(), localId.toStdString());
        QVERIFY(found.ok() && found.value().has_value());
    }
    community.search(QStringLiteral("laning"), 1);
    QTRY_COMPARE_WITH_TIMEOUT(community.list()->count(), 12, kWait);

    QSignalSpy published(&session, &ui::HeraldSession::published);
    session.publish(localId, true);
    QTRY_COMPARE_WITH_TIMEOUT(published.count(), 1, kWait);
    QCOMPARE(published[0][2].toString(), QString());
    QVERIFY(!published[0][1].toBool()); // sent, not pending
    int mine = 0;
    for (const auto& t : server.templates()) {
        mine += t.owner == "ana@example.org" && t.shared ? 1 : 0;
    }
    QCOMPARE(mine, 1);

    ui::AccountDialog account;
    account.setHeraldSignedIn(true, session.userName());
    QRadioButton* relay = nullptr;
    for (auto* radio : account.findChildren<QRadioButton*>()) {
        relay = radio->text().startsWith(QStringLiteral("The Herald server")) ? radio : relay;
    }
    QVERIFY(relay != nullptr && relay->isEnabled());
    QVERIFY(relay->text().contains(QStringLiteral("Ana")));

    if (const QString dir = qEnvironmentVariable("HERALD_SCREENSHOT_DIR"); !dir.isEmpty()) {
        for (const QString& lang : {QStringLiteral("en"), QStringLiteral("fr")}) {
            QVERIFY(ui::installLanguage(*qApp, lang));
            ui::SignInDialog shot(session);
            shot.email()->setText(QStringLiteral("ana@example.org"));
            shot.resize(460, shot.sizeHint().height());
            QVERIFY(shot.grab().save(dir + QStringLiteral("/sign-in-%1.png").arg(lang)));
            ui::CommunityDialog browser(session);
            browser.search({}, 1);
            QTRY_COMPARE_WITH_TIMEOUT(browser.list()->count(), 20, kWait);
            browser.list()->setCurrentRow(1);
            QTRY_VERIFY_WITH_TIMEOUT(browser.preview()->hasTemplate(), kWait);
            QVERIFY(browser.grab().save(dir + QStringLiteral("/community-%1.png").arg(lang)));
        }
        QVERIFY(ui::installLanguage(*qApp, QStringLiteral("en")));
    }

    // A relay account synced from the app with Data Dragon out of reach: the champions come from the server's
    // mirror, as herald-cli sync does (one sync::syncAccounts for both), and the server's LP history is merged.
    {
        qputenv("HERALD_DDRAGON_BASE_URL", "http://127.0.0.1:9");
        ui::SyncRunner runner(*temp.store);
        runner.setHeraldSession(&session);
        QSignalSpy followed(&runner, &ui::SyncRunner::accountAdded);
        runner.addAccount(QStringLiteral("Demo#HRLD"), QStringLiteral("euw1"), true);
        QTRY_COMPARE_WITH_TIMEOUT(followed.count(), 1, kWait);
        QVERIFY2(followed[0][1].toString().isEmpty(), qPrintable(followed[0][1].toString()));
        QCOMPARE(runner.needs(), ui::SyncRunner::Needs::RelayOnly);
        QSignalSpy finished(&runner, &ui::SyncRunner::finished);
        runner.syncAll();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60'000);
        const auto result = finished[0][0].value<ui::SyncResult>();
        QVERIFY2(result.newMatches > 0, qPrintable(result.errors.join(QLatin1Char('\n'))));
        const QString errors = result.errors.join(QLatin1Char('\n'));
        QVERIFY2(errors.contains(QStringLiteral("champions from the Herald server instead: version 13.24.1")),
                 qPrintable(errors));
        qunsetenv("HERALD_DDRAGON_BASE_URL");
    }

    // The server ends the session: signed out, said once, and the token is gone from memory.
    QSignalSpy ended(&session, &ui::HeraldSession::sessionEnded);
    server.expireAccessTokens();
    server.revokeRefreshTokens();
    session.browse({}, 1);
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, kWait);
    QVERIFY(!session.isSignedIn());
    // No token in the store.
    for (const auto& entry : std::filesystem::recursive_directory_iterator(temp.path())) {
        if (entry.is_regular_file()) {
            const std::string bytes = test::readFile(entry.path());
            for (const auto& token : server.issuedTokens()) {
                QVERIFY2(bytes.find(token) == std::string::npos, entry.path().c_str());
            }
        }
    }
    qunsetenv("HERALD_SERVER_URL");
}

// The app's "data changed" bus: a burst of writes (a sync's batches) is told once, with the newest version; the
// next change waits for the interval since the last telling; a job that changed nothing is not told.
void TestUi::dataChangesAreToldOncePerBurst() {
    test::TempStore temp;
    auto& writer = temp.store->writer();
    ui::DataChangeNotifier notifier(writer, std::chrono::milliseconds(600));
    QSignalSpy told(&notifier, &ui::DataChangeNotifier::dataChanged);
    auto write = [&writer](int value) {
        return writer
            .submit<Ok>([value](store::Database& db) -> Result<Ok> {
                store::setSetting(db, "test.burst", std::to_string(value));
                return Ok{};
            })
            .get()
            .ok();
    };
    for (int i = 0; i < 5; ++i) {
        QVERIFY(write(i));
    }
    QTRY_COMPARE_WITH_TIMEOUT(told.count(), 1, 5000);
    QCOMPARE(told.front().front().toULongLong(), writer.dataVersion());
    QElapsedTimer sinceFirst;
    sinceFirst.start();
    QVERIFY(write(9));
    QTRY_COMPARE_WITH_TIMEOUT(told.count(), 2, 5000);
    QVERIFY2(sinceFirst.elapsed() >= 400, qPrintable(QString::number(sinceFirst.elapsed())));
    QVERIFY(writer.submit<Ok>([](store::Database&) -> Result<Ok> { return Ok{}; }).get().ok()); // reads only
    QTest::qWait(900);
    QCOMPARE(told.count(), 2);
}
