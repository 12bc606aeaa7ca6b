// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The golden capture of every dashboard: each widget of each built-in template, computed as the app and reports
// compute it, on the demo at 1,000 matches and on the recorded fixtures (a player of imported files, no account),
// equals tests/golden/dashboards.json. It pins the numbers while the computation path is rebuilt (issue 26): a
// refactor that changes one value fails here. HERALD_GOLDEN_WRITE=1 writes the capture again (a deliberate
// change of a figure, said in its commit). The capture holds each widget's typed result (models/dashboards), the
// numbers the app draws and reports print.
#include "analytics/benchmark.h"
#include "analytics/engine.h"
#include "dashboards/evaluate.h"
#include "dashboards/resultjson.h"
#include "demo/demohistory.h"
#include "ingest/importer.h"
#include "report/report.h"
#include "store/accounts.h"
#include "templates/template.h"
#include "testsupport.h"

#include <QApplication>
#include <QtTest>
#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>

using namespace herald;
using json = nlohmann::ordered_json;

namespace {

const std::filesystem::path kGolden = std::filesystem::path(HERALD_SOURCE_DIR) / "tests/golden/dashboards.json";

// What a widget shows: its typed result as `herald-cli dashboard --format json` writes it, or its error.
json widgetJson(const ui::WidgetData& data) {
    if (!data.result) {
        return {{"error", data.error.toStdString()}};
    }
    return {{"kind", dashboards::kindName(*data.result)}, {"result", dashboards::widgetResultJson(*data.result)}};
}

json historyJson(const std::filesystem::path& database, const std::vector<std::string>& puuids) {
    json templatesJson = json::object();
    for (const auto& t : templates::builtinTemplates()) {
        ui::ReportRequest request;
        request.databasePath = database;
        request.dashboard = t;
        request.puuids = puuids;
        request.timeZone = "UTC";
        const auto data = ui::computeReport(request);
        if (!data.ok()) {
            qFatal("%s: %s", t.id.c_str(), data.error().message.c_str());
        }
        json widgets = json::object();
        for (const auto& w : t.widgets) { // in the template's order
            widgets[w.id] = widgetJson(*data->widgets.at(w.id));
        }
        templatesJson[t.id] = {
            {"anchored_to", data->anchoredTo ? data->anchoredTo->toString(Qt::ISODate).toStdString() : std::string()},
            {"widgets", std::move(widgets)}};
    }
    return templatesJson;
}

// Equal but for the last bits of a double (a sum taken in another order): relative 1e-9.
void compareJson(const json& want, const json& got, const std::string& where, QStringList& differences) {
    if (differences.size() >= 20) {
        return;
    }
    if (want.is_number() && got.is_number()) { // a file's 229 reads back unsigned, a capture's is signed
        const double a = want.get<double>();
        const double b = got.get<double>();
        const bool same = want.is_number_float() || got.is_number_float()
                              ? std::abs(a - b) <= 1e-9 * std::max({1.0, std::abs(a), std::abs(b)})
                              : want.get<std::int64_t>() == got.get<std::int64_t>();
        if (!same) {
            differences << QString::fromStdString(where + ": " + want.dump() + " -> " + got.dump());
        }
        return;
    }
    if (want.type() != got.type()) {
        differences << QString::fromStdString(where + ": " + want.dump().substr(0, 200) + " -> " +
                                              got.dump().substr(0, 200));
        return;
    }
    if (want.is_object()) {
        for (const auto& [key, value] : want.items()) {
            if (!got.contains(key)) {
                differences << QString::fromStdString(where + "." + key + ": gone");
            } else {
                compareJson(value, got.at(key), where + "." + key, differences);
            }
        }
        for (const auto& [key, value] : got.items()) {
            if (!want.contains(key)) {
                differences << QString::fromStdString(where + "." + key + ": new " + value.dump().substr(0, 200));
            }
        }
    } else if (want.is_array()) {
        if (want.size() != got.size()) {
            differences << QString::fromStdString(where + ": " + std::to_string(want.size()) + " items -> " +
                                                  std::to_string(got.size()));
            return;
        }
        for (std::size_t i = 0; i < want.size(); ++i) {
            compareJson(want[i], got[i], where + "[" + std::to_string(i) + "]", differences);
        }
    } else if (want != got) {
        differences << QString::fromStdString(where + ": " + want.dump() + " -> " + got.dump());
    }
}

} // namespace

class TestGolden : public QObject {
    Q_OBJECT

private slots:
    void everyBuiltinWidgetKeepsItsValues();
    void championChoicesFollowTheScope();
    void comparedStandsWhereTheSqlBenchmarkSays();
};

void TestGolden::everyBuiltinWidgetKeepsItsValues() {
    json capture = json::object();
    {
        // The demo at 1,000 matches, ended long ago: every relative period counts back from its last game, so
        // the capture does not move with the day the test runs.
        test::TempStore temp;
        demo::DemoOptions options;
        options.matches = 1000;
        options.endMs = 1'700'000'000'000; // 14 Nov 2023
        QVERIFY(demo::createDemoHistory(temp.store->writer(), options).ok());
        capture["demo_1000"] = historyJson(temp.store->databasePath(), {demo::demoAccount().puuid});
    }
    {
        // The recorded fixtures imported as files, read as one of their players with no account made.
        test::TempStore temp;
        ingest::Importer importer(temp.store->writer());
        std::vector<std::filesystem::path> files;
        for (const auto& entry : std::filesystem::directory_iterator(test::fixturePath(""))) {
            const auto name = entry.path().filename().string();
            if (name.rfind("match_v5_", 0) == 0 || name.rfind("timeline_v5_", 0) == 0) {
                files.push_back(entry.path());
            }
        }
        std::sort(files.begin(), files.end());
        QVERIFY(importer.importPaths(files).imported >= 10);
        auto reader = temp.store->openReader();
        QVERIFY(reader.ok());
        const auto seen = store::playersSeen(reader.value(), "Viper#G170", 1);
        QVERIFY(seen.ok() && seen->size() == 1);
        capture["fixtures_viper"] = historyJson(temp.store->databasePath(), {seen->front().puuid});
    }
    // Both histories end years ago: the Habits goals count their last weeks and months back from the latest game
    // (periods anchored on play), never from today, where they would be empty.
    for (const char* history : {"demo_1000", "fixtures_viper"}) {
        for (const char* goal : {"cs-goal", "deaths-goal", "wr-goal"}) {
            QVERIFY2(!capture[history]["habits"]["widgets"][goal]["result"]["periods"].empty(),
                     qPrintable(QStringLiteral("%1: %2 is empty").arg(history, goal)));
        }
    }
    if (qEnvironmentVariableIsSet("HERALD_GOLDEN_WRITE")) {
        std::filesystem::create_directories(kGolden.parent_path());
        std::ofstream(kGolden) << capture.dump(1) << '\n';
        QSKIP("capture written to tests/golden/dashboards.json");
    }
    std::ifstream in(kGolden);
    QVERIFY2(in.good(), "tests/golden/dashboards.json is missing (HERALD_GOLDEN_WRITE=1 writes it)");
    const json golden = json::parse(in);
    QStringList differences;
    compareJson(golden, capture, "", differences);
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QLatin1Char('\n'))));
}

int main(int argc, char** argv) {
    QApplication app(argc, argv); // reports lay widgets out: a GUI application, offscreen in CI
    TestGolden test;
    return QTest::qExec(&test, argc, argv);
}

void TestGolden::championChoicesFollowTheScope() {
    // The filter bar offers the champions of the dashboard's scope: its players, filters and period, but not its
    // champion filter (the list would hold only the chosen one).
    test::TempStore temp;
    demo::DemoOptions options;
    options.matches = 300;
    options.endMs = 1'700'000'000'000;
    QVERIFY(demo::createDemoHistory(temp.store->writer(), options).ok());
    auto db = temp.store->openReader();
    analytics::AnalyticsEngine engine;
    const templates::Template& overview = templates::builtinTemplates().front();
    dashboards::Scope scope{{demo::demoAccount().puuid}, {{"role", {"MIDDLE"}}, {"since", {"all"}}}, "UTC", false, 1};
    const dashboards::Period period{1'700'000'000'000, false, std::nullopt};
    auto middle = dashboards::championsInScope(overview, scope, period, db.value(), engine);
    QVERIFY2(middle.ok(), middle.ok() ? "" : middle.error().message.c_str());
    // The oracle: the champions stats lists for the same player and role.
    analytics::Query q;
    q.puuids = scope.puuids;
    q.metrics = {"games"};
    q.groupBy = {"champion"};
    q.filters["role"] = {"MIDDLE"};
    auto played = engine.run(db.value(), q, 1, period.nowMs);
    QVERIFY(played.ok());
    std::vector<std::string> expected;
    for (const auto& row : played.value()->rows) {
        expected.push_back(analytics::valueText(row[0]));
    }
    QVERIFY(expected.size() >= 3);
    QCOMPARE(middle.value(), expected);
    scope.extra["champion"] = {expected.front()}; // the chosen champion narrows the widgets, not the choices
    QCOMPARE(dashboards::championsInScope(overview, scope, period, db.value(), engine).value(), expected);
    scope.extra.erase("role"); // a wider scope offers more
    QVERIFY(dashboards::championsInScope(overview, scope, period, db.value(), engine).value().size() > expected.size());
}

void TestGolden::comparedStandsWhereTheSqlBenchmarkSays() {
    // The Compared dashboard's lines and its KPI tiles' lobby medians are the SQL executor's benchmark of the same
    // scope (the dashboard reads the engine's frame): every row, and for a tile the role of most games.
    test::TempStore temp;
    demo::DemoOptions options;
    options.matches = 400;
    options.endMs = 1'700'000'000'000;
    QVERIFY(demo::createDemoHistory(temp.store->writer(), options).ok());
    auto db = temp.store->openReader();
    analytics::AnalyticsEngine engine;
    const templates::Template* compared = nullptr;
    for (const auto& t : templates::builtinTemplates()) {
        compared = t.id == "compared" ? &t : compared;
    }
    QVERIFY(compared != nullptr);
    for (const bool middleOnly : {false, true}) {
        dashboards::Scope scope{{demo::demoAccount().puuid}, {{"since", {"all"}}}, "UTC", false, 1};
        if (middleOnly) {
            scope.extra["role"] = {"MIDDLE"};
        }
        auto evaluated = dashboards::evaluateTemplate(*compared, scope, db.value(), engine, options.endMs);
        QVERIFY(evaluated.ok());
        int standings = 0;
        int tiles = 0;
        for (const auto& w : evaluated->widgets) {
            QVERIFY2(w.result.ok(), w.id.c_str());
            const templates::Widget& widget = *compared->widget(w.id);
            analytics::Query q = templates::widgetQuery(*compared, widget, scope.puuids, scope.extra);
            q.groupBy.clear();
            q.metrics = widget.metrics;
            auto sql = analytics::benchmarkSql(db.value(), q, options.endMs);
            QVERIFY2(sql.ok(), sql.ok() ? "" : sql.error().message.c_str());
            const auto want = analytics::rowsOf(sql.value());
            QVERIFY(!want.empty());
            const auto near = [](const std::optional<double>& a, const std::optional<double>& b) {
                return a.has_value() == b.has_value() &&
                       (!a || std::abs(*a - *b) <= 1e-9 * std::max(1.0, std::abs(*a)));
            };
            if (const auto* standing = std::get_if<dashboards::Standing>(&w.result.value())) {
                ++standings;
                QCOMPARE(standing->rows.size(), want.size());
                for (std::size_t i = 0; i < want.size(); ++i) {
                    const auto& a = standing->rows[i];
                    const auto& b = want[i];
                    QCOMPARE(a.role, b.role);
                    QCOMPARE(a.metric, b.metric);
                    QCOMPARE(a.games, b.games);
                    QCOMPARE(a.population, b.population);
                    for (const auto& [x, y] :
                         {std::pair{a.you, b.you}, std::pair{a.p25, b.p25}, std::pair{a.p50, b.p50},
                          std::pair{a.p75, b.p75}, std::pair{a.betterThan, b.betterThan}}) {
                        QVERIFY2(near(x, y), (a.role + " " + a.metric).c_str());
                    }
                }
                if (middleOnly) {
                    QVERIFY(std::all_of(want.begin(), want.end(), [](const auto& r) { return r.role == "MIDDLE"; }));
                }
            } else if (const auto* kpi = std::get_if<dashboards::Kpi>(&w.result.value())) {
                ++tiles;
                QVERIFY(kpi->lobbyAsked);
                const auto main = std::max_element(want.begin(), want.end(),
                                                   [](const auto& a, const auto& b) { return a.games < b.games; });
                QCOMPARE(kpi->lobbyRole, main->role);
                QVERIFY(near(kpi->lobbyMedian, main->p50));
                QVERIFY(near(kpi->lobbyYou, main->you));
                QCOMPARE(kpi->lobbyPopulation, main->population);
                if (middleOnly) { // the tile's own value is then the role's
                    QVERIFY(near(kpi->value, kpi->lobbyYou));
                }
            }
        }
        QCOMPARE(standings, 3);
        QCOMPARE(tiles, 4);
    }
}

#include "test_golden.moc"
