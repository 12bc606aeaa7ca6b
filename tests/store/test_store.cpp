// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The local store: WAL and pragmas, migrations, refusal of newer or damaged files, one writer, atomic writes,
// readers alongside the writer, and the indexes its hot queries need.
#include "demo/demohistory.h"
#include "ingest/importer.h"
#include "store/database.h"
#include "store/matchhistory.h"
#include "store/migrations.h"
#include "store/settings.h"
#include "store/store.h"
#include "testsupport.h"

#include <QtTest>
#include <atomic>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <set>
#include <sqlite3.h>
#include <thread>

using namespace herald;

namespace {

// Every row of a filter's history, read page by page through the keyset cursor.
std::vector<store::MatchSummary> readInPages(store::Database& db, const store::HistoryFilter& filter, int pageSize) {
    std::vector<store::MatchSummary> rows;
    std::optional<store::HistoryCursor> cursor;
    for (;;) {
        const auto page = store::historyPage(db, filter, cursor, pageSize).value();
        rows.insert(rows.end(), page.begin(), page.end());
        if (page.size() < static_cast<std::size_t>(pageSize)) {
            return rows;
        }
        cursor = store::HistoryCursor{page.back().gameCreation, page.back().matchRef};
    }
}

} // namespace

class TestStore : public QObject {
    Q_OBJECT

private slots:
    void openVerifiesWalAndAppliesPragmas();
    void migratesEmptyDatabaseToLatestVersion();
    void migratesDatabaseWithDataAfterBackingItUp();
    void refusesDatabaseFromNewerVersion();
    void refusesFileThatIsNotADatabase();
    void secondWriterIsRefusedWithReason();
    void failureMidMatchLeavesNoTrace();
    void readersSeeConsistentSnapshotsDuringWrites();
    void historyQueriesUseIndexes();
    void historyPagesCoverEveryMatchOnce();
    void historyFiltersByQueueAndResult();
    void historyMergesSeveralPlayersNewestFirst();
    void dataVersionMovesOnlyWithChangedRows();
};

void TestStore::openVerifiesWalAndAppliesPragmas() {
    test::TempStore temp;
    auto reader = temp.store->openReader();
    QVERIFY2(reader.ok(), reader.ok() ? "" : reader.error().message.c_str());
    QCOMPARE(reader->queryText("PRAGMA journal_mode"), std::string("wal"));
    QCOMPARE(reader->queryInt("PRAGMA foreign_keys"), 1);
    QCOMPARE(reader->queryInt("PRAGMA synchronous"), 1); // NORMAL
    QCOMPARE(reader->queryInt("PRAGMA temp_store"), 2);  // MEMORY
    QCOMPARE(reader->queryInt("PRAGMA busy_timeout"), 5000);
}

void TestStore::migratesEmptyDatabaseToLatestVersion() {
    test::TempStore temp;
    QCOMPARE(temp.store->writer().migration().fromVersion, 0);
    QCOMPARE(temp.store->writer().migration().toVersion, store::latestSchemaVersion());
    QVERIFY(temp.store->writer().migration().backup.empty()); // nothing to back up in a new database
    auto reader = temp.store->openReader();
    QCOMPARE(reader->userVersion(), store::latestSchemaVersion());
    for (const char* table : {"accounts", "matches", "match_participants", "participant_frames", "match_timeline",
                              "pending_timelines", "match_notes", "user_settings"}) {
        store::Statement stmt(reader.value(), "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?");
        stmt.bind(1, table);
        QVERIFY2(stmt.step(), table);
    }
}

void TestStore::migratesDatabaseWithDataAfterBackingItUp() {
    QTemporaryDir dir;
    const std::filesystem::path dataDir = dir.path().toStdString();
    const auto dbPath = store::databasePath(dataDir);
    {
        // A store as version 1 of the schema left it, with a real match in it.
        auto db = store::Database::open(dbPath, store::Database::Mode::ReadWrite);
        QVERIFY(db.ok());
        auto v1 = store::migrate(db.value(), dataDir / "backups", store::builtinMigrations(), 1);
        QVERIFY(v1.ok());
        QCOMPARE(db->userVersion(), 1);
        db->execScript("INSERT INTO matches (match_id, platform, game_id, queue_id, game_creation, game_duration_s, "
                       "is_remake, participant_count, payload_hash, raw_data, ingested_at, derive_version) "
                       "VALUES ('EUW1_1', 'EUW1', 1, 420, 1700000000000, 1800, 0, 0, 7, x'00', 1, 1)");
    }
    // The upgrade says how far it is: the backup, each migration, then the compaction, each ending complete.
    std::vector<std::pair<store::UpgradePhase, double>> seen;
    std::mutex seenMutex;
    auto opened =
        store::Store::open(dataDir, store::Store::Access::Write, [&](store::UpgradePhase phase, double fraction) {
            std::lock_guard lock(seenMutex);
            seen.emplace_back(phase, fraction);
        });
    QVERIFY2(opened.ok(), opened.ok() ? "" : opened.error().message.c_str());
    const auto& report = opened.value()->writer().migration();
    QCOMPARE(report.fromVersion, 1);
    QVERIFY(report.compacted);
    QVERIFY(!seen.empty());
    QCOMPARE(seen.front().first, store::UpgradePhase::Backup);
    QCOMPARE(seen.back(), std::make_pair(store::UpgradePhase::Compact, 1.0));
    int migrateSteps = 0;
    for (std::size_t i = 1; i < seen.size(); ++i) {
        QVERIFY(seen[i].first >= seen[i - 1].first); // phases in order
        QVERIFY(seen[i].second >= 0.0 && seen[i].second <= 1.0);
        if (seen[i].first == seen[i - 1].first) {
            QVERIFY(seen[i].second >= seen[i - 1].second); // never backwards
        }
        migrateSteps += seen[i].first == store::UpgradePhase::Migrate ? 1 : 0;
    }
    QCOMPARE(migrateSteps, store::latestSchemaVersion() - 1);
    QCOMPARE(report.toVersion, store::latestSchemaVersion());
    QVERIFY(std::filesystem::exists(report.backup));

    auto reader = opened.value()->openReader();
    QCOMPARE(reader->queryInt("SELECT count(*) FROM matches WHERE match_id = 'EUW1_1'"), 1);
    QCOMPARE(reader->queryInt("SELECT count(*) FROM match_notes"), 0); // the V002 table exists and works

    auto backup = store::Database::open(report.backup, store::Database::Mode::ReadOnly);
    QVERIFY(backup.ok());
    QCOMPARE(backup->userVersion(), 1);
    QCOMPARE(backup->queryInt("SELECT count(*) FROM matches"), 1);
}

void TestStore::refusesDatabaseFromNewerVersion() {
    QTemporaryDir dir;
    const std::filesystem::path dataDir = dir.path().toStdString();
    const int future = store::latestSchemaVersion() + 5;
    {
        auto db = store::Database::open(store::databasePath(dataDir), store::Database::Mode::ReadWrite);
        db->execScript("CREATE TABLE from_the_future (x); PRAGMA user_version = " + std::to_string(future));
    }
    for (auto access : {store::Store::Access::Write, store::Store::Access::Read}) {
        auto opened = store::Store::open(dataDir, access);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, ErrorKind::Unsupported);
        const std::string& message = opened.error().message;
        QVERIFY2(message.find(std::to_string(future)) != std::string::npos, message.c_str());
        QVERIFY2(message.find("version " + std::to_string(store::latestSchemaVersion())) != std::string::npos,
                 message.c_str());
        QCOMPARE(opened.error().code, std::string("store.too_new"));
        QCOMPARE(opened.error().args.at(1), std::to_string(future));
        QCOMPARE(opened.error().args.at(2), std::to_string(store::latestSchemaVersion()));
    }
    auto db = store::Database::open(store::databasePath(dataDir), store::Database::Mode::ReadOnly);
    QCOMPARE(db->userVersion(), future); // untouched
    QVERIFY(!std::filesystem::exists(dataDir / "backups"));
}

void TestStore::refusesFileThatIsNotADatabase() {
    QTemporaryDir dir;
    const std::filesystem::path dataDir = dir.path().toStdString();
    test::writeFile(store::databasePath(dataDir), std::string(8192, 'x'));
    auto opened = store::Store::open(dataDir, store::Store::Access::Write);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().message.find("damaged or not a Herald database") != std::string::npos,
             opened.error().message.c_str());
    QCOMPARE(opened.error().code, std::string("store.damaged"));
}

void TestStore::secondWriterIsRefusedWithReason() {
    test::TempStore temp;
    auto second = store::Store::open(temp.path(), store::Store::Access::Write);
    QVERIFY(!second.ok());
    QCOMPARE(second.error().kind, ErrorKind::Busy);
    // The holder by program and pid (this test's process).
    QVERIFY2(second.error().message.find("test_store (pid " + std::to_string(QCoreApplication::applicationPid()) +
                                         ") is writing to") != std::string::npos,
             second.error().message.c_str());
    QCOMPARE(second.error().code, std::string("store.in_use"));
    // Readers are never refused.
    QVERIFY(store::Store::open(temp.path(), store::Store::Access::Read).ok());
}

void TestStore::failureMidMatchLeavesNoTrace() {
    test::TempStore temp;
    // Fault injection: the sixth participant row of KR_7014499581 fails, after its match row and five
    // participants were written inside the same unit. The two other matches of the batch must still commit.
    auto armed = temp.store->writer()
                     .submit<Ok>([](store::Database& db) -> Result<Ok> {
                         db.execScript("CREATE TEMP TRIGGER fail_mid_match BEFORE INSERT ON match_participants "
                                       "WHEN NEW.participant_id = 6 AND (SELECT match_id FROM matches "
                                       "WHERE id = NEW.match_ref) = 'KR_7014499581' "
                                       "BEGIN SELECT RAISE(ABORT, 'injected failure'); END");
                         return Ok{};
                     })
                     .get();
    QVERIFY(armed.ok());
    ingest::Importer importer(temp.store->writer(), 1);
    const auto report =
        importer.importPayloads({{"kr", test::readFixture(test::kKrMatch)},
                                 {"euw", test::readFixture("match_v5_EUW1_6852390800_p14.5_flex_440.json")},
                                 {"kr-timeline", test::readFixture(test::kKrTimeline)},
                                 {"na", test::readFixture("match_v5_NA1_4207411591_p12.3_ranked_420.json")}});
    QCOMPARE(report.imported, 2);
    QCOMPARE(report.failed.size(), std::size_t{1});
    QCOMPARE(report.failed[0].source, std::string("kr"));
    QVERIFY2(report.failed[0].error.find("injected failure") != std::string::npos, report.failed[0].error.c_str());

    auto reader = temp.store->openReader();
    QCOMPARE(reader->queryInt("SELECT count(*) FROM matches WHERE match_id = 'KR_7014499581'"), 0);
    QCOMPARE(reader->queryInt("SELECT count(*) FROM matches"), 2);
    QCOMPARE(reader->queryInt("SELECT count(*) FROM match_participants"), 20);
    // Its timeline (a separate record) waits for the match instead of being lost.
    QCOMPARE(reader->queryInt("SELECT count(*) FROM pending_timelines WHERE match_id = 'KR_7014499581'"), 1);
    QCOMPARE(reader->queryInt("SELECT count(*) FROM participant_frames"), 0);
}

void TestStore::readersSeeConsistentSnapshotsDuringWrites() {
    test::TempStore temp;
    std::atomic<bool> done{false};
    std::atomic<int> reads{0};
    std::string readerError;
    std::thread reader([&] {
        auto db = temp.store->openReader();
        if (!db) {
            readerError = db.error().message;
            return;
        }
        long long last = 0;
        while (!done.load()) {
            try {
                // One statement is one snapshot: a match is never seen without all its participants.
                store::Statement stmt(db.value(), "SELECT (SELECT count(*) FROM matches), "
                                                  "(SELECT coalesce(sum(participant_count), 0) FROM matches), "
                                                  "(SELECT count(*) FROM match_participants)");
                stmt.step();
                const long long matches = stmt.columnInt64(0);
                if (stmt.columnInt64(1) != stmt.columnInt64(2)) {
                    readerError = "torn read: " + std::to_string(stmt.columnInt64(1)) + " vs " +
                                  std::to_string(stmt.columnInt64(2));
                    return;
                }
                if (matches < last) {
                    readerError = "match count went backwards";
                    return;
                }
                last = matches;
                ++reads;
            } catch (const store::StoreError& e) {
                readerError = e.what();
                return;
            }
        }
    });
    demo::DemoOptions options;
    options.matches = 150;
    options.endMs = 1'780'000'000'000;
    auto report = demo::createDemoHistory(temp.store->writer(), options);
    done = true;
    reader.join();
    QVERIFY2(readerError.empty(), readerError.c_str());
    QVERIFY(report.ok());
    QCOMPARE(report->imported, 150);
    QVERIFY(reads.load() > 5);
}

void TestStore::historyQueriesUseIndexes() {
    test::TempStore temp;
    auto db = temp.store->openReader();
    auto plan = [&](const std::string& sql, const std::vector<std::string>& params) {
        store::Statement stmt(db.value(), "EXPLAIN QUERY PLAN " + sql);
        for (std::size_t i = 0; i < params.size(); ++i) {
            stmt.bind(static_cast<int>(i) + 1, params[i]);
        }
        std::string text;
        while (stmt.step()) {
            text += stmt.columnText(3) + "\n";
        }
        return text;
    };
    store::HistoryFilter one;
    one.puuids = {"x"};
    const std::string byPlayer = plan(store::historyPageSql(one, true), {"x"}); // :p1 is the first parameter
    QVERIFY2(byPlayer.find("USING PRIMARY KEY (puuid=?") != std::string::npos, byPlayer.c_str());
    QVERIFY2(byPlayer.find("TEMP B-TREE") == std::string::npos, byPlayer.c_str());
    QVERIFY2(byPlayer.find("SCAN") == std::string::npos, byPlayer.c_str());
    one.queueId = 420; // a filtered page still reads the player's range, newest first
    one.outcome = store::HistoryOutcome::Win;
    one.search = "ahri";
    const std::string filtered = plan(store::historyPageSql(one, true), {"x"});
    QVERIFY2(filtered.find("USING PRIMARY KEY (puuid=?") != std::string::npos, filtered.c_str());
    QVERIFY2(filtered.find("TEMP B-TREE") == std::string::npos, filtered.c_str());

    const std::string all = plan(store::historyPageSql(store::HistoryFilter{}, true), {});
    QVERIFY2(all.find("matches_by_creation") != std::string::npos, all.c_str());
    QVERIFY2(all.find("TEMP B-TREE") == std::string::npos, all.c_str());

    const std::string byRiotId = plan("SELECT puuid FROM match_participants WHERE riot_game_name = ? COLLATE NOCASE "
                                      "AND riot_tag_line = ? COLLATE NOCASE",
                                      {"a", "b"});
    QVERIFY2(byRiotId.find("participants_by_riot_id") != std::string::npos, byRiotId.c_str());
}

void TestStore::historyPagesCoverEveryMatchOnce() {
    test::TempStore temp;
    demo::DemoOptions options;
    options.matches = 230;
    options.endMs = 1'780'000'000'000;
    options.timelineShare = 0;
    QVERIFY(demo::createDemoHistory(temp.store->writer(), options).ok());
    auto db = temp.store->openReader();
    store::HistoryFilter filter;
    filter.puuids = {demo::demoAccount().puuid};
    QCOMPARE(store::historyCount(db.value(), filter).value(), 230);
    std::set<std::string> seen;
    std::int64_t previous = std::numeric_limits<std::int64_t>::max();
    for (const auto& m : readInPages(db.value(), filter, 64)) {
        QVERIFY(m.hasPlayer);
        QVERIFY(m.gameCreation <= previous); // newest first
        previous = m.gameCreation;
        QVERIFY2(seen.insert(m.matchId).second, m.matchId.c_str());
    }
    QCOMPARE(seen.size(), std::size_t{230});
    filter.search = "ahri";
    const auto ahri = store::historyPage(db.value(), filter, std::nullopt, 1000).value();
    QVERIFY(!ahri.empty());
    for (const auto& m : ahri) {
        QCOMPARE(m.championName, std::string("Ahri"));
    }
}

void TestStore::historyFiltersByQueueAndResult() {
    test::TempStore temp;
    demo::DemoOptions options;
    options.matches = 300;
    options.endMs = 1'780'000'000'000;
    options.timelineShare = 0;
    QVERIFY(demo::createDemoHistory(temp.store->writer(), options).ok());
    auto db = temp.store->openReader();
    // Every filter is checked against the unfiltered history read row by row, for one player and for all matches,
    // and read back in pages of 7 so the cursor crosses the filtered rows.
    for (const bool onePlayer : {true, false}) {
        store::HistoryFilter base;
        if (onePlayer) {
            base.puuids = {demo::demoAccount().puuid};
        }
        const auto everything = store::historyPage(db.value(), base, std::nullopt, 10'000).value();
        QCOMPARE(everything.size(), std::size_t{300});
        std::map<int, int> perQueue;
        for (const auto& m : everything) {
            ++perQueue[m.queueId];
        }
        QVERIFY2(perQueue.size() >= 3, "the demo plays several queues");
        const std::pair<store::HistoryOutcome, std::string> outcomes[] = {{store::HistoryOutcome::Any, ""},
                                                                          {store::HistoryOutcome::Win, "Win"},
                                                                          {store::HistoryOutcome::Loss, "Loss"},
                                                                          {store::HistoryOutcome::Remake, "Remake"}};
        int anyTotal = 0;
        for (const auto& [queue, count] : perQueue) {
            for (const auto& [outcome, label] : outcomes) {
                store::HistoryFilter filter = base;
                filter.queueId = queue;
                filter.outcome = outcome;
                std::vector<std::string> expected;
                for (const auto& m : everything) {
                    if (m.queueId == queue && (label.empty() || m.resultLabel() == label)) {
                        expected.push_back(m.matchId);
                    }
                }
                std::vector<std::string> seen;
                for (const auto& m : readInPages(db.value(), filter, 7)) {
                    seen.push_back(m.matchId);
                }
                QVERIFY2(seen == expected,
                         qPrintable(QStringLiteral("queue %1, %2, one player %3: %4 rows, expected %5")
                                        .arg(queue)
                                        .arg(QString::fromStdString(label))
                                        .arg(onePlayer)
                                        .arg(seen.size())
                                        .arg(expected.size())));
                QCOMPARE(store::historyCount(db.value(), filter).value(), static_cast<std::int64_t>(expected.size()));
                if (label.empty()) {
                    anyTotal += static_cast<int>(expected.size());
                    QCOMPARE(static_cast<int>(expected.size()), count);
                }
            }
        }
        QCOMPARE(anyTotal, 300);
        store::HistoryFilter wins = base;
        wins.outcome = store::HistoryOutcome::Win;
        const auto winCount = store::historyCount(db.value(), wins).value();
        QVERIFY(winCount > 50 && winCount < 250);
    }
    QCOMPARE(store::parseHistoryOutcome("loss"), std::optional(store::HistoryOutcome::Loss));
    QVERIFY(!store::parseHistoryOutcome("Loss").has_value());
}

void TestStore::historyMergesSeveralPlayersNewestFirst() {
    test::TempStore temp;
    const std::vector<std::pair<std::string, int>> picks = {{"match_v5_KR_7014499581_p14.7_ranked.json", 1},
                                                            {"match_v5_JP1_323466834_p11.16_ranked.json", 0},
                                                            {"match_v5_NA1_4196060228_p12.2_aram_450.json", 4},
                                                            {"match_v5_EUW1_6852390800_p14.5_flex_440.json", 9}};
    std::vector<ingest::NamedPayload> payloads;
    store::HistoryFilter filter;
    std::vector<std::pair<std::int64_t, std::string>> expected; // gameCreation, matchId: read from the payloads
    for (const auto& [file, index] : picks) {
        const std::string bytes = test::readFixture(file);
        const auto match = nlohmann::json::parse(bytes);
        filter.puuids.push_back(match["info"]["participants"][static_cast<std::size_t>(index)]["puuid"]);
        expected.emplace_back(match["info"]["gameCreation"].get<std::int64_t>(),
                              match["metadata"]["matchId"].get<std::string>());
        payloads.push_back({file, bytes});
    }
    QCOMPARE(ingest::Importer(temp.store->writer()).importPayloads(payloads).imported, 4);
    std::sort(expected.rbegin(), expected.rend());
    auto db = temp.store->openReader();
    QCOMPARE(store::historyCount(db.value(), filter).value(), 4);
    std::vector<std::string> seen;
    for (const auto& m : readInPages(db.value(), filter, 2)) { // two rows a page: the merge crosses pages
        QVERIFY(m.hasPlayer);
        seen.push_back(m.matchId);
    }
    QCOMPARE(seen.size(), std::size_t{4});
    for (std::size_t i = 0; i < 4; ++i) {
        QCOMPARE(seen[i], expected[i].second);
    }
    filter.search = "taliyah";
    QCOMPARE(store::historyCount(db.value(), filter).value(), 1);
}

// The data version (the views' "read again" and the analytics cache key) moves after a job that changed rows,
// before its caller hears the result, and tells the listener; a job that only reads, or a failed one that changed
// nothing, leaves it alone.
void TestStore::dataVersionMovesOnlyWithChangedRows() {
    test::TempStore temp;
    auto& writer = temp.store->writer();
    std::vector<std::uint64_t> heard;
    std::mutex heardMutex;
    writer.setDataChangedListener([&](std::uint64_t version) {
        std::lock_guard lock(heardMutex);
        heard.push_back(version);
    });
    const std::uint64_t start = writer.dataVersion();
    auto read = writer.submit<std::int64_t>(
        [](store::Database& db) -> Result<std::int64_t> { return db.queryInt("SELECT count(*) FROM matches"); });
    QVERIFY(read.get().ok());
    QCOMPARE(writer.dataVersion(), start);
    auto refused = writer.submit<Ok>(
        [](store::Database&) -> Result<Ok> { return makeError(ErrorKind::Validation, "nothing written"); });
    QVERIFY(!refused.get().ok());
    QCOMPARE(writer.dataVersion(), start);
    std::uint64_t seenByCaller = 0;
    auto written = writer.submit<Ok>([](store::Database& db) -> Result<Ok> {
        store::setSetting(db, "test.key", "1");
        return Ok{};
    });
    QVERIFY(written.get().ok());
    seenByCaller = writer.dataVersion(); // read right after the result: already moved
    QCOMPARE(seenByCaller, start + 1);
    writer.setDataChangedListener({});
    auto again = writer.submit<Ok>([](store::Database& db) -> Result<Ok> {
        store::setSetting(db, "test.key", "2");
        return Ok{};
    });
    QVERIFY(again.get().ok());
    QCOMPARE(writer.dataVersion(), start + 2);
    std::lock_guard lock(heardMutex);
    QCOMPARE(heard, std::vector<std::uint64_t>{start + 1}); // removed: not told of the second
}

QTEST_GUILESS_MAIN(TestStore)
#include "test_store.moc"
