// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// test_analytics: metrics computed by hand from real payloads (KDA, CS, damage share, lanes, remakes, Arena, empty
// sets), min games / sort / limit / last, hostile names, and METRICS.md's units and directions.
#include "test_analytics.h"

using namespace herald;
using namespace herald::analyticstest;

// METRICS.md's table gives every metric a unit and the way that is better; the catalog, which formatting and the
// KPI colours read, says the same for each, and no metric is missing from either.
void TestAnalytics::everyMetricHasTheUnitAndDirectionMetricsMdGives() {
    const std::string doc = test::readFile(test::fixturePath("") / ".." / ".." / ".." / "docs" / "METRICS.md");
    QVERIFY(!doc.empty());
    std::map<std::string, std::pair<std::string, std::string>> documented; // name -> (unit, better)
    // Rows of the metrics table: "| `a`, `b` | definition | unit | better |" (better: higher, lower, neither).
    std::istringstream lines(doc);
    for (std::string line; std::getline(lines, line);) {
        if (line.rfind("| `", 0) != 0) {
            continue;
        }
        std::vector<std::string> cells;
        for (std::size_t at = 1; at < line.size();) {
            const std::size_t end = line.find(" |", at);
            if (end == std::string::npos) {
                break;
            }
            cells.push_back(line.substr(at + 1, end - at - 1));
            at = end + 2;
        }
        if (cells.size() < 4 || (cells.back() != "higher" && cells.back() != "lower" && cells.back() != "neither")) {
            continue; // the dimensions' table
        }
        const std::string& names = cells.front();
        for (std::size_t open = names.find('`'); open != std::string::npos; open = names.find('`', open + 1)) {
            const std::size_t close = names.find('`', open + 1);
            documented[names.substr(open + 1, close - open - 1)] = {cells[cells.size() - 2], cells.back()};
            open = close;
        }
    }
    std::set<std::string> catalog;
    for (const auto& metric : analytics::metrics()) {
        const std::string metricName(metric.name);
        catalog.insert(metricName);
        QVERIFY2(documented.count(metricName) == 1, ("METRICS.md has no unit for " + metricName).c_str());
        const auto& [unit, better] = documented.at(metricName);
        QCOMPARE(unit, std::string(analytics::unitName(metric.unit)));
        QCOMPARE(better + (better == "neither" ? "" : " is better"),
                 std::string(analytics::directionName(metric.direction)));
    }
    for (const auto& [documentedName, unused] : documented) {
        QVERIFY2(catalog.count(documentedName) == 1, ("not in the catalog: " + documentedName).c_str());
    }
}

void TestAnalytics::kdaCsDamageShareAndKillParticipationByHand() {
    // Olaf (participant 2 of KR_7014499581, team 100): 10/5/4, cs 14 + 160 = 174, 1739 s, damage 19358, vision 41.
    // Team 100 damage: 17366 + 19358 + 20096 + 5885 + 13441 = 76146; team kills: 1 + 10 + 5 + 0 + 7 = 23.
    analytics::Query q;
    q.puuids = {puuidOf(test::kKrMatch, 1)};
    q.metrics = {"games",
                 "kda",
                 "cs_per_min",
                 "damage_share",
                 "kill_participation",
                 "vision_per_min",
                 "first_blood_rate",
                 "win_rate",
                 "avg_duration_min"};
    q.filters["since"] = {"2024-04-03"};
    q.filters["until"] = {"2024-04-03"};
    q.timeZone = "UTC";
    auto r = run(q);
    QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
    const auto& row = r.value()->rows.at(0);
    QCOMPARE(real(row[0]), 1.0);
    QCOMPARE(real(row[1]), (10.0 + 4.0) / 5.0);
    QCOMPARE(real(row[2]), 174.0 / (1739.0 / 60.0));
    QCOMPARE(real(row[3]), 19358.0 / 76146.0);
    QCOMPARE(real(row[4]), (10.0 + 4.0) / 23.0);
    QCOMPARE(real(row[5]), 41.0 / (1739.0 / 60.0));
    QCOMPARE(real(row[6]), 0.0);
    QCOMPARE(real(row[7]), 0.0);
    QCOMPARE(real(row[8]), 1739.0 / 60.0);
    // Kai'Sa (participant 9, team 200) took first blood: first_blood_rate 1.
    q.puuids = {puuidOf(test::kKrMatch, 8)};
    q.metrics = {"first_blood_rate", "kda"};
    r = run(q);
    QCOMPARE(real(r.value()->rows[0][0]), 1.0);
    QCOMPARE(real(r.value()->rows[0][1]), (16.0 + 2.0) / 4.0);
}

void TestAnalytics::csPerMinuteOfMillisecondPayload() {
    // JP1_323466834 (patch 11.16): no gameEndTimestamp, gameDuration 1965640 is in ms -> m = 1965.64 / 60.
    // Illaoi (participant 1): cs 185 + 12 = 197.
    analytics::Query q;
    q.puuids = {puuidOf("match_v5_JP1_323466834_p11.16_ranked.json", 0)};
    q.metrics = {"cs_per_min", "avg_duration_min"};
    auto r = run(q);
    QVERIFY(r.ok());
    QCOMPARE(real(r.value()->rows[0][0]), 197.0 / (1965.640 / 60.0));
    QCOMPARE(real(r.value()->rows[0][1]), 1965.640 / 60.0);
}

void TestAnalytics::laneDifferencesFromTheTimeline() {
    // KR_7014499581 timeline: the first frame at or after 600000 ms is at 600221. Olaf (2) and Viego (7), both
    // JUNGLE: total gold 4139 - 3064 = 1075; at 900306 ms (first frame >= 900000): cs (minions + jungle)
    // 96 - 99 = -3; gold 6519 - 5662 = 857; cs at 10: 73 - 59 = 14.
    analytics::Query q;
    q.puuids = {puuidOf(test::kKrMatch, 1)};
    q.metrics = {"gold_diff_10", "gold_diff_15", "cs_diff_10", "cs_diff_15"};
    q.groupBy = {"opponent_champion"};
    auto r = run(q);
    QVERIFY(r.ok());
    // Two participations: the recorded match (opponent Viego) and its copy without a lane opponent (null).
    QCOMPARE(r.value()->rows.size(), std::size_t{2});
    const auto& viego = r.value()->rows[1];
    QCOMPARE(text(viego[0]), std::string("Viego"));
    QCOMPARE(real(viego[1]), 1075.0);
    QCOMPARE(real(viego[2]), 857.0);
    QCOMPARE(real(viego[3]), 14.0);
    QCOMPARE(real(viego[4]), -3.0);
    QVERIFY(isNull(r.value()->rows[0][0]));
    QVERIFY(isNull(r.value()->rows[0][1])); // no opponent: left out, so null for that group
}

void TestAnalytics::participationWithoutLaneOpponentIsLeftOut() {
    // Over both of Olaf's games the mean is still 1075: the copy without an opponent is left out, not a 0.
    analytics::Query q;
    q.puuids = {puuidOf(test::kKrMatch, 1)};
    q.metrics = {"games", "gold_diff_10"};
    auto r = run(q);
    QCOMPARE(real(r.value()->rows[0][0]), 2.0);
    QCOMPARE(real(r.value()->rows[0][1]), 1075.0);
    // ARAM has no positions, so no lane opponent, and no timeline: null.
    q.puuids = {puuidOf("match_v5_NA1_4196060228_p12.2_aram_450.json", 4)};
    r = run(q);
    QCOMPARE(real(r.value()->rows[0][0]), 1.0);
    QVERIFY(isNull(r.value()->rows[0][1]));
}

void TestAnalytics::remakesAndAbortedGamesAreLeftOut() {
    // The swiftplay match and its remake copy share their players.
    analytics::Query q;
    q.puuids = {puuidOf("match_v5_EUW1_7261321891_p15.1_swiftplay_480.json", 0)};
    q.metrics = {"games"};
    QCOMPARE(real(run(q).value()->rows[0][0]), 1.0);
    q.includeRemakes = true;
    QCOMPARE(real(run(q).value()->rows[0][0]), 2.0);
    // NA1_5018382378 ended Abort_Unexpected: never counted, even with remakes included.
    q.puuids = {puuidOf("match_v5_NA1_5018382378_p14.12_abort_unexpected.json", 0)};
    QVERIFY(isNull(run(q).value()->rows[0][0]));
}

void TestAnalytics::arenaTeamsAreSubTeams() {
    // Arena participant 1 plays with participant 2 (playerSubteamId 1): their team kills and damage are theirs
    // alone, not those of the nominal team 100 (participants 1 to 8).
    const json arena = json::parse(test::arenaMatch());
    const auto& p1 = arena["info"]["participants"][0];
    const auto& p2 = arena["info"]["participants"][1];
    const double teamKills = p1["kills"].get<double>() + p2["kills"].get<double>();
    const double teamDamage =
        p1["totalDamageDealtToChampions"].get<double>() + p2["totalDamageDealtToChampions"].get<double>();
    analytics::Query q;
    q.puuids = {"arena-player-1"};
    q.metrics = {"kill_participation", "damage_share"};
    auto r = run(q);
    QVERIFY(r.ok());
    QCOMPARE(real(r.value()->rows[0][0]), (p1["kills"].get<double>() + p1["assists"].get<double>()) / teamKills);
    QCOMPARE(real(r.value()->rows[0][1]), p1["totalDamageDealtToChampions"].get<double>() / teamDamage);
}

void TestAnalytics::emptySetIsNull() {
    analytics::Query q;
    q.puuids = {"nobody"};
    q.metrics = {"games", "wins", "losses", "win_rate", "kda", "cs_per_min", "damage_share", "gold_diff_10"};
    auto r = run(q);
    QVERIFY(r.ok());
    QCOMPARE(r.value()->rows.size(), std::size_t{1});
    for (const auto& value : r.value()->rows[0]) {
        QVERIFY(isNull(value)); // never 0, never NaN
    }
    q.groupBy = {"champion"};
    QCOMPARE(run(q).value()->rows.size(), std::size_t{0});
}

void TestAnalytics::minGamesSortAndLimit() {
    auto db = m_demo->store->openReader();
    analytics::AnalyticsEngine engine;
    analytics::Query all;
    all.puuids = {demo::demoAccount().puuid};
    all.metrics = {"games", "win_rate"};
    all.groupBy = {"champion"};
    auto full = engine.run(db.value(), all, 1, kNow).value();
    std::vector<std::pair<double, std::string>> eligible;
    for (const auto& row : full->rows) {
        if (real(row[1]) >= 5) {
            eligible.push_back({real(row[1]), text(row[0])});
        }
    }
    std::stable_sort(eligible.begin(), eligible.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    analytics::Query q = all;
    q.minGames = 5;
    q.order = analytics::parseOrder("-games");
    q.limit = 3;
    auto top = engine.run(db.value(), q, 1, kNow).value();
    QCOMPARE(top->rows.size(), std::size_t{3});
    for (std::size_t i = 0; i < 3; ++i) {
        QCOMPARE(real(top->rows[i][1]), eligible[i].first);
        QVERIFY(real(top->rows[i][1]) >= 5);
    }
    QVERIFY(real(top->rows[0][1]) >= real(top->rows[1][1]));
    q.order = analytics::parseOrder("champion"); // ascending by name
    q.limit.reset();
    auto byName = engine.run(db.value(), q, 1, kNow).value();
    QCOMPARE(byName->rows.size(), eligible.size());
    for (std::size_t i = 1; i < byName->rows.size(); ++i) {
        QVERIFY(text(byName->rows[i - 1][0]) < text(byName->rows[i][0]));
    }
}

void TestAnalytics::lastCountsTheMostRecentGames() {
    auto db = m_demo->store->openReader();
    const std::string me = demo::demoAccount().puuid;
    // The 10 most recent counted games, from the store's own order (newest first, remakes and aborts left out).
    store::Statement recent(db.value(), "SELECT sum(win) FROM (SELECT win FROM match_participants WHERE puuid = ? "
                                        "AND complete = 1 AND remake = 0 ORDER BY game_creation DESC LIMIT 10)");
    recent.bind(1, me);
    QVERIFY(recent.step());
    const double wins = recent.columnDouble(0);
    analytics::AnalyticsEngine engine;
    analytics::Query q;
    q.puuids = {me};
    q.metrics = {"games", "wins"};
    q.filters["last"] = {"10"};
    auto r = engine.run(db.value(), q, 1, kNow).value();
    QCOMPARE(real(r->rows[0][0]), 10.0);
    QCOMPARE(real(r->rows[0][1]), wins);
    q.filters["last"] = {"0"};
    QVERIFY(!engine.run(db.value(), q, 1, kNow).ok());
}

void TestAnalytics::hostileNamesAreRefusedAndChangeNothing() {
    const auto before = m_reader->queryInt("SELECT count(*) FROM matches") * 1000 +
                        m_reader->queryInt("SELECT count(*) FROM match_participants");
    const std::vector<std::string> hostile = {"win_rate; DROP TABLE matches",
                                              "games\" FROM accounts --",
                                              "champion' OR '1'='1",
                                              "wïn_ràte",
                                              "",
                                              "games)",
                                              "count(*)"};
    for (const auto& name : hostile) {
        analytics::Query asMetric;
        asMetric.puuids = {"x"};
        asMetric.metrics = {name};
        auto r = run(asMetric);
        QVERIFY2(!r.ok(), name.c_str());
        QCOMPARE(r.error().kind, ErrorKind::Validation);
        QVERIFY2(r.error().message.find("valid metrics: games, wins") != std::string::npos, r.error().message.c_str());
        analytics::Query asDimension;
        asDimension.puuids = {"x"};
        asDimension.metrics = {"games"};
        asDimension.groupBy = {name};
        QVERIFY(!run(asDimension).ok());
        analytics::Query asFilter = asDimension;
        asFilter.groupBy.clear();
        asFilter.filters[name] = {"1"};
        QVERIFY(!run(asFilter).ok());
        analytics::Query asSort = asDimension;
        asSort.groupBy = {"champion"};
        asSort.order = analytics::OrderBy{name, true};
        QVERIFY(!run(asSort).ok());
    }
    // Hostile values are only ever bound: they match nothing and break nothing.
    analytics::Query q;
    q.puuids = {puuidOf(test::kKrMatch, 1), "' OR 1=1 --"};
    q.metrics = {"games"};
    q.filters["champion"] = {"Olaf' OR '1'='1", "\"; DROP TABLE matches; --", "オラフ"};
    auto r = run(q);
    QVERIFY(r.ok());
    QVERIFY(isNull(r.value()->rows[0][0]));
    const auto after = m_reader->queryInt("SELECT count(*) FROM matches") * 1000 +
                       m_reader->queryInt("SELECT count(*) FROM match_participants");
    QCOMPARE(after, before);
}
