// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The first window: the lazy match model (checked by QAbstractItemModelTester), the history view and a
// rendered window that is not blank. Runs offscreen.
#include "accountswiring.h"
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
#include "sync/apikeystore.h"
#include "sync/heraldsession.h"
#include "sync/importrunner.h"
#include "sync/syncrunner.h"
#include "syncwiring.h"
#include "templates/template.h"
#include "templates/templatestore.h"
#include "testsupport.h"
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
using nlohmann::json;

namespace {

constexpr int kDemoMatches = 450;
// Pages arrive from a reader thread; generous on a loaded machine, still quick to fail when nothing comes.
constexpr int kWait = 20'000;

QString demoPuuid() {
    return QString::fromStdString(demo::demoAccount().puuid);
}

// Asks the lazy model for pages until it has every row of its filter; false when a page never came.
bool fetchEverything(ui::MatchListModel& model) {
    while (!model.atEnd()) {
        if (!QTest::qWaitFor([&model] { return !model.isLoading(); }, kWait)) {
            return false;
        }
        if (model.canFetchMore({})) {
            model.fetchMore({});
        }
    }
    return QTest::qWaitFor([&model] { return !model.isLoading(); }, kWait);
}

} // namespace

class TestUi : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void dataChangesAreToldOncePerBurst();
    void modelPagesLazilyAndPassesTheTester();
    void searchNarrowsTheRows();
    void historyFiltersByQueueAndResult();
    void overviewNamesTheCurrentAccount();
    void windowShowsMatchesAndIsNotBlank();
    void emptyStoreExplainsWhatToDo();
    void importedFilesWithoutAKeyBecomeALocalAccount();
    void importAfterTheDemoAsksWhichPlayerImportedFirst();
    void oldGamesShowUnderAPeriodAnchoredOnPlay();
    void matchPageShowsBuildsAndEachGameModeRight();
    void dashboardRendersEveryWidgetAndFollowsTheFilterBar();
    void lineChartDownsamplesToThePixelWidth();
    void downsamplingKeepsShapeAndGaps();
    void chartClicksNarrowTheDashboardWithChips();
    void lineChartZoomsAndHidesSeries();
    void settingsAreSavedAndComeBack();
    void diagnosticsShowTheStoreAndCheckIt();
    void navigatesBetweenEveryView();
    void keyboardWalkNamesEveryControl();
    void rolesOfGamesWithoutLanesNameTheirMode();
    void everyModelPassesTheTester();
    void accountDialogChecksTheIdAndTheKey();
    void accountSwitcherOffersEachAccountAndAllOfThem();
    void editedDashboardIsSavedAndComesBackAfterARestart();
    void addWidgetTakesTheFirstFreePlace();
    void rankWidgetFormNamesItsQueue();
    void welcomeOffersTheThreeWaysAndTheDemo();
    void syncOnLocalAccountsAsksForNoKey();
    void templateButtonsRenameDeleteImportAndExport();
    void dashboardGridRendersAtAnySizeWithoutAWindow();
    void championIconsComeFromTheCacheOrABadge();
    void syncRunnerFollowsAnAccountAndNotifies();
    void apiKeyNeverFallsBackToAFile();
    void builtinTemplateTextsAreListedForTranslation();
    void goalEditorTakesPercentAndFindingsReadAsSentences();
    void everyThreadSurvivesALockedStoreAndRecovers();
    void languageInstalledAgainReplacesTheFirst();
    void heraldAccountSignsInBrowsesPublishesAndEnds();
    void backupsPanelCreatesVerifiesAndAsksToRestore();
    void damageFoundByTheDailyBackupIsReported();
    void archivePanelArchivesOnlyWhenAsked();
    void aboutNamesTheRevisionAndEveryLicence();
    void damagedStoreIsMovedAsideAndRecovered();
    void secondStartBringsTheFirstToTheFront();
    void frenchInterfaceHasNoUntranslatedString(); // last: it installs the French translators

private:
    std::unique_ptr<test::TempStore> m_store;
};

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

void TestUi::cleanupTestCase() {
    // No pool thread left when the process exits (LeakSanitizer stops every thread to scan for leaks).
    QThreadPool::globalInstance()->waitForDone();
    ui::longJobs().waitForDone();
}

void TestUi::initTestCase() {
    QVERIFY(ui::installLanguage(*qApp, QStringLiteral("en"))); // English plurals, as the app installs them
    QCOMPARE(QCoreApplication::translate("x", "%n new match(es).", nullptr, 1), QStringLiteral("1 new match."));
    QCOMPARE(QCoreApplication::translate("x", "%n problem(s): %1", nullptr, 3), QStringLiteral("3 problems: %1"));
    QCOMPARE(QCoreApplication::translate("x", "Dashboard"), QStringLiteral("Dashboard"));
    m_store = std::make_unique<test::TempStore>();
    demo::DemoOptions options;
    options.matches = kDemoMatches;
    options.endMs = 1'780'000'000'000;
    options.timelineShare = 0.2;
    QVERIFY(demo::createDemoHistory(m_store->store->writer(), options).ok());
}

void TestUi::modelPagesLazilyAndPassesTheTester() {
    ui::MatchListModel model(m_store->store->databasePath());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({})); // inactive until told whose matches to show
    model.setPlayers({demoPuuid()});
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), ui::MatchListModel::kPageSize, kWait); // one page, not everything
    QVERIFY(fetchEverything(model));
    QCOMPARE(model.rowCount(), kDemoMatches);
    QVERIFY(!model.canFetchMore({}));
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 created = model.index(row, 0).data(ui::MatchListModel::GameCreationRole).toLongLong();
        QVERIFY(created <= previous);
        previous = created;
    }
    const QModelIndex kda = model.index(0, ui::MatchListModel::KdaColumn);
    QVERIFY(kda.data().toString().count(QLatin1Char('/')) == 2);
    QCOMPARE(model.headerData(ui::MatchListModel::CsPerMinColumn, Qt::Horizontal).toString(), QStringLiteral("CS/min"));
}

void TestUi::searchNarrowsTheRows() {
    ui::MatchListModel model(m_store->store->databasePath());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlayers({demoPuuid()});
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 0, kWait);
    model.setSearch(QStringLiteral("ahri"));
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && model.rowCount() > 0, kWait);
    QVERIFY(model.rowCount() < kDemoMatches);
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.index(row, ui::MatchListModel::ChampionColumn).data().toString(), QStringLiteral("Ahri"));
    }
    model.setSearch(QStringLiteral("no such champion"));
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && model.atEnd(), kWait);
    QCOMPARE(model.rowCount(), 0);
}

void TestUi::historyFiltersByQueueAndResult() {
    ui::MatchListModel model(m_store->store->databasePath());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ui::MatchHistoryView view(&model);
    connect(&model, &ui::MatchListModel::overviewLoaded, &view,
            [&model](const ui::AccountOverview& o) { model.setPlayers({o.puuid}); });
    model.loadOverview();
    QComboBox* queues = view.queueFilter();
    QTRY_VERIFY_WITH_TIMEOUT(queues->count() >= 3, kWait); // "All queues" and the demo's queues
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 0 && !model.isLoading(), kWait);
    auto reader = m_store->store->openReader();
    QVERIFY(reader.ok());
    // The queue with the fewest games: its rows, and only those, in the same number as the store counts.
    queues->setCurrentIndex(queues->count() - 1);
    const int queue = queues->currentData().toInt();
    QCOMPARE(queues->currentText(), ui::queueLabel(queue));
    QVERIFY(fetchEverything(model));
    QVERIFY(model.rowCount() > 0 && model.rowCount() < kDemoMatches);
    QCOMPARE(static_cast<std::int64_t>(model.rowCount()), store::historyCount(reader.value(), model.filter()).value());
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.summaryAt(row)->queueId, queue);
    }
    const int inQueue = model.rowCount();

    QComboBox* results = view.resultFilter();
    results->setCurrentIndex(results->findData(static_cast<int>(store::HistoryOutcome::Loss)));
    QVERIFY(fetchEverything(model));
    QVERIFY(model.rowCount() < inQueue);
    QCOMPARE(static_cast<std::int64_t>(model.rowCount()), store::historyCount(reader.value(), model.filter()).value());
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.summaryAt(row)->queueId, queue);
        QCOMPARE(model.summaryAt(row)->resultLabel(), std::string("Loss"));
        // One word per result: the history's word is the dashboard's (a result bar or slice).
        if (!model.summaryAt(row)->placement) {
            QCOMPARE(model.index(row, ui::MatchListModel::ResultColumn).data().toString(),
                     ui::formatDimension("result", analytics::Value(std::string("loss"))));
        }
    }
    // A reloaded overview keeps the chosen queue; back to every queue and result gives every match.
    QSignalSpy overviews(&model, &ui::MatchListModel::overviewLoaded);
    model.loadOverview();
    QTRY_COMPARE_WITH_TIMEOUT(overviews.count(), 1, kWait);
    QCOMPARE(queues->currentData().toInt(), queue);
    queues->setCurrentIndex(0);
    results->setCurrentIndex(0);
    QVERIFY(fetchEverything(model));
    QCOMPARE(model.rowCount(), kDemoMatches);
}

void TestUi::overviewNamesTheCurrentAccount() {
    ui::MatchListModel model(m_store->store->databasePath());
    QSignalSpy spy(&model, &ui::MatchListModel::overviewLoaded);
    model.loadOverview();
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, kWait);
    const auto overview = spy.at(0).at(0).value<ui::AccountOverview>();
    QCOMPARE(overview.riotId, QStringLiteral("Demo#HRLD"));
    QCOMPARE(overview.puuid, demoPuuid());
    QCOMPARE(overview.matchCount, kDemoMatches);
}

void TestUi::windowShowsMatchesAndIsNotBlank() {
    ui::applyTheme(*qApp, ui::Theme::Dark);
    ui::MatchListModel model(m_store->store->databasePath());
    auto* dashboard = new ui::DashboardView(m_store->store->databasePath());
    auto* detail = new ui::MatchDetailView(*m_store->store);
    ui::MainWindow window(&model, dashboard, detail, QStringLiteral("test"));
    window.showView(ui::MainWindow::View::Matches);
    connect(&model, &ui::MatchListModel::overviewLoaded, &window,
            [&model](const ui::AccountOverview& o) { model.setPlayers({o.puuid}); });
    window.resize(1200, 700);
    window.show();
    model.loadOverview();
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 0, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(window.matchHistory()->table()->isVisible(), kWait);
    auto* title = window.matchHistory()->findChild<QLabel*>(QStringLiteral("pageTitle"));
    QVERIFY(title != nullptr);
    QCOMPARE(title->text(), QStringLiteral("Demo#HRLD"));
    const QImage image = window.grab().toImage();
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7) {
            colours.insert(image.pixel(x, y));
        }
    }
    QVERIFY2(colours.size() > 30, qPrintable(QString::number(colours.size())));
}

void TestUi::emptyStoreExplainsWhatToDo() {
    test::TempStore empty;
    ui::MatchListModel model(empty.store->databasePath());
    ui::MatchHistoryView view(&model);
    view.show();
    model.setPlayers({});
    QTRY_VERIFY_WITH_TIMEOUT(model.atEnd(), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(!view.table()->isVisible(), kWait);
    auto* message = view.findChild<QLabel*>(QStringLiteral("emptyState"));
    QVERIFY(message != nullptr && message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("herald-cli import")), qPrintable(message->text()));
}

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

void TestUi::oldGamesShowUnderAPeriodAnchoredOnPlay() {
    // A player's imported games from earlier years, followed as a local account: "last 90 days" counts back from
    // the latest game, says so, and one click counts from today instead; both choices outlive the view.
    test::TempStore temp;
    ingest::Importer importer(temp.store->writer());
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(test::fixturePath(""))) {
        const auto name = entry.path().filename().string();
        if (name.rfind("match_v5_", 0) == 0) {
            files.push_back(entry.path());
        }
    }
    QVERIFY(importer.importPaths(files).imported >= 10);
    auto followed = ingest::followLocalPlayer(temp.store->writer(), "Viper", "G170");
    QVERIFY2(followed.ok(), followed.ok() ? "" : followed.error().message.c_str());
    const QString puuid = QString::fromStdString(followed.value().puuid);
    auto reader = temp.store->openReader();
    const auto latest = store::latestGameEnd(reader.value(), {followed.value().puuid}).value();
    QVERIFY(latest && *latest < nowMs() - 400LL * 86'400'000); // the newest fixture is from an earlier year

    auto open = [&](ui::DashboardView& view) {
        view.setStore(temp.store.get());
        view.setTemplates(templates::builtinTemplates());
        view.selectTemplate(QStringLiteral("overview"));
        QSignalSpy loaded(&view, &ui::DashboardView::loaded);
        view.setPlayers({puuid});
        view.resize(1200, 900);
        view.show();
        view.reload(temp.store->writer().dataVersion());
        return loaded.wait(kWait);
    };
    auto games = [](ui::DashboardView& view, const char* id) -> std::optional<double> {
        for (auto* frame : view.frames()) {
            if (frame->widget().id == id && frame->data().result) {
                return std::get<dashboards::Kpi>(*frame->data().result).value;
            }
        }
        return std::nullopt;
    };
    auto recent = [](ui::DashboardView& view) {
        for (auto* frame : view.frames()) {
            if (frame->widget().type == templates::WidgetType::Matches && frame->data().result) {
                return std::get<dashboards::RecentGames>(*frame->data().result).matches;
            }
        }
        return std::vector<store::MatchSummary>{};
    };
    {
        ui::DashboardView view(temp.store->databasePath());
        QVERIFY(open(view));
        QVERIFY(view.isPeriodAnchored());
        const QString line = view.periodLine();
        QVERIFY2(line.startsWith(QStringLiteral("Last 90 days of play, to ")), qPrintable(line));
        QVERIFY2(line.endsWith(QString::number(QDateTime::fromMSecsSinceEpoch(*latest).date().year())),
                 qPrintable(line));
        QVERIFY(games(view, "games").value_or(0) > 0);
        const auto shown = recent(view);
        QVERIFY(!shown.empty());
        for (const auto& match : shown) {
            QVERIFY(match.gameCreation >= *latest - 90LL * 86'400'000); // within the period shown
            QCOMPARE(match.puuid, followed.value().puuid);
        }
        auto* button = view.findChildren<QPushButton*>().at(0);
        for (auto* candidate : view.findChildren<QPushButton*>()) {
            button = candidate->text() == QStringLiteral("Count from today") ? candidate : button;
        }
        QCOMPARE(button->text(), QStringLiteral("Count from today"));
        QVERIFY(button->isVisible());
        QSignalSpy loaded(&view, &ui::DashboardView::loaded);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(loaded.wait(kWait));
        QVERIFY(!view.isPeriodAnchored());
        QCOMPARE(view.periodLine(), QStringLiteral("Last 90 days"));
        QVERIFY(recent(view).empty()); // no game in today's last 90 days
        QCOMPARE(button->text(), QStringLiteral("Count from my last game"));
    }
    {
        // A new view (a restart): the template remembers "from today".
        ui::DashboardView view(temp.store->databasePath());
        QTRY_VERIFY_WITH_TIMEOUT(open(view), kWait);
        QVERIFY(!view.isPeriodAnchored());
        // A chosen period and the filter bar: recent games follow both, and the choice outlives the view.
        QSignalSpy loaded(&view, &ui::DashboardView::loaded);
        view.setBarFilter(QStringLiteral("since"), QStringLiteral("all"));
        QVERIFY(loaded.wait(kWait));
        QCOMPARE(view.periodLine(), QStringLiteral("Whole history"));
        const auto all = recent(view);
        QVERIFY(!all.empty());
        const std::string champion = all.back().championName;
        view.setBarFilter(QStringLiteral("champion"), QString::fromStdString(champion));
        QVERIFY(loaded.wait(kWait));
        for (const auto& match : recent(view)) {
            QCOMPARE(match.championName, champion);
        }
    }
    QTRY_VERIFY_WITH_TIMEOUT(store::getSetting(reader.value(), "dashboard.overview.since").value() ==
                                 std::optional<std::string>("all"),
                             kWait); // written in the background
    {
        ui::DashboardView view(temp.store->databasePath());
        QVERIFY(open(view));
        QCOMPARE(view.barFilters().at("since"), std::vector<std::string>{"all"});
        QCOMPARE(view.periodLine(), QStringLiteral("Whole history"));
    }
}

void TestUi::matchPageShowsBuildsAndEachGameModeRight() {
    test::TempStore temp;
    ingest::Importer importer(temp.store->writer());
    const auto report =
        importer.importPayloads({{"kr", test::readFixture(test::kKrMatch)},
                                 {"krt", test::readFixture(test::kKrTimeline)},
                                 {"cherry", test::readFixture("match_v5_NA1_4746688295_p13.15_arena_1700.json")},
                                 {"swarm", test::swarmMatch()}});
    QVERIFY(report.failed.empty());
    // The player is Olaf, the KR game's blue jungler: a followed account.
    const json kr = json::parse(test::readFixture(test::kKrMatch));
    QVERIFY(ingest::followLocalPlayer(temp.store->writer(), kr["info"]["participants"][1]["riotIdGameName"],
                                      kr["info"]["participants"][1]["riotIdTagline"])
                .ok());
    ui::MatchDetailView detail(*temp.store);
    detail.resize(1500, 1400);
    detail.show();
    QSignalSpy loaded(&detail, &ui::MatchDetailView::loaded);
    auto tables = [&detail] { return detail.findChildren<QTableWidget*>(); };
    auto visibleText = [&detail](const char* name) {
        auto* label = detail.findChild<QLabel*>(QString::fromLatin1(name));
        return label != nullptr && label->isVisible() ? label->text() : QString();
    };

    // A 5v5 game: both sides, each player's build, the lane opponent marked, the gold chart and every curve.
    detail.showMatch(QStringLiteral("KR_7014499581"));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kWait);
    QVERIFY(loaded.last().at(0).toBool());
    QCOMPARE(tables().size(), 2);
    QTableWidget* blue = tables().at(0);
    QCOMPARE(blue->horizontalHeaderItem(2)->text(), QStringLiteral("Build"));
    const QString olafBuild = blue->item(1, 2)->text();
    QVERIFY2(olafBuild.contains(QStringLiteral("Smite · Ghost · Conqueror + Inspiration")), qPrintable(olafBuild));
    QVERIFY2(
        olafBuild.contains(QStringLiteral("Trinity Force, Stridebreaker, Bramble Vest, Long Sword, Plated Steelcaps, "
                                          "Tunneler, Oracle Lens")),
        qPrintable(olafBuild));
    int opponents = 0;
    for (auto* table : tables()) {
        for (int r = 0; r < table->rowCount(); ++r) {
            opponents += table->item(r, 0)->toolTip() == QStringLiteral("Your lane opponent") ? 1 : 0;
        }
    }
    QCOMPARE(opponents, 1);
    QVERIFY(tables().at(1)->item(1, 0)->toolTip() == QStringLiteral("Your lane opponent")); // Viego
    QVERIFY(detail.findChildren<ui::LineChart*>().size() == 2);
    for (auto* chart : detail.findChildren<ui::LineChart*>()) {
        QVERIFY(chart->isVisible());
    }
    auto curvesTitle = [&detail] {
        for (auto* label : detail.findChildren<QLabel*>()) {
            if (label->isVisible() && label->text().startsWith(QStringLiteral("Every player over time"))) {
                return label->text();
            }
        }
        return QString();
    };
    QCOMPARE(curvesTitle(), QStringLiteral("Every player over time (you and your lane opponent first)"));
    {
        // The same game without lanes (as ARAM stores it: no positions): nobody is a lane opponent.
        json laneless = kr;
        json timeline = json::parse(test::readFixture(test::kKrTimeline));
        laneless["metadata"]["matchId"] = "KR_1";
        laneless["info"]["gameId"] = 1;
        timeline["metadata"]["matchId"] = "KR_1";
        timeline["info"]["gameId"] = 1;
        for (auto& p : laneless["info"]["participants"]) {
            p["teamPosition"] = "";
            p["individualPosition"] = "Invalid";
        }
        ingest::Importer again(temp.store->writer());
        QVERIFY(
            again.importPayloads({{"aram-like", laneless.dump()}, {"aram-like-t", timeline.dump()}}).failed.empty());
        detail.showMatch(QStringLiteral("KR_1"));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, kWait);
        int laneOpponents = 0;
        for (auto* table : tables()) {
            for (int r = 0; r < table->rowCount(); ++r) {
                laneOpponents += table->item(r, 0)->toolTip() == QStringLiteral("Your lane opponent") ? 1 : 0;
            }
        }
        QCOMPARE(laneOpponents, 0);
        QCOMPARE(curvesTitle(), QStringLiteral("Every player over time (you first)"));
        loaded.clear();
        detail.showMatch(QStringLiteral("KR_7014499581"));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kWait);
    }
    // Once Data Dragon's item icons are cached, the build shows them (names as tooltips, a name where none is).
    const auto iconDir = temp.path() / "cache" / "item-icons" / "15.22.1";
    std::filesystem::create_directories(iconDir);
    QImage square(32, 32, QImage::Format_RGB32);
    square.fill(Qt::darkYellow);
    for (const int id : {3078, 6631, 3076, 1036, 3047, 2021}) { // not the Oracle Lens
        QVERIFY(square.save(QString::fromStdString((iconDir / (std::to_string(id) + ".png")).string())));
    }
    detail.showMatch(QStringLiteral("KR_7014499581"));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, kWait);
    QWidget* build = tables().at(0)->cellWidget(1, 2);
    QVERIFY(build != nullptr && build->objectName() == QStringLiteral("buildIcons"));
    int pictures = 0;
    QStringList tips;
    for (auto* label : build->findChildren<QLabel*>()) {
        pictures += label->pixmap().isNull() ? 0 : 1;
        tips << label->toolTip();
    }
    QCOMPARE(pictures, 6);
    QVERIFY2(tips.contains(QStringLiteral("Trinity Force")) && tips.contains(QStringLiteral("Oracle Lens")),
             qPrintable(tips.join(QLatin1Char(','))));
    QVERIFY(tables().at(0)->item(1, 2)->data(Qt::UserRole).toString().contains(QStringLiteral("Trinity Force")));
    // Names come from the game data the last Data Dragon refresh stored, before the bundled snapshot.
    QVERIFY(temp.store->writer()
                .submit<Ok>([](store::Database& db) -> Result<Ok> {
                    store::saveGameConfigs(
                        db,
                        {{std::string(gamedata::kItemsConfig),
                          ingest::compress(R"({"version":"16.1.1","data":{"3078":{"name":"Triforce"}}})")}},
                        "16.1.1", 1);
                    return Ok{};
                })
                .get()
                .ok());
    detail.showMatch(QStringLiteral("KR_7014499581"));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 3, kWait);
    const QString refreshed = tables().at(0)->item(1, 2)->data(Qt::UserRole).toString();
    QVERIFY2(refreshed.contains(QStringLiteral("Triforce")) && !refreshed.contains(QStringLiteral("Trinity Force")),
             qPrintable(refreshed));

    // Arena: the duos ranked by placement, the player's placement as the result, no side-versus-side chart.
    detail.showMatch(QStringLiteral("NA1_4746688295"));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 4, kWait);
    QCOMPARE(tables().size(), 4);
    QTRY_VERIFY_WITH_TIMEOUT(tables().front()->isVisible(), kWait);
    QStringList order;
    for (auto* label : detail.findChildren<QLabel*>()) {
        if (label->isVisible() && label->text().contains(QStringLiteral(" — Team "))) {
            order << label->text().section(QStringLiteral("</b>"), 0, 0).remove(QStringLiteral("<b>"));
        }
    }
    QCOMPARE(order,
             (QStringList{QStringLiteral("1st"), QStringLiteral("2nd"), QStringLiteral("3rd"), QStringLiteral("4th")}));
    int visibleCharts = 0;
    for (auto* chart : detail.findChildren<ui::LineChart*>()) {
        visibleCharts += chart->isVisible() ? 1 : 0;
    }
    QCOMPARE(visibleCharts, 0); // no gold difference between eight duos; no timeline for curves

    // Swarm: the player's result and duration, no team tables.
    const json swarm = json::parse(test::swarmMatch());
    detail.showMatch(QString::fromStdString(swarm["metadata"]["matchId"].get<std::string>()));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 5, kWait);
    QVERIFY(tables().isEmpty());
    // Widgets added to a shown page show on the next turn of the event loop.
    QTRY_VERIFY_WITH_TIMEOUT(visibleText("swarmResult").contains(QStringLiteral("survived")), kWait);
}

void TestUi::dashboardRendersEveryWidgetAndFollowsTheFilterBar() {
    ui::applyTheme(*qApp, ui::Theme::Dark);
    ui::DashboardView view(m_store->store->databasePath());
    view.resize(1500, 1100);
    view.setTemplates(templates::builtinTemplates());
    view.setPlayers({demoPuuid()});
    QSignalSpy loaded(&view, &ui::DashboardView::loaded);
    view.setBarFilter(QStringLiteral("since"), QStringLiteral("all")); // the demo ends weeks ago: all time
    view.show();
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, kWait);
    QCOMPARE(view.currentTemplate()->id, std::string("overview"));
    QCOMPARE(view.frames().size(), view.currentTemplate()->widgets.size());
    auto kpiValue = [&view](const char* id) {
        for (auto* frame : view.frames()) {
            if (frame->widget().id == id) {
                auto* tile = qobject_cast<ui::KpiTile*>(frame->content());
                return tile != nullptr ? tile->value() : QStringLiteral("(no tile)");
            }
        }
        return QStringLiteral("(no widget)");
    };
    for (auto* frame : view.frames()) {
        QVERIFY2(frame->hasData(), frame->widget().id.c_str());
        QVERIFY2(frame->content() != nullptr && frame->content()->objectName() != QStringLiteral("errorText"),
                 frame->widget().id.c_str());
    }
    const QString allGames = kpiValue("games");
    QVERIFY2(allGames.toInt() > 300 && allGames.toInt() <= kDemoMatches, qPrintable(allGames));
    // Recent games say a result with the history's word (Victory / Defeat), not a second one (Win / Loss).
    QSet<QString> words;
    for (auto* frame : view.frames()) {
        if (auto* table = frame->findChild<QTableWidget*>(); table != nullptr && frame->widget().id == "recent") {
            for (int row = 0; row < table->rowCount(); ++row) {
                words.insert(table->item(row, 2)->text());
            }
        }
    }
    QVERIFY(!words.isEmpty());
    for (const QString& word : words) {
        QVERIFY2(word == QStringLiteral("Victory") || word == QStringLiteral("Defeat") ||
                     word == QStringLiteral("Remake") || word.endsWith(QStringLiteral("th")) ||
                     word.endsWith(QStringLiteral("st")) || word.endsWith(QStringLiteral("nd")) ||
                     word.endsWith(QStringLiteral("rd")),
                 qPrintable(word));
    }

    // A filter change reloads every widget: fewer games in one role.
    view.setBarFilter(QStringLiteral("role"), QStringLiteral("MIDDLE"));
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 2, kWait);
    const QString midGames = kpiValue("games");
    QVERIFY2(midGames.toInt() > 0 && midGames.toInt() < allGames.toInt(), qPrintable(midGames + " / " + allGames));
    for (auto* frame : view.frames()) {
        QVERIFY(frame->hasData());
    }
    // Every built-in template renders without an error.
    for (const char* id : {"ranked-progress", "champion-pool", "laning"}) {
        const int before = static_cast<int>(loaded.count());
        QVERIFY(view.selectTemplate(QString::fromLatin1(id)));
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > before, kWait);
        for (auto* frame : view.frames()) {
            QVERIFY2(frame->hasData(), (std::string(id) + "/" + frame->widget().id).c_str());
            QVERIFY2(frame->content()->objectName() != QStringLiteral("errorText"),
                     (std::string(id) + "/" + frame->widget().id).c_str());
        }
    }
    const QImage image = view.grab().toImage();
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 5) {
        for (int x = 0; x < image.width(); x += 5) {
            colours.insert(image.pixel(x, y));
        }
    }
    QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
}

void TestUi::lineChartDownsamplesToThePixelWidth() {
    ui::LineChart chart;
    chart.resize(300, 200);
    std::vector<ui::Series> series(1);
    QStringList labels;
    for (int i = 0; i < 20000; ++i) {
        labels << QString::number(i);
        series[0].values.push_back(std::sin(i / 50.0) * 10);
    }
    chart.setData(labels, series);
    chart.grab(); // paints
    QVERIFY(chart.drawnPoints(0) > 50);
    QVERIFY2(chart.drawnPoints(0) <= 4 * 300, qPrintable(QString::number(chart.drawnPoints(0))));
    // Zoomed on a tenth of the series, the visible span gets the full resolution again.
    const int whole = chart.drawnPoints(0);
    chart.zoomTo(0, 1999);
    QVERIFY(chart.drawnPoints(0) > whole);
    QVERIFY(chart.drawnPoints(0) <= 4 * 300 * 10);
}

void TestUi::downsamplingKeepsShapeAndGaps() {
    // 10,000 values over 100 columns: at most 4 a column, the extremes, the ends, in order.
    std::vector<std::optional<double>> values;
    for (int i = 0; i < 10'000; ++i) {
        values.push_back(std::sin(i / 37.0) * 100 + (i == 4321 ? 900 : 0) - (i == 777 ? 900 : 0));
    }
    auto runs = ui::downsampleM4(values, 100);
    QCOMPARE(runs.size(), std::size_t{1});
    const auto& run = runs.front();
    QVERIFY2(run.size() <= 400 && run.size() >= 200, qPrintable(QString::number(run.size())));
    QCOMPARE(run.front().index, 0);
    QCOMPARE(run.back().index, 9'999);
    for (std::size_t i = 1; i < run.size(); ++i) {
        QVERIFY(run[i].index > run[i - 1].index);
        QCOMPARE(run[i].value, *values[static_cast<std::size_t>(run[i].index)]);
    }
    auto has = [&run](int index) {
        return std::any_of(run.begin(), run.end(), [index](const ui::SamplePoint& p) { return p.index == index; });
    };
    QVERIFY(has(4321)); // the spike up
    QVERIFY(has(777));  // and down
    // Fewer values than columns: every one is kept.
    std::vector<std::optional<double>> few = {1.0, 2.0, 3.0};
    QCOMPARE(ui::downsampleM4(few, 500).front().size(), std::size_t{3});
    // A missing value ends a run: no line across the weeks without games.
    std::vector<std::optional<double>> gaps = {1.0, 2.0, std::nullopt, std::nullopt, 5.0, std::nullopt, 7.0};
    runs = ui::downsampleM4(gaps, 500);
    QCOMPARE(runs.size(), std::size_t{3});
    QCOMPARE(runs[1].front().index, 4);
    QCOMPARE(runs[2].front().value, 7.0);
    QVERIFY(ui::downsampleM4({}, 100).empty());
    QCOMPARE(ui::downsampleM4(few, 0).front().size(), std::size_t{2}); // zero columns counts as one: 1 and 3
}

void TestUi::chartClicksNarrowTheDashboardWithChips() {
    ui::DashboardView view(m_store->store->databasePath());
    view.resize(1500, 1100);
    view.setTemplates(templates::builtinTemplates());
    view.setPlayers({demoPuuid()});
    QSignalSpy loaded(&view, &ui::DashboardView::loaded);
    view.setBarFilter(QStringLiteral("since"), QStringLiteral("all"));
    view.show();
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, kWait);
    auto frameOf = [&view](const char* type) -> ui::WidgetFrame* {
        for (auto* frame : view.frames()) {
            if (std::string(templates::widgetTypeName(frame->widget().type)) == type) {
                return frame;
            }
        }
        return nullptr;
    };
    auto games = [&view] {
        for (auto* frame : view.frames()) {
            if (frame->widget().id == "games") {
                return qobject_cast<ui::KpiTile*>(frame->content())->value().toInt();
            }
        }
        return -1;
    };
    auto errors = [&view] {
        int n = 0;
        for (auto* frame : view.frames()) {
            n += frame->content() != nullptr && frame->content()->objectName() == QStringLiteral("errorText") ? 1 : 0;
        }
        return n;
    };
    const int all = games();
    QVERIFY(all > 300);
    // The champion bars: the hover says the value and the games behind it; a click narrows to that champion.
    auto* bars = qobject_cast<ui::BarChart*>(frameOf("bar")->content());
    QVERIFY(bars != nullptr);
    QVERIFY2(bars->tipAt(0).contains(QStringLiteral(" games")), qPrintable(bars->tipAt(0)));
    const QString champion = bars->tipAt(0).section(QStringLiteral("</b>"), 0, 0).remove(QStringLiteral("<b>"));
    loaded.clear();
    emit bars->categoryClicked(0);
    QCOMPARE(view.chipTexts(), QStringList{QStringLiteral("Champion: %1  ✕").arg(champion)});
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, kWait);
    const int narrowed = games();
    QVERIFY2(narrowed > 0 && narrowed < all, qPrintable(QStringLiteral("%1 of %2").arg(narrowed).arg(all)));
    QCOMPARE(errors(), 0);
    // A heatmap cell narrows to a weekday and an hour: two chips, the count smaller still.
    auto* heatmap = qobject_cast<ui::HeatmapChart*>(frameOf("heatmap")->content());
    QVERIFY(heatmap != nullptr);
    bool anyGames = false;
    for (int r = 0; r < 7; ++r) {
        for (int c = 0; c < 24; ++c) {
            anyGames = anyGames || heatmap->tipAt(r, c).contains(QStringLiteral(" game"));
        }
    }
    QVERIFY(anyGames); // a cell's hover says the games behind its value
    loaded.clear();
    emit heatmap->cellClicked(4, 21); // Friday, 21:00
    QCOMPARE(view.chipTexts().size(), 3);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, kWait);
    QVERIFY(games() <= narrowed);
    QCOMPARE(errors(), 0);
    // The chips undo them: clicking each one brings the whole history back.
    while (auto* chip = view.findChild<QToolButton*>(QStringLiteral("filterChip"))) {
        loaded.clear();
        chip->click();
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, kWait);
        QCoreApplication::processEvents(); // the removed chip is deleted
        if (view.chipTexts().isEmpty()) {
            break;
        }
    }
    QVERIFY(view.chipTexts().isEmpty());
    QCOMPARE(games(), all);
}

void TestUi::lineChartZoomsAndHidesSeries() {
    ui::LineChart chart;
    chart.resize(600, 260);
    chart.show();
    QStringList labels;
    std::vector<ui::Series> series(2);
    series[0].name = QStringLiteral("KDA");
    series[1].name = QStringLiteral("CS/min");
    for (int i = 0; i < 40; ++i) {
        labels << QStringLiteral("W%1").arg(i + 1);
        series[0].values.push_back(2.0 + i % 5);
        series[1].values.push_back(6.0 + i % 3);
        series[0].games.push_back(i + 1);
    }
    chart.setData(labels, series);
    QVERIFY(!chart.isZoomed());
    QVERIFY2(chart.tipAt(3).contains(QStringLiteral("W4")) && chart.tipAt(3).contains(QStringLiteral("4 games")),
             qPrintable(chart.tipAt(3)));
    // The wheel zooms around the mouse; a double click shows everything again.
    QWheelEvent wheel(QPointF(300, 130), chart.mapToGlobal(QPointF(300, 130)), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(chart.viewport(), &wheel);
    QVERIFY(chart.isZoomed());
    const auto [from, to] = chart.visibleRange();
    QVERIFY2(to - from < 39 && to - from >= 1, qPrintable(QStringLiteral("%1..%2").arg(from).arg(to)));
    QTest::mouseDClick(chart.viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(300, 130));
    QVERIFY(!chart.isZoomed());
    QCOMPARE(chart.visibleRange(), std::make_pair(0.0, 39.0));
    // A legend entry hides its series (and the tooltip leaves it out); a second click brings it back.
    const auto markers = chart.chart()->legend()->markers();
    QLegendMarker* cs = nullptr;
    for (QLegendMarker* marker : markers) {
        if (marker->label() == QStringLiteral("CS/min")) {
            cs = marker;
        }
    }
    QStringList seen;
    for (QLegendMarker* marker : markers) {
        seen << QStringLiteral("%1:%2").arg(marker->label()).arg(marker->isVisible());
    }
    QVERIFY2(cs != nullptr, qPrintable(seen.join(QLatin1Char(' '))));
    emit cs->clicked();
    QVERIFY(!chart.isSeriesShown(1));
    QVERIFY(!chart.tipAt(3).contains(QStringLiteral("CS/min")));
    emit cs->clicked();
    QVERIFY(chart.isSeriesShown(1));

    // Dated labels stand on a time axis: a missing week is a gap in time between two points.
    const qint64 week = 7LL * 24 * 3600 * 1000;
    const qint64 start = QDateTime(QDate(2026, 8, 31), QTime(0, 0)).toMSecsSinceEpoch();
    std::vector<ui::Series> weekly(1);
    weekly[0].name = QStringLiteral("KDA");
    weekly[0].values = {2.0, 3.0, 4.0};
    chart.setData({QStringLiteral("W36"), QStringLiteral("W37"), QStringLiteral("W40")}, weekly,
                  {start, start + week, start + 4 * week});
    QVERIFY(chart.isDated());
    QCOMPARE(chart.chart()->axes(Qt::Horizontal).front()->type(), QAbstractAxis::AxisTypeDateTime);
    auto* line = qobject_cast<QLineSeries*>(chart.chart()->series().front());
    QVERIFY(line != nullptr);
    QCOMPARE(line->at(2).x() - line->at(1).x(), 3.0 * static_cast<double>(week));
    QVERIFY(chart.tipAt(2).contains(QStringLiteral("W40")));
    chart.zoomTo(0, 1);
    QVERIFY(chart.isZoomed());
}

void TestUi::settingsAreSavedAndComeBack() {
    test::TempStore temp;
    QCOMPARE(ui::loadAppSettings(*temp.store).theme, QStringLiteral("dark")); // the default
    ui::SettingsView view(*temp.store, ui::loadAppSettings(*temp.store));
    QSignalSpy changed(&view, &ui::SettingsView::changed);
    view.setTheme(QStringLiteral("light"));
    view.setStreamerMode(true);
    view.setTheme(QStringLiteral("purple")); // not a theme: ignored
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.last().at(0).value<ui::AppSettings>().theme, QStringLiteral("light"));
    // Written by the store's writer: they come back for the next start.
    QTRY_VERIFY_WITH_TIMEOUT(ui::loadAppSettings(*temp.store).streamerMode, kWait);
    const auto loaded = ui::loadAppSettings(*temp.store);
    QCOMPARE(loaded.theme, QStringLiteral("light"));
    QCOMPARE(loaded.syncConcurrency, 8);
}

void TestUi::diagnosticsShowTheStoreAndCheckIt() {
    ui::DiagnosticsView view(*m_store->store);
    QSignalSpy refreshed(&view, &ui::DiagnosticsView::refreshed);
    view.refresh();
    QVERIFY(refreshed.wait(kWait));
    const QString text = view.summaryText();
    QVERIFY2(text.contains(QStringLiteral("schema version %1").arg(store::latestSchemaVersion())), qPrintable(text));
    QVERIFY(text.contains(QString::fromStdString(m_store->store->databasePath().string())));
    auto* rows = view.findChildren<QTableWidget*>().value(0);
    QVERIFY(rows != nullptr);
    bool sawMatches = false;
    for (int r = 0; r < rows->rowCount(); ++r) {
        if (rows->item(r, 0)->text() == QLatin1String("matches")) {
            sawMatches = true;
            QCOMPARE(QLocale().toLongLong(rows->item(r, 1)->text()), qlonglong{kDemoMatches});
        }
    }
    QVERIFY(sawMatches);
    view.setCacheStats(3, 1, 2);
    QVERIFY(view.summaryText().contains(QStringLiteral("75.0 % hits")));
    QSignalSpy checked(&view, &ui::DiagnosticsView::integrityChecked);
    auto* button = view.findChild<QPushButton*>();
    QVERIFY(button != nullptr);
    QMetaObject::invokeMethod(&view, [&view] {
        for (auto* b : view.findChildren<QPushButton*>()) {
            if (b->text() == QLatin1String("Check integrity")) {
                b->click();
            }
        }
    });
    QVERIFY(checked.wait(kWait));
    QCOMPARE(checked.at(0).at(0).toBool(), true);
}

void TestUi::navigatesBetweenEveryView() {
    ui::MatchListModel model(m_store->store->databasePath());
    auto* dashboard = new ui::DashboardView(m_store->store->databasePath());
    auto* detail = new ui::MatchDetailView(*m_store->store);
    ui::MainWindow window(&model, dashboard, detail, QStringLiteral("test"));
    window.addPage(ui::MainWindow::View::Settings, new ui::SettingsView(*m_store->store, {}),
                   QStringLiteral("Settings"));
    window.addPage(ui::MainWindow::View::Diagnostics, new ui::DiagnosticsView(*m_store->store),
                   QStringLiteral("Diagnostics"));
    window.show();
    window.resize(1200, 800);
    auto distinctColours = [&window] {
        const QImage image = window.grab().toImage();
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 6) {
            for (int x = 0; x < image.width(); x += 6) {
                colours.insert(image.pixel(x, y));
            }
        }
        return colours.size();
    };
    for (const auto view : {ui::MainWindow::View::Matches, ui::MainWindow::View::Settings,
                            ui::MainWindow::View::Diagnostics, ui::MainWindow::View::Dashboard}) {
        window.showView(view);
        QCOMPARE(window.currentView(), view);
        QVERIFY2(distinctColours() > 8, "a blank view"); // text, frames and controls, not an empty window
    }
    // A match's details, then back to the list.
    QSignalSpy loaded(detail, &ui::MatchDetailView::loaded);
    store::HistoryFilter filter;
    auto reader = m_store->store->openReader();
    const auto first = store::historyPage(reader.value(), filter, std::nullopt, 1).value();
    window.showMatch(QString::fromStdString(first.front().matchId));
    QCOMPARE(window.currentView(), ui::MainWindow::View::Matches);
    QVERIFY(loaded.wait(kWait));
    QCOMPARE(loaded.at(0).at(0).toBool(), true);
    QCOMPARE(detail->match()->matchId, first.front().matchId);
    QVERIFY(detail->isVisible());
    QVERIFY2(distinctColours() > 20, "a blank match detail"); // scoreboards, chart, event strip
    emit detail->backRequested();
    QVERIFY(!detail->isVisible());
    QVERIFY(window.matchHistory()->isVisible());

    // By keyboard: Esc and Alt+Left go back from a match page; the Matches tab opens on the list.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    for (const QKeySequence& back : {QKeySequence(Qt::Key_Escape), QKeySequence(Qt::ALT | Qt::Key_Left)}) {
        window.showMatch(QString::fromStdString(first.front().matchId));
        QVERIFY(detail->isVisible());
        detail->setFocus();
        QTest::keySequence(&window, back);
        QTRY_VERIFY2(window.matchHistory()->isVisible(), qPrintable(back.toString()));
    }
    window.showMatch(QString::fromStdString(first.front().matchId));
    window.showView(ui::MainWindow::View::Dashboard);
    auto* tabs = window.findChild<QTabBar*>();
    const int matchesTab = [tabs] {
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->tabText(i) == QStringLiteral("Matches")) {
                return i;
            }
        }
        return -1;
    }();
    QVERIFY(matchesTab >= 0);
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(matchesTab).center());
    QCOMPARE(window.currentView(), ui::MainWindow::View::Matches);
    QVERIFY(window.matchHistory()->isVisible());
    QVERIFY(!detail->isVisible());
}

void TestUi::keyboardWalkNamesEveryControl() {
    // Tab through the main window with a loaded dashboard, in the light and the dark theme: every control that
    // takes the focus looks different while it has it, has a name an assistive technology can read, the
    // dashboard's come in reading order, and the KPI tiles read as sentences.
    ui::MatchListModel model(m_store->store->databasePath());
    auto* dashboard = new ui::DashboardView(m_store->store->databasePath());
    auto* detail = new ui::MatchDetailView(*m_store->store);
    ui::MainWindow window(&model, dashboard, detail, QStringLiteral("test"));
    // The Overview with its widgets listed bottom to top: Tab still reads the grid from the top.
    auto builtins = templates::builtinTemplates();
    std::reverse(builtins[0].widgets.begin(), builtins[0].widgets.end());
    dashboard->setTemplates(builtins);
    dashboard->setPlayers({demoPuuid()});
    QSignalSpy loaded(dashboard, &ui::DashboardView::loaded);
    window.show();
    dashboard->reload(m_store->store->writer().dataVersion());
    QVERIFY(loaded.wait(kWait));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const QPalette saved = QApplication::palette();
    for (const ui::Theme theme : {ui::Theme::Light, ui::Theme::Dark}) {
        ui::applyTheme(*qApp, theme);
        QStringList unnamed;
        QStringList unmarked; // controls that look the same with and without the focus
        QSet<QWidget*> seen;
        QList<QPoint> order;
        QPointer<QWidget> last;
        QImage lastFocused;
        for (int step = 0; step < 60; ++step) {
            QTest::keyClick(QApplication::focusWidget() != nullptr ? QApplication::focusWidget() : &window,
                            Qt::Key_Tab);
            QWidget* focused = QApplication::focusWidget();
            if (last != nullptr && last != focused && !lastFocused.isNull()) {
                if (last->grab().toImage() == lastFocused) {
                    unmarked << QString::fromLatin1(last->metaObject()->className()) + QLatin1Char(' ') +
                                    last->accessibleName();
                }
                lastFocused = QImage();
            }
            if (focused == nullptr || !dashboard->isAncestorOf(focused)) {
                order.clear(); // the walk left the dashboard: it comes back at its top
            }
            if (focused == nullptr || seen.contains(focused)) {
                continue;
            }
            seen.insert(focused);
            last = focused;
            lastFocused = focused->grab().toImage();
            if (dashboard->isAncestorOf(focused)) { // in reading order: down the page, left to right on a line
                const QPoint at = focused->mapTo(&window, QPoint(0, 0));
                if (!order.isEmpty()) {
                    const QPoint before = order.back();
                    QVERIFY2(at.y() > before.y() || (at.y() == before.y() && at.x() > before.x()),
                             qPrintable(QStringLiteral("%1 \"%2\" at %3,%4 after %5,%6")
                                            .arg(QString::fromLatin1(focused->metaObject()->className()),
                                                 focused->accessibleName())
                                            .arg(at.x())
                                            .arg(at.y())
                                            .arg(before.x())
                                            .arg(before.y())));
                }
                order.push_back(at);
            }
            QAccessibleInterface* a11y = QAccessible::queryAccessibleInterface(focused);
            const QString name = a11y != nullptr ? a11y->text(QAccessible::Name) : QString();
            if (name.trimmed().isEmpty()) {
                unnamed << QString::fromLatin1(focused->metaObject()->className()) + QLatin1Char(' ') +
                               focused->objectName();
            }
        }
        QVERIFY2(seen.size() >= 10,
                 qPrintable(QStringLiteral("theme %1: %2 controls").arg(static_cast<int>(theme)).arg(seen.size())));
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        QVERIFY2(unmarked.isEmpty(),
                 qPrintable((theme == ui::Theme::Light ? QStringLiteral("light: ") : QStringLiteral("dark: ")) +
                            unmarked.join(QStringLiteral(", "))));
    }
    QApplication::setPalette(saved);
    // The tiles and charts: "Win rate 47.6 %, +6.6 pts vs the previous 90 days".
    bool tileRead = false;
    for (auto* tile : dashboard->findChildren<ui::KpiTile*>()) {
        const QString name = tile->accessibleName();
        QVERIFY2(!tile->value().isEmpty() && name.contains(tile->value()), qPrintable(name));
        tileRead = tileRead || (name.startsWith(QStringLiteral("Win rate ")) &&
                                name.contains(QStringLiteral(" vs the previous 90 days")));
    }
    QVERIFY(tileRead);
    // Comparisons coloured by the catalog's direction: more or fewer games is neither better nor worse; more
    // CS per minute is better, less is worse.
    for (auto* tile : dashboard->findChildren<ui::KpiTile*>()) {
        const QString name = tile->accessibleName();
        if (name.startsWith(QStringLiteral("Games "))) {
            QVERIFY2(!tile->better().has_value(), qPrintable(name));
        } else if (name.startsWith(QStringLiteral("CS per minute "))) {
            const bool up = name.contains(QStringLiteral(", +"));
            QVERIFY2((up || name.contains(QStringLiteral(", −"))) && tile->better() == std::optional<bool>(up),
                     qPrintable(name));
        }
    }
    for (auto* chart : dashboard->findChildren<ui::ChartView*>()) {
        QVERIFY(!chart->accessibleName().isEmpty());
    }

    // Edit mode at 1280 x 800: every column, the last included, fits the window; the edit bar fits a KPI tile.
    window.resize(1280, 800);
    dashboard->setStore(m_store->store.get());
    templates::Template mine = templates::builtinTemplates()[0];
    mine.id = "mine-at-1280"; // a player's own: edited in place, nothing written
    dashboard->setTemplates({mine});
    dashboard->reload(m_store->store->writer().dataVersion());
    QVERIFY(loaded.wait(kWait));
    QVERIFY(dashboard->startEditing());
    QVERIFY(dashboard->isEditing());
    QTest::qWait(50);
    auto* scroll = dashboard->findChild<QScrollArea*>();
    QVERIFY(scroll != nullptr);
    for (auto* frame : dashboard->frames()) {
        const QRect inViewport(frame->mapTo(scroll->viewport(), QPoint(0, 0)), frame->size());
        QVERIFY2(inViewport.right() < scroll->viewport()->width(), frame->widget().id.c_str());
        for (auto* button : frame->findChildren<QToolButton*>()) {
            if (button->isVisible()) {
                // Its glyph is whole (the bar may squeeze the padding, never the glyph).
                QVERIFY2(button->width() >= button->fontMetrics().horizontalAdvance(button->text()) + 4,
                         qPrintable(QStringLiteral("%1: %2 px").arg(button->accessibleName()).arg(button->width())));
            }
        }
    }
    dashboard->cancelEditing();
}

void TestUi::rolesOfGamesWithoutLanesNameTheirMode() {
    // The demo plays ARAM too: the role donut says "ARAM (no lanes)" for those games, never "No role".
    auto reader = m_store->store->openReader();
    analytics::Query q;
    q.puuids = {demoPuuid().toStdString()};
    q.metrics = {"games"};
    q.groupBy = {"role"};
    analytics::AnalyticsEngine engine;
    const auto table = engine.run(reader.value(), q, 1);
    QVERIFY(table.ok());
    QStringList labels;
    for (const auto& row : table.value()->rows) {
        labels << ui::formatDimension("role", row[0]);
    }
    QVERIFY2(labels.contains(QStringLiteral("ARAM (no lanes)")), qPrintable(labels.join(QStringLiteral(", "))));
    QVERIFY2(!labels.contains(QStringLiteral("No role")), qPrintable(labels.join(QStringLiteral(", "))));
    QCOMPARE(ui::formatDimension("role", analytics::Value(std::string("ARENA"))), QStringLiteral("Arena (no lanes)"));
    QCOMPARE(ui::formatDimension("role", analytics::Value(std::string("SWARM"))), QStringLiteral("Swarm (no lanes)"));
    // And as a filter: role=ARAM counts exactly those games.
    q.groupBy.clear();
    q.filters["role"] = {"aram"};
    const auto aram = engine.run(reader.value(), q, 1);
    QVERIFY(aram.ok());
    std::int64_t expected = 0;
    for (const auto& row : table.value()->rows) {
        if (std::get<std::string>(row[0]) == "ARAM") {
            expected = std::get<std::int64_t>(row[1]);
        }
    }
    QVERIFY(expected > 0);
    QCOMPARE(std::get<std::int64_t>(aram.value()->rows.at(0).at(0)), expected);

    // The donut's legend never clips an entry: in a three-column frame "ARAM (no lanes)" gives way ("ARAM (no…")
    // and its share stays whole; wide, every name is whole.
    ui::PieChart donut;
    ui::Series series;
    series.name = QStringLiteral("Games");
    for (const auto& row : table.value()->rows) {
        series.values.push_back(static_cast<double>(std::get<std::int64_t>(row[1])));
    }
    donut.setData(labels, series);
    for (const int width : {300, 900}) {
        donut.resize(width, 220);
        donut.show();
        QVERIFY(QTest::qWaitForWindowExposed(&donut));
        QCoreApplication::sendPostedEvents();
        QLegend* legend = donut.chart()->legend();
        const QFontMetrics metrics(legend->font());
        const auto markers = legend->markers();
        QCOMPARE(markers.size(), labels.size());
        for (QLegendMarker* marker : markers) {
            const QString label = marker->label();
            QVERIFY2(label.endsWith(QLatin1String(" %")), qPrintable(label));
            // The marker's square, its spacing and the legend's margins beside the text, inside the legend.
            QVERIFY2(metrics.horizontalAdvance(label) + 2 * metrics.height() <= legend->geometry().width(),
                     qPrintable(QStringLiteral("%1 px: \"%2\" in a legend of %3 px")
                                    .arg(width)
                                    .arg(label)
                                    .arg(legend->geometry().width())));
            if (width == 900) {
                QVERIFY2(!label.contains(QChar(0x2026)), qPrintable(label));
            }
        }
    }
}

void TestUi::everyModelPassesTheTester() {
    // Every item model of a loaded window (tables of the dashboard, the match detail and Diagnostics, the combo
    // boxes' lists, the history) under QAbstractItemModelTester: a full check of its structure and data now,
    // then of every change while a filter reloads the history.
    ui::MatchListModel model(m_store->store->databasePath());
    auto* dashboard = new ui::DashboardView(m_store->store->databasePath());
    auto* detail = new ui::MatchDetailView(*m_store->store);
    ui::MainWindow window(&model, dashboard, detail, QStringLiteral("test"));
    auto* diagnostics = new ui::DiagnosticsView(*m_store->store);
    window.addPage(ui::MainWindow::View::Settings, new ui::SettingsView(*m_store->store, {}),
                   QStringLiteral("Settings"));
    window.addPage(ui::MainWindow::View::Diagnostics, diagnostics, QStringLiteral("Diagnostics"));
    window.resize(1400, 900);
    window.show();
    dashboard->setTemplates(templates::builtinTemplates());
    QSignalSpy dashboardLoaded(dashboard, &ui::DashboardView::loaded);
    dashboard->setPlayers({demoPuuid()});
    dashboard->setBarFilter(QStringLiteral("since"), QStringLiteral("all")); // loads every widget
    QVERIFY(dashboardLoaded.wait(kWait));
    QSignalSpy refreshed(diagnostics, &ui::DiagnosticsView::refreshed);
    diagnostics->refresh();
    QVERIFY(refreshed.wait(kWait));
    model.setPlayers({demoPuuid()});
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 0 && !model.isLoading(), kWait);
    QSignalSpy detailLoaded(detail, &ui::MatchDetailView::loaded);
    window.showMatch(QString::fromStdString(model.summaryAt(0)->matchId));
    QVERIFY(detailLoaded.wait(kWait));

    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    QList<QAbstractItemModel*> models = window.findChildren<QAbstractItemModel*>();
    models << &model;
    int withRows = 0;
    for (QAbstractItemModel* m : models) {
        testers.push_back(
            std::make_unique<QAbstractItemModelTester>(m, QAbstractItemModelTester::FailureReportingMode::QtTest));
        withRows += m->rowCount() > 0 ? 1 : 0;
    }
    QVERIFY2(models.size() >= 15, qPrintable(QString::number(models.size())));
    QVERIFY2(withRows >= 10, qPrintable(QString::number(withRows)));
    window.matchHistory()->resultFilter()->setCurrentIndex(1); // the history reloads under its tester
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && model.rowCount() > 0, kWait);
    window.matchHistory()->resultFilter()->setCurrentIndex(0);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && model.rowCount() > 0, kWait);
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

void TestUi::editedDashboardIsSavedAndComesBackAfterARestart() {
    QTemporaryDir files;
    {
        ui::DashboardView view(m_store->store->databasePath());
        view.setStore(m_store->store.get());
        view.reloadTemplates();
        view.setPlayers({demoPuuid()});
        QVERIFY(view.selectTemplate(QStringLiteral("laning")));
        // A built-in is not edited in place: a copy is made and edited.
        QVERIFY(!view.startEditing());
        QTRY_VERIFY_WITH_TIMEOUT(view.isEditing(), kWait);
        QCOMPARE(view.currentTemplate()->id, std::string("laning-copy"));
        QCOMPARE(view.frames().front()->findChild<QToolButton*>() != nullptr, true); // the edit bar
        templates::Widget vision;
        vision.id = "vision";
        vision.type = templates::WidgetType::Kpi;
        vision.title = "Vision per minute";
        vision.metrics = {"vision_per_min"};
        QVERIFY(view.addWidget(vision));
        const auto* added = view.currentTemplate()->widget("vision");
        QVERIFY(added != nullptr);
        QCOMPARE(added->y, 11); // below the last row
        QSignalSpy messages(&view, &ui::DashboardView::message);
        // Up would cover the matchups table: refused, with the reason.
        QVERIFY(!view.applyEdit(QStringLiteral("vision"), ui::WidgetEdit::MoveUp));
        QVERIFY2(messages.last().at(0).toString().endsWith(
                     QStringLiteral(": widget “vision” would overlap widget “matchups”.")),
                 qPrintable(messages.last().at(0).toString()));
        QVERIFY(view.applyEdit(QStringLiteral("vision"), ui::WidgetEdit::Wider));
        QVERIFY(view.applyEdit(QStringLiteral("gold15"), ui::WidgetEdit::Remove));
        QSignalSpy saved(&view, &ui::DashboardView::saved);
        view.save();
        QVERIFY(saved.wait(kWait));
        QVERIFY(!view.isEditing());
        QVERIFY(view.exportFile(files.filePath(QStringLiteral("laning.json"))));
    }
    // "Restart": a new view reads the store.
    ui::DashboardView again(m_store->store->databasePath());
    again.setStore(m_store->store.get());
    again.reloadTemplates();
    QVERIFY(again.selectTemplate(QStringLiteral("laning-copy")));
    const auto* vision = again.currentTemplate()->widget("vision");
    QVERIFY(vision != nullptr);
    QCOMPARE(vision->w, 4);
    QVERIFY(again.currentTemplate()->widget("gold15") == nullptr);
    QVERIFY(templates::builtinTemplates()[3].widget("gold15") != nullptr); // the built-in is untouched

    // Import: the exported file comes back under a free id; a broken one is refused with its message.
    QSignalSpy imported(&again, &ui::DashboardView::imported);
    again.importFile(files.filePath(QStringLiteral("laning.json")));
    QVERIFY(imported.wait(kWait));
    QCOMPARE(imported.last().at(1).toString(), QString());
    QVERIFY(imported.last().at(0).toString().startsWith(QStringLiteral("laning-copy")));
    QVERIFY(imported.last().at(0).toString() != QStringLiteral("laning-copy"));
    const QString broken = files.filePath(QStringLiteral("broken.json"));
    test::writeFile(broken.toStdString(), R"({"format":"herald.dashboard","version":1,"id":"b","name":"B",
        "widgets":[{"id":"z","type":"donut","x":0,"y":0,"w":1,"h":1}]})");
    again.importFile(broken);
    QVERIFY(imported.wait(kWait));
    const QString error = imported.last().at(1).toString();
    QVERIFY2(error.contains(
                 QStringLiteral("broken.json is not a valid dashboard template: widget 'z': unknown type 'donut'")),
             qPrintable(error));
}

void TestUi::addWidgetTakesTheFirstFreePlace() {
    // The player's path: Edit, "Add widget…", OK in the form as it opens. The widget lands in the first free place
    // of the grid; no message the player cannot act on ("would overlap widget games").
    ui::DashboardView view(m_store->store->databasePath());
    view.setStore(m_store->store.get());
    view.reloadTemplates();
    view.setPlayers({demoPuuid()});
    QVERIFY(view.selectTemplate(QStringLiteral("overview")));
    view.resize(1400, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.startEditing();
    QTRY_VERIFY_WITH_TIMEOUT(view.isEditing(), kWait);
    QPushButton* add = nullptr;
    for (auto* button : view.findChildren<QPushButton*>()) {
        if (button->text() == QStringLiteral("Add widget…")) {
            add = button;
        }
    }
    QVERIFY(add != nullptr && add->isVisible());
    // The edit bar's arrows say what they do, to the eye (tooltip) and to a screen reader (accessible name).
    int arrows = 0;
    for (auto* frame : view.frames()) {
        for (auto* button : frame->findChildren<QToolButton*>()) {
            if (button->text().size() != 1) { // the arrows (a chart's own buttons have words)
                continue;
            }
            QVERIFY(!button->toolTip().isEmpty());
            QVERIFY2(button->accessibleName().size() > 2, qPrintable(button->text()));
            ++arrows;
        }
    }
    QVERIFY(arrows >= 8);
    QSignalSpy messages(&view, &ui::DashboardView::message);
    const std::size_t before = view.currentTemplate()->widgets.size();
    for (int round = 0; round < 2; ++round) {
        QString refused;
        QTimer::singleShot(0, this, [&refused] {
            auto* editor = qobject_cast<ui::WidgetEditor*>(QApplication::activeModalWidget());
            QVERIFY(editor != nullptr);
            auto* box = editor->findChild<QDialogButtonBox*>();
            QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
            if (editor->isVisible()) { // refused: its message, then give up
                refused = editor->error();
                editor->reject();
            }
        });
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY2(refused.isEmpty(), qPrintable(refused));
    }
    const templates::Template& t = *view.currentTemplate();
    QCOMPARE(t.widgets.size(), before + 2);
    const auto* first = t.widget("widget-1");
    const auto* second = t.widget("widget-2");
    QVERIFY(first != nullptr && second != nullptr);
    QVERIFY(templates::validateTemplate(t, t.name).ok());
    // The first free place, found independently: no row above it has room for a 6 x 4 widget.
    auto fits = [&t](int x, int y) { // among the widgets that were there before
        for (const auto& w : t.widgets) {
            if (w.id != "widget-1" && w.id != "widget-2" && x < w.x + w.w && w.x < x + 6 && y < w.y + w.h &&
                w.y < y + 4) {
                return false;
            }
        }
        return x + 6 <= t.columns;
    };
    QCOMPARE(first->w, 6);
    QVERIFY(fits(first->x, first->y));
    for (int y = 0; y <= first->y; ++y) {
        for (int x = 0; x + 6 <= t.columns && (y < first->y || x < first->x); ++x) {
            QVERIFY2(!fits(x, y), qPrintable(QStringLiteral("free at %1,%2").arg(x).arg(y)));
        }
    }
    for (const auto& m : messages) {
        QVERIFY2(!m.at(0).toString().contains(QStringLiteral("overlap")), qPrintable(m.at(0).toString()));
    }
    // Cancel: nothing is kept, not even the copy of the built-in the edit was made on.
    auto copies = [this] {
        auto db = m_store->store->openReader();
        const auto list = templates::listTemplates(db.value());
        const std::vector<templates::StoredTemplate> stored =
            list ? list.value() : std::vector<templates::StoredTemplate>{};
        int n = 0;
        for (const auto& one : stored) {
            n += one.document.id.rfind("overview-copy", 0) == 0 ? 1 : 0;
        }
        return n;
    };
    QCOMPARE(copies(), 1);
    QPushButton* cancel = nullptr;
    for (auto* button : view.findChildren<QPushButton*>()) {
        if (button->text() == QStringLiteral("Cancel") && button->isVisible()) {
            cancel = button;
        }
    }
    QVERIFY(cancel != nullptr);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!view.isEditing());
    QTRY_COMPARE_WITH_TIMEOUT(copies(), 0, kWait);
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

void TestUi::welcomeOffersTheThreeWaysAndTheDemo() {
    // Import files, a Herald account, an own Riot key, or the demo: each button says which, and importing (which
    // needs neither an account nor a key) is the default.
    using Choice = ui::WelcomeDialog::Choice;
    const std::pair<Choice, QString> ways[] = {{Choice::ImportFiles, QStringLiteral("Import my match files…")},
                                               {Choice::HeraldAccount, QStringLiteral("Sign in to Herald…")},
                                               {Choice::AddAccount, QStringLiteral("Use my Riot API key…")},
                                               {Choice::ExploreDemo, QStringLiteral("Explore the demo")}};
    for (const auto& [choice, label] : ways) {
        ui::WelcomeDialog welcome;
        welcome.show();
        auto* button = welcome.findChild<QPushButton*>(QStringLiteral("welcome-%1").arg(static_cast<int>(choice)));
        QVERIFY(button != nullptr);
        QCOMPARE(button->text(), label);
        QCOMPARE(button->isDefault(), choice == Choice::ImportFiles);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(welcome.result(), static_cast<int>(QDialog::Accepted));
        QCOMPARE(welcome.choice(), choice);
    }
}

void TestUi::rankWidgetFormNamesItsQueue() {
    const auto& builtins = templates::builtinTemplates();
    const auto ranked =
        std::find_if(builtins.begin(), builtins.end(), [](const auto& t) { return t.id == "ranked-progress"; });
    QVERIFY(ranked != builtins.end());
    const auto rank = std::find_if(ranked->widgets.begin(), ranked->widgets.end(),
                                   [](const auto& w) { return w.type == templates::WidgetType::Rank; });
    QVERIFY(rank != ranked->widgets.end());
    ui::WidgetEditor editor(*ranked, *rank);
    QCOMPARE(editor.queueBox()->currentText(), QStringLiteral("Ranked Solo/Duo")); // not RANKED_SOLO_5x5
    editor.queueBox()->setCurrentIndex(editor.queueBox()->findText(QStringLiteral("Ranked Flex")));
    QCOMPARE(editor.widget().queue, std::string("RANKED_FLEX_SR"));
}

void TestUi::templateButtonsRenameDeleteImportAndExport() {
    test::TempStore temp;
    QTemporaryDir files;
    ui::DashboardView view(temp.store->databasePath());
    view.setStore(temp.store.get());
    view.reloadTemplates();
    ui::TemplateActions* actions = view.templateActions();
    using Action = ui::TemplateActions::Action;
    // Built-ins cannot be renamed or deleted: those buttons are off; Duplicate makes a copy to change.
    QVERIFY(view.selectTemplate(QStringLiteral("overview")));
    QVERIFY(!actions->button(Action::Rename)->isEnabled());
    QVERIFY(!actions->button(Action::Delete)->isEnabled());
    QSignalSpy messages(&view, &ui::DashboardView::message);
    actions->button(Action::Duplicate)->click();
    QTRY_COMPARE_WITH_TIMEOUT(view.currentTemplate()->id, std::string("overview-copy"), kWait);
    QVERIFY(actions->button(Action::Rename)->isEnabled());

    // Rename: the dialog's answer comes from the seam, the new name from the store.
    ui::Dialogs::setNextAnswer(QStringLiteral("  My form  "));
    actions->button(Action::Rename)->click();
    QTRY_COMPARE_WITH_TIMEOUT(view.currentTemplate()->name, std::string("My form"), kWait);
    // A cancelled rename (empty answer) changes nothing.
    ui::Dialogs::setNextAnswer(QString());
    actions->button(Action::Rename)->click();
    QTest::qWait(50);
    QCOMPARE(view.currentTemplate()->name, std::string("My form"));

    // Export through the button, to the file the dialog answers; import it back under a free id.
    const QString file = files.filePath(QStringLiteral("my-form.json"));
    ui::Dialogs::setNextAnswer(file);
    actions->button(Action::Export)->click();
    QVERIFY(QFileInfo::exists(file));
    QVERIFY2(messages.last().at(0).toString().contains(QStringLiteral("Exported to")),
             qPrintable(messages.last().at(0).toString()));
    QSignalSpy imported(&view, &ui::DashboardView::imported);
    ui::Dialogs::setNextAnswer(file);
    actions->button(Action::Import)->click();
    QVERIFY(imported.wait(kWait));
    const QString importedId = imported.last().at(0).toString();
    QVERIFY2(!importedId.isEmpty() && importedId != QStringLiteral("overview-copy"), qPrintable(importedId));
    QCOMPARE(view.currentTemplate()->name, std::string("My form")); // the exported file's
    QCOMPARE(QString::fromStdString(view.currentTemplate()->id), importedId);

    // Delete asks first: "no" keeps it, "yes" removes it from the store.
    auto stored = [&temp] {
        auto db = temp.store->openReader();
        return templates::listTemplates(db.value()).value().size();
    };
    const auto before = stored();
    ui::Dialogs::setNextAnswer(false);
    actions->button(Action::Delete)->click();
    QTest::qWait(50);
    QCOMPARE(stored(), before);
    ui::Dialogs::setNextAnswer(true);
    actions->button(Action::Delete)->click();
    QTRY_COMPARE_WITH_TIMEOUT(stored(), before - 1, kWait);
    // The status bar says what the last action did, not what an older one did ("Dashboard duplicated.").
    QTRY_VERIFY_WITH_TIMEOUT(messages.last().at(0).toString().endsWith(QStringLiteral(" deleted.")), kWait);
}

void TestUi::dashboardGridRendersAtAnySizeWithoutAWindow() {
    // The grid of a template with its results, painted into images of two sizes; never shown.
    ui::DashboardView view(m_store->store->databasePath());
    view.setTemplates(templates::builtinTemplates());
    view.setPlayers({demoPuuid()});
    QSignalSpy loaded(&view, &ui::DashboardView::loaded);
    view.setBarFilter(QStringLiteral("since"), QStringLiteral("all"));
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, kWait);
    QVERIFY(!view.isVisible());
    ui::DashboardGrid* grid = view.grid();
    for (const QSize size : {QSize(1200, 900), QSize(700, 1600)}) {
        const QImage image = grid->renderImage(size);
        QCOMPARE(image.size(), size);
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7) {
                colours.insert(image.pixel(x, y));
            }
        }
        QVERIFY2(colours.size() > 30, qPrintable(QString::number(colours.size()))); // charts, text, tiles
        // Every widget fits in the page: the frames tile it, none beyond its bottom.
        for (auto* frame : grid->frames()) {
            QVERIFY(frame->hasData());
            QVERIFY2(
                frame->geometry().bottom() <= size.height(),
                qPrintable(
                    QStringLiteral("%1 ends at %2").arg(frame->widget().id.c_str()).arg(frame->geometry().bottom())));
        }
    }
    QVERIFY(!grid->isVisible());
}

void TestUi::championIconsComeFromTheCacheOrABadge() {
    QTemporaryDir root;
    QDir(root.path()).mkpath(QStringLiteral("13.9.1"));
    QDir(root.path()).mkpath(QStringLiteral("13.22.1"));
    QImage red(32, 32, QImage::Format_RGB32);
    red.fill(Qt::red);
    QImage green(32, 32, QImage::Format_RGB32);
    green.fill(Qt::green);
    QVERIFY(red.save(root.filePath(QStringLiteral("13.22.1/MonkeyKing.png"))));
    QVERIFY(green.save(root.filePath(QStringLiteral("13.9.1/MonkeyKing.png")))); // older: 13.22 > 13.9
    ui::ChampionIcons icons(root.path().toStdString());
    QVERIFY(icons.hasCachedIcons());
    const QImage wukong = icons.icon("MonkeyKing", 20).toImage();
    QCOMPARE(wukong.size(), QSize(20, 20));
    QCOMPARE(QColor(wukong.pixel(10, 10)), QColor(Qt::red)); // the newest version's portrait
    // Not cached: a badge, never an empty cell.
    const QImage zed = icons.icon("Zed", 20).toImage();
    QCOMPARE(zed.size(), QSize(20, 20));
    QVERIFY(QColor(zed.pixel(2, 10)).alpha() > 0);
    QVERIFY(QColor(zed.pixel(2, 10)) != QColor(Qt::red));
    ui::ChampionIcons none((root.path() + QStringLiteral("/missing")).toStdString());
    QVERIFY(!none.hasCachedIcons());
    QVERIFY(!none.icon("MonkeyKing", 16).isNull());
}

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

void TestUi::languageInstalledAgainReplacesTheFirst() {
    // The app speaks the system's language while it opens (and maybe upgrades) the store, then the one chosen in
    // Settings: the second language replaces the first, whichever they are.
    const char* upgrading = "Upgrading the store to this version of Herald…";
    QVERIFY(ui::installLanguage(*qApp, QStringLiteral("fr")));
    QCOMPARE(QCoreApplication::translate("main", upgrading),
             QStringLiteral("Mise à jour des données pour cette version de Herald…"));
    QVERIFY(ui::installLanguage(*qApp, QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate("main", upgrading), QString::fromUtf8(upgrading));
    QCOMPARE(QCoreApplication::translate("x", "%n new match(es).", nullptr, 2), QStringLiteral("2 new matches."));
    QVERIFY(!ui::installLanguage(*qApp, QStringLiteral("xx"))); // unknown: English stays
    QCOMPARE(QCoreApplication::translate("x", "%n new match(es).", nullptr, 1), QStringLiteral("1 new match."));
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

void TestUi::goalEditorTakesPercentAndFindingsReadAsSentences() {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const auto& habits = templates::builtinTemplates()[4];
    QCOMPARE(habits.id, std::string("habits"));
    // The win-rate goal's 0.55 reads as 55 %; 60 typed back is 0.60.
    ui::WidgetEditor editor(habits, *habits.widget("wr-goal"));
    QCOMPARE(editor.targetBox()->value(), 55.0);
    QCOMPARE(editor.targetBox()->suffix(), QStringLiteral(" %"));
    QVERIFY(editor.targetBox()->isEnabled() && editor.periodsBox()->isEnabled());
    editor.targetBox()->setValue(60.0);
    editor.directionBox()->setCurrentIndex(editor.directionBox()->findData(QStringLiteral("at_most")));
    editor.periodsBox()->setValue(3);
    const auto goal = editor.widget();
    QCOMPARE(goal.type, templates::WidgetType::Goal);
    QVERIFY(goal.target.has_value() && std::abs(*goal.target - 0.60) < 1e-12);
    QVERIFY(goal.atMost);
    QCOMPARE(goal.periods, 3);
    editor.accept();
    QVERIFY2(editor.error().isEmpty(), qPrintable(editor.error()));
    // A metric that is no rate keeps its unit; a goal without time dimension is refused with the template's reason.
    ui::WidgetEditor cs(habits, *habits.widget("cs-goal"));
    QCOMPARE(cs.targetBox()->value(), 7.0);
    QVERIFY(cs.targetBox()->suffix().isEmpty());
    cs.firstDimension()->setCurrentIndex(cs.firstDimension()->findData(QStringLiteral("champion")));
    cs.accept();
    QVERIFY2(cs.error().contains(QStringLiteral("period by period")), qPrintable(cs.error()));
    // Another type drops the goal's fields.
    cs.typeBox()->setCurrentIndex(cs.typeBox()->findData(QStringLiteral("kpi")));
    QVERIFY(!cs.widget().target.has_value());
    QVERIFY(!cs.targetBox()->isEnabled());

    // A finding is one sentence with both rates and both sample sizes.
    analytics::Finding late{analytics::FindingKind::LateInSession, {}, 52, 20, 140, 76, -2.1, 0.03};
    QCOMPARE(ui::WidgetFrame::findingText(late),
             QStringLiteral("You win 38.5 % of fourth-or-later games of a session (n = 52) against 54.3 % of first "
                            "games (n = 140)."));
    analytics::Finding partner{analytics::FindingKind::Partner, "Lumen#EUW", 40, 28, 300, 150, 2.4, 0.01};
    QCOMPARE(ui::WidgetFrame::findingText(partner),
             QStringLiteral("With Lumen#EUW on your team you win 70.0 % of games (n = 40); without them, 50.0 % (n = "
                            "300)."));
    QLocale::setDefault(QLocale::c());
}

void TestUi::builtinTemplateTextsAreListedForTranslation() {
    QSet<QString> listed;
    for (const char* text : ui::builtinTemplateTexts()) {
        listed.insert(QString::fromUtf8(text));
    }
    for (const auto& t : templates::builtinTemplates()) {
        QVERIFY2(listed.contains(QString::fromStdString(t.name)), t.name.c_str());
        QVERIFY2(listed.contains(QString::fromStdString(t.description)), t.description.c_str());
        for (const auto& w : t.widgets) {
            QVERIFY2(w.title.empty() || listed.contains(QString::fromStdString(w.title)), w.title.c_str());
        }
    }
}

void TestUi::frenchInterfaceHasNoUntranslatedString() {
    // English source -> French, from the translation file.
    QHash<QString, QString> french;
    QFile ts(QStringLiteral(HERALD_TS_FILE));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("translation")) {
            const bool unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            QVERIFY2(!unfinished, qPrintable(QStringLiteral("unfinished: ") + source));
            if (!text.isEmpty() && text != source && !source.contains(QLatin1Char('%'))) {
                french.insert(source, text);
            }
        }
    }
    QVERIFY2(french.size() > 200, qPrintable(QString::number(french.size())));

    QVERIFY(ui::installLanguage(*qApp, QStringLiteral("fr")));
    {
        ui::MatchListModel model(m_store->store->databasePath());
        auto* dashboard = new ui::DashboardView(m_store->store->databasePath());
        auto* detail = new ui::MatchDetailView(*m_store->store);
        ui::MainWindow window(&model, dashboard, detail, QStringLiteral("test"));
        window.addPage(ui::MainWindow::View::Settings, new ui::SettingsView(*m_store->store, {}),
                       QCoreApplication::translate("main", "Settings"));
        window.addPage(ui::MainWindow::View::Diagnostics, new ui::DiagnosticsView(*m_store->store),
                       QCoreApplication::translate("main", "Diagnostics"));
        dashboard->setTemplates(templates::builtinTemplates());
        dashboard->setPlayers({demoPuuid()});
        QSignalSpy loaded(dashboard, &ui::DashboardView::loaded);
        dashboard->setBarFilter(QStringLiteral("since"), QStringLiteral("all"));
        window.show();
        QVERIFY(loaded.wait(kWait));
        connect(&model, &ui::MatchListModel::overviewLoaded, &window,
                [&model](const ui::AccountOverview& o) { model.setPlayers({o.puuid}); });
        model.loadOverview();
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 0, kWait);
        ui::AccountDialog account;
        ui::WelcomeDialog welcome;
        ui::WidgetEditor editor(templates::builtinTemplates()[0], templates::builtinTemplates()[0].widgets[0]);

        QStringList untranslated;
        auto check = [&](const QString& text, const QObject* where) {
            if (french.contains(text)) {
                untranslated << QStringLiteral("%1 (%2)").arg(text,
                                                              QString::fromLatin1(where->metaObject()->className()));
            }
        };
        auto scan = [&](QWidget* root) {
            QList<QWidget*> widgets = root->findChildren<QWidget*>();
            widgets << root;
            check(root->windowTitle(), root);
            for (QWidget* w : widgets) {
                if (auto* label = qobject_cast<QLabel*>(w)) {
                    check(label->text(), w);
                } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
                    check(button->text(), w);
                } else if (auto* edit = qobject_cast<QLineEdit*>(w)) {
                    check(edit->placeholderText(), w);
                } else if (auto* combo = qobject_cast<QComboBox*>(w)) {
                    for (int i = 0; i < combo->count(); ++i) {
                        check(combo->itemText(i), w);
                    }
                } else if (auto* tabs = qobject_cast<QTabBar*>(w)) {
                    for (int i = 0; i < tabs->count(); ++i) {
                        check(tabs->tabText(i), w);
                    }
                } else if (auto* header = qobject_cast<QHeaderView*>(w)) {
                    for (int i = 0; header->model() != nullptr && i < header->count(); ++i) {
                        check(header->model()->headerData(i, header->orientation()).toString(), w);
                    }
                }
                check(w->toolTip(), w);
            }
            for (QAction* action : root->findChildren<QAction*>()) {
                check(action->text(), action);
                check(action->toolTip(), action);
            }
        };
        for (const auto view : {ui::MainWindow::View::Dashboard, ui::MainWindow::View::Matches,
                                ui::MainWindow::View::Settings, ui::MainWindow::View::Diagnostics}) {
            window.showView(view);
            scan(&window);
        }
        // The Habits dashboard (sessions, streaks, partners, goals) and a goal in the editor.
        window.showView(ui::MainWindow::View::Dashboard);
        for (auto* picker : dashboard->findChildren<QComboBox*>()) {
            const int habits = picker->findText(QStringLiteral("Habitudes"));
            if (habits >= 0) {
                picker->setCurrentIndex(habits);
                QVERIFY(loaded.wait(kWait));
            }
        }
        QVERIFY(dashboard->findChildren<ui::GoalChart*>().size() == 3);
        scan(&window);
        const auto& habitsTemplate = templates::builtinTemplates()[4];
        ui::WidgetEditor goalEditor(habitsTemplate, *habitsTemplate.widget("cs-goal"));
        scan(&goalEditor);
        scan(&account);
        scan(&welcome);
        scan(&editor);
        // Texts the history's cells show.
        for (int row = 0; row < model.rowCount(); ++row) {
            for (const int column : {ui::MatchListModel::QueueColumn, ui::MatchListModel::ResultColumn}) {
                check(model.index(row, column).data().toString(), &model);
            }
        }
        // A report's title block, as an HTML export gives it.
        ui::ReportRequest request;
        request.databasePath = m_store->store->databasePath();
        request.dashboard = templates::builtinTemplates()[0];
        request.puuids = {demoPuuid().toStdString()};
        request.playerNames = {QStringLiteral("Demo#HRLD")};
        auto report = ui::computeReport(request);
        QVERIFY(report.ok());
        ui::ReportOptions html;
        html.format = ui::ReportFormat::Html;
        auto rendered = ui::renderReport(report.value(), html);
        QVERIFY(rendered.ok());
        const QString page = QString::fromUtf8(rendered.value().bytes);
        for (const QString& line : {QStringLiteral("<h1>Vue d'ensemble</h1>"), QStringLiteral("Joueurs : Demo#HRLD"),
                                    QStringLiteral("Filtres : aucun"), QStringLiteral("Généré le "),
                                    QStringLiteral("<summary>Taux de victoire</summary>"),
                                    QStringLiteral("aria-label=\"Taux de victoire par champion\"")}) {
            QVERIFY2(page.contains(line), qPrintable(line));
        }
        for (const QString& english :
             {QStringLiteral("Players:"), QStringLiteral("Filters:"), QStringLiteral(" by Herald ")}) {
            QVERIFY2(!page.contains(english), qPrintable(english));
        }
        // The Herald account's button and menu while signed out, and the kinds of backups.
        {
            ui::HeraldSession session(*m_store->store); // signed out: no server is asked
            ui::SyncRunner sync(*m_store->store);
            ui::MainWindow heraldWindow(&model, new ui::DashboardView(m_store->store->databasePath()),
                                        new ui::MatchDetailView(*m_store->store), QString());
            app::wireHerald(heraldWindow, *m_store->store, session, sync);
            scan(&heraldWindow);
            for (QAction* action : heraldWindow.heraldButton()->menu()->actions()) {
                check(action->text(), action);
            }
            check(heraldWindow.heraldButton()->text(), heraldWindow.heraldButton());
        }
        ui::BackupsPanel backups(*m_store->store);
        scan(&backups);
        for (const char* kind : {"manual", "daily", "before-restore", "before-upgrade", "other"}) {
            check(ui::BackupsPanel::kindText(kind), &backups);
        }
        untranslated.removeDuplicates();
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QStringLiteral("\n"))));
        // And it is French indeed.
        QCOMPARE(window.findChild<QTabBar*>()->tabText(0), QStringLiteral("Tableau de bord"));
        // Server names in the account dialog.
        QVERIFY(account.findChild<QComboBox*>()->findText(QStringLiteral("Europe de l'Ouest (euw1)")) >= 0);
        // Queue names, week and month labels on chart axes.
        // Errors from the core by their code; one without a code keeps its English message.
        QCOMPARE(ui::errorText(sync::riot::parseRiotId("Faker#K").error()),
                 QStringLiteral("« K » n'est pas un tag valide : 2 à 5 lettres ou chiffres après le #."));
        QCOMPARE(ui::errorText(makeError(ErrorKind::Io, "x", "riot.key_refused", {"401"})).left(44),
                 QStringLiteral("Riot a refusé la clé d'API (HTTP 401) : elle"));
        QCOMPARE(ui::errorText(makeError(ErrorKind::Io, "plain English")), QStringLiteral("plain English"));
        sync::SyncIssue issue{sync::SyncIssue::Step::Ranks, {}, makeError(ErrorKind::Io, "x", "riot.http", {"503"})};
        QCOMPARE(ui::syncIssueText(issue),
                 QStringLiteral("Rangs : Les serveurs de Riot ont répondu par une erreur (HTTP 503) ; la prochaine "
                                "synchronisation réessaiera."));
        QCOMPARE(ui::queueLabel(420), QStringLiteral("Classée Solo/Duo"));
        QCOMPARE(ui::TemplateActions::copyName(templates::builtinTemplates()[0]),
                 QStringLiteral("Vue d'ensemble (copie)")); // a copy of a built-in, named in French
        QCOMPARE(ui::queueLabel(99999), QStringLiteral("File 99999"));
        QCOMPARE(ui::formatDimension("week", analytics::Value(std::string("2026-W05"))), QStringLiteral("S5 2026"));
        QCOMPARE(ui::formatDimension("month", analytics::Value(std::string("2026-08"))), QStringLiteral("août 2026"));
        QCOMPARE(ui::formatDimension("day", analytics::Value(std::string("2026-08-14"))), QStringLiteral("14/08/2026"));
    }
    for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(QLocale::system());
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

void TestUi::aboutNamesTheRevisionAndEveryLicence() {
    ui::AboutDialog about;
    const QString text = about.text();
    QVERIFY2(text.contains(QString::fromStdString(versionLine())), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("(git ")));
    QVERIFY(text.contains(QStringLiteral("GNU General Public License, version 3")));
    // Each library with the version running where it says one, and its licence.
    for (const char* expected : {"Qt ", "Qt Charts", "QtKeychain", "libcurl", "SQLite", "Zstandard", "libxlsxwriter",
                                 "simdjson", "JSON for Modern C++"}) {
        QVERIFY2(text.contains(QLatin1String(expected)), expected);
    }
    QVERIFY(text.contains(QStringLiteral("Qt %1 (LGPL-3.0-only OR GPL-3.0-only)").arg(QLatin1String(qVersion()))));
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("SQLite 3\\.\\d+\\.\\d+ \\(blessing\\)"))));
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("libcurl \\d+\\.\\d+\\.\\d+ \\(curl\\)"))));
    if (const char* dir = std::getenv("HERALD_SCREENSHOT_DIR")) {
        about.show();
        QTest::qWait(50);
        QVERIFY(about.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/about.png")));
    }
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

QTEST_MAIN(TestUi)
#include "test_ui.moc"
