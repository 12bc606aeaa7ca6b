// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Lobby benchmarks (docs/METRICS.md, "Lobby benchmarks"): an independent count over the demo payloads, the two
// executors held equal on the recorded fixtures and the demo, and what a benchmark refuses.
#include "analytics/benchmark.h"
#include "test_analytics.h"

using namespace herald;
using namespace herald::analyticstest;

namespace {

// A benchmark table as text, cell by cell, for messages.
std::string cellText(const analytics::Value& v) {
    return std::holds_alternative<std::monostate>(v) ? "null" : analytics::valueText(v);
}

// Two benchmark tables equal: the same rows, text exactly, numbers within 1e-9 relative.
void compareTables(const analytics::ResultTable& a, const analytics::ResultTable& b, const std::string& what) {
    QVERIFY2(a.rows.size() == b.rows.size(),
             (what + ": " + std::to_string(a.rows.size()) + " vs " + std::to_string(b.rows.size()) + " rows").c_str());
    for (std::size_t r = 0; r < a.rows.size(); ++r) {
        for (std::size_t c = 0; c < a.columns.size(); ++c) {
            const auto& x = a.rows[r][c];
            const auto& y = b.rows[r][c];
            const std::string where = what + " row " + std::to_string(r) + " " + a.columns[c].name + ": " +
                                      cellText(x) + " vs " + cellText(y);
            QVERIFY2(isNull(x) == isNull(y), where.c_str());
            if (isNull(x)) {
                continue;
            }
            if (std::holds_alternative<std::string>(x)) {
                QVERIFY2(text(x) == text(y), where.c_str());
            } else {
                QVERIFY2(std::abs(real(x) - real(y)) <= 1e-9 * std::max(1.0, std::abs(real(x))), where.c_str());
            }
        }
    }
}

// The oracle's quartile: the sorted values, interpolated between ranks floor(h) and floor(h) + 1, h = (n - 1) q.
double quartileOf(const std::vector<double>& sorted, double q) {
    const double h = static_cast<double>(sorted.size() - 1) * q;
    const std::size_t lo = static_cast<std::size_t>(std::floor(h));
    const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
    return sorted[lo] + (h - static_cast<double>(lo)) * (sorted[hi] - sorted[lo]);
}

} // namespace

void TestAnalytics::benchmarkMatchesAnIndependentCount() {
    // The oracle: the demo payloads read with nlohmann and METRICS.md's definitions. Lane differences need the
    // timelines' frames; the executors' agreement covers them (benchmarkExecutorsAgree).
    const std::vector<std::string> names = {"avg_deaths",     "kda",          "cs_per_min",         "gold_per_min",
                                            "damage_per_min", "damage_share", "kill_participation", "vision_per_min"};
    const std::string me = demo::demoAccount().puuid;
    struct Mine {
        std::int64_t games = 0, deaths = 0, kills = 0, assists = 0, cs = 0, gold = 0, damage = 0, vision = 0, ms = 0;
        double share = 0, kp = 0;
    };
    std::map<std::string, Mine> mine;                                      // by role
    std::map<std::string, std::map<std::string, std::vector<double>>> pop; // role -> metric -> values
    std::int64_t withoutLane = 0;
    for (const json& match : countedMatches(m_demoPayloads)) {
        const auto& info = match["info"];
        const std::int64_t ms = info.contains("gameEndTimestamp") ? info["gameDuration"].get<std::int64_t>() * 1000
                                                                  : info["gameDuration"].get<std::int64_t>();
        std::map<int, std::int64_t> teamKills, teamDamage;
        for (const auto& p : info["participants"]) {
            teamKills[teamKeyOf(p)] += p["kills"].get<std::int64_t>();
            teamDamage[teamKeyOf(p)] += p["totalDamageDealtToChampions"].get<std::int64_t>();
        }
        auto share = [&](const json& p) {
            const std::int64_t team = teamDamage[teamKeyOf(p)];
            return team > 0 ? p["totalDamageDealtToChampions"].get<double>() / static_cast<double>(team) : 0.0;
        };
        auto kp = [&](const json& p) {
            const std::int64_t team = teamKills[teamKeyOf(p)];
            return team > 0 ? static_cast<double>(p["kills"].get<std::int64_t>() + p["assists"].get<std::int64_t>()) /
                                  static_cast<double>(team)
                            : 0.0;
        };
        const double minutes = static_cast<double>(ms) / 60000.0;
        for (const auto& p : info["participants"]) {
            const std::string role = p.value("teamPosition", "");
            const std::int64_t cs =
                p["totalMinionsKilled"].get<std::int64_t>() + p["neutralMinionsKilled"].get<std::int64_t>();
            if (p["puuid"] == me) {
                if (role.empty()) {
                    ++withoutLane;
                    continue;
                }
                Mine& m = mine[role];
                ++m.games;
                m.deaths += p["deaths"].get<std::int64_t>();
                m.kills += p["kills"].get<std::int64_t>();
                m.assists += p["assists"].get<std::int64_t>();
                m.cs += cs;
                m.gold += p["goldEarned"].get<std::int64_t>();
                m.damage += p["totalDamageDealtToChampions"].get<std::int64_t>();
                m.vision += p["visionScore"].get<std::int64_t>();
                m.ms += ms;
                m.share += share(p);
                m.kp += kp(p);
                continue;
            }
            if (role.empty()) {
                continue;
            }
            const double deaths = p["deaths"].get<double>();
            auto& values = pop[role];
            values["avg_deaths"].push_back(deaths);
            values["kda"].push_back((p["kills"].get<double>() + p["assists"].get<double>()) / std::max(deaths, 1.0));
            values["cs_per_min"].push_back(static_cast<double>(cs) / minutes);
            values["gold_per_min"].push_back(p["goldEarned"].get<double>() / minutes);
            values["damage_per_min"].push_back(p["totalDamageDealtToChampions"].get<double>() / minutes);
            values["damage_share"].push_back(share(p));
            values["kill_participation"].push_back(kp(p));
            values["vision_per_min"].push_back(p["visionScore"].get<double>() / minutes);
        }
    }
    QVERIFY(mine.size() == 5 && withoutLane > 0); // the demo plays every lane, and ARAM or Arena

    analytics::Query q;
    q.puuids = {me};
    q.metrics = names;
    auto db = m_demo->store->openReader();
    analytics::AnalyticsEngine engine;
    auto result = engine.benchmark(db.value(), q, 1, kNow);
    QVERIFY2(result.ok(), result.ok() ? "" : result.error().message.c_str());
    const auto& table = result.value()->table;
    QCOMPARE(result.value()->gamesWithoutLane, withoutLane);
    QCOMPARE(table.rows.size(), mine.size() * names.size());
    int belowMedian = 0;
    for (const auto& row : table.rows) {
        const std::string role = text(row[0]);
        const std::string metric = text(row[1]);
        const Mine& m = mine.at(role);
        const double minutes = static_cast<double>(m.ms) / 60000.0;
        const double games = static_cast<double>(m.games);
        const std::map<std::string, double> yours = {
            {"avg_deaths", static_cast<double>(m.deaths) / games},
            {"kda",
             static_cast<double>(m.kills + m.assists) / static_cast<double>(std::max<std::int64_t>(m.deaths, 1))},
            {"cs_per_min", static_cast<double>(m.cs) / minutes},
            {"gold_per_min", static_cast<double>(m.gold) / minutes},
            {"damage_per_min", static_cast<double>(m.damage) / minutes},
            {"damage_share", m.share / games},
            {"kill_participation", m.kp / games},
            {"vision_per_min", static_cast<double>(m.vision) / minutes}};
        std::vector<double> sorted = pop.at(role).at(metric);
        std::sort(sorted.begin(), sorted.end());
        const double you = yours.at(metric);
        const auto below = std::lower_bound(sorted.begin(), sorted.end(), you) - sorted.begin();
        const auto equal = std::upper_bound(sorted.begin(), sorted.end(), you) - sorted.begin() - below;
        const double percentile = 100.0 * (static_cast<double>(below) + static_cast<double>(equal) / 2.0) /
                                  static_cast<double>(sorted.size());
        const std::string where = role + " " + metric;
        auto near = [](double a, double b) { return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(a)); };
        QVERIFY2(near(real(row[2]), you), where.c_str());
        QCOMPARE(static_cast<std::int64_t>(real(row[3])), m.games);
        QCOMPARE(static_cast<std::size_t>(real(row[4])), sorted.size());
        QVERIFY2(near(real(row[5]), quartileOf(sorted, 0.25)), (where + " p25 " + cellText(row[5])).c_str());
        QVERIFY2(near(real(row[6]), quartileOf(sorted, 0.5)), (where + " p50").c_str());
        QVERIFY2(near(real(row[7]), quartileOf(sorted, 0.75)), (where + " p75").c_str());
        QVERIFY2(near(real(row[8]), percentile), (where + " percentile " + cellText(row[8])).c_str());
        // Deaths: fewer is better, so "better than" turns the percentile round.
        QVERIFY2(near(real(row[9]), metric == "avg_deaths" ? 100.0 - percentile : percentile), where.c_str());
        belowMedian += you < quartileOf(sorted, 0.5) ? 1 : 0;
    }
    QVERIFY(belowMedian > 0 && belowMedian < static_cast<int>(table.rows.size())); // the demo is not one-sided
}

void TestAnalytics::benchmarkExecutorsAgree() {
    // One definition, two executors: each query runs as SQL and on a frame with its lobby, on the recorded fixtures
    // (Arena, ARAM, a remake, a game without a lane opponent, two players of one game) and on the demo.
    const std::string kr0 = puuidOf(test::kKrMatch, 0);
    const std::string kr5 = puuidOf(test::kKrMatch, 5);
    const std::string kr6 = puuidOf(test::kKrMatch, 6); // the jungler without a position in the copy
    const std::string me = demo::demoAccount().puuid;
    auto make = [](std::vector<std::string> puuids, std::map<std::string, std::vector<std::string>> filters = {},
                   bool remakes = false) {
        analytics::Query q;
        q.puuids = std::move(puuids);
        for (const auto name : analytics::benchmarkMetrics()) {
            q.metrics.emplace_back(name);
        }
        q.filters = std::move(filters);
        q.includeRemakes = remakes;
        return q;
    };
    auto fixtures = m_fixtures->store->openReader();
    auto demoDb = m_demo->store->openReader();
    const std::vector<std::pair<store::Database*, analytics::Query>> queries = {
        {&fixtures.value(), make({kr0})},
        {&fixtures.value(), make({kr0, kr5})}, // the same games twice: their lobbies count once
        // Two roles; the JUNGLE population holds the blue jungler of the copy, who has no lane opponent there.
        {&fixtures.value(), make({kr0, kr6})},
        {&fixtures.value(), make({kr0}, {}, true)},
        {&demoDb.value(), make({me})},
        {&demoDb.value(), make({me}, {{"role", {"MIDDLE"}}})},
        {&demoDb.value(), make({me}, {{"since", {"-90d"}}})},
        {&demoDb.value(), make({me}, {{"last", {"40"}}}, true)},
        {&demoDb.value(), make({me}, {{"queue", {"420", "440"}}, {"result", {"win"}}})},
    };
    int rows = 0;
    for (const auto& [db, q] : queries) {
        const auto viaSql = analytics::benchmarkSql(*db, q, kNow);
        QVERIFY2(viaSql.ok(), viaSql.ok() ? "" : viaSql.error().message.c_str());
        auto frame = analytics::loadFrame(*db, q.puuids);
        QVERIFY(frame.ok());
        auto lobby = analytics::loadLobby(*db, *frame.value(), q.puuids);
        QVERIFY(lobby.ok());
        const auto you = analytics::compile(*db, analytics::benchmarkYouQuery(q), kNow);
        QVERIFY(you.ok());
        const auto viaFrame = analytics::benchmark(*frame.value(), *lobby.value(), q, you.value());
        QVERIFY2(viaFrame.ok(), viaFrame.ok() ? "" : viaFrame.error().message.c_str());
        compareTables(viaSql->table, viaFrame->table, q.normalized());
        QCOMPARE(viaSql->gamesWithoutLane, viaFrame->gamesWithoutLane);
        analytics::AnalyticsEngine engine; // a period frame and its lobby, as the app loads them
        const auto viaEngine = engine.benchmark(*db, q, 1, kNow);
        QVERIFY(viaEngine.ok());
        compareTables(viaSql->table, viaEngine.value()->table, q.normalized() + " (engine)");
        rows += static_cast<int>(viaSql->table.rows.size());
    }
    QVERIFY(rows > 100);
    // One engine: a lobby loaded for one role's games serves that role, and a query of every role loads them all.
    analytics::AnalyticsEngine shared;
    for (const auto& q : {make({me}, {{"role", {"MIDDLE"}}}), make({me}), make({me}, {{"role", {"TOP"}}})}) {
        const auto viaEngine = shared.benchmark(demoDb.value(), q, 1, kNow);
        const auto viaSql = analytics::benchmarkSql(demoDb.value(), q, kNow);
        QVERIFY(viaEngine.ok() && viaSql.ok());
        compareTables(viaSql->table, viaEngine.value()->table, q.normalized() + " (shared engine)");
    }

    // By hand on the recorded game: KR_7014499581's top laner (participant 1) plays it and its copy, where the red
    // top laner (participant 6) is their one other top: 2 deaths, KDA 4, and the mirror of each lane difference.
    const auto kr = analytics::benchmarkSql(fixtures.value(), make({kr0}), kNow);
    QVERIFY(kr.ok());
    QCOMPARE(kr->table.rows.size(), analytics::benchmarkMetrics().size()); // TOP only
    auto rowOf = [](const analytics::ResultTable& t, const char* metric) {
        const auto it = std::find_if(t.rows.begin(), t.rows.end(), [&](const auto& r) { return text(r[1]) == metric; });
        return *it;
    };
    const auto deaths = rowOf(kr->table, "avg_deaths");
    QCOMPARE(text(deaths[0]), std::string("TOP"));
    QCOMPARE(real(deaths[2]), 4.0);   // you
    QCOMPARE(real(deaths[3]), 2.0);   // games
    QCOMPARE(real(deaths[4]), 2.0);   // population: the red top laner, once per game
    QCOMPARE(real(deaths[6]), 2.0);   // p50
    QCOMPARE(real(deaths[8]), 100.0); // every value is below 4 deaths...
    QCOMPARE(real(deaths[9]), 0.0);   // ...so better than none of them
    QCOMPARE(real(rowOf(kr->table, "kda")[6]), 4.0);
    const auto gold15 = rowOf(kr->table, "gold_diff_15");
    QCOMPARE(real(gold15[2]), -2045.0);
    QCOMPARE(real(gold15[6]), 2045.0);
    QCOMPARE(real(gold15[8]), 0.0);
    // Both top laners together: their games' other players hold no top laner, so no population and no percentile.
    const auto two = analytics::benchmarkSql(fixtures.value(), make({kr0, kr5}), kNow);
    QVERIFY(two.ok());
    const auto both = rowOf(two->table, "avg_deaths");
    QCOMPARE(real(both[2]), 3.0); // (4 + 2) / 2 over their four participations
    QCOMPARE(real(both[3]), 4.0);
    QCOMPARE(real(both[4]), 0.0);
    QVERIFY(isNull(both[6]) && isNull(both[8]) && isNull(both[9]));
    // Arena has no lane positions: its player has no row, and the game is counted as left out.
    const std::string arena = json::parse(test::arenaMatch())["info"]["participants"][0]["puuid"].get<std::string>();
    const auto arenaOnly = analytics::benchmarkSql(fixtures.value(), make({arena}), kNow);
    QVERIFY(arenaOnly.ok());
    QVERIFY(arenaOnly->table.rows.empty());
    QCOMPARE(arenaOnly->gamesWithoutLane, std::int64_t{1});
}

void TestAnalytics::benchmarkRefusesWhatItCannotCompare() {
    analytics::Query q;
    q.puuids = {"x"};
    q.metrics = {"win_rate"};
    auto refused = analytics::validateBenchmark(q);
    QVERIFY(!refused && refused.error().kind == ErrorKind::Validation);
    QVERIFY(refused.error().message.find("cs_per_min") != std::string::npos); // names the ones it takes
    q.metrics = {"kda"};
    QVERIFY(analytics::validateBenchmark(q).ok());
    q.groupBy = {"champion"};
    QVERIFY(!analytics::validateBenchmark(q));
    q.groupBy.clear();
    q.filters["nope"] = {"1"};
    QVERIFY(!analytics::validateBenchmark(q));
    for (const auto name : analytics::benchmarkMetrics()) {
        QVERIFY(analytics::findMetric(name) != nullptr); // every benchmark metric is the catalog's
    }
}

void TestAnalytics::lobbyFindingOnlyBelowTheQuartileWithTwentyGames() {
    // KR_7014499581 again and again: its top laner dies 4 times where the red top laner dies twice, in every copy.
    // With 20 games a side the Overview says so (better than none of them); with 19 it says nothing.
    const json base = json::parse(test::readFixture(test::kKrMatch));
    auto findingsOf = [&](int games) {
        std::vector<ingest::NamedPayload> payloads;
        for (int i = 0; i < games; ++i) {
            const std::int64_t start = 1'700'000'000'000 + i * 3'600'000LL;
            payloads.push_back(handPayload(base, {800000000 + i, start, 30, i % 2 == 0, false, false, "Aatrox"}));
        }
        test::TempStore store;
        const auto report = ingest::Importer(store.store->writer()).importPayloads(std::move(payloads));
        if (!report.failed.empty()) {
            qFatal("%s", report.failed[0].error.c_str());
        }
        auto db = store.store->openReader();
        analytics::Query q;
        q.puuids = {handPlayer()};
        analytics::AnalyticsEngine engine;
        auto found = analytics::findLobbyFindings(engine, db.value(), q, 1);
        if (!found) {
            qFatal("%s", found.error().message.c_str());
        }
        return found.value();
    };
    const auto twenty = findingsOf(20);
    QCOMPARE(twenty.size(), std::size_t(1));
    QCOMPARE(twenty[0].role, std::string("TOP"));
    QCOMPARE(twenty[0].metric, std::string("avg_deaths")); // the first of the catalog's at 0 %
    QCOMPARE(twenty[0].you, 4.0);
    QCOMPARE(twenty[0].games, std::int64_t{20});
    QCOMPARE(twenty[0].population, std::int64_t{20});
    QCOMPARE(twenty[0].p75, 2.0);
    QCOMPARE(twenty[0].betterThan, 0.0);
    QVERIFY(findingsOf(19).empty());
}
