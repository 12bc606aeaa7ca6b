// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Lobby benchmarks (docs/METRICS.md, "Lobby benchmarks"): where the player stands among the other players of their
// own games, per lane role and metric. Two executors of one definition: SQL (window functions over the
// participants_lobby index) and the in-memory frame with its lobby (what the engine runs); the tests hold them equal.
#pragma once

#include "analytics/frame.h"
#include "analytics/query.h"
#include "common/result.h"

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace herald::store {
class Database;
}

namespace herald::analytics {

// The lane roles a benchmark compares, in the order of its rows.
inline constexpr std::array<std::string_view, 5> kLaneRoles = {"TOP", "JUNGLE", "MIDDLE", "BOTTOM", "UTILITY"};

// The metrics with a per-game form (METRICS.md), in the catalog's order: the default of a benchmark.
const std::vector<std::string_view>& benchmarkMetrics();
bool isBenchmarkMetric(std::string_view name);

// A benchmark's table: role, metric, you, games, population, p25, p50, p75, percentile, better_than, source ("lobby",
// or the tier of a server cohort: compareWithCohort); one row per
// lane role the player played in the query's games and metric of the query, in kLaneRoles then query order.
struct Benchmark {
    ResultTable table;
    // The player's selected games without a lane position (ARAM, Arena, Swarm, a Rift game Riot gave no position):
    // not in any row, and said so.
    std::int64_t gamesWithoutLane = 0;
};

// A benchmark row with named fields (what a dashboard widget keeps): the table's columns in order.
struct BenchmarkRow {
    std::string role, metric;
    std::optional<double> you;
    std::int64_t games = 0;
    std::int64_t population = 0;
    std::optional<double> p25, p50, p75, percentile, betterThan;
    std::string source; // "lobby" or a tier
};
std::vector<BenchmarkRow> rowsOf(const Benchmark& benchmark);

// Names and shape only: metrics (each with a per-game form), no groups, order, limit or minimum.
Status validateBenchmark(const Query& query);

// The SQL executor: the reference the frame is held to.
Result<Benchmark> benchmarkSql(store::Database& db, const Query& query, std::int64_t nowMs);

// The other players of each loaded participation who hold a lane position, with what each per-game metric reads:
// participation i's are entries begin[i] .. end[i]. Players of the frame's player set are not in it.
struct LobbyFrame {
    // Loaded only for the players' games in this lane role (a query filtered on it); empty: every game.
    std::string position;
    std::vector<std::uint32_t> begin, end;
    std::vector<std::uint8_t> role; // index into kLaneRoles
    std::vector<std::int32_t> kills, deaths, assists, cs, gold, damage, vision, teamDamage, teamKills;
    std::vector<std::int32_t> goldDiff10, goldDiff15, csDiff10, csDiff15; // kNoDiff: none
    static constexpr std::int32_t kNoDiff = INT32_MIN;
    std::size_t size() const { return role.size(); }
};

// One join per player over the participants_lobby index, from the frame's first game on; position: only the games
// the players played in that lane role (the others get no entries).
Result<std::shared_ptr<const LobbyFrame>> loadLobby(store::Database& db, const ParticipationFrame& frame,
                                                    const std::vector<std::string>& puuids,
                                                    const std::string& position = {});
// The one lane role a query's role filter keeps, else "" (no filter, several values, or not a lane): a lobby
// loaded for it serves the query.
std::string lobbyPositionOf(const Query& query);

// The player's own side of a benchmark: the query grouped by role, with its games first. Compiled, it is what the
// frame executor takes (its period and filters are the benchmark's).
Query benchmarkYouQuery(const Query& query);

// The frame executor: the same table from a frame of the query's players and its lobby; compiled: the compiled
// benchmarkYouQuery(query) (the engine compiles it once, to pick the frame too).
Result<Benchmark> benchmark(const ParticipationFrame& frame, const LobbyFrame& lobby, const Query& query,
                            const CompiledQuery& compiled);

// A cohort of the Herald server's rank benchmarks (docs/HERALD-API.md): players of one tier in one role, with the
// quantiles of each metric it tracks.
struct CohortQuantiles {
    double p10 = 0, p25 = 0, p50 = 0, p75 = 0, p90 = 0;
};
struct Cohort {
    std::string tier;
    std::string role;
    std::string patch;
    std::int64_t games = 0;
    std::map<std::string, CohortQuantiles> metrics; // a metric the server does not track is absent
};

// The percentile of a value among a cohort known by its quantiles (METRICS.md, "Rank benchmarks"): linear between
// the quantiles 10, 25, 50, 75 and 90; 10 at or below p10, 90 at or above p90.
double percentileAmong(const CohortQuantiles& q, double value);

// A lobby benchmark's rows of `role` compared with the cohort instead: population = the cohort's games, its
// quartiles, the percentile by percentileAmong, source "TIER" (e.g. "GOLD"); a metric it lacks has no values.
void compareWithCohort(Benchmark& benchmark, const std::string& role, const Cohort& cohort);

} // namespace herald::analytics
