// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// test_cli: the store under stress: check, a too-new schema, writers and readers together, kills, backups and their
// damage, archival, a full disk, read-only and foreign folders, a deleted WAL.
#include "test_cli.h"

using namespace herald;
using namespace herald::clitest;

void TestCli::checkReportsHealthAndDamage() {
    QTemporaryDir dir;
    QTemporaryDir scratch;
    const Run missing = cli(inDir(dir, {QStringLiteral("check")}));
    QCOMPARE(missing.code, 1);
    QVERIFY2(missing.err.find("no Herald database") != std::string::npos, missing.err.c_str());

    QCOMPARE(cli(inDir(dir, {QStringLiteral("import"), payloadFolder(scratch)})).code, 0);
    const Run healthy = cli(inDir(dir, {QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json")}));
    QCOMPARE(healthy.code, 0);
    const json report = json::parse(healthy.out);
    QCOMPARE(report["healthy"].get<bool>(), true);
    QCOMPARE(report["journal_mode"].get<std::string>(), std::string("wal"));
    QCOMPARE(report["schema_version"].get<int>(), store::latestSchemaVersion());
    QCOMPARE(report["rows"]["matches"].get<int>(), 10);
    QCOMPARE(report["rows"]["match_participants"].get<int>(), 98);

    // Damage the pages that hold the data (the header stays readable).
    const auto dbPath = store::databasePath(dir.path().toStdString());
    QVERIFY(!std::filesystem::exists(dbPath.string() + "-wal") ||
            std::filesystem::file_size(dbPath.string() + "-wal") == 0);
    {
        std::fstream file(dbPath, std::ios::in | std::ios::out | std::ios::binary);
        for (std::streamoff page = 2; page < 40; page += 3) {
            file.seekp(page * 4096);
            const std::string junk(4096, '\x5a');
            file.write(junk.data(), static_cast<std::streamsize>(junk.size()));
        }
    }
    const Run damaged = cli(inDir(dir, {QStringLiteral("check")}));
    QCOMPARE(damaged.code, 1);
    QVERIFY2(damaged.err.find("herald-cli") != std::string::npos, damaged.err.c_str());
}

void TestCli::tooNewDatabaseIsRefused() {
    QTemporaryDir dir;
    {
        auto db =
            store::Database::open(store::databasePath(dir.path().toStdString()), store::Database::Mode::ReadWrite);
        db->execScript("PRAGMA user_version = 99");
    }
    for (const QStringList& args :
         QList<QStringList>{{QStringLiteral("matches")},
                            {QStringLiteral("check")},
                            {QStringLiteral("demo"), QStringLiteral("--matches"), QStringLiteral("3")}}) {
        const Run run = cli(inDir(dir, args));
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.find("schema version 99") != std::string::npos, run.err.c_str());
        QVERIFY2(run.err.find("version " + std::to_string(store::latestSchemaVersion())) != std::string::npos,
                 run.err.c_str());
    }
    QCOMPARE(queryInt(dir, "PRAGMA user_version"), 99);
}

void TestCli::secondWriterIsToldWhoHoldsTheStore() {
    test::TempStore holder;
    QTemporaryDir scratch;
    test::writeFile(std::filesystem::path(scratch.path().toStdString()) / "m.json", test::readFixture(test::kKrMatch));
    const Run run = cli({QStringLiteral("--data-dir"), QString::fromStdString(holder.path().string()),
                         QStringLiteral("--wait"), QStringLiteral("0"), QStringLiteral("import"), scratch.path()});
    QCOMPARE(run.code, 1);
    // The holder by program and pid (this test's process).
    QVERIFY2(run.err.find("test_cli (pid " + std::to_string(QCoreApplication::applicationPid()) + ") is writing to") !=
                 std::string::npos,
             run.err.c_str());
    // Reading is still possible while another process writes.
    QCOMPARE(
        cli({QStringLiteral("--data-dir"), QString::fromStdString(holder.path().string()), QStringLiteral("check")})
            .code,
        0);
}

void TestCli::killedImportLeavesConsistentStoreAndResumes() {
    const QStringList demo = {QStringLiteral("demo"), QStringLiteral("--matches"), QStringLiteral("240"),
                              QStringLiteral("--seed"), QStringLiteral("3")};
    // Kill points: right after start (before or while the database is created and migrated), and once 40 and 150
    // matches are committed; the victim must still be running then, so the kill lands in the middle of the import.
    // Negative: kill after that many milliseconds (before or while the store is created and migrated).
    for (const int committed : {-5, -15, -30, -60, 40, 150}) {
        QTemporaryDir dir;
        QProcess victim;
        victim.start(QStringLiteral(HERALD_CLI_PATH), inDir(dir, demo));
        QVERIFY(victim.waitForStarted());
        if (committed < 0) {
            QTest::qWait(-committed);
        } else {
            QDeadlineTimer deadline(240'000);
            while (queryInt(dir, "SELECT count(*) FROM matches") < committed && !deadline.hasExpired() &&
                   victim.state() == QProcess::Running) {
                QTest::qWait(10);
            }
            QVERIFY2(victim.state() == QProcess::Running,
                     qPrintable(QStringLiteral("finished before %1 matches were seen").arg(committed)));
        }
        victim.kill(); // SIGKILL: no destructor, no flush
        victim.waitForFinished();

        if (std::filesystem::exists(store::databasePath(dir.path().toStdString()))) {
            const Run check =
                cli(inDir(dir, {QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json")}));
            QVERIFY2(check.code == 0, (std::to_string(committed) + ": " + check.out + check.err).c_str());
            // Every stored match is whole.
            QCOMPARE(queryInt(dir, "SELECT coalesce(sum(participant_count), 0) FROM matches"),
                     queryInt(dir, "SELECT count(*) FROM match_participants"));
            QVERIFY(queryInt(dir, "SELECT count(*) FROM matches") >= std::max(committed, 0));
        }
        const Run resumed = cli(inDir(dir, demo));
        QVERIFY2(resumed.code == 0, resumed.err.c_str());
        QCOMPARE(queryInt(dir, "SELECT count(*) FROM matches"), 240);
        QCOMPARE(queryInt(dir, "SELECT count(DISTINCT match_id) FROM matches"), 240);
        QCOMPARE(queryInt(dir, "SELECT count(*) FROM pending_timelines"), 0);
    }
}

void TestCli::readersNeverMakeAWriterFail() {
    // Found by an adversarial run: imports beside a loop of readers failed at random with "another Herald process
    // (pid N) is writing", N being a reader that had opened the store for writing once.
    QTemporaryDir dir;
    QTemporaryDir scratch;
    const std::filesystem::path folder = scratch.path().toStdString();
    test::writeFile(folder / "m.json", test::readFixture(test::kKrMatch));
    QCOMPARE(cli(inDir(dir, {QStringLiteral("import"), scratch.path()})).code, 0);
    std::atomic<bool> stop{false};
    std::atomic<int> reads{0};
    std::atomic<int> failedReads{0};
    const std::string reader = std::string("'") + HERALD_CLI_PATH + "' --data-dir '" + dir.path().toStdString() + "' ";
    const std::string olaf = json::parse(test::readFixture(test::kKrMatch))["metadata"]["participants"][1];
    std::thread readers([&] {
        for (int i = 0; !stop.load(); ++i) {
            const std::string command =
                reader +
                (i % 2 == 0 ? "matches --limit 1" : "stats --metrics games,kda --by champion --puuid " + olaf) +
                " >/dev/null 2>&1";
            failedReads += std::system(command.c_str()) == 0 ? 0 : 1;
            ++reads;
        }
    });
    int failedImports = 0;
    std::string firstError;
    for (int i = 0; i < 20; ++i) {
        const Run run = cli(inDir(dir, {QStringLiteral("import"), scratch.path()}));
        if (run.code != 0) {
            ++failedImports;
            firstError = firstError.empty() ? run.err : firstError;
        }
    }
    stop = true;
    readers.join();
    QVERIFY2(failedImports == 0, firstError.c_str());
    QCOMPARE(failedReads.load(), 0);
    QVERIFY(reads.load() >= 5);
}

void TestCli::backupsAreVerifiedRotatedAndRestored() {
    QTemporaryDir dir;
    const std::filesystem::path data = dir.path().toStdString();
    QCOMPARE(cli(inDir(dir, {QStringLiteral("demo"), QStringLiteral("--matches"), QStringLiteral("120")})).code, 0);
    execIn(dir, "INSERT INTO match_notes (match_id, note, tags, updated_at) SELECT match_id, 'good game', '', 1 "
                "FROM matches LIMIT 1; INSERT OR REPLACE INTO user_settings (key, value) VALUES ('backups_kept', "
                "'3'), ('ui.theme', 'dark');");

    const Run made = cli(inDir(
        dir, {QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--format"), QStringLiteral("json")}));
    QVERIFY2(made.code == 0, made.err.c_str());
    const json doc = json::parse(made.out);
    const std::filesystem::path first = doc["file"].get<std::string>();
    QVERIFY(std::filesystem::exists(first));
    QCOMPARE(first.parent_path(), data / "backups");
    QCOMPARE(doc["rows"]["matches"].get<int>(), 120);
    QCOMPARE(doc["rows"]["match_notes"].get<int>(), 1);
    QCOMPARE(doc["schema_version"].get<int>(), store::latestSchemaVersion());
    QCOMPARE(doc["bytes"].get<std::int64_t>(), std::int64_t(std::filesystem::file_size(first)));
    // The manifest beside it says the same; the copy is a single file (no -wal), every table equal to the store.
    const json manifest = json::parse(test::readFile(first.string() + ".json"));
    QCOMPARE(manifest["rows"]["matches"].get<int>(), 120);
    QVERIFY(!std::filesystem::exists(first.string() + "-wal"));
    QVERIFY2(test::tableDifferences(store::databasePath(data), first).isEmpty(),
             qPrintable(test::tableDifferences(store::databasePath(data), first)));

    // An existing -o target is refused; -o elsewhere is not rotated.
    const QString outside = dir.filePath(QStringLiteral("mine.db"));
    QCOMPARE(cli(inDir(dir, {QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("-o"), outside})).code,
             0);
    const Run again =
        cli(inDir(dir, {QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("-o"), outside}));
    QCOMPARE(again.code, 1);
    QVERIFY2(again.err.find("already exists") != std::string::npos, again.err.c_str());

    // Rotation keeps the newest 3 (the setting) in the backups folder.
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(cli(inDir(dir, {QStringLiteral("backup"), QStringLiteral("create")})).code, 0);
    }
    const Run listed = cli(inDir(
        dir, {QStringLiteral("backup"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")}));
    QCOMPARE(listed.code, 0);
    const json rows = json::parse(listed.out)["rows"];
    QCOMPARE(rows.size(), std::size_t{3});
    QVERIFY(!std::filesystem::exists(first)); // the oldest went, with its manifest
    QVERIFY(!std::filesystem::exists(first.string() + ".json"));
    QVERIFY(std::filesystem::exists(outside.toStdString()));
    const std::string newest = rows[0][0].get<std::string>();

    const Run verified =
        cli(inDir(dir, {QStringLiteral("backup"), QStringLiteral("verify"), QString::fromStdString(newest)}));
    QVERIFY2(verified.code == 0, verified.err.c_str());
    QVERIFY2(verified.out.find("ok") != std::string::npos, verified.out.c_str());

    // The player changes the store: a note, a setting, matches deleted. Restore brings back the backup exactly.
    execIn(dir, "DELETE FROM match_notes; UPDATE user_settings SET value = 'light' WHERE key = 'ui.theme'; "
                "DELETE FROM matches WHERE id IN (SELECT id FROM matches ORDER BY id LIMIT 10);");
    QCOMPARE(queryInt(dir, "SELECT count(*) FROM matches"), 110);
    const Run restored =
        cli(inDir(dir, {QStringLiteral("backup"), QStringLiteral("restore"), QString::fromStdString(newest)}));
    QVERIFY2(restored.code == 0, restored.err.c_str());
    QVERIFY2(test::tableDifferences(store::databasePath(data), data / "backups" / newest).isEmpty(),
             qPrintable(test::tableDifferences(store::databasePath(data), data / "backups" / newest)));
    QCOMPARE(queryInt(dir, "SELECT count(*) FROM matches"), 120);
    QCOMPARE(queryInt(dir, "SELECT count(*) FROM match_notes"), 1);
    // The store as it was is a backup of its own (110 matches): nothing is lost by restoring.
    const auto marker = restored.out.find("kept: ");
    QVERIFY2(marker != std::string::npos, restored.out.c_str());
    const std::filesystem::path previous =
        restored.out.substr(marker + 6, restored.out.find('\n', marker) - marker - 6);
    QVERIFY2(std::filesystem::exists(previous), previous.c_str());
    auto before = store::Database::open(previous, store::Database::Mode::ReadOnly);
    QCOMPARE(before->queryInt("SELECT count(*) FROM matches"), 110);
    QCOMPARE(before->queryText("SELECT value FROM user_settings WHERE key = 'ui.theme'"), std::string("light"));
    const Run check = cli(inDir(dir, {QStringLiteral("check")}));
    QVERIFY2(check.code == 0, check.err.c_str());
}

void TestCli::damagedTruncatedOrNewerBackupsAreRefused() {
    QTemporaryDir dir;
    const std::filesystem::path data = dir.path().toStdString();
    QCOMPARE(cli(inDir(dir, {QStringLiteral("demo"), QStringLiteral("--matches"), QStringLiteral("80")})).code, 0);
    const Run made = cli(inDir(
        dir, {QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--format"), QStringLiteral("json")}));
    QCOMPARE(made.code, 0);
    const std::filesystem::path good = json::parse(made.out)["file"].get<std::string>();
    const auto size = std::filesystem::file_size(good);

    auto copyOf = [&](const std::string& name) {
        const auto path = data / name;
        std::filesystem::copy_file(good, path);
        std::filesystem::copy_file(good.string() + ".json", path.string() + ".json");
        return path;
    };
    const auto truncated = copyOf("truncated.db");
    std::filesystem::resize_file(truncated, size / 2);
    const auto flipped = copyOf("flipped.db");
    {
        // Garbage over a page in the middle of the file (a table's b-tree page): integrity_check finds it.
        std::fstream f(flipped, std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(static_cast<std::streamoff>(size / 2 / 4096 * 4096));
        const std::string junk(4096, '\x5a');
        f.write(junk.data(), static_cast<std::streamsize>(junk.size()));
    }
    const auto newer = copyOf("newer.db");
    {
        auto db = store::Database::open(newer, store::Database::Mode::ReadWrite);
        db->execScript("PRAGMA user_version = 99");
    }
    std::filesystem::remove(newer.string() + ".json"); // its size changed with the WAL switch: no manifest to match
    const auto edited = copyOf("edited.db");
    {
        auto db = store::Database::open(edited, store::Database::Mode::ReadWrite);
        db->execScript("DELETE FROM match_notes; DELETE FROM matches WHERE id = (SELECT max(id) FROM matches); "
                       "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE;");
    }
    const auto notADatabase = data / "notes.db";
    test::writeFile(notADatabase, "these are not the droids\n");

    const std::string storeBefore = sha(store::databasePath(data));
    const std::vector<std::pair<std::filesystem::path, std::string>> cases = {{truncated, "damaged"},
                                                                              {flipped, "damaged"},
                                                                              {newer, "newer than this Herald"},
                                                                              {edited, "manifest says"},
                                                                              {notADatabase, "not a usable backup"},
                                                                              {data / "missing.db", "not a file"}};
    for (const auto& [file, reason] : cases) {
        const Run verified = cli(
            inDir(dir, {QStringLiteral("backup"), QStringLiteral("verify"), QString::fromStdString(file.string())}));
        QVERIFY2(verified.code == 1 && verified.err.find(reason) != std::string::npos,
                 (file.string() + ": " + verified.err).c_str());
        const Run restored = cli(
            inDir(dir, {QStringLiteral("backup"), QStringLiteral("restore"), QString::fromStdString(file.string())}));
        QVERIFY2(restored.code == 1 && restored.err.find(reason) != std::string::npos,
                 (file.string() + ": " + restored.err).c_str());
        // Nothing changed: the store's file, no new backup, no staged copy left.
        QCOMPARE(sha(store::databasePath(data)), storeBefore);
        QVERIFY(!std::filesystem::exists(data / "herald.db.restoring"));
    }
    QCOMPARE(json::parse(cli(inDir(dir, {QStringLiteral("backup"), QStringLiteral("list"), QStringLiteral("--format"),
                                         QStringLiteral("json")}))
                             .out)["rows"]
                 .size(),
             std::size_t{1});
}

void TestCli::writersWaitForEachOtherAndReadersNever() {
    QTemporaryDir dir;
    QCOMPARE(cli(inDir(dir, {QStringLiteral("demo"), QStringLiteral("--matches"), QStringLiteral("60")})).code, 0);
    QTemporaryDir scratch;
    test::writeFile(std::filesystem::path(scratch.path().toStdString()) / "m.json", test::readFixture(test::kKrMatch));
    auto holder = store::Store::open(dir.path().toStdString(), store::Store::Access::Write);
    QVERIFY(holder.ok());

    // A writer waits --wait seconds, says so, then names the holder.
    QElapsedTimer clock;
    clock.start();
    const Run waited =
        cli(inDir(dir, {QStringLiteral("--wait"), QStringLiteral("2"), QStringLiteral("import"), scratch.path()}));
    QCOMPARE(waited.code, 1);
    QVERIFY(clock.elapsed() >= 2000);
    QVERIFY2(waited.err.find("waiting up to 2 s") != std::string::npos, waited.err.c_str());
    QVERIFY2(waited.err.find("(pid " + std::to_string(QCoreApplication::applicationPid()) + ") is writing to") !=
                 std::string::npos,
             waited.err.c_str());
    QVERIFY2(waited.err.find("waited 2 s") != std::string::npos, waited.err.c_str());

    // Readers do not wait at all: each finishes while the writer holds the folder.
    const std::vector<QStringList> readers = {
        {QStringLiteral("matches"), QStringLiteral("--limit"), QStringLiteral("3")},
        {QStringLiteral("check")},
        {QStringLiteral("stats"), QStringLiteral("--account"), QStringLiteral("Demo#HRLD"), QStringLiteral("--metrics"),
         QStringLiteral("games")},
        {QStringLiteral("export"), QStringLiteral("data"), QStringLiteral("--dataset"), QStringLiteral("matches"),
         QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), scratch.filePath("m.csv")},
        {QStringLiteral("backup"), QStringLiteral("create")}};
    for (const QStringList& args : readers) {
        const Run read = cli(inDir(dir, QStringList{QStringLiteral("--wait"), QStringLiteral("30")} + args));
        QVERIFY2(read.code == 0, qPrintable(args.join(u' ') + QStringLiteral(": ") + QString::fromStdString(read.err)));
        QVERIFY2(read.err.find("waiting") == std::string::npos, read.err.c_str());
    }

    // A writer that waits gets the folder as soon as the holder lets go.
    QProcess importer;
    importer.start(QStringLiteral(HERALD_CLI_PATH), inDir(dir, {QStringLiteral("--wait"), QStringLiteral("60"),
                                                                QStringLiteral("import"), scratch.path()}));
    QVERIFY(importer.waitForStarted());
    QTest::qWait(700);
    QCOMPARE(importer.state(), QProcess::Running);
    holder.value().reset();
    QVERIFY(importer.waitForFinished(30'000));
    const QByteArray said = importer.readAllStandardError();
    QVERIFY2(importer.exitCode() == 0, said.constData());
    QVERIFY2(said.contains("waiting up to 60 s"), said.constData());
}

void TestCli::archivalKeepsEveryMetric() {
    QTemporaryDir dir;
    QCOMPARE(cli(inDir(dir, {QStringLiteral("demo"), QStringLiteral("--matches"), QStringLiteral("300")})).code, 0);
    const QString metrics =
        QStringLiteral("games,wins,losses,win_rate,avg_kills,avg_deaths,avg_assists,kda,cs_per_min,gold_per_min,"
                       "damage_per_min,damage_share,kill_participation,vision_score,vision_per_min,avg_duration_min,"
                       "first_blood_rate,gold_diff_10,gold_diff_15,cs_diff_10,cs_diff_15");
    auto allStats = [&]() {
        std::string out;
        for (const QString& by : {QStringLiteral("champion,role"), QStringLiteral("week"), QStringLiteral("queue"),
                                  QStringLiteral("opponent_champion")}) {
            const Run run = cli(
                inDir(dir, {QStringLiteral("stats"), QStringLiteral("--account"), QStringLiteral("Demo#HRLD"),
                            QStringLiteral("--metrics"), metrics, QStringLiteral("--by"), by,
                            QStringLiteral("--include-remakes"), QStringLiteral("--format"), QStringLiteral("json")}));
            out += run.out + run.err;
        }
        const Run lp =
            cli(inDir(dir, {QStringLiteral("stats"), QStringLiteral("--account"), QStringLiteral("Demo#HRLD"),
                            QStringLiteral("--metrics"), QStringLiteral("lp"), QStringLiteral("--by"),
                            QStringLiteral("day"), QStringLiteral("--format"), QStringLiteral("json")}));
        return out + lp.out + lp.err;
    };
    const std::string before = allStats();
    QVERIFY(before.find("gold_diff_15") != std::string::npos && before.find("error") == std::string::npos);
    const auto events = queryInt(dir, "SELECT count(*) FROM match_timeline");
    const auto frames = queryInt(dir, "SELECT count(*) FROM participant_frames");
    const auto oldWithTimeline = queryInt(
        dir, "SELECT count(*) FROM matches m JOIN match_payloads p ON p.match_ref = m.id WHERE p.raw_timeline IS NOT "
             "NULL AND m.game_creation < (strftime('%s', 'now') - 31 * 86400) * 1000");
    QVERIFY(oldWithTimeline > 100);

    const Run dry =
        cli(inDir(dir, {QStringLiteral("archive"), QStringLiteral("--older-than-months"), QStringLiteral("1"),
                        QStringLiteral("--dry-run"), QStringLiteral("--format"), QStringLiteral("json")}));
    QCOMPARE(dry.code, 0);
    QCOMPARE(queryInt(dir, "SELECT count(*) FROM match_timeline"), events); // a dry run changes nothing
    const Run run = cli(inDir(dir, {QStringLiteral("archive"), QStringLiteral("--older-than-months"),
                                    QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("json")}));
    QVERIFY2(run.code == 0, run.err.c_str());
    const json report = json::parse(run.out);
    QCOMPARE(report["matches"], json::parse(dry.out)["matches"]);
    QVERIFY(report["matches"].get<std::int64_t>() >= oldWithTimeline);
    QCOMPARE(queryInt(dir, "SELECT count(*) FROM match_timeline"), events - report["events"].get<std::int64_t>());
    QCOMPARE(queryInt(dir, "SELECT count(*) FROM participant_frames"), frames - report["frames"].get<std::int64_t>());
    QVERIFY(report["file_bytes_after"].get<std::int64_t>() < report["file_bytes_before"].get<std::int64_t>() * 2 / 3);
    // An archived match keeps two frames per player (10 and 15 minutes), no event, no raw timeline.
    QCOMPARE(queryInt(dir, "SELECT count(*) FROM match_timeline t JOIN match_payloads p USING (match_ref) WHERE "
                           "p.raw_timeline IS NULL"),
             std::int64_t{0});
    QCOMPARE(queryInt(dir, "SELECT max(n) FROM (SELECT count(*) AS n FROM participant_frames f JOIN match_payloads p "
                           "USING (match_ref) WHERE p.raw_timeline IS NULL GROUP BY f.match_ref, f.participant_id)"),
             std::int64_t{2});
    QCOMPARE(allStats(), before);
    {
        // The match page of an archived match says so (no curves from its two frames); a recent one keeps them.
        auto db = store::Database::open(store::databasePath(dir.path().toStdString()), store::Database::Mode::ReadOnly);
        store::Statement pick(db.value(), "SELECT m.match_id, p.raw_timeline IS NULL FROM matches m JOIN "
                                          "match_payloads p ON p.match_ref = m.id WHERE m.timeline_hash IS NOT NULL "
                                          "GROUP BY p.raw_timeline IS NULL");
        int seen = 0;
        while (pick.step()) {
            const auto detail = store::loadMatchDetail(db.value(), pick.columnText(0));
            QVERIFY(detail.ok());
            const bool archived = pick.columnInt(1) != 0;
            QCOMPARE(detail->timelineArchived, archived);
            QCOMPARE(detail->curves.empty(), archived);
            QCOMPARE(detail->events.empty(), archived);
            ++seen;
        }
        QCOMPARE(seen, 2);
    }
    // Re-deriving from what is left gives the same values again; archiving again finds nothing.
    QCOMPARE(cli(inDir(dir, {QStringLiteral("rebuild")})).code, 0);
    QCOMPARE(allStats(), before);
    const Run twice = cli(inDir(dir, {QStringLiteral("archive"), QStringLiteral("--older-than-months"),
                                      QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("json")}));
    QCOMPARE(json::parse(twice.out)["matches"].get<int>(), 0);
    QCOMPARE(cli(inDir(dir, {QStringLiteral("check")})).code, 0);
}

void TestCli::fullDiskIsExplainedAndLosesNothing() {
    // A real full disk.
    const Tmpfs disk(QStringLiteral("12m"));
    if (!disk.mounted()) {
        QSKIP("cannot mount a tmpfs here (not root): the full-disk test runs in CI");
    }
    const QString point = disk.path();
    const QString data = point + QStringLiteral("/data");
    auto inData = [&](QStringList args) {
        args.prepend(data);
        args.prepend(QStringLiteral("--data-dir"));
        return args;
    };
    QCOMPARE(cli(inData({QStringLiteral("demo"), QStringLiteral("--matches"), QStringLiteral("60")})).code, 0);
    const auto matchesBefore = [&]() {
        auto db = store::Database::open(store::databasePath(data.toStdString()), store::Database::Mode::ReadOnly);
        return db ? db->queryInt("SELECT count(*) FROM matches") : -1;
    };
    QCOMPARE(matchesBefore(), 60);
    // Fill the disk but for a few pages.
    const std::string filler = (point + QStringLiteral("/filler")).toStdString();
    {
        std::ofstream out(filler, std::ios::binary);
        const std::string block(64 * 1024, 'x');
        while (out.write(block.data(), static_cast<std::streamsize>(block.size()))) {
        }
    }
    // An import needs room it does not have: a clear error naming the folder, exit 1.
    QTemporaryDir scratch;
    const QString payloads = payloadFolder(scratch);
    const Run grown = cli(inData({QStringLiteral("import"), payloads}));
    QCOMPARE(grown.code, 1);
    QVERIFY2(grown.err.find("disk is full") != std::string::npos, grown.err.c_str());
    QVERIFY2(grown.err.find(data.toStdString()) != std::string::npos, grown.err.c_str());
    // A backup too: no partial file left behind.
    const Run backup = cli(inData({QStringLiteral("backup"), QStringLiteral("create")}));
    QCOMPARE(backup.code, 1);
    QVERIFY2(backup.err.find("disk is full") != std::string::npos, backup.err.c_str());
    QVERIFY(std::filesystem::is_empty(data.toStdString() + "/backups") ||
            !std::filesystem::exists(data.toStdString() + "/backups"));
    // What was stored is intact.
    std::filesystem::remove(filler);
    const Run check = cli(inData({QStringLiteral("check")}));
    QVERIFY2(check.code == 0, (check.out + check.err).c_str());
    QVERIFY(matchesBefore() >= 60);
    // With room again, the work resumes: every payload is imported.
    const Run resumed = cli(inData({QStringLiteral("import"), payloads}));
    QVERIFY2(resumed.code == 0, resumed.err.c_str());
    QVERIFY(matchesBefore() > 60);
    QCOMPARE(cli(inData({QStringLiteral("backup"), QStringLiteral("create")})).code, 0);
}

void TestCli::readOnlyFoldersAreReadAndExplained() {
    // A real read-only file system: a tmpfs remounted read-only.
    const Tmpfs disk(QStringLiteral("24m"));
    if (!disk.mounted()) {
        QSKIP("cannot mount a tmpfs here (not root): the read-only test runs in CI");
    }
    const QString point = disk.path();
    const QString data = point + QStringLiteral("/data");
    auto inData = [&](QStringList args) {
        args.prepend(data);
        args.prepend(QStringLiteral("--data-dir"));
        return args;
    };
    QCOMPARE(cli(inData({QStringLiteral("demo"), QStringLiteral("--matches"), QStringLiteral("40")})).code, 0);
    // The last connection closed: no -shm, no -wal left, as a store copied to read-only media has none.
    QVERIFY(!std::filesystem::exists(data.toStdString() + "/herald.db-shm"));
    QCOMPARE(QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,ro"), point}),
             0);
    // Reading works, and says how.
    const Run listed = cli(inData({QStringLiteral("matches"), QStringLiteral("--limit"), QStringLiteral("0"),
                                   QStringLiteral("--format"), QStringLiteral("json")}));
    QVERIFY2(listed.code == 0, listed.err.c_str());
    QCOMPARE(json::parse(listed.out)["rows"].size(), std::size_t{40});
    QVERIFY2(listed.err.find("cannot be written here") != std::string::npos, listed.err.c_str());
    const Run stats = cli(inData({QStringLiteral("stats"), QStringLiteral("--account"), QStringLiteral("Demo#HRLD"),
                                  QStringLiteral("--metrics"), QStringLiteral("games")}));
    QVERIFY2(stats.code == 0, stats.err.c_str());
    QCOMPARE(cli(inData({QStringLiteral("check")})).code, 0);
    // Writing is refused, naming the folder and why; nothing crashes, no wait.
    for (const QStringList& args : {QStringList{QStringLiteral("import"), data}, QStringList{QStringLiteral("rebuild")},
                                    QStringList{QStringLiteral("backup"), QStringLiteral("create")}}) {
        const Run refused = cli(inData(args));
        QVERIFY2(refused.code == 1, (args.join(u' ').toStdString() + ": " + refused.err).c_str());
        QVERIFY2(refused.err.find(data.toStdString()) != std::string::npos, refused.err.c_str());
        QVERIFY2(refused.err.find("Read-only file system") != std::string::npos ||
                     refused.err.find("read-only") != std::string::npos,
                 refused.err.c_str());
    }
}

void TestCli::deletedWriteAheadLogIsSurvived() {
    // Someone deletes herald.db-wal while a writer holds the store: readers and the writer go on without a crash,
    // and the store checks out once the writer has closed it.
    QTemporaryDir dir;
    QCOMPARE(cli(inDir(dir, {QStringLiteral("demo"), QStringLiteral("--matches"), QStringLiteral("30")})).code, 0);
    const auto dataDir = std::filesystem::path(dir.path().toStdString());
    {
        auto holder = store::Store::open(dataDir, store::Store::Access::Write);
        QVERIFY(holder.ok());
        QVERIFY(holder.value()
                    ->writer()
                    .submit<Ok>([](store::Database& db) -> Result<Ok> {
                        db.execScript("INSERT OR REPLACE INTO user_settings (key, value) VALUES ('ui.theme', 'dark')");
                        return Ok{};
                    })
                    .get()
                    .ok());
        std::filesystem::remove(dataDir / "herald.db-wal");
        const Run listed = cli(inDir(dir, {QStringLiteral("matches"), QStringLiteral("--limit"), QStringLiteral("0"),
                                           QStringLiteral("--format"), QStringLiteral("json")}));
        QVERIFY2(listed.code == 0 || listed.err.find("herald-cli: ") != std::string::npos, listed.err.c_str());
        const Run check = cli(inDir(dir, {QStringLiteral("check")}));
        // An answer, not a crash; a failure names the missing log.
        QVERIFY2(check.code == 0 ||
                     (check.code == 1 && check.err.find("-wal) is empty or missing") != std::string::npos),
                 check.err.c_str());
        qInfo("without its -wal: matches exit %d (%s), check exit %d (%s)", listed.code, listed.err.c_str(), check.code,
              check.err.c_str());
        QVERIFY(holder.value()
                    ->writer()
                    .submit<Ok>([](store::Database& db) -> Result<Ok> {
                        db.execScript("INSERT OR REPLACE INTO user_settings (key, value) VALUES ('ui.theme', 'light')");
                        return Ok{};
                    })
                    .get()
                    .ok());
    }
    const Run check = cli(inDir(dir, {QStringLiteral("check")}));
    QVERIFY2(check.code == 0, (check.out + check.err).c_str());
    QCOMPARE(queryInt(dir, "SELECT count(*) FROM matches"), 30);
}

void TestCli::anotherUsersFolderIsReadNotWritten() {
    // The store belongs to root; the CLI runs as nobody (setpriv, from util-linux; needs root, as in CI).
    if (::geteuid() != 0 || QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty()) {
        QSKIP("needs root and setpriv: runs in CI");
    }
    QTemporaryDir dir;
    QCOMPARE(cli(inDir(dir, {QStringLiteral("demo"), QStringLiteral("--matches"), QStringLiteral("25")})).code, 0);
    std::filesystem::permissions(dir.path().toStdString(),
                                 std::filesystem::perms::owner_all | std::filesystem::perms::group_read |
                                     std::filesystem::perms::group_exec | std::filesystem::perms::others_read |
                                     std::filesystem::perms::others_exec);
    auto asNobody = [&](const QStringList& args) {
        QProcess process;
        process.start(QStringLiteral("setpriv"),
                      QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                  QStringLiteral("--clear-groups"), QStringLiteral(HERALD_CLI_PATH)} +
                          inDir(dir, args));
        process.waitForFinished(60'000);
        return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
                   process.readAllStandardOutput().toStdString(), process.readAllStandardError().toStdString()};
    };
    const Run listed = asNobody({QStringLiteral("matches"), QStringLiteral("--limit"), QStringLiteral("0"),
                                 QStringLiteral("--format"), QStringLiteral("json")});
    if (listed.err.find("Permission denied") != std::string::npos && listed.code != 0 &&
        listed.err.find(dir.path().toStdString()) == std::string::npos) {
        QSKIP("nobody cannot run the built CLI from this build folder");
    }
    QVERIFY2(listed.code == 0, listed.err.c_str());
    QCOMPARE(json::parse(listed.out)["rows"].size(), std::size_t{25});
    QVERIFY2(listed.err.find("cannot be written here") != std::string::npos, listed.err.c_str());
    const Run imported =
        asNobody({QStringLiteral("--wait"), QStringLiteral("0"), QStringLiteral("import"), dir.path()});
    QCOMPARE(imported.code, 1);
    QVERIFY2(imported.err.find("cannot write to " + dir.path().toStdString() + " (Permission denied)") !=
                 std::string::npos,
             imported.err.c_str());
    QCOMPARE(queryInt(dir, "SELECT count(*) FROM matches"), 25); // untouched
}
