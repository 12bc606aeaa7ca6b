// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// test_analytics: the analytics engine against docs/METRICS.md. One Qt Test class whose cases live in files by
// feature (test_analytics_*.cpp); the shared helpers (fixed "now", Riot IDs, copies of real matches, hand-made
// games, both executors) are here.
#pragma once

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

namespace herald::analyticstest {

using namespace herald;
using nlohmann::json;

// METRICS.md's Riot ID of a participant: gameName#tagLine (riotIdGameName, else the older riotIdName), else the
// summoner name.
inline std::string riotIdOf(const json& p) {
    std::string name = p.value("riotIdGameName", "");
    if (name.empty()) {
        name = p.value("riotIdName", "");
    }
    return name.empty() ? p.value("summonerName", "") : name + "#" + p.value("riotIdTagline", "");
}

// SQLite's NOCASE folds ASCII letters only; so do the two executors.
inline std::string lower(std::string text) {
    for (char& c : text) {
        c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return text;
}

inline std::string upper(std::string text) {
    for (char& c : text) {
        c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    }
    return text;
}

// The demo matches METRICS.md counts: complete (endOfGameResult GameComplete, or none) and not remakes.
inline std::vector<json> countedMatches(const std::vector<ingest::NamedPayload>& payloads) {
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

inline int teamKeyOf(const json& p) {
    const int subteam = p.value("playerSubteamId", 0);
    return subteam != 0 ? 1000 + subteam : p["teamId"].get<int>();
}

inline constexpr std::int64_t kNow = 1'780'000'000'000; // fixed "now" for relative dates and the demo history

inline std::string puuidOf(const std::string& fixture, std::size_t index) {
    return json::parse(test::readFixture(fixture))["info"]["participants"][index]["puuid"].get<std::string>();
}

inline double real(const analytics::Value& v) {
    if (const auto* d = std::get_if<double>(&v)) {
        return *d;
    }
    if (const auto* i = std::get_if<std::int64_t>(&v)) {
        return static_cast<double>(*i);
    }
    qFatal("not a number");
}

inline bool isNull(const analytics::Value& v) {
    return std::holds_alternative<std::monostate>(v);
}
inline std::string text(const analytics::Value& v) {
    if (const auto* s = std::get_if<std::string>(&v)) {
        return *s;
    }
    if (const auto* i = std::get_if<std::int64_t>(&v)) {
        return std::to_string(*i);
    }
    return "<null>";
}

// A copy of a real match (and timeline) under another id and start time: same players, same numbers.
inline std::pair<std::string, std::string> copyOf(const std::string& matchFixture, const std::string& timelineFixture,
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

inline std::string tableText(const analytics::ResultTable& table) {
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

// Both executors on one query: the frame (what the engine runs) and the compiled SQL.
inline std::pair<analytics::ResultTable, analytics::ResultTable> bothExecutors(store::Database& db,
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

inline std::string handPlayer() {
    return puuidOf(test::kKrMatch, 0);
}

inline ingest::NamedPayload handPayload(const json& base, const HandGame& g) {
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

} // namespace herald::analyticstest

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
    void framesLoadTheBuildDataTheirQueriesRead();
    void lpSeriesFromRankHistory();
    void rebuildRestoresDerivedRows();
    void upgradeFromVersion2RederivesFromRawPayloads();
    void inMemoryFrameAgreesWithTheSql();
    void buildsOfRecordedGamesByHand();
    void buildsMatchAnIndependentCount();
    void buildsComeBackFromRawPayloadsAndSurviveArchival();
    void upgradeFromVersion6KeepsEverythingAndCompacts();
    void benchmarkMatchesAnIndependentCount();
    void benchmarkExecutorsAgree();
    void benchmarkRefusesWhatItCannotCompare();
    void lobbyFindingOnlyBelowTheQuartileWithTwentyGames();

private:
    herald::Result<std::shared_ptr<const herald::analytics::ResultTable>> run(const herald::analytics::Query& q,
                                                                              std::uint64_t version = 1);
    std::unique_ptr<herald::test::TempStore> m_fixtures; // recorded payloads and shapes derived from them
    std::unique_ptr<herald::test::TempStore> m_demo;     // a demo history
    std::vector<herald::ingest::NamedPayload> m_demoPayloads;
    herald::analytics::AnalyticsEngine m_engine;
    herald::store::Database* m_db = nullptr;
    std::unique_ptr<herald::store::Database> m_reader;
};
