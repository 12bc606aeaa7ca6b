// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A store holds Herald's schema and nothing else: a backup or a live store with someone else's trigger, view, table
// or index (or a changed one) is refused by verify, restore, check and every open, each object named; every
// connection runs with SQLite's defensive mode on and the schema untrusted.
#include "embedded.h"
#include "ingest/importer.h"
#include "store/backups.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/schemacheck.h"
#include "store/store.h"
#include "store/storecheck.h"
#include "testsupport.h"

#include <QtTest>
#include <filesystem>
#include <fstream>
#include <sqlite3.h>

using namespace herald;

namespace {

// Changes a store behind Herald's back, as another program would (plain sqlite3, no Herald connection).
void tamper(const std::filesystem::path& file, const std::string& sql) {
    sqlite3* raw = nullptr;
    QCOMPARE(sqlite3_open(file.string().c_str(), &raw), SQLITE_OK);
    char* error = nullptr;
    const int rc = sqlite3_exec(raw, sql.c_str(), nullptr, nullptr, &error);
    const std::string message = error != nullptr ? error : "";
    sqlite3_free(error);
    sqlite3_close(raw);
    QVERIFY2(rc == SQLITE_OK, message.c_str());
}

std::int64_t count(const std::filesystem::path& file, const std::string& sql) {
    auto db = store::Database::open(file, store::Database::Mode::ReadOnly);
    return db ? db->queryInt(sql) : -1;
}

// The store of a data folder with the KR fixture imported (10 participants), closed.
void importOne(const std::filesystem::path& dataDir) {
    auto opened = store::Store::open(dataDir, store::Store::Access::Write);
    QVERIFY(opened);
    std::vector<ingest::NamedPayload> payloads{{test::kKrMatch, test::readFixture(test::kKrMatch)}};
    QCOMPARE(ingest::Importer(opened.value()->writer()).importPayloads(payloads).imported, 1);
}

constexpr const char* kHostile =
    "CREATE TABLE notes_of_mine (x); CREATE VIEW everyone AS SELECT puuid FROM match_participants; "
    "CREATE TRIGGER wipe AFTER INSERT ON matches BEGIN DELETE FROM match_participants; END;";

} // namespace

class TestSchema : public QObject {
    Q_OBJECT

private slots:
    void everyConnectionIsDefensive();
    void heraldsOwnSchemaPassesAtEveryVersion();
    void referenceSchemaIsWhatTheMigrationsMake();
    void backupWithForeignObjectsIsNeitherVerifiedNorRestored();
    void liveStoreWithForeignObjectsIsReportedAndNotOpened();
    void aRestoredStoreIsWholeTheMomentItHasItsName();
    void whatKilledRestoresLeaveIsRemovedAtTheNextWrite();
};

void TestSchema::everyConnectionIsDefensive() {
    test::TempStore temp;
    auto reader = temp.store->openReader();
    QVERIFY(reader);
    for (store::Database* db : {&reader.value()}) {
        int trusted = -1;
        int defensive = -1;
        sqlite3_db_config(db->handle(), SQLITE_DBCONFIG_TRUSTED_SCHEMA, -1, &trusted);
        sqlite3_db_config(db->handle(), SQLITE_DBCONFIG_DEFENSIVE, -1, &defensive);
        QCOMPARE(trusted, 0);
        QCOMPARE(defensive, 1);
    }
    // The writer's connection too: writable_schema cannot be used to slip an object past SQLite.
    const auto status = temp.store->writer()
                            .submit<int>([](store::Database& db) -> Result<int> {
                                try {
                                    db.execScript("PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = "
                                                  "'CREATE TABLE accounts (x)' WHERE name = 'accounts';");
                                } catch (const store::StoreError& e) {
                                    return makeError(ErrorKind::Storage, e.what());
                                }
                                return 0;
                            })
                            .get();
    QVERIFY2(!status, "the schema was writable");
    auto again = temp.store->openReader();
    QVERIFY(store::schemaDifferences(again.value()).empty());
}

void TestSchema::heraldsOwnSchemaPassesAtEveryVersion() {
    // A store at each version, made by the migrations: nothing to report, and one object less is "missing".
    for (int version = 1; version <= store::latestSchemaVersion(); ++version) {
        QTemporaryDir dir;
        const std::filesystem::path file = std::filesystem::path(dir.path().toStdString()) / "v.db";
        auto db = store::Database::open(file, store::Database::Mode::ReadWrite);
        QVERIFY(db);
        QVERIFY(store::migrate(db.value(), dir.path().toStdString(), store::builtinMigrations(), version));
        QCOMPARE(db->userVersion(), version);
        const auto differences = store::schemaDifferences(db.value());
        QVERIFY2(differences.empty(), differences.empty() ? "" : differences.front().c_str());
    }
    test::TempStore temp;
    importOne(temp.path() / "imported");
    auto db = store::Database::open(store::databasePath(temp.path() / "imported"), store::Database::Mode::ReadOnly);
    QVERIFY(store::schemaDifferences(db.value()).empty()); // data changes nothing
}

void TestSchema::referenceSchemaIsWhatTheMigrationsMake() {
    // The check reads the latest version's objects from resources/schema/reference.sql instead of running every
    // migration at each start: the file must be what the migrations make. After a new migration:
    // HERALD_SCHEMA_WRITE=1 build/ci/tests/test_schema writes it again.
    const std::string made = store::migratedSchemaScript();
    QVERIFY(made.rfind("-- Herald schema version " + std::to_string(store::latestSchemaVersion()) + ":", 0) == 0);
    QVERIFY(made.find("CREATE TABLE participant_builds") != std::string::npos);
    if (qEnvironmentVariableIsSet("HERALD_SCHEMA_WRITE")) {
        std::ofstream(std::filesystem::path(HERALD_SOURCE_DIR) / "resources/schema/reference.sql", std::ios::binary)
            << made;
        QSKIP("resources/schema/reference.sql written; build again");
    }
    QCOMPARE(resources::load("schema/reference.sql").value_or(std::string()), made);
}

void TestSchema::backupWithForeignObjectsIsNeitherVerifiedNorRestored() {
    QTemporaryDir dir;
    const std::filesystem::path dataDir = std::filesystem::path(dir.path().toStdString()) / "data";
    importOne(dataDir);
    std::filesystem::path backup;
    {
        auto db = store::Database::open(store::databasePath(dataDir), store::Database::Mode::ReadOnly);
        auto made = store::createBackup(db.value(), dataDir / "backups", {});
        QVERIFY2(made, made ? "" : made.error().message.c_str());
        backup = made->file;
    }
    QVERIFY(store::verifyBackup(backup));
    // The hostile test's backup: valid in every other way (integrity ok, rows as the manifest says).
    tamper(backup, kHostile);
    auto verified = store::verifyBackup(backup);
    QVERIFY(!verified);
    QCOMPARE(verified.error().code, std::string("backup.foreign_schema"));
    for (const char* named : {"trigger wipe (on matches) is not Herald's", "view everyone is not Herald's",
                              "table notes_of_mine is not Herald's"}) {
        QVERIFY2(verified.error().message.find(named) != std::string::npos, verified.error().message.c_str());
    }
    const auto before = count(store::databasePath(dataDir), "SELECT count(*) FROM match_participants");
    QCOMPARE(before, std::int64_t{10});
    auto restored = store::restoreBackup(dataDir, backup);
    QVERIFY(!restored);
    QCOMPARE(restored.error().code, std::string("backup.foreign_schema"));
    QVERIFY(!std::filesystem::exists(dataDir / "herald.db.restoring"));
    auto db = store::Database::open(store::databasePath(dataDir), store::Database::Mode::ReadOnly);
    QVERIFY(store::schemaDifferences(db.value()).empty());

    // A changed object of ours counts as much as an extra one: an index on other columns.
    QTemporaryDir other;
    const std::filesystem::path second = std::filesystem::path(other.path().toStdString()) / "data";
    importOne(second);
    tamper(store::databasePath(second),
           "DROP INDEX participants_by_team; CREATE INDEX participants_by_team ON match_participants (puuid);");
    auto changed = store::Database::open(store::databasePath(second), store::Database::Mode::ReadOnly);
    const auto differences = store::schemaDifferences(changed.value());
    QCOMPARE(differences.size(), std::size_t{1});
    QCOMPARE(differences.front(), std::string("index participants_by_team (on match_participants) differs from "
                                              "Herald's"));
}

void TestSchema::liveStoreWithForeignObjectsIsReportedAndNotOpened() {
    QTemporaryDir dir;
    const std::filesystem::path dataDir = std::filesystem::path(dir.path().toStdString()) / "data";
    importOne(dataDir);
    tamper(store::databasePath(dataDir), kHostile);
    {
        auto db = store::Database::open(store::databasePath(dataDir), store::Database::Mode::ReadOnly);
        auto checked = store::checkStore(db.value());
        QVERIFY(checked);
        QVERIFY(!checked->healthy);
        QCOMPARE(checked->problems.size(), std::size_t{3});
        QVERIFY(checked->problems.front().rfind("schema: ", 0) == 0);
    }
    for (const auto access : {store::Store::Access::Read, store::Store::Access::Write}) {
        auto opened = store::Store::open(dataDir, access);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, std::string("store.foreign_schema"));
        QVERIFY2(opened.error().message.find("trigger wipe (on matches)") != std::string::npos,
                 opened.error().message.c_str());
    }
    // Nothing ran: the trigger never fired, every participant is there.
    QCOMPARE(count(store::databasePath(dataDir), "SELECT count(*) FROM match_participants"), std::int64_t{10});
}

void TestSchema::aRestoredStoreIsWholeTheMomentItHasItsName() {
    // The state a kill right after the rename leaves (before any command opens the store again): `check` reads it
    // as healthy, in WAL mode, with the backup's rows. (It read "journal mode is delete, expected wal": DAMAGED.)
    QTemporaryDir dir;
    const std::filesystem::path dataDir = std::filesystem::path(dir.path().toStdString()) / "data";
    importOne(dataDir);
    std::filesystem::path backup;
    {
        auto db = store::Database::open(store::databasePath(dataDir), store::Database::Mode::ReadOnly);
        backup = store::createBackup(db.value(), dataDir / "backups", {}).value().file;
    }
    auto restored = store::restoreBackup(dataDir, backup);
    QVERIFY2(restored, restored ? "" : restored.error().message.c_str());
    QVERIFY(!std::filesystem::exists(dataDir / "herald.db.restoring"));
    auto db = store::Database::open(store::databasePath(dataDir), store::Database::Mode::ReadOnly);
    auto checked = store::checkStore(db.value());
    QVERIFY(checked);
    QVERIFY2(checked->healthy, checked->problems.empty() ? "" : checked->problems.front().c_str());
    QCOMPARE(checked->journalMode, std::string("wal"));
    QCOMPARE(db->queryInt("SELECT count(*) FROM match_participants"), std::int64_t{10});
}

void TestSchema::whatKilledRestoresLeaveIsRemovedAtTheNextWrite() {
    QTemporaryDir dir;
    const std::filesystem::path dataDir = std::filesystem::path(dir.path().toStdString()) / "data";
    importOne(dataDir);
    const std::string junk(1'000'000, 'x');
    std::filesystem::create_directories(dataDir / "backups");
    test::writeFile(dataDir / "herald.db.restoring", junk);
    test::writeFile(dataDir / "herald.db.restoring-journal", junk.substr(0, 1000));
    test::writeFile(dataDir / "backups" / ".herald-20261206-120000-001-before-restore.db.partial", junk);
    const auto stale = dataDir / "backups" / ".herald-20261206-110000-001-manual.db.partial";
    test::writeFile(stale, junk);
    std::filesystem::last_write_time(stale, std::filesystem::file_time_type::clock::now() - std::chrono::minutes(11));
    // A `backup create` beside the writer may be writing this one now: kept.
    const auto running = dataDir / "backups" / ".herald-20261206-121500-001-manual.db.partial";
    test::writeFile(running, junk);
    const auto kept = dataDir / "backups" / "notes.txt";
    test::writeFile(kept, "mine");
    {
        auto opened = store::Store::open(dataDir, store::Store::Access::Write);
        QVERIFY(opened);
        QCOMPARE(opened.value()->debrisRemoved().files, 4);
        QCOMPARE(opened.value()->debrisRemoved().bytes, std::int64_t{3'001'000});
    }
    QVERIFY(!std::filesystem::exists(dataDir / "herald.db.restoring"));
    QVERIFY(!std::filesystem::exists(stale));
    QVERIFY(std::filesystem::exists(running));
    QVERIFY(std::filesystem::exists(kept));
    // A reader removes nothing; the next writer finds nothing more.
    auto again = store::Store::open(dataDir, store::Store::Access::Write);
    QCOMPARE(again.value()->debrisRemoved().files, 0);
}

QTEST_GUILESS_MAIN(TestSchema)
#include "test_schema.moc"
