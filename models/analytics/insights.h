// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Findings about the player's habits (docs/METRICS.md "Findings"): win rates of two groups of games compared by a
// two-proportion z-test, kept only when the difference is larger than chance would give over all the
// comparisons made (Holm's correction at 95 %), each side with at least 20 games.
#pragma once

#include "analytics/query.h"
#include "common/result.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace herald::store {
class Database;
}

namespace herald::analytics {

class AnalyticsEngine;

enum class FindingKind {
    LateInSession, // fourth-or-later games of a session against first games
    AfterLosses,   // after two losses or more in a row against after a win
    LateNight,     // games started from midnight to 6 a.m. (local time) against the rest
    Partner,       // games with a teammate against the games without them
};

struct Finding {
    FindingKind kind;
    std::string partner;                        // Partner: the teammate's Riot ID
    std::int64_t games = 0, wins = 0;           // the group the finding is about
    std::int64_t otherGames = 0, otherWins = 0; // what it is compared with
    double z = 0;                               // (rate - other rate) / standard error under equal rates
    double pValue = 1;                          // two-sided
    double winRate() const { return games == 0 ? 0.0 : static_cast<double>(wins) / static_cast<double>(games); }
    double otherWinRate() const {
        return otherGames == 0 ? 0.0 : static_cast<double>(otherWins) / static_cast<double>(otherGames);
    }
};

// A metric where the player sits below the 25th percentile of their lobbies in their main role (the lane role of
// most of their counted games): better than fewer than 25 % of the other players of that role in their games
// (docs/METRICS.md, "Lobby benchmarks"), both sides with at least kFindingMinGames values.
struct LobbyFinding {
    std::string role;   // TOP ... UTILITY
    std::string metric; // a benchmark metric
    double you = 0;
    std::int64_t games = 0; // the player's, in the role
    double p25 = 0, p75 = 0;
    std::int64_t population = 0;
    double betterThan = 0; // percent
};

// "late_in_session", "after_losses", "late_night", "partner": the name scripts read.
const char* findingKindName(FindingKind kind);

inline constexpr std::int64_t kFindingMinGames = 20; // on each side
inline constexpr double kFindingConfidence = 0.95;   // for the whole set of comparisons
inline constexpr std::size_t kFindingPartners = 5;   // the most frequent teammates tested

// The two-proportion z-test: z and the two-sided p-value of wins/games against otherWins/otherGames.
std::pair<double, double> twoProportionTest(std::int64_t wins, std::int64_t games, std::int64_t otherWins,
                                            std::int64_t otherGames);

// The findings over the counted games of `base` (its players, filters other than the period, time zone), the
// strongest first, at most `limit`. The period filters (since, until, last) are dropped: a finding is about the
// whole history.
Result<std::vector<Finding>> findFindings(AnalyticsEngine& engine, store::Database& db, Query base,
                                          std::uint64_t dataVersion, std::size_t limit = 3);

// The lobby findings over the same games as findFindings (the period dropped): the player's weakest metrics
// against their lobbies in their main role, the weakest first, at most `limit`.
Result<std::vector<LobbyFinding>> findLobbyFindings(AnalyticsEngine& engine, store::Database& db, Query base,
                                                    std::uint64_t dataVersion, std::size_t limit = 1);

} // namespace herald::analytics
