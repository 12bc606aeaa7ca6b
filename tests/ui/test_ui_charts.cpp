// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// test_ui: the dashboard and its charts: every widget rendered, the filter bar, downsampling, chart clicks and zoom,
// periods anchored on play, goals and findings, the grid without a window.
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
#include <QCheckBox>
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

void TestUi::comparedDrawsTheLobbiesAndTilesTheirMedian() {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    ui::DashboardView view(m_store->store->databasePath());
    view.resize(1500, 1100);
    view.setTemplates(templates::builtinTemplates());
    view.setPlayers({demoPuuid()});
    QSignalSpy loaded(&view, &ui::DashboardView::loaded);
    view.setBarFilter(QStringLiteral("since"), QStringLiteral("all"));
    QVERIFY(view.selectTemplate(QStringLiteral("compared")));
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1 && view.currentTemplate()->id == "compared", kWait);
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(view.frames().begin(), view.frames().end(), [](auto* frame) { return frame->hasData(); }), kWait);
    int charts = 0;
    int tiles = 0;
    for (auto* frame : view.frames()) {
        if (auto* chart = qobject_cast<ui::StandingChart*>(frame->content())) {
            ++charts;
            // One line per lane role played and metric; each says where the player stands, the dot and the band
            // on the line's own scale.
            QCOMPARE(chart->rows().size() % frame->widget().metrics.size(), std::size_t{0});
            QVERIFY(chart->rows().size() >= frame->widget().metrics.size() * 4); // the demo plays every lane
            for (int i = 0; i < static_cast<int>(chart->rows().size()); ++i) {
                const auto& row = chart->rows()[static_cast<std::size_t>(i)];
                QVERIFY2(row.sentence.contains(QStringLiteral(" players in your games (middle half ")),
                         qPrintable(row.sentence));
                QVERIFY(row.p25 && row.p75 && row.you && *row.p25 <= *row.p75);
                const QRectF track = chart->trackRect(i);
                QVERIFY(chart->xOf(i, *row.p25) >= track.left() && chart->xOf(i, *row.p75) <= track.right());
                QVERIFY(chart->xOf(i, *row.you) >= track.left() && chart->xOf(i, *row.you) <= track.right());
            }
        } else if (auto* tile = qobject_cast<ui::KpiTile*>(frame->content())) {
            ++tiles;
            QVERIFY2(tile->note().contains(QStringLiteral(" · lobby median ")), qPrintable(tile->note()));
            QVERIFY2(tile->accessibleName().contains(QStringLiteral("players of your games, n = ")),
                     qPrintable(tile->accessibleName()));
        }
    }
    QCOMPARE(charts, 3);
    QCOMPARE(tiles, 4);
    // On paper a frame keeps the grid's height: the lines that fit are drawn, the last says how many are left out.
    auto* chart = view.frames().front()->findChild<ui::StandingChart*>();
    for (auto* frame : view.frames()) {
        chart = chart != nullptr ? chart : frame->findChild<ui::StandingChart*>();
    }
    QVERIFY(chart != nullptr);
    const int all = static_cast<int>(chart->rows().size());
    chart->fitTo(1e6);
    QCOMPARE(chart->shownRows(), all);
    const double line = QFontMetricsF(chart->font()).height();
    chart->fitTo(line * 2.6 * 5);
    QVERIFY2(chart->shownRows() >= 3 && chart->shownRows() < 5, qPrintable(QString::number(chart->shownRows())));
    QVERIFY(chart->minimumHeight() <= line * 2.6 * 5);

    // The editor offers the median on a KPI only, and a metric without a per-game form is refused with the reason.
    const templates::Template& compared = *view.currentTemplate();
    ui::WidgetEditor editor(compared, *compared.widget("cs"));
    QVERIFY(editor.lobbyMedianBox()->isEnabled() && editor.lobbyMedianBox()->isChecked());
    editor.metricList()
        ->findItems(ui::metricLabel("cs_per_min"), Qt::MatchExactly)
        .front()
        ->setCheckState(Qt::Unchecked);
    editor.metricList()->findItems(ui::metricLabel("win_rate"), Qt::MatchExactly).front()->setCheckState(Qt::Checked);
    editor.accept();
    QVERIFY2(editor.error().contains(QStringLiteral("'win_rate' has none")), qPrintable(editor.error()));
    editor.lobbyMedianBox()->setChecked(false);
    QVERIFY(!editor.widget().lobbyMedian);
    editor.typeBox()->setCurrentIndex(editor.typeBox()->findData(QStringLiteral("benchmark")));
    QVERIFY(!editor.lobbyMedianBox()->isEnabled());
    QLocale::setDefault(QLocale::c());
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
