// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// test_ui: the window: navigation, the empty state, the keyboard, Settings, Diagnostics, the welcome, About, languages.
#include "accountswiring.h"
#include "adapters/apikeystore.h"
#include "adapters/heraldsession.h"
#include "adapters/importrunner.h"
#include "adapters/syncrunner.h"
#include "analytics/compare.h"
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
#include "views/comparepanel.h"
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

void TestUi::compareSetsFollowedPlayersSideBySide() {
    // The demo and two of its players followed as local accounts: the Compare page ticks the three, sets them side
    // by side on the Compared template's metrics with the games first, and marks each row's best.
    test::TempStore temp;
    demo::DemoOptions options;
    options.matches = 300;
    QVERIFY(demo::createDemoHistory(temp.store->writer(), options).ok());
    ui::ComparePanel panel(*temp.store);
    QSignalSpy compared(&panel, &ui::ComparePanel::compared);
    panel.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(compared.count() >= 1, kWait);
    QVERIFY2(panel.message()->text().contains(QStringLiteral("Follow two accounts")),
             qPrintable(panel.message()->text()));
    QVERIFY(!panel.exportButton()->isEnabled());
    auto reader = temp.store->openReader();
    QVERIFY(reader.ok());
    // Two of the demo player's teammates, the two seen most.
    analytics::AnalyticsEngine engine;
    analytics::Query mates;
    mates.puuids = {demo::demoAccount().puuid};
    mates.metrics = {"games"};
    mates.groupBy = {"teammate"};
    auto teammates = engine.run(reader.value(), mates, 0, nowMs());
    QVERIFY(teammates.ok() && teammates.value()->rows.size() >= 2);
    auto rows = teammates.value()->rows;
    std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
        return analytics::numberOf(a[1]).value_or(0) > analytics::numberOf(b[1]).value_or(0);
    });
    std::map<std::string, std::string> puuidOf = {
        {demo::demoAccount().gameName + "#" + demo::demoAccount().tagLine, demo::demoAccount().puuid}};
    for (std::size_t i = 0; i < 2; ++i) {
        const std::string riotId = analytics::valueText(rows[i][0]);
        const auto hash = riotId.rfind('#');
        auto followed =
            ingest::followLocalPlayer(temp.store->writer(), riotId.substr(0, hash), riotId.substr(hash + 1));
        QVERIFY2(followed.ok(), riotId.c_str());
        puuidOf[followed->gameName + "#" + followed->tagLine] = followed->puuid;
    }
    panel.chooseFilter(QStringLiteral("since"), QStringLiteral("all"));
    compared.clear();
    panel.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(compared.count() >= 1 && !panel.table().columns.empty(), kWait);
    const auto& table = panel.table();
    QCOMPARE(table.columns.size(), std::size_t{5}); // metric, three players, best
    QCOMPARE(table.columns.back().name, std::string("best"));
    QCOMPARE(analytics::valueText(table.rows.front()[0]), std::string("games"));
    QCOMPARE(panel.view()->rowCount(), static_cast<int>(table.rows.size()));
    bool deathsSeen = false;
    for (int r = 0; r < panel.view()->rowCount(); ++r) {
        const auto& row = table.rows[static_cast<std::size_t>(r)];
        const std::string metric = analytics::valueText(row[0]);
        // Bold cells are the players the best column names, and for deaths the fewest.
        QStringList bold;
        std::optional<double> boldValue;
        for (int p = 1; p <= 3; ++p) {
            if (panel.view()->item(r, p)->font().bold()) {
                bold << panel.view()->horizontalHeaderItem(p)->text();
                boldValue = analytics::numberOf(row[static_cast<std::size_t>(p)]);
            }
        }
        const QString best = panel.view()->item(r, 4)->text();
        QCOMPARE(bold.join(QStringLiteral(", ")), best == QStringLiteral("—") ? QString() : best);
        if (metric == "avg_deaths") {
            deathsSeen = true;
            QVERIFY(boldValue.has_value());
            for (int p = 1; p <= 3; ++p) {
                const auto v = analytics::numberOf(row[static_cast<std::size_t>(p)]);
                QVERIFY(!v || *v >= *boldValue);
            }
        }
    }
    QVERIFY(deathsSeen);
    // The same numbers as the command line's comparison of the same players over the same games.
    analytics::Query scope;
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        scope.metrics.push_back(analytics::valueText(table.rows[r][0]));
    }
    scope.filters["since"] = {"all"};
    std::vector<analytics::ComparedPlayer> players;
    for (int p = 1; p <= 3; ++p) {
        const std::string label = panel.view()->horizontalHeaderItem(p)->text().toStdString();
        QVERIFY2(puuidOf.count(label) == 1, label.c_str());
        players.push_back({label, {puuidOf.at(label)}});
    }
    const auto expected = analytics::comparePlayers(engine, reader.value(), scope, players, 0, nowMs());
    QVERIFY(expected.ok());
    QCOMPARE(expected->rows.size(), table.rows.size());
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            QCOMPARE(analytics::valueText(table.rows[r][c]), analytics::valueText(expected->rows[r][c]));
        }
    }
    // Export… hands the table to the app; one player ticked is no comparison.
    QSignalSpy exportAsked(&panel, &ui::ComparePanel::exportRequested);
    QVERIFY(panel.exportButton()->isEnabled());
    panel.exportButton()->click();
    QCOMPARE(exportAsked.count(), 1);
    panel.choosePlayers({QString::fromStdString(demo::demoAccount().puuid)});
    QVERIFY(panel.table().columns.empty() && !panel.exportButton()->isEnabled());
    QVERIFY2(panel.message()->text().contains(QStringLiteral("Tick 2 to 5 players: 1 ticked")),
             qPrintable(panel.message()->text()));
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
