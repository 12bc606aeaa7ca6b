// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "ingest/rebuild.h"
#include "store/database.h"

#include <QProcess>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>

namespace herald::test {

using json = nlohmann::json;

std::filesystem::path fixturePath(const std::string& name) {
    return std::filesystem::path(HERALD_FIXTURES_DIR) / name;
}

std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw std::runtime_error("cannot read " + path.string());
    }
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

std::string readFixture(const std::string& name) {
    return readFile(fixturePath(name));
}

void writeFile(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
}

namespace {

json base() {
    return json::parse(readFixture("match_v5_EUW1_7261321891_p15.1_swiftplay_480.json"));
}

void setId(json& match, const std::string& platform, long long gameId) {
    match["metadata"]["matchId"] = platform + "_" + std::to_string(gameId);
    match["info"]["platformId"] = platform;
    match["info"]["gameId"] = gameId;
}

} // namespace

std::string arenaMatch() {
    json match = base();
    setId(match, "EUW1", 7261321001);
    json& info = match["info"];
    info["queueId"] = 1700;
    info["mapId"] = 30;
    info["gameMode"] = "CHERRY";
    json participants = json::array();
    json puuids = json::array();
    for (int i = 0; i < 16; ++i) {
        json p = info["participants"][static_cast<std::size_t>(i % 10)];
        p["participantId"] = i + 1;
        p["puuid"] = "arena-player-" + std::to_string(i + 1);
        p["playerSubteamId"] = i / 2 + 1; // eight duos
        p["teamId"] = i < 8 ? 100 : 200;  // Arena reports two nominal teams
        p["teamPosition"] = "";
        p["subteamPlacement"] = 8 - i / 2; // the last duo listed came first
        p["placement"] = 8 - i / 2;
        p["win"] = 8 - i / 2 <= 4; // the top four duos "win"
        participants.push_back(p);
        puuids.push_back(p["puuid"]);
    }
    info["participants"] = participants;
    match["metadata"]["participants"] = puuids;
    return match.dump();
}

std::string swarmMatch() {
    json match = base();
    setId(match, "EUW1", 7261321002);
    json& info = match["info"];
    info["queueId"] = 1830;
    info["gameMode"] = "STRAWBERRY";
    info["participants"] = json::array({info["participants"][0]});
    match["metadata"]["participants"] = json::array({info["participants"][0]["puuid"]});
    return match.dump();
}

std::string emptyStubMatch() {
    json match = base();
    setId(match, "EUW1", 7261321003);
    match["info"]["participants"] = json::array();
    match["info"]["endOfGameResult"] = "Abort_TooFewPlayers";
    match["metadata"]["participants"] = json::array();
    return match.dump();
}

std::string remakeMatch() {
    json match = base();
    setId(match, "EUW1", 7261321004);
    match["info"]["gameDuration"] = 214;
    for (json& p : match["info"]["participants"]) {
        p["gameEndedInEarlySurrender"] = true;
    }
    return match.dump();
}

std::string timelineWithNullFrames() {
    json timeline = json::parse(readFixture(kKrTimeline));
    for (json& frame : timeline["info"]["frames"]) {
        frame["participantFrames"] = nullptr;
    }
    return timeline.dump();
}

TempStore::TempStore() {
    auto opened = ingest::openStore(path(), store::Store::Access::Write); // as the app and the CLI open it
    if (!opened) {
        throw std::runtime_error(opened.error().message);
    }
    store = std::move(opened).value();
}

// Every row of every table of two databases, compared both ways (EXCEPT), and the tables they hold.
QString tableDifferences(const std::filesystem::path& a, const std::filesystem::path& b) {
    auto db = store::Database::open(a, store::Database::Mode::ReadOnly);
    if (!db) {
        return QString::fromStdString(db.error().message);
    }
    store::Statement attach(db.value(), "ATTACH DATABASE ? AS other");
    attach.bind(1, b.string()).run();
    const std::string tablesSql =
        "SELECT name FROM %1.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
    auto tablesOf = [&](const char* schema) {
        std::vector<std::string> names;
        store::Statement list(db.value(), QString::fromStdString(tablesSql).arg(QLatin1String(schema)).toStdString());
        while (list.step()) {
            names.push_back(list.columnText(0));
        }
        return names;
    };
    const auto mine = tablesOf("main");
    if (mine != tablesOf("other") || mine.size() < 15) {
        return QStringLiteral("the tables differ");
    }
    for (const std::string& table : mine) {
        const auto onlyMain = db->queryInt("SELECT count(*) FROM (SELECT * FROM main." + table +
                                           " EXCEPT SELECT * FROM other." + table + ")");
        const auto onlyOther = db->queryInt("SELECT count(*) FROM (SELECT * FROM other." + table +
                                            " EXCEPT SELECT * FROM main." + table + ")");
        const auto rowsMain = db->queryInt("SELECT count(*) FROM main." + table);
        const auto rowsOther = db->queryInt("SELECT count(*) FROM other." + table);
        if (onlyMain != 0 || onlyOther != 0 || rowsMain != rowsOther) {
            return QStringLiteral("table %1: %2 rows only in the first, %3 only in the second")
                .arg(QString::fromStdString(table))
                .arg(onlyMain)
                .arg(onlyOther);
        }
    }
    return {};
}

CliRun runCli(const QStringList& args, int timeoutMs) {
    QProcess process;
    process.start(QStringLiteral(HERALD_CLI_PATH), args);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {-1, {}, "timed out"};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            process.readAllStandardOutput().toStdString(), process.readAllStandardError().toStdString()};
}

} // namespace herald::test
