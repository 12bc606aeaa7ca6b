// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// test_analytics: re-derivation and upgrades of older stores (version 2 from raw payloads, version 6 kept whole and
// compacted).
#include "test_analytics.h"

using namespace herald;
using namespace herald::analyticstest;

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
        QVERIFY(!a->rows.empty() || d.name == "augment"); // the demo has no Arena game
        QCOMPARE(tableText(b.value()), tableText(a.value()));
        ++compared;
    }
    QVERIFY(compared >= 10);
    // Compacted: no free page left, and smaller than the V006 file.
    QCOMPARE(db->queryInt("PRAGMA freelist_count"), 0);
    const auto bytesAfter = std::filesystem::file_size(dbPath);
    QVERIFY2(bytesAfter < bytesBefore, (std::to_string(bytesAfter) + " >= " + std::to_string(bytesBefore)).c_str());
}
