// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// herald-cli dashboard: every widget of a template as the app computes it. Its numbers equal what `stats` gives
// for the same metric and scope (the KPIs and their previous period, a donut by role, a bar by champion), its
// three formats hold every widget, and mistakes get a clear error with the right exit code.
#include "templates/template.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QtTest>
#include <nlohmann/json.hpp>

using namespace herald;
using nlohmann::json;

namespace {

using Run = test::CliRun;

Run cli(const QTemporaryDir& dir, QStringList args) {
    args.prepend(dir.path());
    args.prepend(QStringLiteral("--data-dir"));
    return test::runCli(args);
}

// `stats --format json` for one metric (and a dimension) over the demo player, as rows.
json stats(const QTemporaryDir& dir, const QString& metric, const QString& by, const QStringList& where) {
    QStringList args = {QStringLiteral("stats"),
                        QStringLiteral("--account"),
                        QStringLiteral("Demo#HRLD"),
                        QStringLiteral("--metrics"),
                        metric,
                        QStringLiteral("--tz"),
                        QStringLiteral("UTC"),
                        QStringLiteral("--format"),
                        QStringLiteral("json")};
    if (!by.isEmpty()) {
        args << QStringLiteral("--by") << by;
    }
    for (const QString& clause : where) {
        args << QStringLiteral("--where") << clause;
    }
    const Run run = cli(dir, args);
    if (run.code != 0) {
        qWarning("stats failed: %s", run.err.c_str());
        return json::array();
    }
    return json::parse(run.out)["rows"];
}

const json& widgetOf(const json& doc, const std::string& id) {
    for (const auto& w : doc["widgets"]) {
        if (w["id"] == id) {
            return w;
        }
    }
    static const json none;
    return none;
}

} // namespace

class TestDashboardCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonEqualsStatsForTheSameMetricAndScope();
    void tableAndCsvHoldEveryWidget();
    void mistakesAreExplained();

private:
    QTemporaryDir m_dir;
};

void TestDashboardCli::initTestCase() {
    QVERIFY(m_dir.isValid());
    const Run demo = cli(m_dir, {QStringLiteral("demo"), QStringLiteral("--matches"), QStringLiteral("300")});
    QVERIFY2(demo.code == 0, demo.err.c_str());
}

void TestDashboardCli::jsonEqualsStatsForTheSameMetricAndScope() {
    const Run run = cli(m_dir, {QStringLiteral("dashboard"), QStringLiteral("overview"), QStringLiteral("--account"),
                                QStringLiteral("Demo#HRLD"), QStringLiteral("--tz"), QStringLiteral("UTC"),
                                QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(run.code == 0, run.err.c_str());
    const json doc = json::parse(run.out);
    QCOMPARE(doc["template"]["id"], "overview");
    QCOMPARE(doc["period"]["anchored"], false); // the demo ends today
    const auto& overview = templates::builtinTemplates().front();
    QCOMPARE(doc["widgets"].size(), overview.widgets.size());
    // Reading order: top to bottom, left to right.
    int lastY = -1;
    int lastX = -1;
    for (const auto& w : doc["widgets"]) {
        const auto* widget = overview.widget(w["id"].get<std::string>());
        QVERIFY(widget != nullptr);
        QVERIFY(std::tie(widget->y, widget->x) >= std::tie(lastY, lastX));
        lastY = widget->y;
        lastX = widget->x;
    }
    // Each KPI: its value and games are stats over the last 90 days, its previous value stats over the 90 before.
    int kpis = 0;
    for (const char* id : {"games", "winrate", "kda", "cs"}) {
        const json& w = widgetOf(doc, id);
        QCOMPARE(w["kind"], "kpi");
        const json& r = w["result"];
        const QString metric = QString::fromStdString(r["metric"].get<std::string>());
        const json now = stats(m_dir, metric + QStringLiteral(",games"), {}, {QStringLiteral("since=-90d")});
        const json before = stats(m_dir, metric, {}, {QStringLiteral("since=-180d"), QStringLiteral("until=-90d")});
        QCOMPARE(now.size(), std::size_t{1});
        QCOMPARE(r["value"].get<double>(), now[0][0].get<double>()); // full precision: equal, not close
        if (metric != QLatin1String("games")) {
            QCOMPARE(r["games"].get<double>(), now[0][1].get<double>());
        }
        QCOMPARE(r["compared"], true);
        QCOMPARE(r["previous"].get<double>(), before[0][0].get<double>());
        QCOMPARE(r["change"].get<double>(), now[0][0].get<double>() - before[0][0].get<double>());
        ++kpis;
    }
    QCOMPARE(kpis, 4);
    // The donut of games by role and the bars of win rate by champion: the same keys, values and games.
    for (const auto& [id, metric, by] : {std::tuple{"roles", "games", "role"}, {"champions", "win_rate", "champion"}}) {
        const json& r = widgetOf(doc, id)["result"];
        const auto* widget = overview.widget(id);
        QStringList where = {QStringLiteral("since=-90d")};
        QStringList args;
        const json rows = [&] {
            QStringList a = {QStringLiteral("stats"),
                             QStringLiteral("--account"),
                             QStringLiteral("Demo#HRLD"),
                             QStringLiteral("--metrics"),
                             QString::fromLatin1(metric) + QStringLiteral(",games"),
                             QStringLiteral("--by"),
                             QString::fromLatin1(by),
                             QStringLiteral("--where"),
                             QStringLiteral("since=-90d"),
                             QStringLiteral("--tz"),
                             QStringLiteral("UTC"),
                             QStringLiteral("--format"),
                             QStringLiteral("json")};
            if (!widget->sort.empty()) {
                a << QStringLiteral("--sort") << QString::fromStdString(widget->sort);
            }
            if (widget->limit) {
                a << QStringLiteral("--limit") << QString::number(*widget->limit);
            }
            if (widget->minGames > 0) {
                a << QStringLiteral("--min-games") << QString::number(widget->minGames);
            }
            const Run s = cli(m_dir, a);
            return s.code == 0 ? json::parse(s.out)["rows"] : json::array();
        }();
        QVERIFY2(!rows.empty(), id);
        QCOMPARE(r["keys"].size(), rows.size());
        for (std::size_t i = 0; i < rows.size(); ++i) {
            QCOMPARE(r["keys"][i], rows[i][0]);
            QCOMPARE(r["values"][i].get<double>(), rows[i][1].get<double>());
            QCOMPARE(r["games"][i].get<double>(), rows[i].back().get<double>());
        }
    }
    // The filter bar's --where narrows every widget: the KPI of games under queue=450 is stats' count there.
    const Run aram = cli(m_dir, {QStringLiteral("dashboard"), QStringLiteral("overview"), QStringLiteral("--where"),
                                 QStringLiteral("queue=450"), QStringLiteral("--tz"), QStringLiteral("UTC"),
                                 QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(aram.code == 0, aram.err.c_str()); // the demo's account is the current one: no --account needed
    const json narrowed = json::parse(aram.out);
    const json count =
        stats(m_dir, QStringLiteral("games"), {}, {QStringLiteral("since=-90d"), QStringLiteral("queue=450")});
    QCOMPARE(widgetOf(narrowed, "games")["result"]["value"].get<double>(), count[0][0].get<double>());
    QVERIFY(widgetOf(narrowed, "games")["result"]["value"].get<double>() <
            widgetOf(doc, "games")["result"]["value"].get<double>());
}

void TestDashboardCli::tableAndCsvHoldEveryWidget() {
    const Run table = cli(m_dir, {QStringLiteral("dashboard"), QStringLiteral("habits")});
    QVERIFY2(table.code == 0, table.err.c_str());
    const auto* habits = [] {
        for (const auto& t : templates::builtinTemplates()) {
            if (t.id == "habits") {
                return &t;
            }
        }
        return static_cast<const templates::Template*>(nullptr);
    }();
    QVERIFY(habits != nullptr);
    for (const auto& w : habits->widgets) {
        QVERIFY2(table.out.find("(" + w.id + ")") != std::string::npos, w.id.c_str());
    }
    const Run csv = cli(m_dir, {QStringLiteral("dashboard"), QStringLiteral("habits"), QStringLiteral("--format"),
                                QStringLiteral("csv")});
    QCOMPARE(csv.code, 0);
    QVERIFY(csv.out.rfind("widget,kind,row,column,value\r\n", 0) == 0); // RFC 4180 lines
    for (const auto& w : habits->widgets) {
        QVERIFY2(csv.out.find("\r\n" + w.id + ",") != std::string::npos, w.id.c_str());
    }
    // A goal's periods are there with whether each met the target (1 or 0).
    QVERIFY(csv.out.find(",goal,0,met,") != std::string::npos);
}

void TestDashboardCli::mistakesAreExplained() {
    const Run unknown = cli(m_dir, {QStringLiteral("dashboard"), QStringLiteral("nope")});
    QCOMPARE(unknown.code, 1);
    QVERIFY2(unknown.err.find("no dashboard template 'nope'") != std::string::npos, unknown.err.c_str());
    const Run none = cli(m_dir, {QStringLiteral("dashboard")});
    QCOMPARE(none.code, 2);
    QVERIFY(none.err.find("name the template") != std::string::npos);
    const Run filter = cli(m_dir, {QStringLiteral("dashboard"), QStringLiteral("overview"), QStringLiteral("--where"),
                                   QStringLiteral("bogus=1")});
    QCOMPARE(filter.code, 2);
    QVERIFY2(filter.err.find("unknown filter 'bogus'") != std::string::npos, filter.err.c_str());
    // A dashboard's scope takes one list per filter; stats takes a name again as "all of these".
    const Run twice =
        cli(m_dir, {QStringLiteral("dashboard"), QStringLiteral("overview"), QStringLiteral("--where"),
                    QStringLiteral("role=TOP"), QStringLiteral("--where"), QStringLiteral("role=MIDDLE")});
    QCOMPARE(twice.code, 2);
    QVERIFY2(twice.err.find("--where role=A,B") != std::string::npos, twice.err.c_str());
    const json lumen = stats(m_dir, QStringLiteral("games"), {}, {QStringLiteral("with=Lumen#EUW")});
    const json both =
        stats(m_dir, QStringLiteral("games"), {}, {QStringLiteral("with=Lumen#EUW"), QStringLiteral("with=Brisk#EUW")});
    const json either = stats(m_dir, QStringLiteral("games"), {}, {QStringLiteral("with=Lumen#EUW,Brisk#EUW")});
    QVERIFY(lumen[0][0].get<int>() > 0);
    QVERIFY(both[0][0].is_null()); // the demo's friends never queue together
    QVERIFY(either[0][0].get<int>() > lumen[0][0].get<int>());
    const Run format = cli(m_dir, {QStringLiteral("dashboard"), QStringLiteral("overview"), QStringLiteral("--format"),
                                   QStringLiteral("xml")});
    QCOMPARE(format.code, 2);
    const Run stranger = cli(m_dir, {QStringLiteral("dashboard"), QStringLiteral("overview"),
                                     QStringLiteral("--account"), QStringLiteral("Nobody#EUW")});
    QCOMPARE(stranger.code, 1);
    QVERIFY2(stranger.err.find("Nobody#EUW") != std::string::npos, stranger.err.c_str());
    QTemporaryDir empty;
    const Run noStore = cli(empty, {QStringLiteral("dashboard"), QStringLiteral("overview")});
    QCOMPARE(noStore.code, 1);
    QVERIFY2(noStore.err.find("no Herald database") != std::string::npos, noStore.err.c_str());
    // Imported files without an account: the player is to be named.
    const Run imported =
        cli(empty, {QStringLiteral("import"),
                    QString::fromStdString(test::fixturePath("match_v5_BR1_2744215970_p13.11_flex.json").string())});
    QVERIFY2(imported.code == 0, imported.err.c_str());
    const Run noAccount = cli(empty, {QStringLiteral("dashboard"), QStringLiteral("overview")});
    QCOMPARE(noAccount.code, 2);
    QVERIFY2(noAccount.err.find("no current account") != std::string::npos, noAccount.err.c_str());
}

QTEST_GUILESS_MAIN(TestDashboardCli)
#include "test_dashboard.moc"
