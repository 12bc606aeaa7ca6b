// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// test_cli: the commands that read and analyse: help and usage, import, matches, demo, stats, rebuild, local accounts,
// findings, templates, reports of invalid files.
#include "test_cli.h"

using namespace herald;
using namespace herald::clitest;

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

void TestCli::benchmarkComparesWithTheLobbies() {
    QTemporaryDir dir;
    QCOMPARE(cli(inDir(dir, {QStringLiteral("demo"), QStringLiteral("--matches"), QStringLiteral("60")})).code, 0);
    auto benchmark = [&](QStringList more) {
        QStringList words = {QStringLiteral("benchmark"), QStringLiteral("--account"), QStringLiteral("demo#hrld")};
        return cli(inDir(dir, words + more));
    };
    const Run run = benchmark({QStringLiteral("--metrics"), QStringLiteral("kda,avg_deaths"),
                               QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(run.code == 0, run.err.c_str());
    const json doc = json::parse(run.out);
    QCOMPARE(doc["columns"], json::parse(R"(["role","metric","you","games","population","p25","p50","p75",)"
                                         R"("percentile","better_than","source"])"));
    QVERIFY(doc["rows"].size() >= 4 && doc["rows"].size() % 2 == 0);
    for (const auto& row : doc["rows"]) {
        // The player's value is what stats gives for the role; deaths turn "better than" round.
        const std::string role = row[0].get<std::string>();
        const Run stats =
            cli(inDir(dir, {QStringLiteral("stats"), QStringLiteral("--account"), QStringLiteral("Demo#HRLD"),
                            QStringLiteral("--metrics"), QString::fromStdString(row[1].get<std::string>()),
                            QStringLiteral("--where"), QString::fromStdString("role=" + role),
                            QStringLiteral("--format"), QStringLiteral("json")}));
        QCOMPARE(json::parse(stats.out)["rows"][0][0], row[2]);
        QVERIFY(row[4].get<int>() > 0);
        QVERIFY(row[5].get<double>() <= row[6].get<double>() && row[6].get<double>() <= row[7].get<double>());
        const double sum = row[8].get<double>() + row[9].get<double>();
        QCOMPARE(row[1] == "avg_deaths" ? sum : row[8].get<double>() * 2, row[1] == "avg_deaths" ? 100.0 : sum);
    }
    const Run table = benchmark({QStringLiteral("--where"), QStringLiteral("role=MIDDLE")});
    QVERIFY2(table.code == 0, table.err.c_str());
    QVERIFY2(table.out.find("MIDDLE  cs_per_min") != std::string::npos, table.out.c_str());
    QVERIFY2(table.out.find("TOP") == std::string::npos, table.out.c_str());
    const Run wrongMetric = benchmark({QStringLiteral("--metrics"), QStringLiteral("win_rate")});
    QCOMPARE(wrongMetric.code, 2);
    QVERIFY2(wrongMetric.err.find("no per-game form") != std::string::npos, wrongMetric.err.c_str());
    const Run source = benchmark({QStringLiteral("--source"), QStringLiteral("friends")});
    QCOMPARE(source.code, 2);
    QVERIFY2(source.err.find("--source takes lobby") != std::string::npos, source.err.c_str());
    const Run tierAlone = benchmark({QStringLiteral("--tier"), QStringLiteral("gold")});
    QCOMPARE(tierAlone.code, 2);
    QVERIFY2(tierAlone.err.find("add --source server") != std::string::npos, tierAlone.err.c_str());
    QCOMPARE(benchmark({QStringLiteral("--by"), QStringLiteral("champion")}).code, 2);
}

void TestCli::compareSetsPlayersSideBySide() {
    QTemporaryDir dir;
    QCOMPARE(cli(inDir(dir, {QStringLiteral("demo"), QStringLiteral("--matches"), QStringLiteral("60")})).code, 0);
    // The demo player's most frequent partner, a player of the stored games.
    const Run mates = cli(inDir(dir, {QStringLiteral("stats"), QStringLiteral("--account"), QStringLiteral("Demo#HRLD"),
                                      QStringLiteral("--metrics"), QStringLiteral("games"), QStringLiteral("--by"),
                                      QStringLiteral("teammate"), QStringLiteral("--sort"), QStringLiteral("-games"),
                                      QStringLiteral("--limit"), QStringLiteral("1"), QStringLiteral("--format"),
                                      QStringLiteral("json")}));
    QVERIFY2(mates.code == 0, mates.err.c_str());
    const std::string partner = json::parse(mates.out)["rows"][0][0].get<std::string>();
    const QStringList players = {QStringLiteral("--account"), QStringLiteral("Demo#HRLD"), QStringLiteral("--account"),
                                 QString::fromStdString(partner)};
    const Run run =
        cli(inDir(dir, QStringList{QStringLiteral("compare")} + players +
                           QStringList{QStringLiteral("--metrics"), QStringLiteral("games,win_rate,avg_deaths,kda"),
                                       QStringLiteral("--format"), QStringLiteral("json")}));
    QVERIFY2(run.code == 0, run.err.c_str());
    const json doc = json::parse(run.out);
    QCOMPARE(doc["columns"], json({"metric", "Demo#HRLD", partner, "best"}));
    QCOMPARE(doc["rows"].size(), std::size_t(4));
    for (const auto& row : doc["rows"]) {
        const std::string metric = row[0].get<std::string>();
        for (int p = 0; p < 2; ++p) { // each column is what stats gives that player
            const Run one = cli(inDir(dir, {QStringLiteral("stats"), QStringLiteral("--account"),
                                            p == 0 ? QStringLiteral("Demo#HRLD") : QString::fromStdString(partner),
                                            QStringLiteral("--metrics"), QString::fromStdString(metric),
                                            QStringLiteral("--format"), QStringLiteral("json")}));
            QCOMPARE(row[p + 1], json::parse(one.out)["rows"][0][0]);
        }
        const double a = row[1].get<double>();
        const double b = row[2].get<double>();
        if (metric == "games") {
            QVERIFY(row[3].is_null()); // no direction: nobody is best at playing more
        } else if (a != b) {
            const bool firstBest = metric == "avg_deaths" ? a < b : a > b;
            QCOMPARE(row[3].get<std::string>(), firstBest ? std::string("Demo#HRLD") : partner);
        }
    }
    const Run alone =
        cli(inDir(dir, {QStringLiteral("compare"), QStringLiteral("--account"), QStringLiteral("Demo#HRLD")}));
    QCOMPARE(alone.code, 2);
    QVERIFY2(alone.err.find("2 to 5 players") != std::string::npos, alone.err.c_str());
    const Run lp = cli(inDir(dir, QStringList{QStringLiteral("compare")} + players +
                                      QStringList{QStringLiteral("--metrics"), QStringLiteral("lp")}));
    QCOMPARE(lp.code, 2);
    const Run byTemplate = cli(inDir(dir, QStringList{QStringLiteral("compare")} + players +
                                              QStringList{QStringLiteral("--template"), QStringLiteral("laning"),
                                                          QStringLiteral("--format"), QStringLiteral("csv")}));
    QVERIFY2(byTemplate.code == 0, byTemplate.err.c_str());
    QVERIFY2(byTemplate.out.find("gold_diff_10") != std::string::npos, byTemplate.out.c_str());
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
    // list: the seven built-ins.
    const Run list = cli(inDir(dir, {QStringLiteral("templates"), QStringLiteral("list"), QStringLiteral("--format"),
                                     QStringLiteral("json")}));
    QCOMPARE(list.code, 0);
    const json rows = json::parse(list.out)["rows"];
    QCOMPARE(rows.size(), std::size_t{7});
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
