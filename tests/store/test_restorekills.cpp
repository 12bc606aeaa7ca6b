// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `herald-cli backup restore` of a store over 500 MB killed (SIGKILL) at moments spread over the whole restore, at
// least 30 times: after each kill `check` is clean and the store is the old one or the backup, never a mix; the
// debris of the kills is gone after the next restore. Not run under the sanitizers (minutes of 500 MB copies).
#include "store/database.h"
#include "store/datadir.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <random>

using namespace herald;

namespace {

struct CliRun {
    int code = -1;
    std::string out;
    std::string err;
};

CliRun cli(const std::filesystem::path& dataDir, QStringList args) {
    args.prepend(QString::fromStdString(dataDir.string()));
    args.prepend(QStringLiteral("--data-dir"));
    QProcess process;
    process.start(QStringLiteral(HERALD_CLI_PATH), args);
    process.waitForFinished(600'000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            process.readAllStandardOutput().toStdString(), process.readAllStandardError().toStdString()};
}

// Which store this is: the marker setting and the number of notes ("old", 399) or ("backup", 400).
std::pair<std::string, std::int64_t> identity(const std::filesystem::path& dataDir) {
    auto db = store::Database::open(store::databasePath(dataDir), store::Database::Mode::ReadOnly);
    if (!db) {
        return {"unreadable: " + db.error().message, -1};
    }
    return {db->queryText("SELECT value FROM user_settings WHERE key = 'test.marker'"),
            db->queryInt("SELECT count(*) FROM match_notes")};
}

// The store as it was before the restore: its own marker, one note fewer than the backup.
void makeOld(const std::filesystem::path& dataDir) {
    auto db = store::Database::open(store::databasePath(dataDir), store::Database::Mode::ReadWrite);
    QVERIFY(db);
    db->execScript("UPDATE user_settings SET value = 'old' WHERE key = 'test.marker'; DELETE FROM match_notes WHERE "
                   "match_id = (SELECT max(match_id) FROM match_notes);");
}

} // namespace

class TestRestoreKills : public QObject {
    Q_OBJECT

private slots:
    void restoreKilledAnywhereLeavesOneStoreOrTheOther();
};

void TestRestoreKills::restoreKilledAnywhereLeavesOneStoreOrTheOther() {
    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    const std::filesystem::path dataDir = root / "data";
    QCOMPARE(cli(dataDir, {QStringLiteral("demo"), QStringLiteral("--matches"), QStringLiteral("400")}).code, 0);
    {
        // Over 500 MB: a long note (1.3 MB) on each of the 400 games, in Herald's own tables.
        auto db = store::Database::open(store::databasePath(dataDir), store::Database::Mode::ReadWrite);
        QVERIFY(db);
        db->execScript("INSERT INTO match_notes (match_id, note, tags, updated_at) SELECT match_id, "
                       "printf('%.1300000c', 'n'), 'long', 1 FROM matches ORDER BY match_id LIMIT 400; "
                       "INSERT OR REPLACE INTO user_settings (key, value) VALUES ('test.marker', 'backup');");
    }
    const std::filesystem::path backup = root / "before.db";
    const CliRun made = cli(dataDir, {QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("-o"),
                                      QString::fromStdString(backup.string())});
    QVERIFY2(made.code == 0, made.err.c_str());
    QVERIFY(std::filesystem::file_size(backup) > 500'000'000);
    makeOld(dataDir);
    QCOMPARE(identity(dataDir), (std::pair<std::string, std::int64_t>{"old", 399}));

    // One restore undisturbed: how long the whole takes, for the kill points.
    const QStringList restore = {QStringLiteral("backup"), QStringLiteral("restore"),
                                 QString::fromStdString(backup.string())};
    QElapsedTimer clock;
    clock.start();
    const CliRun whole = cli(dataDir, restore);
    const qint64 duration = clock.elapsed();
    QVERIFY2(whole.code == 0, whole.err.c_str());
    QCOMPARE(identity(dataDir), (std::pair<std::string, std::int64_t>{"backup", 400}));
    makeOld(dataDir);

    std::mt19937 random(20261206);
    int landed = 0;
    std::array<int, 10> byTenth{};
    for (int attempt = 0; landed < 30 && attempt < 90; ++attempt) {
        const int delay = std::uniform_int_distribution<int>(20, static_cast<int>(duration))(random);
        QProcess victim;
        victim.start(QStringLiteral(HERALD_CLI_PATH),
                     QStringList{QStringLiteral("--data-dir"), QString::fromStdString(dataDir.string())} + restore);
        QVERIFY(victim.waitForStarted());
        victim.waitForFinished(delay);
        const bool killed = victim.state() == QProcess::Running;
        if (killed) {
            victim.kill(); // SIGKILL
            ++landed;
            ++byTenth[static_cast<std::size_t>(std::min<qint64>(9, delay * 10 / duration))];
        }
        victim.waitForFinished();
        const CliRun check = cli(dataDir, {QStringLiteral("check")});
        QVERIFY2(check.code == 0, ("killed after " + std::to_string(delay) + " ms: " + check.out + check.err).c_str());
        const auto now = identity(dataDir);
        const bool old = now == std::pair<std::string, std::int64_t>{"old", 399};
        const bool restored = now == std::pair<std::string, std::int64_t>{"backup", 400};
        QVERIFY2(old || restored,
                 (now.first + " " + std::to_string(now.second) + " after " + std::to_string(delay) + " ms").c_str());
        if (restored) {
            makeOld(dataDir); // the next kill again has two stores to tell apart
        }
    }
    QVERIFY2(landed >= 30, std::to_string(landed).c_str());
    QString spread;
    for (const int n : byTenth) {
        spread += QString::number(n) + QLatin1Char(' ');
    }
    qInfo("restore of %lld MB in %lld ms: %d kills landed, by tenth of the restore: %s",
          static_cast<long long>(std::filesystem::file_size(backup) / 1'000'000), static_cast<long long>(duration),
          landed, qPrintable(spread));

    // The next restore runs to its end and leaves nothing of the killed ones behind.
    const CliRun last = cli(dataDir, restore);
    QVERIFY2(last.code == 0, last.err.c_str());
    QVERIFY(!std::filesystem::exists(dataDir / "herald.db.restoring"));
    for (const auto& entry : std::filesystem::directory_iterator(dataDir / "backups")) {
        const std::string name = entry.path().filename().string();
        QVERIFY2(name.find(".partial") == std::string::npos, name.c_str());
    }
}

QTEST_GUILESS_MAIN(TestRestoreKills)
#include "test_restorekills.moc"
