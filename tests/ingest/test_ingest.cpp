// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Ingestion of real Match-V5 payloads of every shape, and clear errors for malformed ones.
#include "demo/demogenerator.h"
#include "ingest/compression.h"
#include "ingest/importer.h"
#include "ingest/matchpage.h"
#include "ingest/payloadparser.h"
#include "store/database.h"
#include "store/matchdetail.h"
#include "store/matchhistory.h"
#include "testsupport.h"

#include <QtTest>
#include <chrono>
#include <fstream>
#include <limits>
#include <map>
#include <nlohmann/json.hpp>

using namespace herald;
using nlohmann::json;

namespace {

ingest::MatchRecord match(const std::string& bytes) {
    auto parsed = ingest::parseMatch(bytes);
    if (!parsed) {
        qFatal("parse failed: %s", parsed.error().message.c_str());
    }
    return std::move(parsed).value();
}

const ingest::ParticipantRow& byId(const ingest::MatchRecord& m, int participantId) {
    for (const auto& p : m.participants) {
        if (p.participantId == participantId) {
            return p;
        }
    }
    qFatal("no participant %d", participantId);
}

ingest::ImportReport importAll(store::StoreWriter& writer, std::vector<ingest::NamedPayload> payloads) {
    return ingest::Importer(writer).importPayloads(std::move(payloads));
}

std::string errorOf(const std::string& bytes) {
    auto parsed = ingest::parsePayload(bytes);
    return parsed ? std::string() : parsed.error().message;
}

} // namespace

class TestIngest : public QObject {
    Q_OBJECT

private slots:
    void everyRecordedMatchAndTimelineParses();
    void matchDetailHasBothSidesGoldAndEvents();
    void matchDetailOfArenaAndSoloModes();
    void notesAndTagsAreSavedAndSearchable();
    void krRankedMatchHasHandCheckedValues();
    void preRiotIdMillisecondMatchHasHandCheckedValues();
    void aramAndFlexMatchesHaveHandCheckedValues();
    void timelineRowsMatchThePayload();
    void abortedGameIsStoredWithItsResult();
    void abortedStubIsStoredOnceAndCountsNowhere();
    void poorerCopyNeverReplacesTheMatch();
    void outOfRangeValuesAreRefusedWithTheirPath();
    void participantValuesNoGameHoldsAreRefused();
    void hugeIntegerOnlyMattersInAFieldWeUse();
    void hugeNamesAreCutForDisplay();
    void byteOrderMarkIsAccepted();
    void remakeIsFlagged();
    void arenaSwarmAndEmptyShapesImport();
    void timelineWithNullFramesKeepsItsEvents();
    void unknownFieldsAndMissingSummonerIdAreAccepted();
    void rawPayloadIsKeptExactly();
    void timelineJoinsItsMatchWhicheverArrivesFirst();
    void sameImportTwiceChangesNothing();
    void newerPayloadReplacesTheOlder();
    void timelineOfOtherPlayersIsRefused();
    void malformedInputsGetClearErrors_data();
    void malformedInputsGetClearErrors();
    void oversizedFileIsRefusedBeforeReading();
    void badFilesDoNotStopTheOthers();
    void demoGamesAreInternallyConsistent();
};

void TestIngest::everyRecordedMatchAndTimelineParses() {
    int matches = 0;
    int timelines = 0;
    for (const auto& entry : std::filesystem::directory_iterator(test::fixturePath(""))) {
        const std::string name = entry.path().filename().string();
        if (name.find("_aborted_stub") != std::string::npos) {
            continue; // made by hand, not recorded: abortedStubIsStoredOnceAndCountsNowhere reads them
        }
        if (name.rfind("match_v5_", 0) == 0) {
            auto parsed = ingest::parseMatch(test::readFixture(name));
            QVERIFY2(parsed.ok(), (name + ": " + (parsed ? "" : parsed.error().message)).c_str());
            // Arena's 2023 payloads have four duos; every other recorded match, two teams of five.
            QCOMPARE(parsed->participants.size(), std::size_t{name.find("_arena_") != std::string::npos ? 8u : 10u});
            ++matches;
        } else if (name.rfind("timeline_v5_", 0) == 0) {
            auto parsed = ingest::parseTimeline(test::readFixture(name));
            QVERIFY2(parsed.ok(), (name + ": " + (parsed ? "" : parsed.error().message)).c_str());
            QVERIFY(!parsed->frames.empty());
            QVERIFY(!parsed->events.empty());
            ++timelines;
        }
    }
    QCOMPARE(matches, 10);
    QCOMPARE(timelines, 5);
}

void TestIngest::krRankedMatchHasHandCheckedValues() {
    // KR_7014499581, patch 14.7 ranked solo. From the payload: gameDuration 1739 with gameEndTimestamp present
    // (so seconds); participant 2 is Olaf (championId 2), team 100, JUNGLE, lost, 10/5/4,
    // totalMinionsKilled 14 + neutralMinionsKilled 160; riotIdGameName "Sylvie", riotIdTagline "77777".
    const auto m = match(test::readFixture(test::kKrMatch));
    QCOMPARE(m.matchId, std::string("KR_7014499581"));
    QCOMPARE(m.platform, std::string("KR"));
    QCOMPARE(m.queueId, 420);
    QCOMPARE(m.patch, std::string("14.7"));
    QCOMPARE(m.durationSeconds, 1739);
    QCOMPARE(m.gameCreation, 1712161609888LL);
    QCOMPARE(m.endResult.value_or(""), std::string("GameComplete"));
    QVERIFY(!m.isRemake);
    const auto& olaf = byId(m, 2);
    QCOMPARE(olaf.championName, std::string("Olaf"));
    QCOMPARE(olaf.championId, 2);
    QCOMPARE(olaf.teamId, 100);
    QCOMPARE(olaf.position, std::string("JUNGLE"));
    QCOMPARE(olaf.win, false);
    QCOMPARE(olaf.kills, 10);
    QCOMPARE(olaf.deaths, 5);
    QCOMPARE(olaf.assists, 4);
    QCOMPARE(olaf.minionsKilled + olaf.neutralMinionsKilled, 174); // 14 + 160
    QCOMPARE(olaf.goldEarned, 11612);
    QCOMPARE(olaf.damageToChampions, 19358);
    QCOMPARE(olaf.visionScore, 41);
    QCOMPARE(olaf.riotGameName, std::string("Sylvie"));
    QCOMPARE(olaf.riotTagLine, std::string("77777"));
    // Riot IDs with spaces and Hangul survive untouched (participant 1: "젠지 한별").
    QCOMPARE(byId(m, 1).riotGameName, std::string("젠지 한별"));
}

void TestIngest::preRiotIdMillisecondMatchHasHandCheckedValues() {
    // JP1_323466834, patch 11.16: no gameEndTimestamp, so gameDuration 1965640 is in milliseconds -> 1965 s.
    // Participant 1: Illaoi (420), team 100, TOP, lost, 6/9/8, cs 185 + 12. No Riot ID yet: riotIdName is "",
    // summonerName "薇星yy864165249".
    const auto m = match(test::readFixture("match_v5_JP1_323466834_p11.16_ranked.json"));
    QCOMPARE(m.durationSeconds, 1965);
    QVERIFY(!m.endResult.has_value());
    QCOMPARE(m.patch, std::string("11.16"));
    const auto& illaoi = byId(m, 1);
    QCOMPARE(illaoi.championName, std::string("Illaoi"));
    QCOMPARE(illaoi.championId, 420);
    QCOMPARE(illaoi.teamId, 100);
    QCOMPARE(illaoi.win, false);
    QCOMPARE(illaoi.kills, 6);
    QCOMPARE(illaoi.deaths, 9);
    QCOMPARE(illaoi.assists, 8);
    QCOMPARE(illaoi.minionsKilled + illaoi.neutralMinionsKilled, 197);
    QCOMPARE(illaoi.riotGameName, std::string());
    QCOMPARE(illaoi.summonerName, std::string("薇星yy864165249"));
}

void TestIngest::aramAndFlexMatchesHaveHandCheckedValues() {
    // NA1_4196060228 (ARAM, 12.2): participant 5 Taliyah, team 100, no position, lost, 9/12/12, 1118 s.
    const auto aram = match(test::readFixture("match_v5_NA1_4196060228_p12.2_aram_450.json"));
    QCOMPARE(aram.queueId, 450);
    QCOMPARE(aram.durationSeconds, 1118);
    const auto& taliyah = byId(aram, 5);
    QCOMPARE(taliyah.championName, std::string("Taliyah"));
    QCOMPARE(taliyah.position, std::string());
    QCOMPARE(taliyah.kills, 9);
    QCOMPARE(taliyah.deaths, 12);
    QCOMPARE(taliyah.assists, 12);
    QCOMPARE(taliyah.win, false);
    // EUW1_6852390800 (flex, 14.5): participant 10 Janna (40), team 200, UTILITY, won, 3/7/16, 2121 s.
    const auto flex = match(test::readFixture("match_v5_EUW1_6852390800_p14.5_flex_440.json"));
    QCOMPARE(flex.durationSeconds, 2121);
    const auto& janna = byId(flex, 10);
    QCOMPARE(janna.championId, 40);
    QCOMPARE(janna.teamId, 200);
    QCOMPARE(janna.position, std::string("UTILITY"));
    QCOMPARE(janna.win, true);
    QCOMPARE(janna.kills, 3);
    QCOMPARE(janna.deaths, 7);
    QCOMPARE(janna.assists, 16);
    QCOMPARE(janna.visionScore, 56);
}

void TestIngest::timelineRowsMatchThePayload() {
    // KR_7014499581 timeline: 30 frames x 10 participant frames; 93 key events (kills, special kills, elite
    // monsters, buildings, plates, game end). Frame 10 (timestamp 600221): participant 2 has totalGold 4139,
    // minionsKilled 1, jungleMinionsKilled 72.
    auto timeline = ingest::parseTimeline(test::readFixture(test::kKrTimeline));
    QVERIFY(timeline.ok());
    QCOMPARE(timeline->matchId, std::string("KR_7014499581"));
    QCOMPARE(timeline->frames.size(), std::size_t{300});
    QCOMPARE(timeline->events.size(), std::size_t{93});
    bool found = false;
    for (const auto& f : timeline->frames) {
        if (f.frame == 10 && f.participantId == 2) {
            QCOMPARE(f.timestampMs, 600221);
            QCOMPARE(f.totalGold, 4139);
            QCOMPARE(f.minionsKilled, 1);
            QCOMPARE(f.jungleMinionsKilled, 72);
            found = true;
        }
    }
    QVERIFY(found);
    const auto& first = timeline->events.front();
    QCOMPARE(first.type, std::string("CHAMPION_KILL"));
    QCOMPARE(first.killerId.value_or(0), 9);
    QCOMPARE(first.timestampMs, 63752);
    QCOMPARE(first.detail, std::string()); // a kill names no more than who and when; the rest is in the raw timeline
    // The detail the match page shows: the monster, "building:tower", the kind of special kill (counted by hand
    // in the payload: 5 outer turrets, 2 barons, 7 multi-kills, one inhibitor).
    std::map<std::string, int> details;
    for (const auto& e : timeline->events) {
        ++details[e.type + "/" + e.detail];
    }
    QCOMPARE(details["BUILDING_KILL/TOWER_BUILDING:OUTER_TURRET"], 5);
    QCOMPARE(details["BUILDING_KILL/INHIBITOR_BUILDING"], 1);
    QCOMPARE(details["ELITE_MONSTER_KILL/BARON_NASHOR"], 2);
    QCOMPARE(details["CHAMPION_SPECIAL_KILL/KILL_MULTI"], 7);
}

void TestIngest::abortedGameIsStoredWithItsResult() {
    test::TempStore temp;
    const auto report = importAll(
        temp.store->writer(), {{"abort", test::readFixture("match_v5_NA1_5018382378_p14.12_abort_unexpected.json")}});
    QCOMPARE(report.imported, 1);
    auto db = temp.store->openReader();
    QCOMPARE(db->queryText("SELECT end_result FROM matches WHERE match_id = 'NA1_5018382378'"),
             std::string("Abort_Unexpected"));
}

void TestIngest::abortedStubIsStoredOnceAndCountsNowhere() {
    // Riot's answer for an aborted game: the match id, an end time, gameId 0, no players (tests/fixtures SOURCES.md).
    test::TempStore temp;
    const std::vector<ingest::NamedPayload> stub = {
        {"stub", test::readFixture("match_v5_EUW1_6834713231_aborted_stub.json")},
        {"stub timeline", test::readFixture("timeline_v5_EUW1_6834713231_aborted_stub.json")}};
    const auto report = importAll(temp.store->writer(), stub);
    QVERIFY2(report.failed.empty(), report.failed.empty() ? "" : report.failed.front().error.c_str());
    QCOMPARE(report.imported, 1);
    QCOMPARE(report.timelines + report.pending, 1); // the workers may hand the timeline over first
    auto db = temp.store->openReader();
    QCOMPARE(db->queryInt("SELECT count(*) FROM match_payloads WHERE raw_timeline IS NOT NULL"), 1);
    QCOMPARE(db->queryText("SELECT platform || ' ' || game_id || ' ' || game_creation || ' ' || end_result || ' ' || "
                           "participant_count FROM matches WHERE match_id = 'EUW1_6834713231'"),
             std::string("EUW1 6834713231 1709049873712 Abort_Unexpected 0"));
    QCOMPARE(db->queryInt("SELECT count(*) FROM match_participants"), 0); // so it counts in no metric
    const auto history = store::historyPage(db.value(), store::HistoryFilter{}, std::nullopt, 10).value();
    QCOMPARE(history.size(), std::size_t{1});
    QCOMPARE(history.front().resultLabel(), std::string("Aborted"));
    QVERIFY(history.front().queueUnknown()); // not "Custom games", Riot's queue 0
    // Met again (the next sync, the same file): nothing changes, nothing fails.
    const auto again = importAll(temp.store->writer(), stub);
    QCOMPARE(again.duplicates, 2);
    QVERIFY(again.failed.empty());
}

void TestIngest::poorerCopyNeverReplacesTheMatch() {
    test::TempStore temp;
    const std::string original = test::readFixture(test::kKrMatch);
    QCOMPARE(importAll(temp.store->writer(), {{"m", original}, {"t", test::readFixture(test::kKrTimeline)}}).imported,
             1);
    // A copy whose players were stripped, and an aborted stub under the same id.
    json stripped = json::parse(original);
    stripped["info"]["participants"] = json::array();
    stripped["metadata"]["participants"] = json::array();
    json stub = json::parse(test::readFixture("match_v5_EUW1_6834713231_aborted_stub.json"));
    stub["metadata"]["matchId"] = "KR_7014499581";
    const auto report = importAll(temp.store->writer(), {{"stripped", stripped.dump()}, {"stub", stub.dump()}});
    QCOMPARE(report.kept, 2);
    QCOMPARE(report.updated, 0);
    QVERIFY(report.failed.empty());
    auto db = temp.store->openReader();
    QCOMPARE(db->queryInt("SELECT participant_count FROM matches"), 10);
    QCOMPARE(db->queryInt("SELECT count(*) FROM match_participants"), 10);
    QCOMPARE(db->queryInt("SELECT count(*) FROM participant_frames"), 300);
    store::Statement raw(db.value(), "SELECT raw_data FROM match_payloads");
    QVERIFY(raw.step());
    QCOMPARE(ingest::decompress(raw.columnBlob(0)).value(), original);
}

void TestIngest::outOfRangeValuesAreRefusedWithTheirPath() {
    const json original = json::parse(test::readFixture(test::kKrMatch));
    const std::pair<const char*, json> cases[] = {
        {"gameDuration", -5000},
        {"gameDuration", std::numeric_limits<std::int64_t>::max()},
        {"gameDuration", 24 * 3600 + 1},
        {"gameCreation", std::numeric_limits<std::int64_t>::max()},
        {"gameCreation", std::numeric_limits<std::int64_t>::min()},
        {"gameCreation", -1},
    };
    for (const auto& [field, value] : cases) {
        json changed = original;
        changed["info"][field] = value;
        const std::string error = errorOf(changed.dump());
        QVERIFY2(error.find(std::string("info.") + field + ": value") != std::string::npos &&
                     error.find("out of range") != std::string::npos,
                 (std::string(field) + " " + value.dump() + ": " + error).c_str());
    }
}

// Every stored integer has a range (payloadparser.cpp, kMost*): values no game holds are refused with their path,
// and the other files of an import go on.
void TestIngest::participantValuesNoGameHoldsAreRefused() {
    const json original = json::parse(test::readFixture(test::kKrMatch));
    struct Case {
        const char* field;
        json value;
        const char* said;
    };
    const Case cases[] = {
        {"goldEarned", std::numeric_limits<std::int64_t>::max(), "info.participants[3].goldEarned: value"},
        {"kills", -5, "info.participants[3].kills: value -5 is out of range (0 to 10000)"},
        {"deaths", 10'001, "info.participants[3].deaths: value 10001 is out of range"},
        {"totalDamageDealtToChampions", -1, "info.participants[3].totalDamageDealtToChampions: value -1"},
        {"teamId", 7, "info.participants[3].teamId: value 7 is not a team (100 or 200)"},
        {"playerSubteamId", 9, "info.participants[3].playerSubteamId: value 9 is out of range (0 to 8)"},
        {"participantId", 0, "info.participants[3].participantId: value 0 is out of range"},
        {"participantId", 1, "info.participants[3].participantId: 1 is already info.participants[0]'s"},
        {"puuid", original["info"]["participants"][0]["puuid"],
         "info.participants[3].puuid: the same player as info.participants[0]"},
    };
    std::vector<ingest::NamedPayload> payloads;
    for (const Case& c : cases) {
        json changed = original;
        changed["info"]["participants"][3][c.field] = c.value;
        const std::string error = errorOf(changed.dump());
        QVERIFY2(error.find(c.said) != std::string::npos, (std::string(c.field) + ": " + error).c_str());
        payloads.push_back({std::string(c.field) + ".json", changed.dump()});
    }
    // Riot's bot placeholder may repeat (co-op vs AI).
    json bots = original;
    bots["info"]["participants"][6]["puuid"] = "BOT";
    bots["info"]["participants"][7]["puuid"] = "BOT";
    bots["metadata"]["participants"][6] = "BOT";
    bots["metadata"]["participants"][7] = "BOT";
    QVERIFY2(ingest::parseMatch(bots.dump()).ok(), errorOf(bots.dump()).c_str());
    payloads.push_back({"good.json", original.dump()});
    test::TempStore temp;
    const auto report = ingest::Importer(temp.store->writer()).importPayloads(payloads);
    QCOMPARE(report.imported, 1);
    QCOMPARE(report.failed.size(), std::size(cases));
}

void TestIngest::hugeIntegerOnlyMattersInAFieldWeUse() {
    const std::string original = test::readFixture(test::kKrMatch);
    std::string unused = original;
    unused.replace(unused.find("\"challenges\":{"), 14, "\"challenges\":{\"lifesteal\":18446744073709551616,");
    const auto parsed = ingest::parseMatch(unused);
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().message.c_str());
    QCOMPARE(parsed->participants.size(), std::size_t{10});
    QCOMPARE(byId(parsed.value(), 2).kills, 10);
    std::string used = original;
    used.replace(used.find("\"kills\":1"), 9, "\"kills\":18446744073709551616");
    const std::string error = errorOf(used);
    QVERIFY2(error.find("info.participants[0].kills") != std::string::npos, error.c_str());
}

// A hostile payload's 20 MB player name: the stored name is cut to a display size at a character boundary (the
// views never see megabytes), the parse stays fast, and the raw payload keeps the original.
void TestIngest::hugeNamesAreCutForDisplay() {
    std::string payload = test::readFixture(test::kKrMatch);
    const std::string key = "\"riotIdGameName\":\"Sylvie\"";
    std::string huge;
    for (int i = 0; i < 10'000'000; ++i) {
        huge += "\xC3\xA9"; // é, two bytes: 20 MB
    }
    payload.replace(payload.find(key), key.size(), "\"riotIdGameName\":\"" + huge + "\"");
    const auto started = std::chrono::steady_clock::now();
    const auto parsed = ingest::parseMatch(payload);
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().message.c_str());
    QVERIFY(std::chrono::steady_clock::now() - started < std::chrono::seconds(5));
    const std::string& name = byId(parsed.value(), 2).riotGameName;
    QVERIFY(name.size() <= 96 && name.size() >= 90);
    QCOMPARE(name.size() % 2, std::size_t{0}); // whole characters only
    QCOMPARE(QString::fromUtf8(name.data(), static_cast<int>(name.size())).size(), static_cast<int>(name.size() / 2));
    QCOMPARE(byId(parsed.value(), 1).riotGameName, std::string("젠지 한별")); // others as they are
}

void TestIngest::byteOrderMarkIsAccepted() {
    const auto parsed = ingest::parseMatch("\xEF\xBB\xBF" + test::readFixture(test::kKrMatch));
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().message.c_str());
    QCOMPARE(parsed->matchId, std::string("KR_7014499581"));
}

void TestIngest::remakeIsFlagged() {
    const auto m = match(test::remakeMatch());
    QVERIFY(m.isRemake);
    QVERIFY(m.participants[3].earlySurrender);
    QVERIFY(!match(test::readFixture(test::kKrMatch)).isRemake);
}

void TestIngest::arenaSwarmAndEmptyShapesImport() {
    const auto arena = match(test::arenaMatch());
    QCOMPARE(arena.participants.size(), std::size_t{16});
    QCOMPARE(byId(arena, 16).subteamId, 8);
    QCOMPARE(arena.queueId, 1700);
    const auto swarm = match(test::swarmMatch());
    QCOMPARE(swarm.participants.size(), std::size_t{1});
    const auto stub = match(test::emptyStubMatch());
    QCOMPARE(stub.participants.size(), std::size_t{0});

    test::TempStore temp;
    const auto report =
        importAll(temp.store->writer(),
                  {{"arena", test::arenaMatch()}, {"swarm", test::swarmMatch()}, {"stub", test::emptyStubMatch()}});
    QVERIFY(report.failed.empty());
    QCOMPARE(report.imported, 3);
    auto db = temp.store->openReader();
    QCOMPARE(db->queryInt("SELECT count(*) FROM match_participants WHERE subteam_id BETWEEN 1 AND 8"), 16);
    QCOMPARE(db->queryInt("SELECT participant_count FROM matches WHERE queue_id = 1830"), 1);
    QCOMPARE(db->queryInt("SELECT participant_count FROM matches WHERE end_result = 'Abort_TooFewPlayers'"), 0);
}

void TestIngest::timelineWithNullFramesKeepsItsEvents() {
    auto timeline = ingest::parseTimeline(test::timelineWithNullFrames());
    QVERIFY2(timeline.ok(), timeline.ok() ? "" : timeline.error().message.c_str());
    QCOMPARE(timeline->frames.size(), std::size_t{0});
    QCOMPARE(timeline->events.size(), std::size_t{93});
}

void TestIngest::unknownFieldsAndMissingSummonerIdAreAccepted() {
    json doc = json::parse(test::readFixture(test::kKrMatch));
    doc["info"]["someFieldFromPatch30"] = {{"nested", {1, 2, 3}}};
    for (auto& p : doc["info"]["participants"]) {
        p.erase("summonerId");
        p["newCounter"] = 3;
    }
    const auto m = match(doc.dump());
    QCOMPARE(m.participants.size(), std::size_t{10});
    QCOMPARE(byId(m, 2).kills, 10);
}

void TestIngest::rawPayloadIsKeptExactly() {
    test::TempStore temp;
    const std::string bytes = test::readFixture(test::kKrMatch);
    QCOMPARE(importAll(temp.store->writer(), {{"kr", bytes}}).imported, 1);
    auto db = temp.store->openReader();
    store::Statement stmt(db.value(), "SELECT raw_data FROM match_payloads");
    QVERIFY(stmt.step());
    auto raw = ingest::decompress(stmt.columnBlob(0));
    QVERIFY(raw.ok());
    QCOMPARE(raw.value(), bytes); // byte for byte: bronze data is never rewritten
    QVERIFY(stmt.columnBlob(0).size() * 4 < bytes.size());
}

void TestIngest::timelineJoinsItsMatchWhicheverArrivesFirst() {
    for (const bool timelineFirst : {true, false}) {
        test::TempStore temp;
        auto& writer = temp.store->writer();
        const auto first = timelineFirst ? test::readFixture(test::kKrTimeline) : test::readFixture(test::kKrMatch);
        const auto second = timelineFirst ? test::readFixture(test::kKrMatch) : test::readFixture(test::kKrTimeline);
        const auto a = importAll(writer, {{"first", first}});
        QCOMPARE(timelineFirst ? a.pending : a.imported, 1);
        const auto b = importAll(writer, {{"second", second}});
        QVERIFY(b.failed.empty());
        auto db = temp.store->openReader();
        QCOMPARE(db->queryInt("SELECT count(*) FROM participant_frames"), 300);
        QCOMPARE(db->queryInt("SELECT count(*) FROM match_timeline"), 93);
        QCOMPARE(db->queryInt("SELECT count(*) FROM pending_timelines"), 0);
        QCOMPARE(db->queryInt("SELECT count(*) FROM match_payloads WHERE raw_timeline IS NOT NULL"), 1);
    }
}

void TestIngest::sameImportTwiceChangesNothing() {
    test::TempStore temp;
    auto& writer = temp.store->writer();
    const std::vector<ingest::NamedPayload> payloads = {{"m", test::readFixture(test::kKrMatch)},
                                                        {"t", test::readFixture(test::kKrTimeline)}};
    const auto first = importAll(writer, payloads);
    QCOMPARE(first.imported + first.timelines, 2);
    auto db = temp.store->openReader();
    const auto snapshot = [&] {
        return db->queryText("SELECT group_concat(x) FROM (SELECT count(*) AS x FROM matches UNION ALL "
                             "SELECT count(*) FROM match_participants UNION ALL SELECT count(*) FROM "
                             "participant_frames UNION ALL SELECT count(*) FROM match_timeline UNION ALL "
                             "SELECT max(ingested_at) FROM matches)");
    };
    const std::string before = snapshot();
    const auto second = importAll(writer, payloads);
    QCOMPARE(second.duplicates, 2);
    QCOMPARE(second.imported + second.updated + second.timelines, 0);
    QCOMPARE(snapshot(), before);
}

void TestIngest::newerPayloadReplacesTheOlder() {
    test::TempStore temp;
    auto& writer = temp.store->writer();
    QCOMPARE(
        importAll(writer, {{"old", test::readFixture(test::kKrMatch)}, {"t", test::readFixture(test::kKrTimeline)}})
            .imported,
        1);
    json doc = json::parse(test::readFixture(test::kKrMatch));
    doc["info"]["participants"][1]["kills"] = 11; // a corrected payload of the same match
    const auto report = importAll(writer, {{"new", doc.dump()}});
    QCOMPARE(report.updated, 1);
    auto db = temp.store->openReader();
    QCOMPARE(db->queryInt("SELECT count(*) FROM matches"), 1);
    QCOMPARE(db->queryInt("SELECT count(*) FROM match_participants"), 10);
    QCOMPARE(db->queryInt("SELECT kills FROM match_participants WHERE participant_id = 2"), 11);
    QCOMPARE(db->queryInt("SELECT count(*) FROM participant_frames"), 300); // the timeline stays attached
}

void TestIngest::timelineOfOtherPlayersIsRefused() {
    test::TempStore temp;
    auto& writer = temp.store->writer();
    QCOMPARE(importAll(writer, {{"m", test::readFixture(test::kKrMatch)}}).imported, 1);
    json doc = json::parse(test::readFixture(test::kKrTimeline));
    doc["metadata"]["participants"][0] = "somebody-else";
    const auto report = importAll(writer, {{"bad-timeline", doc.dump()}});
    QCOMPARE(report.failed.size(), std::size_t{1});
    QVERIFY2(report.failed[0].error.find("ids disagree") != std::string::npos, report.failed[0].error.c_str());
    auto db = temp.store->openReader();
    QCOMPARE(db->queryInt("SELECT count(*) FROM participant_frames"), 0);
}

void TestIngest::malformedInputsGetClearErrors_data() {
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("expected");
    const std::string kr = test::readFixture(test::kKrMatch);
    QTest::newRow("empty") << QByteArray() << "empty file";
    QTest::newRow("whitespace") << QByteArray("  \n ") << "empty file";
    QTest::newRow("not json") << QByteArray("<html>502 Bad Gateway</html>") << "not valid JSON at byte";
    QTest::newRow("truncated") << QByteArray::fromStdString(kr.substr(0, kr.size() / 2)) << "truncated JSON";
    QTest::newRow("json but not a match")
        << QByteArray::fromStdString(test::readFixture("account_v1_by_riot_id_A_J_NA1_2023-12.json"))
        << "not a Match-V5 match or timeline";
    QTest::newRow("array") << QByteArray("[1,2,3]") << "not a Match-V5 match or timeline";
    json wrongType = json::parse(kr);
    wrongType["info"]["participants"][3]["kills"] = "ten";
    QTest::newRow("wrong field type") << QByteArray::fromStdString(wrongType.dump())
                                      << "info.participants[3].kills: expected an integer, found string";
    json missing = json::parse(kr);
    missing["info"].erase("gameCreation");
    missing["info"]["gameStartTimestamp"] = 1;
    QTest::newRow("missing info field") << QByteArray::fromStdString(missing.dump()) << "info.gameCreation: missing";
    json noPuuid = json::parse(kr);
    noPuuid["info"]["participants"][0].erase("puuid");
    QTest::newRow("missing puuid") << QByteArray::fromStdString(noPuuid.dump())
                                   << "info.participants[0].puuid: missing";
    json ids = json::parse(kr);
    ids["info"]["gameId"] = 1;
    QTest::newRow("ids disagree") << QByteArray::fromStdString(ids.dump()) << "ids disagree";
    json frames = json::parse(test::readFixture(test::kKrTimeline));
    frames["info"]["frames"] = "soon";
    QTest::newRow("timeline frames not an array")
        << QByteArray::fromStdString(frames.dump()) << "info.frames: expected an array, found string";
}

void TestIngest::malformedInputsGetClearErrors() {
    QFETCH(QByteArray, payload);
    QFETCH(QString, expected);
    const std::string error = errorOf(payload.toStdString());
    QVERIFY2(!error.empty(), "accepted a malformed payload");
    QVERIFY2(error.find(expected.toStdString()) != std::string::npos, error.c_str());
}

void TestIngest::oversizedFileIsRefusedBeforeReading() {
    QTemporaryDir dir;
    const auto path = std::filesystem::path(dir.path().toStdString()) / "huge.json";
    {
        std::ofstream out(path, std::ios::binary);
        out << '{';
        out.seekp((33LL << 20) - 1);
        out << '}';
    }
    QCOMPARE(std::filesystem::file_size(path), std::uintmax_t{33} << 20);
    auto read = ingest::readPayloadFile(path);
    QVERIFY(!read.ok());
    QVERIFY2(read.error().message.find("over the 32 MiB limit") != std::string::npos, read.error().message.c_str());
    // The same cap holds for payloads that never were files (relay, demo).
    QVERIFY(errorOf(std::string((32u << 20) + 1, ' ')).find("over the 32 MiB limit") != std::string::npos);
}

void TestIngest::badFilesDoNotStopTheOthers() {
    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    std::filesystem::create_directories(root / "nested" / "deeper");
    test::writeFile(root / "a.json", test::readFixture(test::kKrMatch));
    test::writeFile(root / "nested" / "b.json", "{\"metadata\":");
    test::writeFile(root / "nested" / "deeper" / "c.json",
                    test::readFixture("match_v5_BR1_2744215970_p13.11_flex.json"));
    test::writeFile(root / "nested" / "notes.txt", "not imported: not *.json");
    test::TempStore temp;
    ingest::Importer importer(temp.store->writer());
    const auto report = importer.importPaths({root, root / "missing.json"});
    QCOMPARE(report.imported, 2);
    QCOMPARE(report.failed.size(), std::size_t{2});
    QCOMPARE(report.failed[0].source, (root / "missing.json").string());
    QVERIFY(report.failed[0].error.find("no such file") != std::string::npos);
    QVERIFY(report.failed[1].source.find("b.json") != std::string::npos);
    QVERIFY(report.failed[1].error.find("truncated JSON") != std::string::npos);
}

void TestIngest::matchDetailHasBothSidesGoldAndEvents() {
    test::TempStore temp;
    importAll(temp.store->writer(),
              {{"m", test::readFixture(test::kKrMatch)}, {"t", test::readFixture(test::kKrTimeline)}});
    auto db = temp.store->openReader();
    auto detail = ingest::loadMatchPage(db.value(), "KR_7014499581");
    QVERIFY2(detail, detail ? "" : detail.error().message.c_str());
    QCOMPARE(detail->teams.size(), std::size_t{2});
    // What only the raw payload keeps: Olaf's items, summoner spells, runes, damage taken; and his lane opponent.
    const store::DetailParticipant& olaf = detail->teams[0].players[1];
    QCOMPARE(olaf.championName, std::string("Olaf"));
    QCOMPARE(olaf.items, (std::array<int, 7>{3078, 6631, 3076, 1036, 3047, 2021, 3364}));
    QCOMPARE(olaf.spells, (std::array<int, 2>{11, 6})); // Smite, Ghost
    QCOMPARE(olaf.primaryStyle, 8000);                  // Precision
    QCOMPARE(olaf.keystone, 8010);                      // Conqueror
    QCOMPARE(olaf.secondaryStyle, 8300);                // Inspiration
    QCOMPARE(olaf.damageTaken, 30300);
    QCOMPARE(olaf.laneOpponent, 7);         // Viego, the other jungler
    QVERIFY(detail->packedPayload.empty()); // read, then dropped
    // Every player's gold and XP curve, one point per frame.
    QCOMPARE(detail->curves.size(), std::size_t{10});
    QCOMPARE(detail->teams[0].teamId, 100);
    QCOMPARE(detail->teams[0].players.size(), std::size_t{5});
    QCOMPARE(detail->teams[1].players.size(), std::size_t{5});
    QVERIFY(detail->teams[0].win != detail->teams[1].win);
    // Team totals are the sums of the payload's participants.
    const json match = json::parse(test::readFixture(test::kKrMatch));
    int blueKills = 0;
    int redGold = 0;
    for (const auto& p : match["info"]["participants"]) {
        (p["teamId"].get<int>() == 100 ? blueKills : redGold) +=
            p["teamId"].get<int>() == 100 ? p["kills"].get<int>() : p["goldEarned"].get<int>();
    }
    QCOMPARE(detail->teams[0].kills, blueKills);
    QCOMPARE(detail->teams[1].gold, redGold);
    // One gold difference per timeline frame: blue minus red, from the frames' totalGold.
    const json timeline = json::parse(test::readFixture(test::kKrTimeline));
    const auto& frames = timeline["info"]["frames"];
    QCOMPARE(detail->goldDifference.size(), frames.size());
    const auto& last = frames.back()["participantFrames"];
    int diff = 0;
    for (int id = 1; id <= 10; ++id) {
        diff += (id <= 5 ? 1 : -1) * last[std::to_string(id)]["totalGold"].get<int>();
    }
    QCOMPARE(detail->goldDifference.back().second, diff);
    QCOMPARE(detail->curves[1].gold.back(), last["2"]["totalGold"].get<int>());
    QCOMPARE(detail->curves[1].xp.back(), last["2"]["xp"].get<int>());
    QCOMPARE(detail->curves[1].minutes.size(), frames.size());
    int kills = 0;
    for (const auto& e : detail->events) {
        kills += e.type == "CHAMPION_KILL" ? 1 : 0;
        QVERIFY(e.type != "CHAMPION_KILL" || e.teamId == 100 || e.teamId == 200);
    }
    QCOMPARE(kills, detail->teams[0].kills + detail->teams[1].kills);
    QVERIFY(std::any_of(detail->events.begin(), detail->events.end(), [](const store::DetailEvent& e) {
        return e.type == "ELITE_MONSTER_KILL" && !e.detail.empty();
    }));
    QVERIFY(!store::loadMatchDetail(db.value(), "KR_1"));
}

void TestIngest::matchDetailOfArenaAndSoloModes() {
    test::TempStore temp;
    importAll(temp.store->writer(), {{"arena", test::arenaMatch()}, {"swarm", test::swarmMatch()}});
    auto db = temp.store->openReader();
    const json arena = json::parse(test::arenaMatch());
    auto detail = store::loadMatchDetail(db.value(), arena["metadata"]["matchId"].get<std::string>());
    QVERIFY(detail);
    QVERIFY(detail->arena);
    QCOMPARE(detail->teams.size(), std::size_t{8}); // sub-teams of two
    int expected = 1;
    for (const auto& team : detail->teams) { // ranked by placement, first first
        QCOMPARE(team.players.size(), std::size_t{2});
        QCOMPARE(team.placement.value_or(0), expected++);
        QCOMPARE(team.players[0].laneOpponent, 0);
    }
    QVERIFY(detail->goldDifference.empty());
    const json swarm = json::parse(test::swarmMatch());
    auto solo = store::loadMatchDetail(db.value(), swarm["metadata"]["matchId"].get<std::string>());
    QVERIFY(solo);
    QCOMPARE(solo->teams.size(), std::size_t{1});
    QCOMPARE(solo->teams[0].players.size(), std::size_t{1});
    QVERIFY(solo->swarm);
    QVERIFY(!solo->arena);
    // The recorded 2023 Arena game: four duos ranked by subteamPlacement.
    importAll(temp.store->writer(), {{"cherry", test::readFixture("match_v5_NA1_4746688295_p13.15_arena_1700.json")}});
    auto cherry = ingest::loadMatchPage(db.value(), "NA1_4746688295");
    QVERIFY(cherry);
    QVERIFY(cherry->arena);
    std::vector<std::string> order;
    for (const auto& team : cherry->teams) {
        order.push_back(team.players[0].championName + "+" + team.players[1].championName);
    }
    QCOMPARE(order, (std::vector<std::string>{"Orianna+Kaisa", "DrMundo+LeeSin", "Lillia+Corki", "Fiora+Rammus"}));
    QCOMPARE(cherry->teams[0].players[1].doubleKills, 5);
    QCOMPARE(cherry->teams[0].players[1].items[0], 223036);
}

void TestIngest::notesAndTagsAreSavedAndSearchable() {
    test::TempStore temp;
    importAll(temp.store->writer(), {{"m", test::readFixture(test::kKrMatch)}});
    auto saved = temp.store->writer()
                     .submit<Ok>([](store::Database& db) {
                         return store::saveMatchNote(db, "KR_7014499581", "Lost lane to the jungler",
                                                     {" Tilt ", "duo", "tilt", ""});
                     })
                     .get();
    QVERIFY(saved);
    auto db = temp.store->openReader();
    auto detail = store::loadMatchDetail(db.value(), "KR_7014499581");
    QCOMPARE(detail->note, std::string("Lost lane to the jungler"));
    QCOMPARE(detail->tags, (std::vector<std::string>{"tilt", "duo"}));
    for (const char* search : {"tilt", "JUNGLER"}) {
        store::HistoryFilter filter;
        filter.search = search;
        QCOMPARE(store::historyPage(db.value(), filter, std::nullopt, 10).value().size(),
                 std::size_t{1}); // found by note or tag
    }
    store::HistoryFilter none;
    none.search = "smurf";
    QVERIFY(store::historyPage(db.value(), none, std::nullopt, 10).value().empty());
    auto tooLong = temp.store->writer()
                       .submit<Ok>([](store::Database& w) {
                           return store::saveMatchNote(w, "KR_7014499581", "", {std::string(41, 'a')});
                       })
                       .get();
    QVERIFY(!tooLong && tooLong.error().message.find("longer than 40") != std::string::npos);
    auto missing = temp.store->writer()
                       .submit<Ok>([](store::Database& w) { return store::saveMatchNote(w, "KR_1", "x", {}); })
                       .get();
    QVERIFY(!missing);
    auto cleared = temp.store->writer()
                       .submit<Ok>([](store::Database& w) { return store::saveMatchNote(w, "KR_7014499581", "", {}); })
                       .get();
    QVERIFY(cleared);
    QCOMPARE(store::loadMatchDetail(db.value(), "KR_7014499581")->note, std::string());
}

void TestIngest::demoGamesAreInternallyConsistent() {
    demo::DemoOptions options;
    options.matches = 400;
    options.seed = 11;
    options.endMs = 1'780'000'000'000;
    demo::DemoGenerator generator(options);
    std::vector<ingest::NamedPayload> payloads;
    while (generator.next(payloads)) {
    }
    std::map<std::string, int> winners; // match id -> winning team
    int games = 0;
    int winnerLeadsKills = 0;
    int winnerLeadsGold = 0;
    int timelines = 0;
    int timelineEndsOnWinner = 0;
    for (const auto& payload : payloads) {
        json doc = json::parse(payload.bytes);
        const std::string matchId = doc["metadata"]["matchId"];
        if (payload.name.find("_timeline") != std::string::npos) {
            std::int64_t gold[2] = {0, 0};
            for (auto& [id, frame] : doc["info"]["frames"].back()["participantFrames"].items()) {
                gold[std::stoi(id) <= 5 ? 0 : 1] += frame["totalGold"].get<std::int64_t>();
            }
            ++timelines;
            timelineEndsOnWinner += (gold[0] > gold[1] ? 100 : 200) == winners.at(matchId) ? 1 : 0;
            continue;
        }
        json& info = doc["info"];
        if (info["participants"][0].value("gameEndedInEarlySurrender", false)) {
            continue; // a remake has no winner to lead
        }
        std::map<int, std::pair<int, std::int64_t>> teams; // teamId -> kills, gold
        for (auto& p : info["participants"]) {
            teams[p["teamId"]].first += p["kills"].get<int>();
            teams[p["teamId"]].second += p["goldEarned"].get<std::int64_t>();
        }
        int winner = 0;
        for (auto& team : info["teams"]) {
            QCOMPARE(team["objectives"]["champion"]["kills"].get<int>(), teams[team["teamId"]].first);
            if (team["win"].get<bool>()) {
                winner = team["teamId"];
            }
        }
        QVERIFY2(winner != 0, matchId.c_str());
        for (auto& p : info["participants"]) {
            QCOMPARE(p["win"].get<bool>(), p["teamId"].get<int>() == winner);
        }
        winners[matchId] = winner;
        const int loser = winner == 100 ? 200 : 100;
        ++games;
        winnerLeadsKills += teams[winner].first > teams[loser].first ? 1 : 0;
        winnerLeadsGold += teams[winner].second > teams[loser].second ? 1 : 0;
    }
    QVERIFY(games > 350);
    QVERIFY(timelines > 200);
    // Most games, as in real ones: the winners took more kills and more gold, and the gold curve ends on their side.
    QVERIFY2(winnerLeadsKills * 100 >= games * 80,
             qPrintable(QStringLiteral("%1/%2").arg(winnerLeadsKills).arg(games)));
    QVERIFY2(winnerLeadsGold * 100 >= games * 85, qPrintable(QStringLiteral("%1/%2").arg(winnerLeadsGold).arg(games)));
    QVERIFY2(timelineEndsOnWinner * 100 >= timelines * 90,
             qPrintable(QStringLiteral("%1/%2").arg(timelineEndsOnWinner).arg(timelines)));
}
QTEST_GUILESS_MAIN(TestIngest)
#include "test_ingest.moc"
