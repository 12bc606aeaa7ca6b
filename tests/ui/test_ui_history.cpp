// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// test_ui: the match history: the lazy model, search and filters, the account overview, the match page, item models
// under the tester, champion icons.
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
#include "dashboard/renderers/renderers.h"
#include "dashboard/templateactions.h"
#include "dashboard/widgeteditor.h"
#include "dashboard/widgetframe.h"
#include "dashboards/evaluate.h"
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

void TestUi::matchPageLinksTheKeystoneAndFirstItemToBuilds() {
    // The demo player's match page names their keystone and first item, each a link; following one opens the
    // Builds dashboard narrowed to it (a chip), as a click on its bar would.
    ui::MatchListModel model(m_store->store->databasePath());
    auto* dashboard = new ui::DashboardView(m_store->store->databasePath());
    auto* detail = new ui::MatchDetailView(*m_store->store);
    ui::MainWindow window(&model, dashboard, detail, QStringLiteral("test"));
    window.resize(1400, 900);
    window.show();
    dashboard->setTemplates(templates::builtinTemplates());
    dashboard->setPlayers({demoPuuid()});
    auto reader = m_store->store->openReader();
    const std::string matchId = reader->queryText(
        "SELECT m.match_id FROM matches m JOIN match_participants mp ON mp.match_ref = m.id JOIN participant_builds pb "
        "ON pb.match_ref = mp.match_ref AND pb.participant_id = mp.participant_id WHERE mp.puuid = '" +
        demoPuuid().toStdString() + "' AND pb.first_item > 0 AND pb.keystone IS NOT NULL LIMIT 1");
    QVERIFY(!matchId.empty());
    QSignalSpy detailLoaded(detail, &ui::MatchDetailView::loaded);
    window.showMatch(QString::fromStdString(matchId));
    QVERIFY(detailLoaded.wait(kWait));
    auto* build = detail->findChild<QLabel*>(QStringLiteral("matchBuild"));
    QVERIFY(build != nullptr && build->isVisible());
    const QString text = build->text();
    const qsizetype at = text.indexOf(QStringLiteral("href=\"first_item:"));
    QVERIFY2(text.contains(QStringLiteral("href=\"keystone:")) && at >= 0, qPrintable(text));
    const QString link = text.mid(at + 6, text.indexOf(QLatin1Char('"'), at + 6) - at - 6);
    emit build->linkActivated(link);
    QCOMPARE(dashboard->currentTemplate()->id, std::string("builds"));
    QVERIFY(dashboard->isVisible());
    const QString item = link.mid(link.indexOf(QLatin1Char(':')) + 1);
    QVERIFY2(dashboard->chipTexts().join(QLatin1Char('|')).contains(item),
             qPrintable(dashboard->chipTexts().join(QLatin1Char('|'))));
    // The widgets count the games with that first item: the bars by first item come to have that one key.
    auto firstItems = [dashboard]() -> QStringList {
        QStringList keys;
        for (const auto* frame : dashboard->frames()) {
            if (frame->widget().id == "first-items" && frame->hasData() && frame->data().result) {
                if (const auto* bars = std::get_if<dashboards::Bars>(&*frame->data().result)) {
                    for (const auto& key : bars->keys) {
                        keys << QString::fromStdString(analytics::valueText(key));
                    }
                }
            }
        }
        return keys;
    };
    QTRY_COMPARE_WITH_TIMEOUT(firstItems(), QStringList{item}, kWait);
}

void TestUi::itemTablesShowTheCachedIcons() {
    // The Builds dashboard's tables name items (the items you finish games with; the best build's first item):
    // each row knows its item's id, and shows the item's icon once Data Dragon's are cached (a name without one).
    auto reader = m_store->store->openReader();
    QVERIFY(reader.ok());
    const auto& all = templates::builtinTemplates();
    const auto builds = std::find_if(all.begin(), all.end(), [](const auto& t) { return t.id == "builds"; });
    QVERIFY(builds != all.end());
    analytics::AnalyticsEngine engine;
    const dashboards::Scope scope{{demoPuuid().toStdString()}, {{"since", {"all"}}}, "UTC", false, 1};
    auto evaluated = dashboards::evaluateTemplate(*builds, scope, reader.value(), engine, nowMs());
    QVERIFY(evaluated.ok());
    std::map<std::string, dashboards::Table> tables;
    for (auto& widget : evaluated.value().widgets) {
        QVERIFY2(widget.result.ok(), widget.id.c_str());
        if (const auto* table = std::get_if<dashboards::Table>(&widget.result.value())) {
            tables[widget.id] = *table;
        }
    }
    QCOMPARE(tables.size(), std::size_t{2});
    const dashboards::Table& items = tables.at("items");
    QVERIFY(items.rows.size() >= 5);
    QCOMPARE(items.itemColumn, std::optional<std::size_t>(0));
    QCOMPARE(items.itemIds.size(), items.rows.size());
    for (std::size_t r = 0; r < items.rows.size(); ++r) { // the id names the row again, as build_names has it
        const int id = items.itemIds[r];
        QVERIFY(id > 0);
        QCOMPARE(reader->queryText("SELECT name FROM build_names WHERE kind = 3 AND id = " + std::to_string(id)),
                 analytics::valueText(items.rows[r][0]));
    }
    QCOMPARE(tables.at("best").itemColumn, std::optional<std::size_t>(1)); // keystone, then first item
    // Icons cached for the first two items only: those rows show them, the others their names alone.
    QTemporaryDir root;
    QDir(root.path()).mkpath(QStringLiteral("15.22.1"));
    QImage square(32, 32, QImage::Format_RGB32);
    square.fill(Qt::darkYellow);
    for (std::size_t r = 0; r < 2; ++r) {
        QVERIFY(square.save(root.filePath(QStringLiteral("15.22.1/%1.png").arg(items.itemIds[r]))));
    }
    const auto* widget =
        &*std::find_if(builds->widgets.begin(), builds->widgets.end(), [](const auto& w) { return w.id == "items"; });
    QWidget parent;
    const auto iconsShown = [&](const std::filesystem::path& iconRoot) {
        const ui::RenderContext context{*widget, QStringLiteral("Items"), QString(), &parent, {}, iconRoot};
        auto* table = qobject_cast<QTableWidget*>(ui::renderTable(items, context));
        std::vector<bool> shown;
        for (int r = 0; table != nullptr && r < table->rowCount(); ++r) {
            shown.push_back(!table->item(r, 0)->icon().isNull());
            if (table->item(r, 0)->text().isEmpty()) {
                return std::vector<bool>{}; // an icon never stands instead of the name
            }
        }
        return shown;
    };
    std::vector<bool> expected(items.rows.size(), false);
    expected[0] = expected[1] = true;
    QCOMPARE(iconsShown(root.path().toStdString()), expected);
    QCOMPARE(iconsShown({}), std::vector<bool>(items.rows.size(), false)); // no cache folder: names only
}

void TestUi::emptyTableSaysWhy() {
    // A table with no row says why in one row across it, as an empty chart does: the best build of a history with
    // too few games names the widget's minimum; a table without one says there are no games.
    const auto& all = templates::builtinTemplates();
    const auto builds = std::find_if(all.begin(), all.end(), [](const auto& t) { return t.id == "builds"; });
    QVERIFY(builds != all.end());
    const auto best =
        std::find_if(builds->widgets.begin(), builds->widgets.end(), [](const auto& w) { return w.id == "best"; });
    QVERIFY(best != builds->widgets.end() && best->minGames == 5);
    using analytics::ColumnKind;
    using analytics::ValueType;
    dashboards::Table none{{{"keystone", ColumnKind::Dimension, ValueType::Text},
                            {"first_item", ColumnKind::Dimension, ValueType::Text},
                            {"win_rate", ColumnKind::Metric, ValueType::Real},
                            {"games", ColumnKind::Metric, ValueType::Integer}},
                           {},
                           std::size_t{1},
                           {}};
    QWidget parent;
    auto* empty =
        qobject_cast<QTableWidget*>(ui::renderTable(none, {*best, QStringLiteral("Best"), QString(), &parent, {}, {}}));
    QVERIFY(empty != nullptr);
    QCOMPARE(empty->rowCount(), 1);
    QCOMPARE(empty->item(0, 0)->text(), QStringLiteral("No keystone + first item with 5 games or more in this period"));
    QCOMPARE(empty->columnSpan(0, 0), 4);
    templates::Widget plain = *best;
    plain.minGames = 0;
    auto* noGames =
        qobject_cast<QTableWidget*>(ui::renderTable(none, {plain, QStringLiteral("Best"), QString(), &parent, {}, {}}));
    QCOMPARE(noGames->item(0, 0)->text(), QStringLiteral("No games in this period"));
    none.rows.push_back({std::string("Conqueror"), std::string("Trinity Force"), 0.6, std::int64_t{5}});
    none.itemIds = {3078};
    auto* one =
        qobject_cast<QTableWidget*>(ui::renderTable(none, {*best, QStringLiteral("Best"), QString(), &parent, {}, {}}));
    QCOMPARE(one->rowCount(), 1);
    QCOMPARE(one->item(0, 1)->text(), QStringLiteral("Trinity Force")); // a row: no sentence
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
