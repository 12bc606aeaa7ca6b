// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// test_cli: data exports: equal to the engine, formulas neutralised and players hidden, atomic files, adversarial
// inputs.
#include "test_cli.h"

using namespace herald;
using namespace herald::clitest;

// herald-cli starts without Qt (docs/ARCHITECTURE.md §8): the program's libraries hold none of Qt's, a copy of the
// program without its Qt module answers every other command, and `export report` there says what is missing
// instead of drawing nothing. Beside its module (the build tree), the report is drawn.
void TestCli::onlyReportsAndTheKeychainLoadQt() {
#ifdef Q_OS_LINUX
    QProcess trace; // what the dynamic loader would load for herald-cli, as ldd prints it
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LD_TRACE_LOADED_OBJECTS"), QStringLiteral("1"));
    trace.setProcessEnvironment(env);
    trace.start(QStringLiteral(HERALD_CLI_PATH), {});
    QVERIFY(trace.waitForFinished(30'000));
    const QString loaded = QString::fromUtf8(trace.readAllStandardOutput());
    QVERIFY2(loaded.contains(QStringLiteral("libsqlite3")), qPrintable(loaded)); // the trace is a real one
    QVERIFY2(!loaded.contains(QStringLiteral("libQt6")), qPrintable(loaded));

    QTemporaryDir dir;
    QCOMPARE(cli(inDir(dir, {"demo", "--matches", "40"})).code, 0);
    const QString alone = dir.filePath(QStringLiteral("herald-cli"));
    QVERIFY(QFile::copy(QStringLiteral(HERALD_CLI_PATH), alone));
    auto runAlone = [&](const QStringList& args) {
        QProcess process;
        process.start(alone, QStringList{QStringLiteral("--data-dir"), dir.path()} + args);
        process.waitForFinished(60'000);
        return Run{process.exitCode(), process.readAllStandardOutput().toStdString(),
                   process.readAllStandardError().toStdString()};
    };
    const Run stats = runAlone({QStringLiteral("stats"), QStringLiteral("--account"), QStringLiteral("Demo#HRLD"),
                                QStringLiteral("--metrics"), QStringLiteral("games")});
    QVERIFY2(stats.code == 0, stats.err.c_str());
    QVERIFY2(stats.out.find("games") != std::string::npos, stats.out.c_str());
    const QString pdf = dir.filePath(QStringLiteral("overview.pdf"));
    const QStringList report = {
        QStringLiteral("export"),   QStringLiteral("report"), QStringLiteral("--template"), QStringLiteral("overview"),
        QStringLiteral("--format"), QStringLiteral("pdf"),    QStringLiteral("-o"),         pdf};
    const Run without = runAlone(report);
    QCOMPARE(without.code, 1);
    QVERIFY2(without.err.find("cannot draw reports") != std::string::npos, without.err.c_str());
    QVERIFY2(without.err.find("herald-cli-qt.so is missing") != std::string::npos, without.err.c_str());
    QVERIFY(!QFile::exists(pdf));
    // A usage error found by the module is still one (exit 2, the command's help named).
    const Run usage =
        cli(inDir(dir, {"export", "report", "--template", "overview", "--format", "pdf", "-o", pdf, "--size", "wide"}));
    QCOMPARE(usage.code, 2);
    QVERIFY2(usage.err.find("--size takes WIDTHxHEIGHT") != std::string::npos, usage.err.c_str());
    QVERIFY2(usage.err.find("See 'herald-cli export") != std::string::npos, usage.err.c_str());
    const Run drawn = cli(inDir(dir, {"export", "report", "--template", "overview", "--format", "pdf", "-o", pdf}));
    QVERIFY2(drawn.code == 0, drawn.err.c_str());
    QCOMPARE(test::readFile(pdf.toStdString()).substr(0, 5), std::string("%PDF-"));
#else
    QSKIP("herald-cli links its Qt part on this system");
#endif
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
