// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Shared helpers for the test suites: fixture files, derived payload shapes, temporary stores.
#pragma once

#include "store/store.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <filesystem>
#include <memory>
#include <string>

namespace herald::test {

std::filesystem::path fixturePath(const std::string& name);
std::string readFixture(const std::string& name);
std::string readFile(const std::filesystem::path& path);
void writeFile(const std::filesystem::path& path, const std::string& bytes);

// Shapes the recorded fixtures lack, derived from a real payload by changing only what defines the shape
// (documented in tests/fixtures/SOURCES-derived.md):
std::string arenaMatch();             // 16 participants, queue 1700, playerSubteamId 1..8
std::string swarmMatch();             // 1 participant, queue 1830
std::string emptyStubMatch();         // 0 participants, endOfGameResult Abort_TooFewPlayers
std::string remakeMatch();            // every participant gameEndedInEarlySurrender
std::string timelineWithNullFrames(); // KR_7014499581 timeline with participantFrames: null in every frame

inline const char* kKrMatch = "match_v5_KR_7014499581_p14.7_ranked.json";
inline const char* kKrTimeline = "timeline_v5_KR_7014499581_p14.7.json";

// Every row of every table of two databases compared both ways (EXCEPT), and their lists of tables: empty when
// they hold the same, else the first difference.
QString tableDifferences(const std::filesystem::path& a, const std::filesystem::path& b);

// A fresh data folder opened for writing, removed with the object.
struct TempStore {
    TempStore();
    QTemporaryDir dir;
    std::unique_ptr<store::Store> store;
    std::filesystem::path path() const { return dir.path().toStdString(); }
};

// One run of herald-cli (HERALD_CLI_PATH): its exit code (-1: timed out and killed, -2: crashed) and output.
struct CliRun {
    int code = -1;
    std::string out;
    std::string err;
};
CliRun runCli(const QStringList& args, int timeoutMs = 120'000);

} // namespace herald::test
