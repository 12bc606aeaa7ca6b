// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// herald-cli end to end: the built binary on temporary data folders, its output and exit codes.
#include "store/database.h"
#include "store/matchdetail.h"
#include "store/migrations.h"
#include "testsupport.h"

#include <QXmlStreamReader>
#include <QtTest>
#include <atomic>
#include <cmath>
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sqlite3.h>
#include <thread>
#include <unistd.h>

using namespace herald;
using nlohmann::json;

namespace {

using Run = test::CliRun;

Run cli(const QStringList& args, int timeoutMs = 120'000) {
    return test::runCli(args, timeoutMs);
}

QStringList inDir(const QTemporaryDir& dir, QStringList args) {
    args.prepend(dir.path());
    args.prepend(QStringLiteral("--data-dir"));
    return args;
}

// The recorded matches and timelines only (the other fixtures are not Match-V5 payloads; the aborted stubs are
// made by hand).
QString payloadFolder(const QTemporaryDir& scratch) {
    const auto dir = std::filesystem::path(scratch.path().toStdString()) / "payloads";
    std::filesystem::create_directories(dir);
    for (const auto& entry : std::filesystem::directory_iterator(test::fixturePath(""))) {
        const auto name = entry.path().filename().string();
        if ((name.rfind("match_v5_", 0) == 0 || name.rfind("timeline_v5_", 0) == 0) &&
            name.find("_aborted_stub") == std::string::npos) {
            std::filesystem::copy_file(entry.path(), dir / name);
        }
    }
    return QString::fromStdString(dir.string());
}

std::int64_t queryInt(const QTemporaryDir& dir, const std::string& sql) {
    auto db = store::Database::open(store::databasePath(dir.path().toStdString()), store::Database::Mode::ReadOnly);
    if (!db) {
        return -1;
    }
    try {
        return db->queryInt(sql);
    } catch (const store::StoreError&) {
        return -1; // e.g. the schema is not there yet
    }
}

// The file names a JSON import report lists as failed. A failure without its reason is listed a second time, as
// "(no reason) NAME", so a comparison with the expected names fails.
std::set<std::string> failedFileNames(const json& report) {
    std::set<std::string> names;
    for (const auto& failure : report["failed"]) {
        const std::string name = std::filesystem::path(failure["file"].get<std::string>()).filename().string();
        names.insert(name);
        if (failure["error"].get<std::string>().empty()) {
            names.insert("(no reason) " + name);
        }
    }
    return names;
}

// RFC 4180: fields separated by commas, quoted when they hold a comma, a quote or a line break; CRLF rows.
std::vector<std::vector<std::string>> parseCsv(const std::string& text) {
    std::vector<std::vector<std::string>> rows(1);
    std::string field;
    bool quoted = false;
    bool fieldStarted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"' && !fieldStarted) {
            quoted = fieldStarted = true;
        } else if (c == ',') {
            rows.back().push_back(std::exchange(field, {}));
            fieldStarted = false;
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            rows.back().push_back(std::exchange(field, {}));
            fieldStarted = false;
            rows.emplace_back();
            ++i;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (rows.back().empty() && field.empty()) {
        rows.pop_back();
    }
    return rows;
}

std::size_t columnOf(const std::vector<std::string>& header, const std::string& name) {
    const auto it = std::find(header.begin(), header.end(), name);
    return it == header.end() ? header.size() : static_cast<std::size_t>(it - header.begin());
}

// One sheet of an XLSX file read back from its XML (unzip -p): each row's cells by column letter, with the
// cell type (t: "n" for numbers, "b", "inlineStr", "str") and style.
struct XlsxCell {
    std::string type;
    std::string style;
    std::string value;
};
using XlsxRow = std::map<std::string, XlsxCell>;

std::string unzipEntry(const QString& file, const QString& entry) {
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), file, entry});
    unzip.waitForFinished(60'000);
    return unzip.readAllStandardOutput().toStdString();
}

std::vector<XlsxRow> readSheet(const std::string& xml) {
    std::vector<XlsxRow> rows;
    QXmlStreamReader reader(QByteArray::fromStdString(xml));
    std::string column;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement()) {
            continue;
        }
        if (reader.name() == QLatin1String("row")) {
            rows.emplace_back();
        } else if (reader.name() == QLatin1String("c")) {
            const QString ref = reader.attributes().value(QLatin1String("r")).toString();
            column.clear();
            for (const QChar ch : ref) {
                if (ch.isLetter()) {
                    column += static_cast<char>(ch.toLatin1());
                }
            }
            XlsxCell& cell = rows.back()[column];
            cell.type = reader.attributes().value(QLatin1String("t")).toString().toStdString();
            cell.style = reader.attributes().value(QLatin1String("s")).toString().toStdString();
            if (cell.type.empty()) {
                cell.type = "n";
            }
        } else if ((reader.name() == QLatin1String("v") || reader.name() == QLatin1String("t")) && !rows.empty()) {
            rows.back()[column].value = reader.readElementText().toStdString();
        }
    }
    return rows;
}

// The column letter of a header name in a sheet's first row.
std::string letterOf(const std::vector<XlsxRow>& sheet, const std::string& name) {
    for (const auto& [letter, cell] : sheet.front()) {
        if (cell.value == name) {
            return letter;
        }
    }
    return "?";
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private slots:
    void versionAndHelp();
    void usageErrorsExitTwo();
    void importReportsCountsAndIsIdempotent();
    void importNamesFailedFilesAndKeepsTheRest();
    void matchesListsThePlayersGamesNewestFirst();
    void checkReportsHealthAndDamage();
    void tooNewDatabaseIsRefused();
    void demoIsDeterministicAndRealistic();
    void secondWriterIsToldWhoHoldsTheStore();
    void killedImportLeavesConsistentStoreAndResumes();
    void statsPrintsFractionsFullPrecisionAndNulls();
    void statsResolvesAccountsAndExplainsErrors();
    void rebuildRederivesFromRawPayloads();
    void jsonReportSurvivesInvalidUtf8();
    void readersNeverMakeAWriterFail();
    void localAccountFollowsAnImportedPlayerWithoutAKey();
    void templatesAsFiles();
    void findingsMatchTheStatsTheyCompare();
    void exportedDataEqualsTheEngine();
    void exportNeutralisesFormulasAndHidesPlayers();
    void exportIsAtomicAndNeverOverwritesUnasked();
    void adversarialInputsAreRefusedOrDefused();
    void backupsAreVerifiedRotatedAndRestored();
    void damagedTruncatedOrNewerBackupsAreRefused();
    void writersWaitForEachOtherAndReadersNever();
    void archivalKeepsEveryMetric();
    void fullDiskIsExplainedAndLosesNothing();
    void readOnlyFoldersAreReadAndExplained();
    void deletedWriteAheadLogIsSurvived();
    void anotherUsersFolderIsReadNotWritten();
};

void TestCli::versionAndHelp() {
    const Run version = cli({QStringLiteral("--version")});
    QCOMPARE(version.code, 0);
    // The version and the revision of the source it was built from (this checkout's HEAD).
    QProcess git;
    git.start(QStringLiteral("git"),
              {QStringLiteral("-C"), QStringLiteral(HERALD_FIXTURES_DIR), QStringLiteral("rev-parse"),
               QStringLiteral("--short=12"), QStringLiteral("HEAD")});
    const bool inGit = git.waitForFinished() && git.exitCode() == 0;
    const std::string head = git.readAllStandardOutput().trimmed().toStdString();
    const std::string expected = std::string("herald-cli ") + HERALD_VERSION + " (git " + (inGit ? head : "unknown");
    QVERIFY2(version.out.rfind(expected, 0) == 0, version.out.c_str());
    QVERIFY2(version.out == expected + ")\n" || version.out == expected + "-modified)\n", version.out.c_str());
    const Run help = cli({QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    for (const char* command : {"import", "matches", "check", "demo"}) {
        QVERIFY2(help.out.find(std::string("  ") + command) != std::string::npos, command);
        const Run commandHelp = cli({QString::fromLatin1(command), QStringLiteral("--help")});
        QCOMPARE(commandHelp.code, 0);
        QVERIFY2(commandHelp.out.rfind(std::string("Usage: herald-cli ") + command, 0) == 0, commandHelp.out.c_str());
    }
}

void TestCli::usageErrorsExitTwo() {
    QTemporaryDir dir;
    const QList<QStringList> cases = {
        {},
        {QStringLiteral("frobnicate")},
        {QStringLiteral("--colour")},
        {QStringLiteral("matches"), QStringLiteral("--limit"), QStringLiteral("abc")},
        {QStringLiteral("matches"), QStringLiteral("--limit")},
        {QStringLiteral("matches"), QStringLiteral("--format"), QStringLiteral("xml")},
        {QStringLiteral("matches"), QStringLiteral("--result"), QStringLiteral("won")},
        {QStringLiteral("matches"), QStringLiteral("--queue"), QStringLiteral("ranked")},
        {QStringLiteral("import")},
        {QStringLiteral("demo"), QStringLiteral("--matches"), QStringLiteral("0")},
    };
    for (const QStringList& args : cases) {
        const Run run = cli(inDir(dir, args));
        QVERIFY2(run.code == 2, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": exit %1").arg(run.code)));
        QVERIFY2(!run.err.empty(), qPrintable(args.join(QLatin1Char(' '))));
    }
}

void TestCli::importReportsCountsAndIsIdempotent() {
    QTemporaryDir dir;
    QTemporaryDir scratch;
    const QString folder = payloadFolder(scratch);
    const Run first =
        cli(inDir(dir, {QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("json"), folder}));
    QCOMPARE(first.code, 0);
    const json report = json::parse(first.out);
    // 10 matches; 3 of the 5 timelines have their match among them, 2 wait for theirs.
    QCOMPARE(report["imported"].get<int>(), 10);
    QCOMPARE(report["timelines"].get<int>(), 3);
    QCOMPARE(report["pending"].get<int>(), 2);
    QCOMPARE(report["duplicates"].get<int>(), 0);
    QVERIFY(report["failed"].empty());

    const Run again =
        cli(inDir(dir, {QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("json"), folder}));
    QCOMPARE(again.code, 0);
    const json second = json::parse(again.out);
    QCOMPARE(second["duplicates"].get<int>(), 15);
    QCOMPARE(second["imported"].get<int>(), 0);
    QCOMPARE(queryInt(dir, "SELECT count(*) FROM matches"), 10);
}

void TestCli::importNamesFailedFilesAndKeepsTheRest() {
    QTemporaryDir dir;
    QTemporaryDir scratch;
    const auto root = std::filesystem::path(scratch.path().toStdString());
    test::writeFile(root / "good.json", test::readFixture(test::kKrMatch));
    test::writeFile(root / "cut.json", test::readFixture(test::kKrTimeline).substr(0, 5000));
    test::writeFile(root / "account.json", test::readFixture("account_v1_by_riot_id_A_J_NA1_2023-12.json"));
    const Run run =
        cli(inDir(dir, {QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("json"), scratch.path()}));
    QCOMPARE(run.code, 1);
    const json report = json::parse(run.out);
    QCOMPARE(report["imported"].get<int>(), 1);
    QCOMPARE(report["failed"].size(), std::size_t{2});
    QCOMPARE(failedFileNames(report), (std::set<std::string>{"cut.json", "account.json"}));
    QVERIFY2(run.err.find("cut.json: truncated JSON") != std::string::npos, run.err.c_str());
    QCOMPARE(queryInt(dir, "SELECT count(*) FROM matches"), 1);
}

void TestCli::matchesListsThePlayersGamesNewestFirst() {
    QTemporaryDir dir;
    QTemporaryDir scratch;
    QCOMPARE(cli(inDir(dir, {QStringLiteral("import"), payloadFolder(scratch)})).code, 0);
    const json kr = json::parse(test::readFixture(test::kKrMatch));
    const std::string olaf = kr["info"]["participants"][1]["puuid"].get<std::string>();
    const Run run = cli(inDir(dir, {QStringLiteral("matches"), QStringLiteral("--puuid"), QString::fromStdString(olaf),
                                    QStringLiteral("--format"), QStringLiteral("json")}));
    QCOMPARE(run.code, 0);
    const json doc = json::parse(run.out);
    QCOMPARE(doc["columns"],
             json({"match_id", "date", "queue", "champion", "result", "kda", "cs", "duration", "placement"}));
    QCOMPARE(doc["rows"].size(), std::size_t{1});
    // gameCreation 1712161609888 ms = 2024-04-03T16:26:49Z; 1739 s = 28:59; cs 14 + 160.
    QCOMPARE(doc["rows"][0], json({"KR_7014499581", "2024-04-03T16:26:49Z", "Ranked Solo", "Olaf", "Loss", "10/5/4",
                                   174, "28:59", nullptr}));
    // Arena: the player's placement (Kai'Sa's duo came first of four, Fiora's last).
    for (const auto& [puuid, placement] :
         {std::pair<const char*, int>{"zM4adBKXIZXy1VX06J8P5hrtBhhPlFGOBHF1fc3I__Mb_c7qn2cVZUy4jfykuRCs7XFrrtuzCGXr6g",
                                      1},
          {"iBZ9VD8a7x4wZfI5jwLjTeCgS4BU2vfb70SBmkexuh21JVd2Ois5HkIcm41C-SvMQr0plSM0gvf9Rg", 4}}) {
        const Run arena =
            cli(inDir(dir, {QStringLiteral("matches"), QStringLiteral("--puuid"), QString::fromLatin1(puuid),
                            QStringLiteral("--format"), QStringLiteral("json")}));
        QCOMPARE(arena.code, 0);
        const json row = json::parse(arena.out)["rows"][0];
        QCOMPARE(row[2].get<std::string>(), std::string("Arena"));
        QCOMPARE(row[8].get<int>(), placement);
    }
    // A queue Riot has not listed yet (2026's Arena, 1750) is named by its number, never left blank, and the
    // game is still an Arena game: the placement comes with it.
    json newer = json::parse(test::readFixture("match_v5_NA1_4746688295_p13.15_arena_1700.json"));
    newer["metadata"]["matchId"] = "NA1_4746688296";
    newer["info"]["gameId"] = 4746688296LL;
    newer["info"]["queueId"] = 1750;
    newer["info"]["gameCreation"] = newer["info"]["gameCreation"].get<std::int64_t>() + 3'600'000;
    test::writeFile(std::filesystem::path(scratch.path().toStdString()) / "arena1750.json", newer.dump());
    QCOMPARE(cli(inDir(dir, {QStringLiteral("import"), scratch.path() + QStringLiteral("/arena1750.json")})).code, 0);
    const Run queue1750 = cli(inDir(
        dir, {QStringLiteral("matches"), QStringLiteral("--queue"), QStringLiteral("1750"), QStringLiteral("--puuid"),
              QStringLiteral("zM4adBKXIZXy1VX06J8P5hrtBhhPlFGOBHF1fc3I__Mb_c7qn2cVZUy4jfykuRCs7XFrrtuzCGXr6g"),
              QStringLiteral("--format"), QStringLiteral("json")}));
    QCOMPARE(queue1750.code, 0);
    const json row1750 = json::parse(queue1750.out)["rows"][0];
    QCOMPARE(row1750[2].get<std::string>(), std::string("Queue 1750"));
    QCOMPARE(row1750[8].get<int>(), 1);

    const Run all = cli(inDir(dir, {QStringLiteral("matches"), QStringLiteral("--format"), QStringLiteral("csv")}));
    QCOMPARE(all.code, 0);
    const QStringList lines = QString::fromStdString(all.out).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 12); // header + 10 recorded matches + the 1750 copy
    QCOMPARE(lines[0], QStringLiteral("match_id,date,queue,champion,result,kda,cs,duration,placement"));
    QVERIFY(lines[1].startsWith(QStringLiteral("EUW1_7261321891,2025-01-")));  // the newest recorded match
    QVERIFY(lines[11].startsWith(QStringLiteral("JP1_323466834,2021-08-16"))); // the oldest
    QVERIFY2(all.out.find("NA1_5018382378,2024-06-") != std::string::npos, all.out.c_str());
    QVERIFY2(all.out.find("Aborted") != std::string::npos, all.out.c_str());

    // Filters: the one ARAM fixture by its queue; Olaf's game by its result.
    const Run aram = cli(inDir(dir, {QStringLiteral("matches"), QStringLiteral("--queue"), QStringLiteral("450"),
                                     QStringLiteral("--format"), QStringLiteral("json")}));
    QCOMPARE(aram.code, 0);
    const json aramDoc = json::parse(aram.out);
    QCOMPARE(aramDoc["rows"].size(), std::size_t{1});
    QCOMPARE(aramDoc["rows"][0][0], json("NA1_4196060228"));
    for (const auto& [word, rows] : {std::pair{"loss", 1}, std::pair{"win", 0}, std::pair{"remake", 0}}) {
        const Run byResult =
            cli(inDir(dir, {QStringLiteral("matches"), QStringLiteral("--puuid"), QString::fromStdString(olaf),
                            QStringLiteral("--result"), QString::fromLatin1(word), QStringLiteral("--format"),
                            QStringLiteral("json")}));
        QCOMPARE(byResult.code, 0);
        QCOMPARE(json::parse(byResult.out)["rows"].size(), static_cast<std::size_t>(rows));
    }

    const Run limited = cli(inDir(dir, {QStringLiteral("matches"), QStringLiteral("--limit"), QStringLiteral("3")}));
    QCOMPARE(limited.code, 0);
    QCOMPARE(QString::fromStdString(limited.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 4);
}

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

void TestCli::demoIsDeterministicAndRealistic() {
    QTemporaryDir a;
    QTemporaryDir b;
    QTemporaryDir c;
    const QStringList demo = {QStringLiteral("demo"), QStringLiteral("--matches"), QStringLiteral("60"),
                              QStringLiteral("--seed"), QStringLiteral("7")};
    const Run first = cli(inDir(a, demo));
    QCOMPARE(first.code, 0);
    QCOMPARE(cli(inDir(b, demo)).code, 0);
    QCOMPARE(cli(inDir(c, {QStringLiteral("demo"), QStringLiteral("--matches"), QStringLiteral("60"),
                           QStringLiteral("--seed"), QStringLiteral("8")}))
                 .code,
             0);
    const QStringList list = {
        QStringLiteral("matches"),
        QStringLiteral("--limit"),
        QStringLiteral("0"),
        QStringLiteral("--format"),
        QStringLiteral("csv"),
        QStringLiteral("--puuid"),
        QStringLiteral("HeraldDemo-0000000000000000000000000000000000000000000000000000000000000000000")};
    const Run listA = cli(inDir(a, list));
    const Run listB = cli(inDir(b, list));
    const Run listC = cli(inDir(c, list));
    QCOMPARE(listA.code, 0);
    QCOMPARE(listA.out, listB.out);
    QVERIFY(listA.out != listC.out);
    QCOMPARE(queryInt(a, "SELECT count(*) FROM matches"), 60);
    const auto withTimeline = queryInt(a, "SELECT count(*) FROM match_payloads WHERE raw_timeline IS NOT NULL");
    QVERIFY2(withTimeline >= 35 && withTimeline <= 55, qPrintable(QString::number(withTimeline)));
    // The summary counts every stored timeline, also one written before its match (the import is parallel).
    QVERIFY2(first.out.find(", " + std::to_string(withTimeline) + " timeline(s)") != std::string::npos,
             first.out.c_str());
    // A believable history: several champions, both results, more than one queue and role.
    QVERIFY(queryInt(
                a, "SELECT count(DISTINCT champion_name) FROM match_participants WHERE puuid LIKE 'HeraldDemo%'") >= 8);
    QVERIFY(queryInt(a, "SELECT count(DISTINCT win) FROM match_participants WHERE puuid LIKE 'HeraldDemo%'") == 2);
    QVERIFY(queryInt(a, "SELECT count(DISTINCT queue_id) FROM matches") >= 3);
    QVERIFY(queryInt(a, "SELECT count(DISTINCT position) FROM match_participants WHERE puuid LIKE 'HeraldDemo%'") >= 4);
    QCOMPARE(queryInt(a, "SELECT count(*) FROM accounts WHERE game_name = 'Demo' AND tag_line = 'HRLD'"), 1);
    // Running it again adds nothing.
    const Run again = cli(inDir(a, demo));
    QCOMPARE(again.code, 0);
    QCOMPARE(queryInt(a, "SELECT count(*) FROM matches"), 60);
    // Another demo does not stack a second, overlapping history on the first: it says one exists.
    const Run other = cli(inDir(a, {QStringLiteral("demo"), QStringLiteral("--matches"), QStringLiteral("70"),
                                    QStringLiteral("--seed"), QStringLiteral("7")}));
    QCOMPARE(other.code, 1);
    QVERIFY2(other.err.find("a demo history is already stored here (60 matches of Demo#HRLD)") != std::string::npos,
             other.err.c_str());
    QCOMPARE(queryInt(a, "SELECT count(*) FROM matches"), 60);
    // A rank snapshot after every counted solo queue game, LP within a division, walked from the results; the
    // second run rewrote the same history.
    const auto solo = queryInt(a, "SELECT count(*) FROM match_participants p JOIN accounts a USING (puuid) WHERE "
                                  "p.queue_id = 420 AND p.complete = 1 AND p.remake = 0");
    QVERIFY(solo > 5);
    QCOMPARE(queryInt(a, "SELECT count(*) FROM ranking_history WHERE queue = 'RANKED_SOLO_5x5'"), solo);
    QCOMPARE(queryInt(a, "SELECT count(*) FROM ranking_history WHERE lp < 0 OR lp > 100"), std::int64_t{0});
    QCOMPARE(queryInt(a, "SELECT max(wins + losses) FROM ranking_history"), solo);
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

void TestCli::statsPrintsFractionsFullPrecisionAndNulls() {
    QTemporaryDir dir;
    QTemporaryDir scratch;
    QCOMPARE(cli(inDir(dir, {QStringLiteral("import"), payloadFolder(scratch)})).code, 0);
    const json kr = json::parse(test::readFixture(test::kKrMatch));
    const QString olaf = QString::fromStdString(kr["info"]["participants"][1]["puuid"].get<std::string>());
    const Run run =
        cli(inDir(dir, {QStringLiteral("stats"), QStringLiteral("--puuid"), olaf, QStringLiteral("--metrics"),
                        QStringLiteral("games,win_rate,kda,cs_per_min,gold_diff_10,cs_diff_15"),
                        QStringLiteral("--format"), QStringLiteral("json")}));
    QVERIFY2(run.code == 0, run.err.c_str());
    const json doc = json::parse(run.out);
    QCOMPARE(doc["columns"], json({"games", "win_rate", "kda", "cs_per_min", "gold_diff_10", "cs_diff_15"}));
    const json& row = doc["rows"][0];
    QCOMPARE(row[0].get<int>(), 1);
    QCOMPARE(row[1].get<double>(), 0.0);                     // a fraction, not a percentage
    QCOMPARE(row[2].get<double>(), (10.0 + 4.0) / 5.0);      // kda
    QCOMPARE(row[3].get<double>(), 174.0 / (1739.0 / 60.0)); // full precision survives the JSON round trip
    QCOMPARE(row[4].get<double>(), 1075.0);
    QCOMPARE(row[5].get<double>(), -3.0);

    // A player with no counted game: null, never 0.
    const Run empty = cli(inDir(dir, {QStringLiteral("stats"), QStringLiteral("--puuid"), QStringLiteral("nobody"),
                                      QStringLiteral("--metrics"), QStringLiteral("games,kda"),
                                      QStringLiteral("--format"), QStringLiteral("json")}));
    QCOMPARE(json::parse(empty.out)["rows"], json::parse("[[null,null]]"));
    const Run csv = cli(inDir(dir, {QStringLiteral("stats"), QStringLiteral("--puuid"), QStringLiteral("nobody"),
                                    QStringLiteral("--metrics"), QStringLiteral("games,kda"),
                                    QStringLiteral("--format"), QStringLiteral("csv")}));
    QCOMPARE(csv.out, std::string("games,kda\r\n,\r\n"));

    // Periods anchored on play: the fixture's game is from 2024, so "the last 90 days" count back from its end
    // (a note says so); --from-today counts from today and finds none.
    auto last90 = [&](bool fromToday) {
        QStringList words = {QStringLiteral("stats"),      QStringLiteral("--puuid"),  olaf,
                             QStringLiteral("--metrics"),  QStringLiteral("games"),    QStringLiteral("--where"),
                             QStringLiteral("since=-90d"), QStringLiteral("--format"), QStringLiteral("json")};
        if (fromToday) {
            words << QStringLiteral("--from-today");
        }
        return cli(inDir(dir, words));
    };
    const Run anchored = last90(false);
    QVERIFY2(anchored.code == 0, anchored.err.c_str());
    QCOMPARE(json::parse(anchored.out)["rows"], json::parse("[[1]]"));
    QVERIFY2(anchored.err.find("counted back from the end of the latest one (2024-04-03") != std::string::npos,
             anchored.err.c_str());
    const Run today = last90(true);
    QCOMPARE(json::parse(today.out)["rows"], json::parse("[[null]]"));
    QVERIFY(today.err.empty());
}

void TestCli::statsResolvesAccountsAndExplainsErrors() {
    QTemporaryDir dir;
    QCOMPARE(cli(inDir(dir, {QStringLiteral("demo"), QStringLiteral("--matches"), QStringLiteral("40")})).code, 0);
    // Followed account, any case; the table groups by champion.
    const Run byChampion =
        cli(inDir(dir, {QStringLiteral("stats"), QStringLiteral("--account"), QStringLiteral("demo#hrld"),
                        QStringLiteral("--metrics"), QStringLiteral("games,win_rate"), QStringLiteral("--by"),
                        QStringLiteral("champion"), QStringLiteral("--sort"), QStringLiteral("-games"),
                        QStringLiteral("--format"), QStringLiteral("json")}));
    QVERIFY2(byChampion.code == 0, byChampion.err.c_str());
    const json doc = json::parse(byChampion.out);
    int games = 0;
    for (const auto& row : doc["rows"]) {
        games += row[1].get<int>();
    }
    QCOMPARE(games, static_cast<int>(queryInt(dir, "SELECT count(*) FROM match_participants WHERE puuid LIKE "
                                                   "'HeraldDemo%' AND complete = 1 AND remake = 0")));
    // An imported player found by the Riot ID in the payloads.
    QTemporaryDir imported;
    QTemporaryDir scratch;
    QCOMPARE(cli(inDir(imported, {QStringLiteral("import"), payloadFolder(scratch)})).code, 0);
    const Run sylvie =
        cli(inDir(imported, {QStringLiteral("stats"), QStringLiteral("--account"), QStringLiteral("SYLVIE#77777"),
                             QStringLiteral("--metrics"), QStringLiteral("kda")}));
    QVERIFY2(sylvie.code == 0, sylvie.err.c_str());
    QVERIFY2(sylvie.out.find("2.8000") != std::string::npos, sylvie.out.c_str());

    const Run unknownMetric =
        cli(inDir(dir, {QStringLiteral("stats"), QStringLiteral("--account"), QStringLiteral("Demo#HRLD"),
                        QStringLiteral("--metrics"), QStringLiteral("win_rate; DROP TABLE matches")}));
    QCOMPARE(unknownMetric.code, 2);
    QVERIFY2(unknownMetric.err.find("valid metrics: games, wins") != std::string::npos, unknownMetric.err.c_str());
    const Run unknownDimension = cli(inDir(
        dir, {QStringLiteral("stats"), QStringLiteral("--account"), QStringLiteral("Demo#HRLD"),
              QStringLiteral("--metrics"), QStringLiteral("games"), QStringLiteral("--by"), QStringLiteral("mood")}));
    QCOMPARE(unknownDimension.code, 2);
    QVERIFY2(unknownDimension.err.find("valid dimensions: champion, role") != std::string::npos,
             unknownDimension.err.c_str());
    const Run noTag = cli(inDir(dir, {QStringLiteral("stats"), QStringLiteral("--account"), QStringLiteral("Demo"),
                                      QStringLiteral("--metrics"), QStringLiteral("games")}));
    QCOMPARE(noTag.code, 2);
    const Run nobody =
        cli(inDir(dir, {QStringLiteral("stats"), QStringLiteral("--account"), QStringLiteral("Nobody#NA1"),
                        QStringLiteral("--metrics"), QStringLiteral("games")}));
    QCOMPARE(nobody.code, 1);
    QVERIFY2(nobody.err.find("no account or imported player named Nobody#NA1") != std::string::npos,
             nobody.err.c_str());
    QCOMPARE(queryInt(dir, "SELECT count(*) FROM matches"), 40);
}

void TestCli::rebuildRederivesFromRawPayloads() {
    QTemporaryDir dir;
    QCOMPARE(cli(inDir(dir, {QStringLiteral("demo"), QStringLiteral("--matches"), QStringLiteral("30")})).code, 0);
    const QStringList stats = {QStringLiteral("stats"),
                               QStringLiteral("--account"),
                               QStringLiteral("Demo#HRLD"),
                               QStringLiteral("--metrics"),
                               QStringLiteral("games,kda,gold_diff_10,damage_share"),
                               QStringLiteral("--by"),
                               QStringLiteral("role"),
                               QStringLiteral("--format"),
                               QStringLiteral("json")};
    const Run before = cli(inDir(dir, stats));
    {
        auto db =
            store::Database::open(store::databasePath(dir.path().toStdString()), store::Database::Mode::ReadWrite);
        db->execScript("UPDATE match_participants SET kills = 0, gold_diff_10 = NULL, team_damage = 1");
    }
    QVERIFY(cli(inDir(dir, stats)).out != before.out);
    const Run rebuilt = cli(inDir(dir, {QStringLiteral("rebuild")}));
    QVERIFY2(rebuilt.code == 0, rebuilt.err.c_str());
    QVERIFY2(rebuilt.out.find("Re-derived 30 match(es)") != std::string::npos, rebuilt.out.c_str());
    QCOMPARE(cli(inDir(dir, stats)).out, before.out);
}

void TestCli::localAccountFollowsAnImportedPlayerWithoutAKey() {
    QTemporaryDir dir;
    QTemporaryDir scratch;
    QCOMPARE(cli(inDir(dir, {QStringLiteral("import"), payloadFolder(scratch)})).code, 0);
    // Not a player of any stored match: exit 1, naming the problem, and nothing is followed.
    const Run unknown = cli(inDir(dir, {QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("Nobody#XYZ"),
                                        QStringLiteral("--local")}));
    QCOMPARE(unknown.code, 1);
    QVERIFY2(unknown.err.find("no stored match has a player named Nobody#XYZ") != std::string::npos,
             unknown.err.c_str());
    QCOMPARE(queryInt(dir, "SELECT count(*) FROM accounts"), std::int64_t{0});
    // Any case; the account takes the spelling and platform of the player's newest game, and becomes current.
    const Run added = cli(inDir(dir, {QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("dewey#DIFF"),
                                      QStringLiteral("--local")}));
    QVERIFY2(added.code == 0, added.err.c_str());
    QVERIFY2(added.out.find("Following Dewey#Diff as a local account (na1)") != std::string::npos, added.out.c_str());
    QCOMPARE(queryInt(dir, "SELECT count(*) FROM accounts WHERE resolved_by = 'local' AND platform = 'na1'"),
             std::int64_t{1});
    QCOMPARE(queryInt(dir, "SELECT count(*) FROM user_settings s JOIN accounts a ON a.puuid = s.value "
                           "WHERE s.key = 'current_account'"),
             std::int64_t{1});
    const Run list = cli(inDir(
        dir, {QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")}));
    QCOMPARE(list.code, 0);
    const json accounts = json::parse(list.out);
    QCOMPARE(accounts["columns"][2].get<std::string>(), std::string("source"));
    QCOMPARE(accounts["rows"][0][0].get<std::string>(), std::string("Dewey#Diff"));
    QCOMPARE(accounts["rows"][0][2].get<std::string>(), std::string("local"));
    QCOMPARE(accounts["rows"][0][3].get<int>(), 1);
    // matches --account shows the player's game with their champion and score.
    const Run matches =
        cli(inDir(dir, {QStringLiteral("matches"), QStringLiteral("--account"), QStringLiteral("DEWEY#diff"),
                        QStringLiteral("--format"), QStringLiteral("json")}));
    QVERIFY2(matches.code == 0, matches.err.c_str());
    const json rows = json::parse(matches.out)["rows"];
    QCOMPARE(rows.size(), std::size_t{1});
    QCOMPARE(rows[0][0].get<std::string>(), std::string("NA1_5018382378"));
    QCOMPARE(rows[0][3].get<std::string>(), std::string("Soraka"));
    QCOMPARE(
        cli(inDir(dir, {QStringLiteral("matches"), QStringLiteral("--account"), QStringLiteral("Nobody#XYZ")})).code,
        1);
    // A sync never fetches a local account, and says why when asked to.
    const Run sync =
        cli(inDir(dir, {QStringLiteral("sync"), QStringLiteral("--account"), QStringLiteral("Dewey#Diff")}));
    QCOMPARE(sync.code, 1);
    QVERIFY2(sync.err.find("is a local account") != std::string::npos, sync.err.c_str());
    QVERIFY2(sync.err.find("HERALD_RIOT_API_KEY") == std::string::npos, sync.err.c_str());
}

void TestCli::findingsMatchTheStatsTheyCompare() {
    QTemporaryDir dir;
    QCOMPARE(cli(inDir(dir, {QStringLiteral("demo")})).code, 0);
    const Run found =
        cli(inDir(dir, {QStringLiteral("findings"), QStringLiteral("--account"), QStringLiteral("demo#hrld"),
                        QStringLiteral("--format"), QStringLiteral("json")}));
    QCOMPARE(found.code, 0);
    const json rows = json::parse(found.out)["rows"];
    QVERIFY(!rows.empty() && rows.size() <= 3);
    // The demo player tires late in a session: that finding is there, with the counts stats gives by session_game.
    const json* late = nullptr;
    for (const auto& row : rows) {
        late = row[0] == "late_in_session" ? &row : late;
    }
    QVERIFY(late != nullptr);
    const Run stats =
        cli(inDir(dir, {QStringLiteral("stats"), QStringLiteral("--account"), QStringLiteral("Demo#HRLD"),
                        QStringLiteral("--metrics"), QStringLiteral("games,wins"), QStringLiteral("--by"),
                        QStringLiteral("session_game"), QStringLiteral("--format"), QStringLiteral("json")}));
    QCOMPARE(stats.code, 0);
    double games = 0, wins = 0, firstGames = 0, firstWins = 0;
    const json bySession = json::parse(stats.out);
    for (const auto& row : bySession["rows"]) {
        if (row[0] == "4" || row[0] == "5+") {
            games += row[1].get<double>();
            wins += row[2].get<double>();
        } else if (row[0] == "1") {
            firstGames = row[1].get<double>();
            firstWins = row[2].get<double>();
        }
    }
    QCOMPARE((*late)[2].get<double>(), games);
    QCOMPARE((*late)[3].get<double>(), wins / games);
    QCOMPARE((*late)[4].get<double>(), firstGames);
    QCOMPARE((*late)[5].get<double>(), firstWins / firstGames);
    const double pooled = (wins + firstWins) / (games + firstGames);
    const double z =
        (wins / games - firstWins / firstGames) / std::sqrt(pooled * (1 - pooled) * (1 / games + 1 / firstGames));
    QVERIFY(std::abs((*late)[6].get<double>() - z) < 1e-9);
    QVERIFY((*late)[7].get<double>() < 0.05 / 8);
    // A filter that leaves too few games: nothing stands out, said in words; a wrong filter is a usage error.
    const Run few =
        cli(inDir(dir, {QStringLiteral("findings"), QStringLiteral("--account"), QStringLiteral("Demo#HRLD"),
                        QStringLiteral("--where"), QStringLiteral("champion=Ahri")}));
    QCOMPARE(few.code, 0);
    QVERIFY2(few.out.find("Nothing stands out") != std::string::npos, few.out.c_str());
    QCOMPARE(cli(inDir(dir, {QStringLiteral("findings"), QStringLiteral("--account"), QStringLiteral("Demo#HRLD"),
                             QStringLiteral("--where"), QStringLiteral("mood=tilted")}))
                 .code,
             2);
}

void TestCli::templatesAsFiles() {
    QTemporaryDir dir;
    QTemporaryDir scratch;
    QCOMPARE(cli(inDir(dir, {QStringLiteral("demo"), QStringLiteral("--matches"), QStringLiteral("5")})).code, 0);
    // list: the five built-ins.
    const Run list = cli(inDir(dir, {QStringLiteral("templates"), QStringLiteral("list"), QStringLiteral("--format"),
                                     QStringLiteral("json")}));
    QCOMPARE(list.code, 0);
    const json rows = json::parse(list.out)["rows"];
    QCOMPARE(rows.size(), std::size_t{5});
    QCOMPARE(rows[0][0].get<std::string>(), std::string("overview"));
    QCOMPARE(rows[0][2].get<std::string>(), std::string("builtin"));
    // show: the canonical document; export: the same bytes, an existing file only with --force.
    const Run show = cli(inDir(dir, {QStringLiteral("templates"), QStringLiteral("show"), QStringLiteral("laning")}));
    QCOMPARE(show.code, 0);
    QCOMPARE(json::parse(show.out)["format"].get<std::string>(), std::string("herald.dashboard"));
    const QString file = scratch.filePath(QStringLiteral("laning.json"));
    const QStringList exportArgs = {QStringLiteral("templates"), QStringLiteral("export"), QStringLiteral("laning"),
                                    QStringLiteral("-o"), file};
    QCOMPARE(cli(inDir(dir, exportArgs)).code, 0);
    QCOMPARE(test::readFile(file.toStdString()) + "\n", show.out);
    const Run again = cli(inDir(dir, exportArgs));
    QCOMPARE(again.code, 1);
    QVERIFY2(again.err.find("exists: add --force") != std::string::npos, again.err.c_str());
    QCOMPARE(cli(inDir(dir, exportArgs + QStringList{QStringLiteral("--force")})).code, 0);
    QVERIFY(!std::filesystem::exists(file.toStdString() + ".part")); // written whole, nothing left behind
    QCOMPARE(cli(inDir(dir, {QStringLiteral("templates"), QStringLiteral("show"), QStringLiteral("nope")})).code, 1);
    // import: under a free id; validate: every problem, each with its widget and field.
    const Run imported = cli(inDir(dir, {QStringLiteral("templates"), QStringLiteral("import"), file}));
    QVERIFY2(imported.code == 0, imported.err.c_str());
    QVERIFY2(imported.out.find("'laning-") != std::string::npos, imported.out.c_str());
    const QString bad = scratch.filePath(QStringLiteral("bad.json"));
    test::writeFile(bad.toStdString(), R"({"format":"herald.dashboard","version":1,"id":"b","name":"B","widgets":[
        {"id":"z","type":"donut","x":0,"y":0,"w":1,"h":1},
        {"id":"y","type":"kpi","metrics":["games"],"x":0,"y":1,"w":1,"h":"tall"},
        {"id":"x","type":"kpi","metrics":["nope"],"x":0,"y":2,"w":1,"h":1}]})");
    const Run invalid = cli(inDir(dir, {QStringLiteral("templates"), QStringLiteral("validate"), bad}));
    QCOMPARE(invalid.code, 1);
    for (const char* problem : {"widget 'z': unknown type 'donut'", "widget 'y': field 'h' must be an integer",
                                "widget 'x': unknown metric 'nope'", "3 problem(s)"}) {
        QVERIFY2(invalid.err.find(problem) != std::string::npos, (problem + std::string(" in ") + invalid.err).c_str());
    }
    const Run valid = cli(inDir(dir, {QStringLiteral("templates"), QStringLiteral("validate"), file}));
    QCOMPARE(valid.code, 0);
    QVERIFY2(valid.out.find("a valid dashboard template (7 widget(s))") != std::string::npos, valid.out.c_str());
}

QTEST_GUILESS_MAIN(TestCli)
void TestCli::jsonReportSurvivesInvalidUtf8() {
    // Random bytes, a UTF-16 file as Windows PowerShell writes it, and a file whose very name is not UTF-8, beside
    // a good match: the report is printed whole, and the good match is imported.
    QTemporaryDir dir;
    QTemporaryDir scratch;
    const std::filesystem::path folder = scratch.path().toStdString();
    test::writeFile(folder / "good.json", test::readFixture(test::kKrMatch));
    test::writeFile(folder / "random.json", std::string("\x93\xfe\x01{\"a\xff\xc3\x28\":1}", 14));
    std::string utf16 = "\xff\xfe";
    for (const char c : std::string(R"({"metadata":{"matchId":"x"},"info":{}})")) {
        utf16 += c;
        utf16 += '\0';
    }
    test::writeFile(folder / "powershell.json", utf16);
    test::writeFile(folder / "caf\xe9.json", "{");
    const Run run =
        cli(inDir(dir, {QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("json"), scratch.path()}));
    QCOMPARE(run.code, 1);
    const json report = json::parse(run.out);
    QCOMPARE(report["imported"].get<int>(), 1);
    QCOMPARE(report["failed"].size(), std::size_t{3});
    // The bad byte of the third name is shown as U+FFFD.
    QCOMPARE(failedFileNames(report),
             (std::set<std::string>{"random.json", "powershell.json", "caf\xef\xbf\xbd.json"}));

    // A data folder whose path is not UTF-8 is healthy, not "damaged".
    const std::filesystem::path odd = folder / "donn\xe9"
                                               "es";
    QCOMPARE(cli({QStringLiteral("--data-dir"), QString::fromLocal8Bit(odd.c_str()), QStringLiteral("import"),
                  QString::fromStdString((folder / "good.json").string())})
                 .code,
             0);
    const Run check = cli({QStringLiteral("--data-dir"), QString::fromLocal8Bit(odd.c_str()), QStringLiteral("check"),
                           QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(check.code, 0);
    QCOMPARE(json::parse(check.out)["healthy"].get<bool>(), true);
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

// The figures of every format are the engine's: a matches export filtered as stats filters gives the same games,
// wins and means; a stats export gives stats' own table; XLSX cells are typed (numbers, dates, booleans).
void TestCli::exportedDataEqualsTheEngine() {
    QTemporaryDir dir;
    QCOMPARE(cli(inDir(dir, {"demo", "--matches", "160"})).code, 0);
    const Run stats = cli(inDir(dir, {"stats", "--account", "Demo#HRLD", "--metrics", "games,wins,avg_kills,cs_per_min",
                                      "--where", "queue=420", "--format", "json"}));
    QCOMPARE(stats.code, 0);
    const json engine = json::parse(stats.out)["rows"][0];
    const auto games = engine[0].get<std::int64_t>();
    QVERIFY(games > 20);

    const QString csvPath = dir.filePath(QStringLiteral("matches.csv"));
    Run run = cli(inDir(dir, {"export", "data", "--dataset", "matches", "--format", "csv", "-o", csvPath, "--account",
                              "Demo#HRLD", "--where", "queue=420"}));
    QVERIFY2(run.code == 0, run.err.c_str());
    const auto csv = parseCsv(test::readFile(csvPath.toStdString()));
    const auto& header = csv.front();
    const std::size_t result = columnOf(header, "result");
    const std::size_t kills = columnOf(header, "kills");
    const std::size_t cs = columnOf(header, "cs");
    const std::size_t duration = columnOf(header, "duration_s");
    const std::size_t queue = columnOf(header, "queue_id");
    QVERIFY(result < header.size() && kills < header.size() && cs < header.size() && duration < header.size());
    std::int64_t counted = 0, wins = 0, killSum = 0, csSum = 0, seconds = 0;
    for (std::size_t i = 1; i < csv.size(); ++i) {
        QCOMPARE(csv[i].size(), header.size());
        QCOMPARE(csv[i][queue], std::string("420"));
        if (csv[i][result] != "Win" && csv[i][result] != "Loss") {
            continue; // remakes are exported, not counted
        }
        ++counted;
        wins += csv[i][result] == "Win";
        killSum += std::stoll(csv[i][kills]);
        csSum += std::stoll(csv[i][cs]);
        seconds += std::stoll(csv[i][duration]);
    }
    QCOMPARE(counted, games);
    QCOMPARE(wins, engine[1].get<std::int64_t>());
    QCOMPARE(static_cast<double>(killSum) / static_cast<double>(counted), engine[2].get<double>());
    QVERIFY(std::abs(static_cast<double>(csSum) / (static_cast<double>(seconds) / 60.0) - engine[3].get<double>()) <
            1e-9);

    // JSON: the same rows, numbers as numbers, booleans, null for what is absent, dates in ISO 8601.
    const QString jsonPath = dir.filePath(QStringLiteral("matches.json"));
    run = cli(inDir(dir, {"export", "data", "--dataset", "matches", "--format", "json", "-o", jsonPath, "--account",
                          "Demo#HRLD", "--where", "queue=420"}));
    QVERIFY2(run.code == 0, run.err.c_str());
    const json rows = json::parse(test::readFile(jsonPath.toStdString()));
    QCOMPARE(rows.size(), csv.size() - 1);
    std::int64_t jsonKills = 0;
    for (const auto& row : rows) {
        QVERIFY(row["kills"].is_number_integer());
        QVERIFY(row["first_blood"].is_boolean());
        QVERIFY(row["placement"].is_null());
        QVERIFY(row["kda"].is_number());
        QVERIFY(row["played_at"].get<std::string>().size() == 20); // 2024-03-01T20:05:00Z (TZ=UTC)
        if (row["result"] == "Win" || row["result"] == "Loss") {
            jsonKills += row["kills"].get<std::int64_t>();
        }
    }
    QCOMPARE(jsonKills, killSum);

    // XLSX: a matches sheet, a stats sheet equal to stats --by champion, and the About sheet.
    const Run byChampion = cli(inDir(dir, {"stats", "--account", "Demo#HRLD", "--metrics", "games,win_rate", "--by",
                                           "champion", "--sort", "-games", "--format", "json"}));
    QCOMPARE(byChampion.code, 0);
    const json championRows = json::parse(byChampion.out)["rows"];
    const QString xlsxPath = dir.filePath(QStringLiteral("export.xlsx"));
    run =
        cli(inDir(dir, {"export", "data", "--dataset", "matches,stats", "--format", "xlsx", "-o", xlsxPath, "--account",
                        "Demo#HRLD", "--metrics", "games,win_rate", "--by", "champion", "--sort", "-games"}));
    QVERIFY2(run.code == 0, run.err.c_str());
    const auto matches = readSheet(unzipEntry(xlsxPath, QStringLiteral("xl/worksheets/sheet1.xml")));
    const std::string sheetXml = unzipEntry(xlsxPath, QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY(sheetXml.find("state=\"frozen\"") != std::string::npos);
    QVERIFY(sheetXml.find("<autoFilter ref=\"A1:") != std::string::npos);
    QCOMPARE(matches.front().at("A").value, std::string("match_id"));
    const Run all = cli(inDir(dir, {"matches", "--account", "Demo#HRLD", "--limit", "0", "--format", "json"}));
    QCOMPARE(matches.size() - 1, json::parse(all.out)["rows"].size());
    const std::string playedAt = letterOf(matches, "played_at");
    const std::string firstBlood = letterOf(matches, "first_blood");
    const std::string killsColumn = letterOf(matches, "kills");
    for (std::size_t i = 1; i < matches.size(); ++i) {
        QCOMPARE(matches[i].at(playedAt).type, std::string("n")); // an Excel date: a number with a date style
        QVERIFY(!matches[i].at(playedAt).style.empty());
        QCOMPARE(matches[i].at(firstBlood).type, std::string("b"));
        QCOMPARE(matches[i].at(killsColumn).type, std::string("n"));
    }
    const auto statsSheet = readSheet(unzipEntry(xlsxPath, QStringLiteral("xl/worksheets/sheet2.xml")));
    QCOMPARE(statsSheet.size() - 1, championRows.size());
    for (std::size_t i = 0; i < championRows.size(); ++i) {
        QCOMPARE(statsSheet[i + 1].at("A").value, championRows[i][0].get<std::string>());
        QCOMPARE(std::stoll(statsSheet[i + 1].at("B").value), championRows[i][1].get<std::int64_t>());
        QVERIFY(std::abs(std::stod(statsSheet[i + 1].at("C").value) - championRows[i][2].get<double>()) < 1e-12);
    }
    const std::string about = unzipEntry(xlsxPath, QStringLiteral("xl/worksheets/sheet3.xml"));
    QVERIFY(about.find("Schema version") != std::string::npos);
    QVERIFY(about.find("Demo#HRLD") != std::string::npos);

    // Each export is in the audit log.
    QCOMPARE(queryInt(dir, "SELECT count(*) FROM audit_logs WHERE action = 'export data'"), 3);
    QCOMPARE(queryInt(dir, "SELECT rows FROM audit_logs WHERE format = 'csv'"),
             static_cast<std::int64_t>(csv.size() - 1));
    QCOMPARE(queryInt(dir, "SELECT count(*) FROM audit_logs WHERE format = 'xlsx' AND what = 'matches,stats'"), 1);
}

// OWASP CSV injection: names that a spreadsheet would run come out as text, in CSV and XLSX; numbers keep their
// sign. Streamer mode hides the other players' Riot IDs and PUUIDs, never the followed account's.
void TestCli::exportNeutralisesFormulasAndHidesPlayers() {
    QTemporaryDir dir;
    std::string payload = test::readFixture(test::kKrMatch);
    auto rename = [&payload](const std::string& from, const std::string& to) {
        const std::string key = "\"riotIdGameName\":\"" + from + "\"";
        const auto at = payload.find(key);
        QVERIFY(at != std::string::npos);
        payload.replace(at, key.size(), "\"riotIdGameName\":\"" + to + "\"");
    };
    rename("Sylvie", "=HYPERLINK(\\\"http://evil.invalid\\\",\\\"x\\\")");
    rename("Viper", "+1");
    rename("완벽범죄", "@SUM(A1)");
    rename("Rooster", "x\\u0001y\\u0000w");
    rename("DK ShowMaker", "\xEF\xBC\x9D"
                           "1+1"); // full-width ＝
    const auto file = std::filesystem::path(dir.path().toStdString()) / "match.json";
    test::writeFile(file, payload);
    QCOMPARE(cli(inDir(dir, {"import", QString::fromStdString(file.string()),
                             QString::fromStdString(test::fixturePath(test::kKrTimeline).string())}))
                 .code,
             0);
    QCOMPARE(cli(inDir(dir, {"accounts", "add", "젠지 한별#GEN", "--local"})).code, 0);

    const QString csvPath = dir.filePath(QStringLiteral("p.csv"));
    Run run = cli(inDir(dir, {"export", "data", "--dataset", "participants", "--format", "csv", "-o", csvPath}));
    QVERIFY2(run.code == 0, run.err.c_str());
    const auto csv = parseCsv(test::readFile(csvPath.toStdString()));
    QCOMPARE(csv.size(), std::size_t(11));
    const std::size_t player = columnOf(csv[0], "player");
    QCOMPARE(csv[2][player], std::string("'=HYPERLINK(\"http://evil.invalid\",\"x\")#77777"));
    QCOMPARE(csv[9][player], std::string("'+1#G170"));
    QCOMPARE(csv[10][player], std::string("'@SUM(A1)#KR1"));
    // Control characters are written as visible escapes, never dropped with what follows (a NUL cut XLSX cells).
    QCOMPARE(csv[3][player], std::string("x\\x01y\\x00w#2005"));
    QCOMPARE(csv[8][player], std::string("'\xEF\xBC\x9D"
                                         "1+1#KR1"));
    for (const auto& row : csv) {
        for (const auto& field : row) {
            QVERIFY2(field.empty() || (field[0] != '=' && field[0] != '+' && field[0] != '@'), field.c_str());
        }
    }
    const std::size_t diff = columnOf(csv[0], "gold_diff_10");
    bool negative = false;
    for (std::size_t i = 1; i < csv.size(); ++i) {
        negative = negative || (!csv[i][diff].empty() && csv[i][diff][0] == '-');
    }
    QVERIFY(negative); // a negative number is a number, not a neutralised text

    const QString xlsxPath = dir.filePath(QStringLiteral("p.xlsx"));
    run = cli(inDir(dir, {"export", "data", "--dataset", "participants", "--format", "xlsx", "-o", xlsxPath}));
    QVERIFY2(run.code == 0, run.err.c_str());
    const auto sheet = readSheet(unzipEntry(xlsxPath, QStringLiteral("xl/worksheets/sheet1.xml")));
    const std::string letter = letterOf(sheet, "player");
    // The cell reads as the player's text; the Text number format (not an apostrophe) keeps it from ever running.
    QCOMPARE(sheet[2].at(letter).value, std::string("=HYPERLINK(\"http://evil.invalid\",\"x\")#77777"));
    QCOMPARE(sheet[9].at(letter).value, std::string("+1#G170"));
    QCOMPARE(sheet[3].at(letter).value, std::string("x\\x01y\\x00w#2005"));
    const std::string styles = unzipEntry(xlsxPath, QStringLiteral("xl/styles.xml"));
    const std::string cellXfs =
        styles.substr(styles.find("<cellXfs"), styles.find("</cellXfs>") - styles.find("<cellXfs"));
    std::vector<std::string> xfs;
    for (std::size_t at = cellXfs.find("<xf "); at != std::string::npos; at = cellXfs.find("<xf ", at + 1)) {
        xfs.push_back(cellXfs.substr(at, cellXfs.find('>', at) - at));
    }
    for (const std::size_t row : {2, 8, 9, 10}) {
        const std::string& style = sheet[row].at(letter).style;
        QVERIFY2(!style.empty() && std::stoul(style) < xfs.size() &&
                     xfs[std::stoul(style)].find("numFmtId=\"49\"") != std::string::npos,
                 (sheet[row].at(letter).value + " style " + style).c_str());
    }
    QVERIFY(sheet[3].at(letter).style.empty()); // plain text is plain
    QVERIFY(sheet[2].at(letter).type != "n" && sheet[2].at(letter).type != "e");
    QVERIFY(unzipEntry(xlsxPath, QStringLiteral("xl/worksheets/sheet1.xml")).find("<f>") == std::string::npos);

    // Streamer mode: "Player N" for the others, the followed account by name, no PUUID of anyone else.
    const QString hidden = dir.filePath(QStringLiteral("hidden.json"));
    run = cli(inDir(
        dir, {"export", "data", "--dataset", "participants,events", "--format", "json", "-o", hidden, "--streamer"}));
    QVERIFY2(run.code == 0, run.err.c_str());
    const json doc = json::parse(test::readFile(hidden.toStdString()));
    QCOMPARE(doc["participants"][0]["player"].get<std::string>(), std::string("젠지 한별#GEN"));
    QCOMPARE(doc["participants"][1]["player"].get<std::string>(), std::string("Player 2"));
    QVERIFY(doc["participants"][1]["puuid"].is_null());
    const std::string text = test::readFile(hidden.toStdString());
    for (const char* name : {"Sylvie", "Viper", "77777", "G170", "HYPERLINK"}) {
        QVERIFY2(text.find(name) == std::string::npos, name);
    }
    QVERIFY(doc["events"].size() > 0);
}

// An export appears whole or not at all: an existing file is kept unless --force, a killed export leaves no file
// (not even a temporary one), an unwritable folder is named in the error.
void TestCli::exportIsAtomicAndNeverOverwritesUnasked() {
    QTemporaryDir dir;
    QCOMPARE(cli(inDir(dir, {"demo", "--matches", "300"})).code, 0);
    QTemporaryDir out;
    const QString target = out.filePath(QStringLiteral("frames.xlsx"));
    test::writeFile(target.toStdString(), "keep me");
    Run run = cli(inDir(dir, {"export", "data", "--dataset", "ranking", "--format", "csv", "-o", target}));
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.find("already exists") != std::string::npos, run.err.c_str());
    QCOMPARE(test::readFile(target.toStdString()), std::string("keep me"));
    run = cli(inDir(dir, {"export", "data", "--dataset", "ranking", "--format", "csv", "-o", target, "--force"}));
    QCOMPARE(run.code, 0);
    QVERIFY(test::readFile(target.toStdString()).rfind("puuid,player,queue", 0) == 0);
    QVERIFY(QFile::remove(target));

    // Killed at varied moments of a long export: no file, named or hidden, is left in the folder.
    int killedWhileRunning = 0;
    for (int delay : {40, 120, 250, 400, 700}) {
        QProcess process;
        process.start(QStringLiteral(HERALD_CLI_PATH),
                      inDir(dir, {"export", "data", "--dataset", "participants,frames,events", "--format", "xlsx", "-o",
                                  target}));
        QVERIFY(process.waitForStarted());
        QThread::msleep(static_cast<unsigned long>(delay));
        if (process.state() == QProcess::Running) {
            ::kill(static_cast<pid_t>(process.processId()), SIGKILL);
            ++killedWhileRunning;
        }
        process.waitForFinished();
        const bool finished = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
        const QStringList left = QDir(out.path()).entryList(QDir::Files | QDir::Hidden);
        if (finished) {
            QCOMPARE(left, QStringList{QStringLiteral("frames.xlsx")});
            QVERIFY(QFile::remove(target));
        } else {
            QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
        }
    }
    QVERIFY(killedWhileRunning >= 2);

    const QString missing = out.filePath(QStringLiteral("no/such/folder/r.json"));
    run = cli(inDir(dir, {"export", "data", "--dataset", "ranking", "--format", "json", "-o", missing}));
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.find("no/such/folder/r.json") != std::string::npos, run.err.c_str());
    QCOMPARE(queryInt(dir, "SELECT count(*) FROM audit_logs"), 1); // the one export that was written
}

// Defects an adversarial run found: terminal escapes in names printed raw; an empty --data-dir meaning the default
// store; a 100 KB search failing inside SQLite; a store's setting (or an http URL) redirecting the Riot key.
void TestCli::adversarialInputsAreRefusedOrDefused() {
    QTemporaryDir dir;
    std::string payload = test::readFixture(test::kKrMatch);
    const std::string key = "\"riotIdGameName\":\"Sylvie\"";
    const auto at = payload.find(key);
    QVERIFY(at != std::string::npos);
    payload.replace(at, key.size(), "\"riotIdGameName\":\"\\u001b[2J\\u001b]0;pwned\\u0007Evil\\u009b\"");
    const auto file = std::filesystem::path(dir.path().toStdString()) / "match.json";
    test::writeFile(file, payload);
    QCOMPARE(cli(inDir(dir, {"import", QString::fromStdString(file.string())})).code, 0);
    QCOMPARE(cli(inDir(dir, {"accounts", "add", "Sylvie", "--local"})).code, 2); // not a Riot ID
    auto run = cli(inDir(dir, {"matches", "--account",
                               "\x1b[2J\x1b]0;pwned\x07"
                               "Evil\xc2\x9b#77777"}));
    QVERIFY2(run.code == 0, run.err.c_str());
    for (const auto& format : {QStringLiteral("table"), QStringLiteral("csv")}) {
        run = cli(inDir(dir, {"stats", "--account",
                              "\x1b[2J\x1b]0;pwned\x07"
                              "Evil\xc2\x9b#77777",
                              "--metrics", "games", "--by", "account", "--format", format}));
        QVERIFY2(run.code == 0, run.err.c_str());
        QVERIFY2(run.out.find('\x1b') == std::string::npos && run.out.find('\x07') == std::string::npos &&
                     run.out.find("\xc2\x9b") == std::string::npos,
                 run.out.c_str());
        QVERIFY2(run.out.find("\\x1B[2J\\x1B]0;pwned\\x07Evil\\x9B") != std::string::npos, run.out.c_str());
    }

    run = cli({"--data-dir", "", "matches"});
    QCOMPARE(run.code, 2);
    QVERIFY(run.err.find("--data-dir is empty") != std::string::npos);
    QCOMPARE(cli({"--data-dir=", "check"}).code, 2);

    run = cli(inDir(dir, {"matches", "--search", QString(100'000, QLatin1Char('a'))}));
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.find("at most 200 characters") != std::string::npos, run.err.c_str());

    // Another program's SQLite file named herald.db: refused by every command, left byte for byte as it was.
    QTemporaryDir foreign;
    const auto foreignDb = std::filesystem::path(foreign.path().toStdString()) / "herald.db";
    {
        sqlite3* raw = nullptr;
        QCOMPARE(sqlite3_open(foreignDb.c_str(), &raw), SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw, "CREATE TABLE notes(body text); INSERT INTO notes VALUES ('keep me')", nullptr,
                              nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(raw);
    }
    const std::string before = test::readFile(foreignDb);
    for (const QStringList& args : {QStringList{"check"}, QStringList{"matches"}, QStringList{"demo", "--matches", "5"},
                                    QStringList{"import", QString::fromStdString(file.string())}}) {
        run = cli(inDir(foreign, args));
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.find("is not a Herald store") != std::string::npos, run.err.c_str());
    }
    QCOMPARE(test::readFile(foreignDb), before);
    QVERIFY(!std::filesystem::exists(foreignDb.string() + "-wal"));
    QVERIFY(!std::filesystem::exists(std::filesystem::path(foreign.path().toStdString()) / "backups"));

    // A folder with links to a folder and to a device: counted as skipped, not passed over in silence.
    QTemporaryDir links;
    const auto linkDir = std::filesystem::path(links.path().toStdString());
    std::filesystem::copy_file(file, linkDir / "match.json");
    std::filesystem::create_directory_symlink("/tmp", linkDir / "elsewhere");
    std::filesystem::create_symlink("/dev/null", linkDir / "device.json");
    run = cli(inDir(dir, {"import", "--format", "json", links.path()}));
    QCOMPARE(run.code, 0);
    const json linked = json::parse(run.out);
    QCOMPARE(linked["skipped"].get<int>(), 2);
    QCOMPARE(linked["duplicates"].get<int>(), 1);
    run = cli(inDir(dir, {"import", links.path()}));
    QVERIFY2(run.out.find("2 skipped (links to folders or devices, not files)") != std::string::npos, run.out.c_str());

    // A store whose schema version was set back: its tables are not those of version 3, so no command runs a
    // migration over them (nor copies the store for one); each says why.
    QTemporaryDir setBack;
    QCOMPARE(cli(inDir(setBack, {"demo", "--matches", "20"})).code, 0);
    {
        sqlite3* raw = nullptr;
        QCOMPARE(sqlite3_open(store::databasePath(setBack.path().toStdString()).c_str(), &raw), SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw, "PRAGMA user_version = 3", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(raw);
    }
    for (const char* command : {"check", "matches", "check", "matches", "check"}) {
        run = cli(inDir(setBack, {command}));
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.find("does not hold the schema Herald makes") != std::string::npos, run.err.c_str());
    }
    QVERIFY(!std::filesystem::exists(std::filesystem::path(setBack.path().toStdString()) / "backups"));

    // The key goes to Riot, or to an https URL, or to this machine: never to a plain-http host elsewhere.
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HERALD_RIOT_API_KEY"), QStringLiteral("RGAPI-not-a-real-key"));
    env.insert(QStringLiteral("HERALD_RIOT_BASE_URL"), QStringLiteral("http://evil.invalid"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(HERALD_CLI_PATH), inDir(dir, {"accounts", "add", "Name#TAG", "--platform", "euw1"}));
    QVERIFY(process.waitForFinished(60'000));
    QCOMPARE(process.exitCode(), 1);
    const std::string err = process.readAllStandardError().toStdString();
    QVERIFY2(err.find("only to https URLs") != std::string::npos, err.c_str());
    QVERIFY(err.find("RGAPI-not-a-real-key") == std::string::npos);
}

#include "test_cli.moc"

namespace {

// A small tmpfs of its own (mounting needs root, as in CI): a disk that really fills, a file system that really
// turns read-only.
class Tmpfs {
public:
    explicit Tmpfs(const QString& size)
        : m_mounted(QProcess::execute(QStringLiteral("mount"),
                                      {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                       QStringLiteral("size=") + size, QStringLiteral("tmpfs"), m_dir.path()}) == 0) {}
    ~Tmpfs() {
        if (m_mounted) {
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_dir.path()});
        }
    }
    Tmpfs(const Tmpfs&) = delete;
    Tmpfs& operator=(const Tmpfs&) = delete;
    bool mounted() const { return m_mounted; }
    QString path() const { return m_dir.path(); }
    bool remountReadOnly() const {
        return QProcess::execute(QStringLiteral("mount"),
                                 {QStringLiteral("-o"), QStringLiteral("remount,ro"), m_dir.path()}) == 0;
    }

private:
    QTemporaryDir m_dir;
    bool m_mounted;
};

void execIn(const QTemporaryDir& dir, const std::string& sql) {
    auto db = store::Database::open(store::databasePath(dir.path().toStdString()), store::Database::Mode::ReadWrite);
    QVERIFY(db.ok());
    db->execScript(sql);
}

std::string sha(const std::filesystem::path& file) {
    QFile f(QString::fromStdString(file.string()));
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex().toStdString();
}

} // namespace

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
