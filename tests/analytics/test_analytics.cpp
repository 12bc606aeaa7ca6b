// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The analytics engine against docs/METRICS.md: metrics computed by hand from real payloads, dimensions and
// filters against an independent computation over the raw demo JSON, time zones, hostile input, query plans,
// the rollup path, the cache and re-derivation.
#include "analytics/compiler.h"
#include "analytics/engine.h"
#include "analytics/frame.h"
#include "analytics/insights.h"
#include "demo/demogenerator.h"
#include "demo/demohistory.h"
#include "ingest/compression.h"
#include "ingest/importer.h"
#include "ingest/matchwriter.h"
#include "ingest/payloadparser.h"
#include "ingest/rebuild.h"
#include "store/database.h"
#include "store/matchdetail.h"
#include "store/migrations.h"
#include "store/settings.h"
#include "store/syncqueue.h"
#include "templates/templatestore.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QtTest>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <sstream>

using namespace herald;
using nlohmann::json;

namespace {

// METRICS.md's Riot ID of a participant: gameName#tagLine (riotIdGameName, else the older riotIdName), else the
// summoner name.
std::string riotIdOf(const json& p) {
    std::string name = p.value("riotIdGameName", "");
    if (name.empty()) {
        name = p.value("riotIdName", "");
    }
    return name.empty() ? p.value("summonerName", "") : name + "#" + p.value("riotIdTagline", "");
}

// SQLite's NOCASE folds ASCII letters only; so do the two executors.
std::string lower(std::string text) {
    for (char& c : text) {
        c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return text;
}

std::string upper(std::string text) {
    for (char& c : text) {
        c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    }
    return text;
}

// The demo matches METRICS.md counts: complete (endOfGameResult GameComplete, or none) and not remakes.
std::vector<json> countedMatches(const std::vector<ingest::NamedPayload>& payloads) {
    std::vector<json> counted;
    for (const auto& payload : payloads) {
        if (payload.name.find("_timeline") != std::string::npos) {
            continue;
        }
        json match = json::parse(payload.bytes);
        const auto& info = match["info"];
        if (info.value("endOfGameResult", "GameComplete") != "GameComplete") {
            continue;
        }
        bool remake = false;
        for (const auto& p : info["participants"]) {
            remake = remake || p.value("gameEndedInEarlySurrender", false);
        }
        if (!remake) {
            counted.push_back(std::move(match));
        }
    }
    return counted;
}

int teamKeyOf(const json& p) {
    const int subteam = p.value("playerSubteamId", 0);
    return subteam != 0 ? 1000 + subteam : p["teamId"].get<int>();
}

constexpr std::int64_t kNow = 1'780'000'000'000; // fixed "now" for relative dates and the demo history

std::string puuidOf(const std::string& fixture, std::size_t index) {
    return json::parse(test::readFixture(fixture))["info"]["participants"][index]["puuid"].get<std::string>();
}

double real(const analytics::Value& v) {
    if (const auto* d = std::get_if<double>(&v)) {
        return *d;
    }
    if (const auto* i = std::get_if<std::int64_t>(&v)) {
        return static_cast<double>(*i);
    }
    qFatal("not a number");
}

bool isNull(const analytics::Value& v) {
    return std::holds_alternative<std::monostate>(v);
}
std::string text(const analytics::Value& v) {
    if (const auto* s = std::get_if<std::string>(&v)) {
        return *s;
    }
    if (const auto* i = std::get_if<std::int64_t>(&v)) {
        return std::to_string(*i);
    }
    return "<null>";
}

// A copy of a real match (and timeline) under another id and start time: same players, same numbers.
std::pair<std::string, std::string> copyOf(const std::string& matchFixture, const std::string& timelineFixture,
                                           long long gameId, long long creation) {
    json match = json::parse(test::readFixture(matchFixture));
    const std::string platform = match["info"]["platformId"].get<std::string>();
    match["metadata"]["matchId"] = platform + "_" + std::to_string(gameId);
    match["info"]["gameId"] = gameId;
    match["info"]["gameCreation"] = creation;
    std::string timeline;
    if (!timelineFixture.empty()) {
        json t = json::parse(test::readFixture(timelineFixture));
        t["metadata"]["matchId"] = match["metadata"]["matchId"];
        t["info"]["gameId"] = gameId;
        timeline = t.dump();
    }
    return {match.dump(), timeline};
}

} // namespace

class TestAnalytics : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void kdaCsDamageShareAndKillParticipationByHand();
    void everyMetricHasTheUnitAndDirectionMetricsMdGives();
    void csPerMinuteOfMillisecondPayload();
    void laneDifferencesFromTheTimeline();
    void participationWithoutLaneOpponentIsLeftOut();
    void remakesAndAbortedGamesAreLeftOut();
    void arenaTeamsAreSubTeams();
    void emptySetIsNull();
    void dimensionsAndFiltersMatchAnIndependentCount();
    void teammatesAreRiotIdsOfTheSameTeamOrSubTeam();
    void teammatesAndTeamFiltersMatchAnIndependentCount();
    void sessionsAndStreaksByHand();
    void sessionsAndStreaksMatchAnIndependentCount();
    void twoProportionTestByHand();
    void findingsOnlyWhereTheDifferenceIsLargerThanChance();
    void minGamesSortAndLimit();
    void lastCountsTheMostRecentGames();
    void timeZoneBucketsAcrossMidnightAndDst();
    void sinceAndUntilAreLocalDates();
    void hostileNamesAreRefusedAndChangeNothing();
    void dashboardQueriesUseIndexes();
    void rollupGivesTheSameAnswer();
    void cacheHitsAndInvalidation();
    void lpSeriesFromRankHistory();
    void rebuildRestoresDerivedRows();
    void upgradeFromVersion2RederivesFromRawPayloads();
    void inMemoryFrameAgreesWithTheSql();
    void upgradeFromVersion6KeepsEverythingAndCompacts();

private:
    Result<std::shared_ptr<const analytics::ResultTable>> run(const analytics::Query& q, std::uint64_t version = 1);
    std::unique_ptr<test::TempStore> m_fixtures; // recorded payloads and shapes derived from them
    std::unique_ptr<test::TempStore> m_demo;     // a demo history
    std::vector<ingest::NamedPayload> m_demoPayloads;
    analytics::AnalyticsEngine m_engine;
    store::Database* m_db = nullptr;
    std::unique_ptr<store::Database> m_reader;
};

Result<std::shared_ptr<const analytics::ResultTable>> TestAnalytics::run(const analytics::Query& q,
                                                                         std::uint64_t version) {
    return m_engine.run(*m_reader, q, version, kNow);
}

void TestAnalytics::initTestCase() {
    m_fixtures = std::make_unique<test::TempStore>();
    std::vector<ingest::NamedPayload> payloads;
    for (const char* name : {test::kKrMatch, test::kKrTimeline, "match_v5_JP1_323466834_p11.16_ranked.json",
                             "timeline_v5_JP1_323466834_p11.16.json", "match_v5_NA1_4196060228_p12.2_aram_450.json",
                             "match_v5_EUW1_7261321891_p15.1_swiftplay_480.json",
                             "match_v5_NA1_5018382378_p14.12_abort_unexpected.json"}) {
        payloads.push_back({name, test::readFixture(name)});
    }
    payloads.push_back({"remake", test::remakeMatch()});
    payloads.push_back({"arena", test::arenaMatch()});
    // KR_7014499581 again, with its jungler on the red side given no position: Olaf has no lane opponent there.
    auto [noOpponent, noOpponentTimeline] = copyOf(test::kKrMatch, test::kKrTimeline, 1, 1712161609888 + 86'400'000);
    json edited = json::parse(noOpponent);
    edited["info"]["participants"][6]["teamPosition"] = "";
    payloads.push_back({"no-opponent", edited.dump()});
    payloads.push_back({"no-opponent-timeline", noOpponentTimeline});
    const auto report = ingest::Importer(m_fixtures->store->writer()).importPayloads(std::move(payloads));
    QVERIFY2(report.failed.empty(), report.failed.empty() ? "" : report.failed[0].error.c_str());

    m_demo = std::make_unique<test::TempStore>();
    demo::DemoOptions options;
    options.matches = 300;
    options.endMs = kNow;
    QVERIFY(demo::createDemoHistory(m_demo->store->writer(), options).ok());
    demo::DemoGenerator again(options); // the same payloads, for the independent computation
    while (again.next(m_demoPayloads)) {
    }
    m_reader = std::make_unique<store::Database>(m_fixtures->store->openReader().value());
}

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

void TestAnalytics::dimensionsAndFiltersMatchAnIndependentCount() {
    // The oracle: the raw demo payloads, read with nlohmann, counted by the definitions of METRICS.md.
    const std::string me = demo::demoAccount().puuid;
    std::map<std::string, std::map<std::string, std::pair<int, int>>> expected; // dimension -> value -> games, wins
    for (const json& match : countedMatches(m_demoPayloads)) {
        const auto& info = match["info"];
        for (const auto& p : info["participants"]) {
            if (p["puuid"] != me) {
                continue;
            }
            const bool win = p["win"].get<bool>();
            const std::string version = info["gameVersion"].get<std::string>();
            const std::string position = p.value("teamPosition", "");
            const std::map<std::string, std::string> values = {
                {"champion", p["championName"].get<std::string>()},
                {"role", !position.empty()                                                          ? position
                         : std::set<int>{100, 450, 720, 2400}.count(info["queueId"].get<int>())     ? "ARAM"
                         : std::set<int>{1700, 1710, 1750}.count(info["queueId"].get<int>())        ? "ARENA"
                         : info["queueId"].get<int>() >= 1810 && info["queueId"].get<int>() <= 1840 ? "SWARM"
                                                                                                    : "NONE"},
                {"queue", std::to_string(info["queueId"].get<int>())},
                {"patch", version.substr(0, version.find('.', version.find('.') + 1))},
                {"side", p["teamId"] == 100   ? "blue"
                         : p["teamId"] == 200 ? "red"
                                              : "other"},
                {"result", win ? "win" : "loss"},
            };
            for (const auto& [dimension, value] : values) {
                auto& cell = expected[dimension][value];
                cell.first += 1;
                cell.second += win ? 1 : 0;
            }
        }
    }
    auto db = m_demo->store->openReader();
    analytics::AnalyticsEngine engine;
    for (const auto& [dimension, groups] : expected) {
        analytics::Query q;
        q.puuids = {me};
        q.metrics = {"games", "wins"};
        q.groupBy = {dimension};
        auto r = engine.run(db.value(), q, 1, kNow);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        QCOMPARE(r.value()->rows.size(), groups.size());
        for (const auto& row : r.value()->rows) {
            const auto it = groups.find(text(row[0]));
            QVERIFY2(it != groups.end(), (dimension + "=" + text(row[0])).c_str());
            QCOMPARE(real(row[1]), static_cast<double>(it->second.first));
            QCOMPARE(real(row[2]), static_cast<double>(it->second.second));
        }
        // The same dimension as a filter (case-insensitive for names) picks exactly that group.
        const auto& [value, counts] = *groups.begin();
        analytics::Query filtered;
        filtered.puuids = {me};
        filtered.metrics = {"games"};
        filtered.filters[dimension] = {dimension == "champion" ? QString::fromStdString(value).toLower().toStdString()
                                                               : value};
        auto f = engine.run(db.value(), filtered, 1, kNow);
        QVERIFY2(f.ok(), f.ok() ? "" : f.error().message.c_str());
        QCOMPARE(real(f.value()->rows[0][0]), static_cast<double>(counts.first));
    }
    // Several values of a filter mean any of them; account is the Riot ID.
    analytics::Query q;
    q.puuids = {me};
    q.metrics = {"games"};
    q.groupBy = {"account"};
    q.filters["side"] = {"blue", "red"};
    auto r = engine.run(db.value(), q, 1, kNow);
    QCOMPARE(text(r.value()->rows[0][0]), std::string("Demo#HRLD"));
    QCOMPARE(real(r.value()->rows[0][1]),
             static_cast<double>(expected["side"]["blue"].first + expected["side"]["red"].first));
}

void TestAnalytics::teammatesAreRiotIdsOfTheSameTeamOrSubTeam() {
    // JP1_323466834 (patch 11.16) has no Riot IDs: its players are named by summonerName. Participant 1 (team 100)
    // played with 想見君, "Hasaki " (the trailing space is the payload's), りんな and 私の頭がかたい; R1cky was on team
    // 200.
    const std::string jp = puuidOf("match_v5_JP1_323466834_p11.16_ranked.json", 0);
    analytics::Query q;
    q.puuids = {jp};
    q.metrics = {"games"};
    q.groupBy = {"teammate"};
    auto r = run(q);
    QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
    std::vector<std::string> names;
    for (const auto& row : r.value()->rows) {
        names.push_back(text(row[0]));
        QCOMPARE(real(row[1]), 1.0);
    }
    // Ordered as SQLite orders text (bytes): ASCII first, then the UTF-8 of the kana and the kanji.
    QCOMPARE(names, (std::vector<std::string>{"Hasaki ", "りんな", "想見君", "私の頭がかたい"}));
    analytics::Query filtered;
    filtered.puuids = {jp};
    filtered.metrics = {"games"};
    filtered.filters["with"] = {"HASAKI "};
    QCOMPARE(real(run(filtered).value()->rows[0][0]), 1.0);
    filtered.filters["with"] = {"r1cky"}; // on the other team
    QVERIFY(isNull(run(filtered).value()->rows[0][0]));
    filtered.filters.clear();
    filtered.filters["against"] = {"r1cky"};
    QCOMPARE(real(run(filtered).value()->rows[0][0]), 1.0);
    filtered.filters["against"] = {"Hasaki "};
    QVERIFY(isNull(run(filtered).value()->rows[0][0]));

    // Arena: the team is the duo (playerSubteamId), not the nominal team 100 of eight players.
    const json arena = json::parse(test::arenaMatch());
    const auto& players = arena["info"]["participants"];
    q.puuids = {"arena-player-1"};
    r = run(q);
    QVERIFY(r.ok());
    QCOMPARE(r.value()->rows.size(), std::size_t{1});
    QCOMPARE(text(r.value()->rows[0][0]), riotIdOf(players[1]));
    QCOMPARE(text(r.value()->rows[0][0]), std::string("Valoose#EUW"));
    // Participant 7 is of team 100 but another duo: against, not with.
    filtered.puuids = {"arena-player-1"};
    filtered.filters.clear();
    filtered.filters["with"] = {riotIdOf(players[6])};
    QVERIFY(isNull(run(filtered).value()->rows[0][0]));
    filtered.filters.clear();
    filtered.filters["against"] = {riotIdOf(players[6])};
    QCOMPARE(real(run(filtered).value()->rows[0][0]), 1.0);

    // Not a filter: with and against are.
    analytics::Query bad = q;
    bad.groupBy.clear();
    bad.filters["teammate"] = {"x"};
    QVERIFY(!run(bad).ok());
    QVERIFY(run(bad).error().message.find("with=Name#TAG") != std::string::npos);
}

void TestAnalytics::teammatesAndTeamFiltersMatchAnIndependentCount() {
    // The oracle: the raw demo payloads; each counted game of the player counts once for each other player of
    // the same team, by Riot ID; with= / against= keep the games with one of the players on / off that team.
    const std::string me = demo::demoAccount().puuid;
    std::map<std::string, std::pair<int, int>> mates; // Riot ID -> games, wins
    std::map<std::string, int> withGames, againstGames;
    for (const json& match : countedMatches(m_demoPayloads)) {
        const auto& info = match["info"];
        const json* mine = nullptr;
        for (const auto& p : info["participants"]) {
            if (p["puuid"] == me) {
                mine = &p;
            }
        }
        if (mine == nullptr) {
            continue;
        }
        std::set<std::string> sameTeam, otherTeams;
        for (const auto& p : info["participants"]) {
            if (&p == mine) {
                continue;
            }
            (teamKeyOf(p) == teamKeyOf(*mine) ? sameTeam : otherTeams).insert(lower(riotIdOf(p)));
            if (teamKeyOf(p) == teamKeyOf(*mine)) {
                auto& cell = mates[riotIdOf(p)];
                cell.first += 1;
                cell.second += (*mine)["win"].get<bool>() ? 1 : 0;
            }
        }
        for (const auto& name : sameTeam) {
            ++withGames[name];
        }
        for (const auto& name : otherTeams) {
            ++againstGames[name];
        }
    }
    QVERIFY(mates.size() > 100);
    // The demo's three regular partners are there, each in many games (about one in nine).
    for (const auto& companion : demo::demoFriends()) {
        const auto it = mates.find(companion.gameName + "#" + companion.tagLine);
        QVERIFY(it != mates.end());
        QVERIFY2(it->second.first >= 15, companion.gameName.c_str());
    }
    auto db = m_demo->store->openReader();
    analytics::AnalyticsEngine engine;
    analytics::Query q;
    q.puuids = {me};
    q.metrics = {"games", "wins"};
    q.groupBy = {"teammate"};
    auto r = engine.run(db.value(), q, 1, kNow);
    QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
    QCOMPARE(r.value()->rows.size(), mates.size());
    for (const auto& row : r.value()->rows) {
        const auto it = mates.find(text(row[0]));
        QVERIFY2(it != mates.end(), text(row[0]).c_str());
        QCOMPARE(real(row[1]), static_cast<double>(it->second.first));
        QCOMPARE(real(row[2]), static_cast<double>(it->second.second));
    }
    // --min-games keeps the partners: every group left has at least that many games.
    q.minGames = 2;
    std::size_t partners = 0;
    for (const auto& [name, cell] : mates) {
        partners += cell.first >= 2 ? 1 : 0;
    }
    QCOMPARE(engine.run(db.value(), q, 1, kNow).value()->rows.size(), partners);

    // with= / against=, in upper case: the games with that player on the player's team / on another team.
    const auto busiest = std::max_element(withGames.begin(), withGames.end(),
                                          [](const auto& a, const auto& b) { return a.second < b.second; });
    const auto rival = std::max_element(againstGames.begin(), againstGames.end(),
                                        [](const auto& a, const auto& b) { return a.second < b.second; });
    auto count = [&](const char* filter, std::vector<std::string> values) {
        analytics::Query f;
        f.puuids = {me};
        f.metrics = {"games"};
        for (auto& value : values) {
            value = upper(value);
        }
        f.filters[filter] = values;
        auto result = engine.run(db.value(), f, 1, kNow);
        if (!result) {
            qFatal("%s", result.error().message.c_str());
        }
        const auto& cell = result.value()->rows[0][0];
        return isNull(cell) ? 0.0 : real(cell);
    };
    QCOMPARE(count("with", {busiest->first}), static_cast<double>(busiest->second));
    QCOMPARE(count("against", {rival->first}), static_cast<double>(rival->second));
    QCOMPARE(count("against", {busiest->first}), static_cast<double>(againstGames[busiest->first]));
    QCOMPARE(count("with", {"Nobody#NONE"}), 0.0);
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

void TestAnalytics::timeZoneBucketsAcrossMidnightAndDst() {
    // Europe/Paris moves to summer time on 2026-03-29 at 01:00 UTC (02:00 CET -> 03:00 CEST).
    //   2026-03-28T23:30Z = 00:30 CET on the 29th (a Sunday, ISO week 2026-W13), UTC day 2026-03-28
    //   2026-03-29T00:30Z = 01:30 CET on the 29th
    //   2026-03-29T01:30Z = 03:30 CEST on the 29th
    //   2027-01-01T12:00Z = a Friday of ISO week 2026-W53 (2026 began on a Thursday)
    test::TempStore temp;
    std::vector<ingest::NamedPayload> payloads;
    const long long instants[] = {1774740600000, 1774744200000, 1774747800000, 1798804800000};
    for (int i = 0; i < 4; ++i) {
        payloads.push_back({"m" + std::to_string(i), copyOf(test::kKrMatch, "", 100 + i, instants[i]).first});
    }
    QCOMPARE(ingest::Importer(temp.store->writer()).importPayloads(std::move(payloads)).imported, 4);
    auto db = temp.store->openReader();
    analytics::AnalyticsEngine engine;
    auto buckets = [&](const std::string& dimension, const std::string& zone) {
        analytics::Query q;
        q.puuids = {puuidOf(test::kKrMatch, 1)};
        q.metrics = {"games"};
        q.groupBy = {dimension};
        q.timeZone = zone;
        auto r = engine.run(db.value(), q, 1, kNow);
        if (!r) {
            qFatal("%s", r.error().message.c_str());
        }
        std::string out;
        for (const auto& row : r.value()->rows) {
            out += text(row[0]) + ":" + text(row[1]) + " ";
        }
        return out;
    };
    QCOMPARE(buckets("day", "Europe/Paris"), std::string("2026-03-29:3 2027-01-01:1 "));
    QCOMPARE(buckets("day", "UTC"), std::string("2026-03-28:1 2026-03-29:2 2027-01-01:1 "));
    QCOMPARE(buckets("hour", "Europe/Paris"), std::string("0:1 1:1 3:1 13:1 "));
    QCOMPARE(buckets("hour", "America/New_York"), std::string("7:1 19:1 20:1 21:1 "));
    QCOMPARE(buckets("weekday", "Europe/Paris"), std::string("5:1 7:3 "));
    QCOMPARE(buckets("weekday", "UTC"), std::string("5:1 6:1 7:2 "));
    QCOMPARE(buckets("week", "Europe/Paris"), std::string("2026-W13:3 2026-W53:1 "));
    QCOMPARE(buckets("month", "Pacific/Auckland"), std::string("2026-03:3 2027-01:1 "));
    analytics::Query bad;
    bad.puuids = {"x"};
    bad.metrics = {"games"};
    bad.groupBy = {"day"};
    bad.timeZone = "Mars/Olympus_Mons";
    auto refused = engine.run(db.value(), bad, 1, kNow);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.find("unknown time zone") != std::string::npos, refused.error().message.c_str());
}

void TestAnalytics::sinceAndUntilAreLocalDates() {
    // KR_7014499581 started 2024-04-03T16:26:49Z = 2024-04-04 01:26 in Seoul; its copy one day later.
    analytics::Query q;
    q.puuids = {puuidOf(test::kKrMatch, 1)};
    q.metrics = {"games"};
    q.timeZone = "Asia/Seoul";
    q.filters["since"] = {"2024-04-04"};
    q.filters["until"] = {"2024-04-04"};
    QCOMPARE(real(run(q).value()->rows[0][0]), 1.0);
    q.timeZone = "UTC";
    QCOMPARE(real(run(q).value()->rows[0][0]), 1.0); // the copy, on the 4th in UTC
    q.filters["since"] = {"2024-04-03"};
    QCOMPARE(real(run(q).value()->rows[0][0]), 2.0);
    q.filters.erase("until");
    q.filters["since"] = {"-30d"}; // relative to "now" (2026): nothing that recent
    QVERIFY(isNull(run(q).value()->rows[0][0]));
    q.filters["since"] = {"2024-02-30"};
    QVERIFY(!run(q).ok());
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

void TestAnalytics::dashboardQueriesUseIndexes() {
    // The queries of the ten-widget dashboard (and the rollup path) on the demo store.
    auto db = m_demo->store->openReader();
    const std::string me = demo::demoAccount().puuid;
    auto make = [&](std::vector<std::string> metrics, std::vector<std::string> by,
                    std::map<std::string, std::vector<std::string>> filters) {
        analytics::Query q;
        q.puuids = {me};
        q.metrics = std::move(metrics);
        q.groupBy = std::move(by);
        q.filters = std::move(filters);
        q.timeZone = "Europe/Paris";
        return q;
    };
    const std::vector<analytics::Query> queries = {
        make({"win_rate"}, {}, {{"queue", {"420"}}, {"since", {"-90d"}}}),
        make({"kda", "cs_per_min"}, {"week"}, {{"queue", {"420"}}}),
        make({"win_rate", "games"}, {"champion"}, {{"queue", {"420"}}}),
        make({"games"}, {"role"}, {}),
        make({"games", "win_rate", "kda", "cs_per_min", "damage_share"}, {"champion"}, {}),
        make({"win_rate"}, {"weekday", "hour"}, {}),
        make({"gold_diff_10"}, {"role"}, {{"last", {"100"}}}),
        make({"lp"}, {"day"}, {{"queue", {"RANKED_SOLO_5x5"}}}),
    };
    int rollups = 0;
    for (const auto& q : queries) {
        auto compiled = analytics::compile(db.value(), q, kNow);
        QVERIFY2(compiled.ok(), compiled.ok() ? "" : compiled.error().message.c_str());
        rollups += compiled->usesRollup ? 1 : 0;
        store::Statement explain(db.value(), "EXPLAIN QUERY PLAN " + compiled->sql);
        std::string plan;
        while (explain.step()) {
            plan += explain.columnText(3) + "\n";
        }
        QVERIFY2(plan.find("USING PRIMARY KEY (puuid=?") != std::string::npos, plan.c_str());
        for (const char* table : {"SCAN p\n", "SCAN match_participants", "SCAN matches", "SCAN ranking_history",
                                  "SCAN champion_performance"}) {
            QVERIFY2(plan.find(table) == std::string::npos, plan.c_str());
        }
    }
    // Win rate by champion in a queue comes from the rollup; the champion pool has damage_share, a mean of
    // per-game ratios that no total can give, so it reads the base rows.
    QCOMPARE(rollups, 1);
    // The in-memory frame is read with one primary-key range per player.
    store::Statement frameLoad(db.value(), "EXPLAIN QUERY PLAN SELECT game_creation FROM match_participants "
                                           "WHERE puuid = ? AND complete = 1");
    std::string framePlan;
    while (frameLoad.step()) {
        framePlan += frameLoad.columnText(3) + "\n";
    }
    QVERIFY2(framePlan.find("USING PRIMARY KEY (puuid=?)") != std::string::npos, framePlan.c_str());
}

void TestAnalytics::rollupGivesTheSameAnswer() {
    auto db = m_demo->store->openReader();
    analytics::AnalyticsEngine engine;
    analytics::Query q;
    q.puuids = {demo::demoAccount().puuid};
    q.metrics = {"games",           "wins",
                 "losses",          "win_rate",
                 "avg_kills",       "avg_deaths",
                 "avg_assists",     "kda",
                 "cs_per_min",      "gold_per_min",
                 "damage_per_min",  "vision_score",
                 "vision_per_min",  "avg_duration_min",
                 "first_blood_rate"};
    q.groupBy = {"champion", "queue"};
    auto viaRollup = analytics::compile(db.value(), q, kNow);
    QVERIFY(viaRollup.ok() && viaRollup->usesRollup);
    analytics::Query base = q;
    base.filters["since"] = {"2000-01-01"}; // any date filter takes the base rows
    auto viaBase = analytics::compile(db.value(), base, kNow);
    QVERIFY(viaBase.ok() && !viaBase->usesRollup);
    const auto a = analytics::execute(db.value(), viaRollup.value()).value();
    const auto b = analytics::execute(db.value(), viaBase.value()).value();
    QCOMPARE(a.rows.size(), b.rows.size());
    QVERIFY(a.rows.size() > 10);
    for (std::size_t r = 0; r < a.rows.size(); ++r) {
        QCOMPARE(text(a.rows[r][0]), text(b.rows[r][0]));
        QCOMPARE(text(a.rows[r][1]), text(b.rows[r][1]));
        for (std::size_t c = 2; c < a.rows[r].size(); ++c) {
            QVERIFY2(std::abs(real(a.rows[r][c]) - real(b.rows[r][c])) <=
                         1e-9 * std::max(1.0, std::abs(real(b.rows[r][c]))),
                     (q.metrics[c - 2] + " differs").c_str());
        }
    }

    // The daily rollup: by day, week and month in UTC, with whole-day dates, it answers exactly as the base rows
    // (evaluated here on the in-memory frame); in another zone, or with a relative date, it is not used.
    auto frame = analytics::loadFrame(db.value(), q.puuids).value();
    for (const char* dimension : {"day", "week", "month"}) {
        analytics::Query daily = q;
        daily.groupBy = {dimension, "queue"};
        daily.timeZone = "UTC";
        daily.filters = {{"since", {"2026-01-01"}}, {"until", {"2026-05-31"}}, {"queue", {"420", "440", "450"}}};
        auto compiled = analytics::compile(db.value(), daily, kNow);
        QVERIFY2(compiled.ok() && compiled->usesRollup, dimension);
        QVERIFY(compiled->sql.find("user_analytics") != std::string::npos);
        const auto viaDaily = analytics::execute(db.value(), compiled.value()).value();
        const auto viaRows = analytics::evaluate(*frame, daily, compiled.value()).value();
        QCOMPARE(viaDaily.rows.size(), viaRows.rows.size());
        QVERIFY(viaDaily.rows.size() > 5);
        for (std::size_t r = 0; r < viaRows.rows.size(); ++r) {
            QCOMPARE(text(viaDaily.rows[r][0]), text(viaRows.rows[r][0]));
            QCOMPARE(text(viaDaily.rows[r][1]), text(viaRows.rows[r][1]));
            for (std::size_t c = 2; c < viaRows.rows[r].size(); ++c) {
                QVERIFY2(std::abs(real(viaDaily.rows[r][c]) - real(viaRows.rows[r][c])) <=
                             1e-9 * std::max(1.0, std::abs(real(viaRows.rows[r][c]))),
                         (std::string(dimension) + " " + daily.metrics[c - 2]).c_str());
            }
        }
        daily.timeZone = "Europe/Paris";
        QVERIFY(!analytics::compile(db.value(), daily, kNow)->usesRollup);
        daily.timeZone = "UTC";
        daily.filters["since"] = {"-90d"};
        QVERIFY(!analytics::compile(db.value(), daily, kNow)->usesRollup);
    }
}

void TestAnalytics::cacheHitsAndInvalidation() {
    analytics::AnalyticsEngine engine(2, std::chrono::seconds(60));
    analytics::Query q;
    q.puuids = {puuidOf(test::kKrMatch, 1)};
    q.metrics = {"games"};
    auto first = engine.run(*m_reader, q, 7, kNow);
    auto second = engine.run(*m_reader, q, 7, kNow);
    QCOMPARE(first.value().get(), second.value().get()); // the same cached table
    QCOMPARE(engine.stats().hits, std::uint64_t{1});
    QCOMPARE(engine.stats().misses, std::uint64_t{1});
    auto afterWrite = engine.run(*m_reader, q, 8, kNow); // a write bumped the data version
    QVERIFY(afterWrite.value().get() != first.value().get());
    QCOMPARE(engine.stats().misses, std::uint64_t{2});
    analytics::Query other = q;
    other.metrics = {"wins"};
    QVERIFY(engine.run(*m_reader, other, 8, kNow).ok());
    QVERIFY(engine.run(*m_reader, q, 7, kNow).ok()); // evicted: capacity 2
    QCOMPARE(engine.stats().entries, std::size_t{2});
    QCOMPARE(engine.stats().misses, std::uint64_t{4});
    analytics::AnalyticsEngine shortLived(8, std::chrono::seconds(0));
    QVERIFY(shortLived.run(*m_reader, q, 1, kNow).ok());
    QVERIFY(shortLived.run(*m_reader, q, 1, kNow).ok());
    QCOMPARE(shortLived.stats().hits, std::uint64_t{0}); // expired at once
}

void TestAnalytics::lpSeriesFromRankHistory() {
    test::TempStore temp;
    auto written = temp.store->writer()
                       .submit<Ok>([](store::Database& db) -> Result<Ok> {
                           db.execScript("INSERT INTO ranking_history (puuid, queue, tier, rank, lp, wins, losses, "
                                         "observed_at) VALUES "
                                         "('me', 'RANKED_SOLO_5x5', 'GOLD', 'II', 40, 10, 9, 1767261600000),"
                                         "('me', 'RANKED_SOLO_5x5', 'GOLD', 'II', 57, 11, 9, 1767268800000),"
                                         "('me', 'RANKED_SOLO_5x5', 'GOLD', 'I', 12, 12, 9, 1767355200000),"
                                         "('me', 'RANKED_FLEX_SR', 'SILVER', 'I', 90, 3, 3, 1767355300000)");
                           return Ok{};
                       })
                       .get();
    QVERIFY(written.ok());
    auto db = temp.store->openReader();
    analytics::AnalyticsEngine engine;
    analytics::Query q;
    q.puuids = {"me"};
    q.metrics = {"lp"};
    q.groupBy = {"day"};
    q.filters["queue"] = {"420"};
    q.timeZone = "UTC";
    auto r = engine.run(db.value(), q, 1, kNow);
    QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
    // 2026-01-01: 40 then 57 (the day's last snapshot wins); 2026-01-02: 12.
    QCOMPARE(r.value()->rows.size(), std::size_t{2});
    QCOMPARE(text(r.value()->rows[0][0]), std::string("2026-01-01"));
    QCOMPARE(real(r.value()->rows[0][1]), 57.0);
    QCOMPARE(real(r.value()->rows[1][1]), 12.0);
    q.groupBy.clear();
    q.filters["queue"] = {"RANKED_FLEX_SR"};
    QCOMPARE(real(engine.run(db.value(), q, 1, kNow).value()->rows[0][0]), 90.0);
    q.metrics = {"lp", "games"};
    QVERIFY(!engine.run(db.value(), q, 1, kNow).ok());
}

void TestAnalytics::rebuildRestoresDerivedRows() {
    test::TempStore temp;
    ingest::Importer(temp.store->writer())
        .importPayloads({{"m", test::readFixture(test::kKrMatch)}, {"t", test::readFixture(test::kKrTimeline)}});
    // Damage the derived layer, as an old derive version or a fixed bug would leave it.
    QVERIFY(temp.store->writer()
                .submit<Ok>([](store::Database& db) -> Result<Ok> {
                    db.execScript("UPDATE match_participants SET gold_diff_10 = NULL, team_kills = 0, kills = 99; "
                                  "DELETE FROM participant_frames; UPDATE matches SET derive_version = 1");
                    return Ok{};
                })
                .get()
                .ok());
    auto report = ingest::rebuild(*temp.store, true);
    QVERIFY2(report.ok(), report.ok() ? "" : report.error().message.c_str());
    QCOMPARE(report->matches, 1);
    QCOMPARE(report->timelines, 1);
    auto db = temp.store->openReader();
    QCOMPARE(db->queryInt("SELECT kills FROM match_participants WHERE participant_id = 2"), 10);
    QCOMPARE(db->queryInt("SELECT gold_diff_10 FROM match_participants WHERE participant_id = 2"), 1075);
    QCOMPARE(db->queryInt("SELECT team_kills FROM match_participants WHERE participant_id = 2"), 23);
    QCOMPARE(db->queryInt("SELECT count(*) FROM participant_frames"), 300);
    QCOMPARE(db->queryInt("SELECT min(derive_version) FROM matches"), ingest::MatchWriter::kDeriveVersion);
}

void TestAnalytics::upgradeFromVersion2RederivesFromRawPayloads() {
    QTemporaryDir dir;
    const std::filesystem::path dataDir = dir.path().toStdString();
    const std::string matchBytes = test::readFixture(test::kKrMatch);
    const std::string timelineBytes = test::readFixture(test::kKrTimeline);
    {
        // A store as schema version 2 left it: the raw payloads and the V002 participant rows.
        auto db = store::Database::open(store::databasePath(dataDir), store::Database::Mode::ReadWrite);
        QVERIFY(store::migrate(db.value(), dataDir / "backups", store::builtinMigrations(), 2).ok());
        store::Statement match(db.value(),
                               "INSERT INTO matches (id, match_id, platform, game_id, queue_id, patch, "
                               "game_creation, game_duration_s, is_remake, participant_count, payload_hash, "
                               "raw_data, raw_timeline, timeline_hash, ingested_at, derive_version) VALUES "
                               "(1, 'KR_7014499581', 'KR', 7014499581, 420, '14.7', 1712161609888, 1739, 0, "
                               "10, 1, ?, ?, 2, 1, 1)");
        match.bindBlob(1, ingest::compress(matchBytes)).bindBlob(2, ingest::compress(timelineBytes)).run();
        auto parsed = ingest::parseMatch(matchBytes);
        for (const auto& p : parsed->participants) {
            store::Statement row(db.value(), "INSERT INTO match_participants (match_ref, participant_id, puuid, "
                                             "game_creation, champion_id, champion_name, team_id, win, kills, deaths, "
                                             "assists, minions_killed, neutral_minions_killed, gold_earned, "
                                             "damage_to_champions, vision_score, champ_level, first_blood, "
                                             "early_surrender) VALUES (1, ?, ?, 1712161609888, ?, ?, ?, ?, ?, ?, ?, ?, "
                                             "?, ?, ?, ?, ?, 0, 0)");
            row.bind(1, p.participantId).bind(2, p.puuid).bind(3, p.championId).bind(4, p.championName);
            row.bind(5, p.teamId).bind(6, p.win ? 1 : 0).bind(7, p.kills).bind(8, p.deaths).bind(9, p.assists);
            row.bind(10, p.minionsKilled).bind(11, p.neutralMinionsKilled).bind(12, p.goldEarned);
            row.bind(13, p.damageToChampions).bind(14, p.visionScore).bind(15, p.champLevel).run();
        }
    }
    auto opened = ingest::openStore(dataDir, store::Store::Access::Write);
    QVERIFY2(opened.ok(), opened.ok() ? "" : opened.error().message.c_str());
    QCOMPARE(opened.value()->writer().migration().fromVersion, 2);
    QVERIFY(std::filesystem::exists(opened.value()->writer().migration().backup));
    auto db = opened.value()->openReader();
    QCOMPARE(db->userVersion(), store::latestSchemaVersion());
    QCOMPARE(db->queryInt("SELECT gold_diff_10 FROM match_participants WHERE participant_id = 2"), 1075);
    QCOMPARE(db->queryInt("SELECT team_kills FROM match_participants WHERE participant_id = 2"), 23);
    QCOMPARE(db->queryText("SELECT opponent_champion FROM match_participants WHERE participant_id = 2"),
             std::string("Viego"));
    QCOMPARE(db->queryInt("SELECT count(*) FROM participant_frames"), 300);
    QCOMPARE(db->queryInt("SELECT min(derive_version) FROM matches"), ingest::MatchWriter::kDeriveVersion);
}

void TestAnalytics::inMemoryFrameAgreesWithTheSql() {
    // Two executors, one definition: every query here runs as SQL and on the in-memory frame, and the tables
    // must be the same (numbers within 1e-9 relative).
    auto check = [](store::Database& db, const std::vector<analytics::Query>& queries, int& compared) {
        compared = 0;
        for (const auto& q : queries) {
            auto compiled = analytics::compile(db, q, kNow);
            QVERIFY2(compiled.ok(), compiled.ok() ? "" : compiled.error().message.c_str());
            const auto viaSql = analytics::execute(db, compiled.value());
            auto frame = analytics::loadFrame(db, q.puuids, analytics::needsTeams(q));
            QVERIFY(frame.ok());
            const auto viaFrame = analytics::evaluate(*frame.value(), q, compiled.value());
            QVERIFY2(viaSql.ok() && viaFrame.ok(), q.normalized().c_str());
            const auto& a = viaSql.value();
            const auto& b = viaFrame.value();
            QVERIFY2(a.rows.size() == b.rows.size(),
                     (q.normalized() + ": " + std::to_string(a.rows.size()) + " vs " + std::to_string(b.rows.size()))
                         .c_str());
            for (std::size_t r = 0; r < a.rows.size(); ++r) {
                for (std::size_t c = 0; c < a.columns.size(); ++c) {
                    const auto& x = a.rows[r][c];
                    const auto& y = b.rows[r][c];
                    const std::string where = q.normalized() + " row " + std::to_string(r) + " " + a.columns[c].name;
                    QVERIFY2(isNull(x) == isNull(y), where.c_str());
                    if (isNull(x)) {
                        continue;
                    }
                    if (std::holds_alternative<std::string>(x) || std::holds_alternative<std::string>(y)) {
                        QVERIFY2(text(x) == text(y), (where + ": " + text(x) + " vs " + text(y)).c_str());
                    } else {
                        QVERIFY2(std::abs(real(x) - real(y)) <= 1e-9 * std::max(1.0, std::abs(real(x))),
                                 (where + ": " + std::to_string(real(x)) + " vs " + std::to_string(real(y))).c_str());
                    }
                }
            }
            ++compared;
        }
    };
    std::vector<std::string> allMetrics;
    for (const auto& m : analytics::metrics()) {
        if (m.name != "lp") {
            allMetrics.emplace_back(m.name);
        }
    }
    auto make = [&](const std::vector<std::string>& puuids, std::vector<std::string> by,
                    std::map<std::string, std::vector<std::string>> filters, const std::string& zone) {
        analytics::Query q;
        q.puuids = puuids;
        q.metrics = allMetrics;
        q.groupBy = std::move(by);
        q.filters = std::move(filters);
        q.timeZone = zone;
        return q;
    };
    const std::vector<std::string> me = {demo::demoAccount().puuid};
    std::vector<analytics::Query> queries;
    for (const auto& d : analytics::dimensions()) {
        queries.push_back(make(me, {std::string(d.name)}, {}, "Europe/Paris"));
    }
    queries.push_back(make(me, {}, {}, "UTC"));
    queries.push_back(make(me, {"weekday", "hour"}, {}, "America/New_York"));
    queries.push_back(make(me, {"week"}, {{"queue", {"420", "440"}}}, "Asia/Tokyo"));
    queries.push_back(make(me, {"champion", "role"}, {{"side", {"BLUE"}}, {"result", {"win"}}}, "UTC"));
    queries.push_back(make(me, {"champion"}, {{"champion", {"ahri", "syndra"}}}, "UTC"));
    queries.push_back(make(me, {"day"}, {{"since", {"2026-03-01"}}, {"until", {"2026-04-15"}}}, "Europe/Paris"));
    queries.push_back(make(me, {"month"}, {{"since", {"-60d"}}}, "Australia/Adelaide"));
    queries.push_back(make(me, {"role"}, {{"last", {"25"}}}, "UTC"));
    queries.push_back(make(me, {"hour"}, {{"weekday", {"6", "7"}}, {"role", {"middle"}}}, "Europe/Paris"));
    queries.push_back(make(me, {"patch"}, {{"day", {"2026-03-29"}}}, "Europe/Paris"));
    auto remakes = make(me, {"queue"}, {}, "UTC");
    remakes.includeRemakes = true;
    queries.push_back(remakes);
    auto sorted = make(me, {"champion"}, {}, "UTC");
    sorted.minGames = 4;
    sorted.order = analytics::parseOrder("-win_rate");
    sorted.limit = 5;
    queries.push_back(sorted);
    queries.push_back(make(me, {"teammate"}, {{"last", {"30"}}}, "UTC"));
    queries.push_back(make(me, {"teammate", "result"}, {{"queue", {"420"}}}, "UTC"));
    auto partners = make(me, {"teammate"}, {}, "UTC");
    partners.minGames = 2;
    partners.order = analytics::parseOrder("-games");
    partners.limit = 10;
    queries.push_back(partners);
    queries.push_back(make(me, {"session_game", "streak_before"}, {{"queue", {"420"}}}, "UTC"));
    queries.push_back(make(me, {"champion"}, {{"streak_before", {"l2", "L3+"}}, {"last", {"120"}}}, "UTC"));
    queries.push_back(make(me, {"teammate"}, {{"session_game", {"1"}}}, "UTC"));
    auto sessionRemakes = make(me, {"session_game", "result"}, {}, "UTC");
    sessionRemakes.includeRemakes = true;
    queries.push_back(sessionRemakes);
    auto byDiff = make(me, {"opponent_champion"}, {}, "UTC");
    byDiff.order = analytics::parseOrder("gold_diff_10");
    queries.push_back(byDiff);
    auto demoDb = m_demo->store->openReader();
    int compared = 0;
    check(demoDb.value(), queries, compared);
    QCOMPARE(compared, static_cast<int>(queries.size()));

    // The recorded payloads: Arena sub-teams, remakes, aborted games, no-opponent copies, several players at once.
    std::vector<std::string> players;
    for (std::size_t i = 0; i < 10; ++i) {
        players.push_back(puuidOf(test::kKrMatch, i));
    }
    players.push_back(puuidOf("match_v5_EUW1_7261321891_p15.1_swiftplay_480.json", 0));
    players.push_back("arena-player-1");
    players.push_back("arena-player-9");
    std::vector<analytics::Query> fixtureQueries = {
        make(players, {"account"}, {}, "UTC"),
        make(players, {"teammate", "account"}, {}, "UTC"),
        make(players, {"champion"}, {{"with", {"valoose#euw"}}}, "UTC"),
        make(players, {"account"}, {{"against", {"R1CKY"}}}, "UTC"),
        make(players, {"opponent_champion", "side"}, {}, "Asia/Seoul"),
        make(players, {"account", "session_game", "streak_before"}, {}, "UTC"),
        make(players, {}, {}, "UTC")};
    auto withRemakes = make(players, {"queue", "result"}, {}, "UTC");
    withRemakes.includeRemakes = true;
    fixtureQueries.push_back(withRemakes);
    check(*m_reader, fixtureQueries, compared);
    QCOMPARE(compared, static_cast<int>(fixtureQueries.size()));
}

QTEST_GUILESS_MAIN(TestAnalytics)
namespace {

std::string tableText(const analytics::ResultTable& table) {
    std::string out;
    for (const auto& column : table.columns) {
        out += column.name + "|";
    }
    for (const auto& row : table.rows) {
        out += "\n";
        for (const auto& value : row) {
            std::visit(
                [&out](const auto& v) {
                    using V = std::decay_t<decltype(v)>;
                    if constexpr (std::is_same_v<V, std::monostate>) {
                        out += "null";
                    } else if constexpr (std::is_same_v<V, std::string>) {
                        out += v;
                    } else {
                        out += QString::number(v, 'g', 17).toStdString();
                    }
                },
                value);
            out += "|";
        }
    }
    return out;
}

} // namespace

namespace {

// Both executors on one query: the frame (what the engine runs) and the compiled SQL.
std::pair<analytics::ResultTable, analytics::ResultTable> bothExecutors(store::Database& db,
                                                                        const analytics::Query& q) {
    auto frame = analytics::loadFrame(db, q.puuids);
    auto compiled = analytics::compile(db, q, kNow);
    if (!frame || !compiled) {
        qFatal("%s", (frame ? compiled.error() : frame.error()).message.c_str());
    }
    auto inMemory = analytics::evaluate(*frame.value(), q, compiled.value());
    auto sql = analytics::execute(db, compiled.value());
    if (!inMemory || !sql) {
        qFatal("%s", (inMemory ? sql.error() : inMemory.error()).message.c_str());
    }
    return {std::move(inMemory).value(), std::move(sql).value()};
}

// A history of copies of KR_7014499581 for its first player: each game with its own id, times, result and
// champion name (so a query by champion lists the games one by one).
struct HandGame {
    long long gameId;
    std::int64_t start;       // ms
    std::int64_t minutes;     // length
    bool win, remake, legacy; // legacy: no gameStartTimestamp / gameEndTimestamp, gameDuration in ms
    std::string champion;
};

std::string handPlayer() {
    return puuidOf(test::kKrMatch, 0);
}

ingest::NamedPayload handPayload(const json& base, const HandGame& g) {
    json match = base;
    auto& info = match["info"];
    match["metadata"]["matchId"] = "KR_" + std::to_string(g.gameId);
    info["gameId"] = g.gameId;
    if (g.legacy) {
        info.erase("gameStartTimestamp");
        info.erase("gameEndTimestamp");
        info["gameCreation"] = g.start;
        info["gameDuration"] = g.minutes * 60'000; // in ms before patch 11.20
    } else {
        info["gameCreation"] = g.start - 90'000;
        info["gameStartTimestamp"] = g.start;
        info["gameEndTimestamp"] = g.start + g.minutes * 60'000;
        info["gameDuration"] = g.minutes * 60;
    }
    auto& mine = info["participants"][0];
    mine["championName"] = g.champion;
    mine["win"] = g.win;
    for (auto& p : info["participants"]) {
        p["gameEndedInEarlySurrender"] = g.remake;
    }
    return {g.champion + "-" + std::to_string(g.gameId), match.dump()};
}

} // namespace

void TestAnalytics::sessionsAndStreaksByHand() {
    // Ten copies of KR_7014499581 for its first player, each under its own champion name so a query by champion
    // lists them one by one. Times in minutes; a game's end is gameEndTimestamp.
    constexpr std::int64_t kMin = 60'000;
    const json base = json::parse(test::readFixture(test::kKrMatch));
    const std::string me = handPlayer();
    std::vector<HandGame> games;
    auto add = [&](long long id, std::int64_t gap, bool win, bool remake) {
        const std::int64_t start =
            games.empty() ? 1'712'161'609'888 : games.back().start + games.back().minutes * kMin + gap;
        const std::string name = (games.size() + 1 < 10 ? "G0" : "G") + std::to_string(games.size() + 1);
        games.push_back({id, start, remake ? 4 : 20, win, remake, false, name});
    };
    add(101, 0, true, false);             // G01: session 1, none
    add(102, 30 * kMin, false, false);    // G02: exactly 30 minutes after G01 ended: 2, W1
    add(103, 30 * kMin + 1, false, true); // G03: 1 ms more: a new session, 1; L1; a remake
    add(104, 5 * kMin, false, false);     // G04: 2, L1 (the remake neither extends nor breaks the run)
    add(105, kMin, false, false);         // G05: 3, L2
    add(106, kMin, false, true);          // G06: 4, L3+; a remake
    add(107, kMin, true, false);          // G07: 5+, L3+
    add(108, 2 * kMin, true, false);      // G08: 5+, W1
    const std::int64_t later = games.back().start + games.back().minutes * kMin + 31 * kMin;
    // G09 (KR_900000009) has no start or end time: its start is its gameCreation. G10 (KR_1000000010) starts at the
    // same millisecond; by match id ("KR_1..." < "KR_9...") G10 comes first although it is stored after G09.
    games.push_back({900000009, later, 25, true, false, true, "G09"});   // G09: 2 (G10 ended after it began), W3+
    games.push_back({1000000010, later, 20, true, false, false, "G10"}); // G10: 1, W2
    const std::map<std::string, std::pair<std::string, std::string>> expected = {
        {"G01", {"1", "none"}}, {"G02", {"2", "W1"}},  {"G03", {"1", "L1"}},   {"G04", {"2", "L1"}},
        {"G05", {"3", "L2"}},   {"G06", {"4", "L3+"}}, {"G07", {"5+", "L3+"}}, {"G08", {"5+", "W1"}},
        {"G09", {"2", "W3+"}},  {"G10", {"1", "W2"}}};

    std::vector<ingest::NamedPayload> payloads;
    for (std::size_t i = games.size(); i-- > 0;) { // stored newest first: the order is the games', not the store's
        payloads.push_back(handPayload(base, games[i]));
    }
    std::swap(payloads[0], payloads[1]); // G09 stored before G10
    test::TempStore store;
    const auto report = ingest::Importer(store.store->writer()).importPayloads(std::move(payloads));
    QVERIFY2(report.failed.empty(), report.failed.empty() ? "" : report.failed[0].error.c_str());
    auto db = store.store->openReader();
    QVERIFY(db.ok());

    analytics::Query q;
    q.puuids = {me};
    q.metrics = {"games"};
    q.groupBy = {"champion", "session_game", "streak_before"};
    q.includeRemakes = true;
    const auto [inMemory, sql] = bothExecutors(db.value(), q);
    for (const auto* table : {&inMemory, &sql}) {
        std::map<std::string, std::pair<std::string, std::string>> got;
        for (const auto& row : table->rows) {
            got[text(row[0])] = {text(row[1]), text(row[2])};
            QCOMPARE(real(row[3]), 1.0);
        }
        for (const auto& [game, values] : expected) {
            QVERIFY2(got[game] == values, (game + ": " + got[game].first + " " + got[game].second + ", expected " +
                                           values.first + " " + values.second + (table == &sql ? " (SQL)" : " (frame)"))
                                              .c_str());
        }
        QCOMPARE(got.size(), expected.size());
    }

    // As filters, any case, several values: L2 and L3+ without remakes are G05 and G07 (G06 is a remake).
    analytics::Query filtered;
    filtered.puuids = {me};
    filtered.metrics = {"games", "wins"};
    filtered.filters["streak_before"] = {"l2", "L3+"};
    auto [a, b] = bothExecutors(db.value(), filtered);
    QCOMPARE(real(a.rows[0][0]), 2.0);
    QCOMPARE(real(a.rows[0][1]), 1.0);
    QCOMPARE(real(b.rows[0][0]), 2.0);
    // session_game=5+ and last=3: the three most recent of the fifth-or-later games, of which there are two.
    filtered.filters.clear();
    filtered.filters["session_game"] = {"5+"};
    filtered.filters["last"] = {"3"};
    std::tie(a, b) = bothExecutors(db.value(), filtered);
    QCOMPARE(real(a.rows[0][0]), 2.0);
    QCOMPARE(real(b.rows[0][0]), 2.0);
    // The place in the history comes before the filters: G07 is still "5+" when only wins are asked for.
    filtered.filters.clear();
    filtered.filters["result"] = {"win"};
    filtered.groupBy = {"session_game"};
    std::tie(a, b) = bothExecutors(db.value(), filtered);
    QCOMPARE(tableText(a), tableText(b));
    QCOMPARE(tableText(a), std::string("session_game|games|wins|\n1|2|2|\n2|1|1|\n5+|2|2|"));
}

void TestAnalytics::sessionsAndStreaksMatchAnIndependentCount() {
    // The oracle: the raw demo payloads, ordered and split as METRICS.md says, counted over the counted games.
    const std::string me = demo::demoAccount().puuid;
    struct Game {
        std::int64_t start, end;
        std::string id;
        bool win, remake;
    };
    std::vector<Game> history;
    for (const auto& payload : m_demoPayloads) {
        if (payload.name.find("_timeline") != std::string::npos) {
            continue;
        }
        const json match = json::parse(payload.bytes);
        const auto& info = match["info"];
        if (info.value("endOfGameResult", "GameComplete") != "GameComplete") {
            continue;
        }
        Game g{0, 0, match["metadata"]["matchId"].get<std::string>(), false, false};
        bool mine = false;
        for (const auto& p : info["participants"]) {
            g.remake = g.remake || p.value("gameEndedInEarlySurrender", false);
            if (p["puuid"] == me) {
                mine = true;
                g.win = p["win"].get<bool>();
            }
        }
        if (!mine) {
            continue;
        }
        g.start = info.contains("gameStartTimestamp") ? info["gameStartTimestamp"].get<std::int64_t>()
                                                      : info["gameCreation"].get<std::int64_t>();
        g.end = info.contains("gameEndTimestamp") ? info["gameEndTimestamp"].get<std::int64_t>()
                                                  : g.start + info["gameDuration"].get<std::int64_t>();
        history.push_back(g);
    }
    std::sort(history.begin(), history.end(),
              [](const Game& a, const Game& b) { return std::tie(a.start, a.id) < std::tie(b.start, b.id); });
    std::map<std::string, std::pair<int, int>> bySession, byStreak; // value -> games, wins (counted games)
    int inSession = 0;
    std::vector<bool> results; // the non-remake results so far
    for (std::size_t i = 0; i < history.size(); ++i) {
        const Game& g = history[i];
        inSession = i > 0 && g.start - history[i - 1].end <= 30 * 60'000 ? inSession + 1 : 1;
        const std::string session = inSession >= 5 ? "5+" : std::to_string(inSession);
        std::string streak = "none";
        if (!results.empty()) {
            int run = 0;
            for (auto r = results.rbegin(); r != results.rend() && *r == results.back(); ++r) {
                ++run;
            }
            streak = std::string(results.back() ? "W" : "L") + (run >= 3 ? "3+" : std::to_string(run));
        }
        if (!g.remake) {
            bySession[session].first += 1;
            bySession[session].second += g.win ? 1 : 0;
            byStreak[streak].first += 1;
            byStreak[streak].second += g.win ? 1 : 0;
            results.push_back(g.win);
        }
    }
    // The demo plays sessions of several games and has long runs both ways.
    for (const char* value : {"1", "2", "3", "4", "5+"}) {
        QVERIFY2(bySession[value].first >= 5, value);
    }
    for (const char* value : {"W1", "W2", "W3+", "L1", "L2", "L3+"}) {
        QVERIFY2(byStreak[value].first >= 5, value);
    }
    auto db = m_demo->store->openReader();
    for (const auto& [dimension, oracle] :
         {std::pair{"session_game", &bySession}, std::pair{"streak_before", &byStreak}}) {
        analytics::Query q;
        q.puuids = {me};
        q.metrics = {"games", "wins"};
        q.groupBy = {dimension};
        const auto [inMemory, sql] = bothExecutors(db.value(), q);
        QCOMPARE(tableText(inMemory), tableText(sql));
        std::size_t groups = 0;
        for (const auto& [value, cell] : *oracle) {
            groups += cell.first > 0 ? 1 : 0;
        }
        QCOMPARE(inMemory.rows.size(), groups);
        for (const auto& row : inMemory.rows) {
            const auto& cell = oracle->at(text(row[0]));
            QVERIFY2(real(row[1]) == cell.first && real(row[2]) == cell.second,
                     (std::string(dimension) + " " + text(row[0])).c_str());
        }
    }
}

void TestAnalytics::twoProportionTestByHand() {
    // 38 wins in 100 games against 54 in 100: pooled p = 92 / 200 = 0.46, standard error
    // sqrt(0.46 * 0.54 * (1/100 + 1/100)) = 0.0704840, z = (0.38 - 0.54) / 0.0704840 = -2.27002, and the two-sided
    // p-value erfc(2.27002 / sqrt 2) = 0.023207.
    const auto [z, p] = analytics::twoProportionTest(38, 100, 54, 100);
    QVERIFY(std::abs(z - (-0.16 / std::sqrt(0.46 * 0.54 * 0.02))) < 1e-12);
    QVERIFY(std::abs(z + 2.27002) < 1e-5);
    QVERIFY(std::abs(p - 0.023207) < 1e-6);
    // Symmetric; no difference, no games, or every game won: nothing to find.
    QVERIFY(std::abs(analytics::twoProportionTest(54, 100, 38, 100).first - 2.27002) < 1e-5);
    QCOMPARE(analytics::twoProportionTest(30, 60, 10, 20).second, 1.0);
    QCOMPARE(analytics::twoProportionTest(0, 0, 10, 20).second, 1.0);
    QCOMPARE(analytics::twoProportionTest(20, 20, 30, 30).second, 1.0);
}

void TestAnalytics::findingsOnlyWhereTheDifferenceIsLargerThanChance() {
    // Sessions of four games, two hours apart. Tired: the first game of a session won in 24 of `sessions`
    // sessions, the fourth in 6; fair: both in half of them. Second and third games win and lose in turn.
    constexpr std::int64_t kMin = 60'000;
    const json base = json::parse(test::readFixture(test::kKrMatch));
    auto history = [&](int sessions, bool tired) {
        std::vector<HandGame> games;
        std::int64_t t = 1'712'161'609'888;
        long long id = 5000;
        for (int s = 0; s < sessions; ++s) {
            for (int g = 0; g < 4; ++g) {
                const bool early = tired ? s % 5 != 0 : s % 2 == 0; // 4 in 5, or 1 in 2
                const bool late = tired ? s % 5 == 0 : s % 2 == 1;
                const bool win = g == 0 ? early : g == 3 ? late : (s + g) % 2 == 0;
                games.push_back({++id, t, 25, win, false, false, "Ahri"});
                t += 30 * kMin;
            }
            t += 120 * kMin;
        }
        auto store = std::make_unique<test::TempStore>();
        std::vector<ingest::NamedPayload> payloads;
        for (const auto& g : games) {
            payloads.push_back(handPayload(base, g));
        }
        const auto report = ingest::Importer(store->store->writer()).importPayloads(std::move(payloads));
        if (!report.failed.empty()) {
            qFatal("%s", report.failed[0].error.c_str());
        }
        return store;
    };
    auto findingsOf = [&](test::TempStore& store) {
        auto db = store.store->openReader();
        analytics::AnalyticsEngine engine;
        analytics::Query q;
        q.puuids = {handPlayer()};
        q.filters["since"] = {"2024-05-01"}; // a period: dropped, the findings are about the whole history
        q.timeZone = "UTC";
        auto found = analytics::findFindings(engine, db.value(), q, 1);
        if (!found) {
            qFatal("%s", found.error().message.c_str());
        }
        return std::move(found).value();
    };
    auto lateInSession = [](const std::vector<analytics::Finding>& findings) {
        const auto it = std::find_if(findings.begin(), findings.end(), [](const analytics::Finding& f) {
            return f.kind == analytics::FindingKind::LateInSession;
        });
        return it == findings.end() ? std::optional<analytics::Finding>() : std::optional(*it);
    };

    auto tired = history(30, true);
    const auto found = findingsOf(*tired);
    const auto late = lateInSession(found);
    QVERIFY(late.has_value());
    QCOMPARE(late->games, 30);
    QCOMPARE(late->wins, 6);
    QCOMPARE(late->otherGames, 30);
    QCOMPARE(late->otherWins, 24);
    const auto [z, p] = analytics::twoProportionTest(6, 30, 24, 30);
    QCOMPARE(late->z, z);
    QVERIFY(p < 0.05 / 8); // significant whatever the number of comparisons
    QVERIFY(found.size() <= 3);
    for (std::size_t i = 0; i < found.size(); ++i) {
        QVERIFY(found[i].games >= 20 && found[i].otherGames >= 20);
        QVERIFY(i == 0 || found[i - 1].pValue <= found[i].pValue); // the strongest first
    }
    // The same sizes without the difference: no such finding.
    auto fair = history(30, false);
    QVERIFY(!lateInSession(findingsOf(*fair)).has_value());
    // The same difference over 19 sessions: too few games on each side to say anything.
    auto short_ = history(19, true);
    QVERIFY(!lateInSession(findingsOf(*short_)).has_value());
}

void TestAnalytics::upgradeFromVersion6KeepsEverythingAndCompacts() {
    // A store as schema version 6 lays it out (built by the migrations up to V006), filled with the demo history
    // plus what a player adds: notes, a template, a followed account, queued sync rows and settings.
    QTemporaryDir dir;
    const std::filesystem::path dataDir = dir.path().toStdString();
    const auto dbPath = store::databasePath(dataDir);
    const std::string demoPath = m_demo->store->databasePath().string();
    std::map<std::string, std::int64_t> rowsBefore;
    std::vector<std::string> matchIds;
    std::uintmax_t bytesBefore = 0;
    {
        auto db = store::Database::open(dbPath, store::Database::Mode::ReadWrite);
        QVERIFY(db.ok());
        QVERIFY(store::migrate(db.value(), dataDir / "backups", store::builtinMigrations(), 6).ok());
        store::Statement attach(db.value(), "ATTACH DATABASE ? AS src");
        attach.bind(1, demoPath).run();
        store::Transaction tx(db.value());
        db->execScript(
            "INSERT INTO main.matches (id, match_id, platform, game_id, queue_id, map_id, game_mode, game_type, "
            "game_version, patch, game_creation, game_duration_s, end_result, is_remake, participant_count, "
            "payload_hash, raw_data, raw_timeline, timeline_hash, ingested_at, derive_version) "
            "SELECT m.id, m.match_id, m.platform, m.game_id, m.queue_id, m.map_id, m.game_mode, m.game_type, "
            "m.game_version, m.patch, m.game_creation, m.game_duration_s, m.end_result, m.is_remake, "
            "m.participant_count, m.payload_hash, p.raw_data, p.raw_timeline, m.timeline_hash, m.ingested_at, "
            "m.derive_version FROM src.matches m JOIN src.match_payloads p ON p.match_ref = m.id");
        store::Statement tables(db.value(), "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT IN "
                                            "('matches', 'match_timeline') AND name NOT LIKE 'sqlite_%'");
        std::vector<std::string> names;
        while (tables.step()) {
            names.push_back(tables.columnText(0));
        }
        for (const std::string& table : names) { // the V006 columns (later versions add some)
            store::Statement info(db.value(), "SELECT name FROM pragma_table_info(?, 'main')");
            info.bind(1, table);
            std::string columns;
            while (info.step()) {
                columns += (columns.empty() ? "" : ", ") + info.columnText(0);
            }
            db->execScript("INSERT INTO main." + table + " (" + columns + ") SELECT " + columns + " FROM src." + table);
        }
        // V006 kept each event's other fields as JSON; the one V007 keeps comes back from it.
        db->execScript(
            "INSERT INTO main.match_timeline (match_ref, seq, timestamp_ms, type, killer_id, victim_id, team_id, "
            "event_data) SELECT match_ref, seq, timestamp_ms, type, killer_id, victim_id, team_id, CASE type "
            "WHEN 'ELITE_MONSTER_KILL' THEN json_object('monsterType', 'X', 'monsterSubType', detail, 'bounty', 0) "
            "WHEN 'BUILDING_KILL' THEN CASE WHEN instr(detail, ':') > 0 THEN json_object('buildingType', "
            "substr(detail, 1, instr(detail, ':') - 1), 'towerType', substr(detail, instr(detail, ':') + 1), "
            "'laneType', "
            "'MID_LANE') ELSE json_object('buildingType', detail, 'laneType', 'MID_LANE') END "
            "WHEN 'CHAMPION_SPECIAL_KILL' THEN json_object('killType', detail, 'position', json_object('x', 1, 'y', "
            "2)) "
            "ELSE json_object('assistingParticipantIds', json_array(1, 2), 'bounty', 300, 'shutdownBounty', 0) END "
            "FROM src.match_timeline");
        tx.commit();
        db->execScript("DETACH DATABASE src");
        store::Statement ids(db.value(), "SELECT match_id FROM matches ORDER BY id LIMIT 3");
        while (ids.step()) {
            matchIds.push_back(ids.columnText(0));
        }
        QVERIFY(
            store::saveMatchNote(db.value(), matchIds[0], "tilted, queue dodge next time", {"tilt", "jungle"}).ok());
        templates::Template mine = templates::builtinTemplates().front();
        mine.id = "mine";
        mine.name = "Mine";
        QVERIFY(templates::saveTemplate(db.value(), mine).ok());
        store::enqueueMatches(db.value(), demo::demoAccount().puuid, {{"EUW1_1", "europe"}, {"EUW1_2", "europe"}}, 1);
        store::setSetting(db.value(), "ui.theme", "light");
        store::Statement counts(db.value(), "SELECT name FROM sqlite_master WHERE type = 'table'");
        while (counts.step()) {
            const std::string table = counts.columnText(0);
            rowsBefore[table] = db->queryInt("SELECT count(*) FROM " + table);
        }
        QCOMPARE(db->userVersion(), 6);
    }
    bytesBefore = std::filesystem::file_size(dbPath);
    QVERIFY(rowsBefore["matches"] >= 300);

    // The upgrade killed (SIGKILL) at random moments, on copies of this store: 'check' migrates it (a reader takes
    // the writer's part for the upgrade). Each copy passes its check afterwards, with every row there.
    {
        auto runCheck = [](const std::filesystem::path& folder) {
            QProcess process;
            process.start(
                QStringLiteral(HERALD_CLI_PATH),
                {QStringLiteral("--data-dir"), QString::fromStdString(folder.string()), QStringLiteral("check")});
            process.waitForFinished(300'000);
            return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        };
        QTemporaryDir copies;
        auto copyInto = [&](const std::string& name) {
            const std::filesystem::path to = std::filesystem::path(copies.path().toStdString()) / name;
            std::filesystem::create_directories(to);
            std::filesystem::copy_file(dbPath, to / "herald.db");
            return to;
        };
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(runCheck(copyInto("undisturbed")), 0);
        const int duration = static_cast<int>(std::max<qint64>(clock.elapsed(), 50));
        std::mt19937 random(7);
        int kills = 0;
        for (int attempt = 0; kills < 8 && attempt < 30; ++attempt) {
            const auto copy = copyInto("killed-" + std::to_string(attempt));
            QProcess victim;
            victim.start(
                QStringLiteral(HERALD_CLI_PATH),
                {QStringLiteral("--data-dir"), QString::fromStdString(copy.string()), QStringLiteral("check")});
            QVERIFY(victim.waitForStarted());
            victim.waitForFinished(std::uniform_int_distribution<int>(5, duration * 9 / 10)(random));
            if (victim.state() == QProcess::Running) {
                victim.kill();
                ++kills;
            }
            victim.waitForFinished();
            QCOMPARE(runCheck(copy), 0); // resumed: migrated, integrity and foreign keys checked
            auto resumed = store::Database::open(store::databasePath(copy), store::Database::Mode::ReadOnly);
            QVERIFY(resumed.ok());
            QCOMPARE(resumed->userVersion(), store::latestSchemaVersion());
            for (const auto& [table, rows] : rowsBefore) {
                QCOMPARE(resumed->queryInt("SELECT count(*) FROM " + table), rows);
            }
            QCOMPARE(resumed->queryInt("SELECT count(*) FROM match_payloads"), rowsBefore["matches"]);
            QCOMPARE(resumed->queryText("SELECT value FROM user_settings WHERE key = 'ui.theme'"),
                     std::string("light"));
        }
        QVERIFY2(kills >= 8, qPrintable(QStringLiteral("%1 kills landed in the upgrade").arg(kills)));
    }

    auto opened = ingest::openStore(dataDir, store::Store::Access::Write);
    QVERIFY2(opened.ok(), opened.ok() ? "" : opened.error().message.c_str());
    const auto& migration = opened.value()->writer().migration();
    QCOMPARE(migration.fromVersion, 6);
    QCOMPARE(migration.toVersion, store::latestSchemaVersion());
    QVERIFY(migration.compacted);
    QVERIFY(std::filesystem::exists(migration.backup));
    auto db = opened.value()->openReader();
    QCOMPARE(db->userVersion(), store::latestSchemaVersion());
    for (const auto& [table, rows] : rowsBefore) {
        QCOMPARE(db->queryInt("SELECT count(*) FROM " + table), rows);
    }
    QCOMPARE(db->queryInt("SELECT count(*) FROM match_payloads"), rowsBefore["matches"]);
    QCOMPARE(db->queryInt("SELECT count(*) FROM matches m JOIN match_payloads p ON p.match_ref = m.id AND "
                          "(p.raw_timeline IS NOT NULL) = (m.timeline_hash IS NOT NULL)"),
             rowsBefore["matches"]);
    QCOMPARE(db->queryText("SELECT note || ' ' || tags FROM match_notes WHERE match_id = '" + matchIds[0] + "'"),
             std::string("tilted, queue dodge next time tilt,jungle"));
    QVERIFY(templates::findTemplate(db.value(), "mine").value().has_value());
    QCOMPARE(db->queryText("SELECT value FROM user_settings WHERE key = 'ui.theme'"), std::string("light"));
    QCOMPARE(db->queryInt("SELECT count(*) FROM sync_queue WHERE match_id IN ('EUW1_1', 'EUW1_2')"), 2);
    // Every event keeps its detail; a raw payload reads back as the demo's.
    auto demoDb = m_demo->store->openReader();
    const std::string events = "SELECT group_concat(match_ref || ':' || seq || ':' || type || ':' || detail, ';') "
                               "FROM (SELECT * FROM match_timeline ORDER BY match_ref, seq)";
    QCOMPARE(db->queryText(events), demoDb->queryText(events));
    QVERIFY(db->queryInt("SELECT count(*) FROM match_timeline WHERE detail <> ''") > 100);
    const std::string raw = "SELECT hex(raw_data) FROM match_payloads ORDER BY match_ref DESC LIMIT 1";
    QCOMPARE(db->queryText(raw), demoDb->queryText(raw));
    // Every stats result is the one the same history gives without the upgrade.
    const std::vector<std::string> me = {demo::demoAccount().puuid};
    int compared = 0;
    for (const auto& d : analytics::dimensions()) {
        analytics::Query q;
        q.puuids = me;
        for (const auto& m : analytics::metrics()) {
            if (m.name != "lp") {
                q.metrics.emplace_back(m.name);
            }
        }
        q.groupBy = {std::string(d.name)};
        q.timeZone = "Europe/Paris";
        const auto before = analytics::compile(demoDb.value(), q, kNow);
        const auto after = analytics::compile(db.value(), q, kNow);
        QVERIFY(before.ok() && after.ok());
        const auto a = analytics::execute(demoDb.value(), before.value());
        const auto b = analytics::execute(db.value(), after.value());
        QVERIFY(a.ok() && b.ok());
        QVERIFY(!a->rows.empty());
        QCOMPARE(tableText(b.value()), tableText(a.value()));
        ++compared;
    }
    QVERIFY(compared >= 10);
    // Compacted: no free page left, and smaller than the V006 file.
    QCOMPARE(db->queryInt("PRAGMA freelist_count"), 0);
    const auto bytesAfter = std::filesystem::file_size(dbPath);
    QVERIFY2(bytesAfter < bytesBefore, (std::to_string(bytesAfter) + " >= " + std::to_string(bytesBefore)).c_str());
}

#include "test_analytics.moc"
