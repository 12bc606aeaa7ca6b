// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// DemoGenerator: a deterministic, believable match history for the demo account (Demo#HRLD), made from the
// bundled real Match-V5 payloads: the player's champion pool and role mix, wins and losses, play sessions in
// the evenings, remakes and the odd aborted game, and timelines for about three matches in four.
#pragma once

#include "ingest/importer.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace herald::demo {

struct DemoAccount {
    std::string puuid;
    std::string gameName;
    std::string tagLine;
    std::string platform;
    std::string region;
};

const DemoAccount& demoAccount();

// The demo player's three regular partners (each on the player's team in about one game in nine).
struct DemoFriend {
    std::string puuid;
    std::string gameName;
    std::string tagLine;
};
const std::vector<DemoFriend>& demoFriends();

struct DemoOptions {
    int matches = 400;
    std::uint64_t seed = 1;
    // The newest game ends before this moment (ms since epoch); 0 means the start of today (UTC), so a given
    // seed gives the same history all day long.
    std::int64_t endMs = 0;
    double timelineShare = 0.75;
    // 0: every bundled timeline; N: only those that keep at least N key events (a history of long, bloody games).
    int minTimelineEvents = 0;
};

// The moment the demo's newest game ends before (options.endMs, or the start of today in UTC).
std::int64_t demoEndMs(const DemoOptions& options);

class DemoGenerator {
public:
    explicit DemoGenerator(const DemoOptions& options);
    ~DemoGenerator();
    DemoGenerator(const DemoGenerator&) = delete;
    DemoGenerator& operator=(const DemoGenerator&) = delete;

    // Appends the next match (and its timeline, when it has one) to out, oldest first. False when done.
    bool next(std::vector<ingest::NamedPayload>& out);
    int generated() const;

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace herald::demo
