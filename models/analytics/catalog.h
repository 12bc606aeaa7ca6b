// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The whitelist of metrics and dimensions (docs/METRICS.md). Queries name entries of this catalog; only the
// SQL written here ever reaches the database, user text never does.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace herald::analytics {

enum class ValueType { Integer, Real, Text };

// What a metric's number is: how it reads (formatting) and how a change of it reads (a comparison's colour).
enum class Unit {
    Count,           // games: a whole number
    Rate,            // a share from 0 to 1, shown in percent; a change in percentage points
    Number,          // a mean or a ratio of small quantities (KDA, kills per game): two decimals
    PerMinute,       // CS or vision per minute: two decimals
    GoldPerMinute,   // whole gold
    DamagePerMinute, // whole damage
    Minutes,         // a length of game
    GoldDifference,  // whole gold, signed (+120)
    CsDifference,    // signed (+1.25)
    LeaguePoints,    // whole LP
};
enum class Direction { HigherIsBetter, LowerIsBetter, Neither };

struct MetricDef {
    std::string_view name;
    std::string_view sql; // aggregate over the participations `p` of a group
    ValueType type;
    Unit unit;
    Direction direction;
    std::string_view summary;        // the definition, shown as help in the UI and the CLI
    std::string_view rollupSql = {}; // the same over champion_performance rows `p`; empty: not additive
};

std::string_view unitName(Unit unit);        // "count", "rate", ... (the CLI's list and METRICS.md)
std::string_view directionName(Direction d); // "higher is better", "lower is better", "neither"

// Teammate dimensions read the other players of the game (`t`, joined on the player's team). History dimensions
// (session_game, streak_before) place a game in the player's whole history: the compiler reads them from the CTE
// of store::playerHistorySql, the frame computes them when it loads. Build dimensions read participant_builds
// (one value per participation); item lists (item, augment) join participant_items, a game counting once for each
// of its values. Both run as SQL.
enum class DimensionKind { Participation, Time, Teammate, History, Build, ItemList };

struct DimensionDef {
    std::string_view name;
    std::string_view sql; // over a participation row `p`; time dimensions use `$L` for local ms since epoch
    ValueType type;
    DimensionKind kind;
    std::string_view summary;
    // ItemList: the joined table with its alias, and how its rows belong to the participation `p`.
    std::string_view joinTable = {};
    std::string_view joinOn = {};
    // The build_names kind its values name (gamedata::kItemName: items, which have icons), 0 for none.
    int names = 0;
};

const std::vector<MetricDef>& metrics();
const std::vector<DimensionDef>& dimensions();

// The role of a participation without a position: "ARAM" (queues 100, 450, 720, 2400), "ARENA" (1700, 1710,
// 1750), "SWARM" (1810 to 1840): modes without lanes; "NONE" for any other game (a Rift game Riot gave no
// position). Both executors use it; the SQL expression of the role dimension says the same.
std::string_view lanelessRole(int queueId);
const MetricDef* findMetric(std::string_view name);
const DimensionDef* findDimension(std::string_view name);

// Filters that are not dimensions: since, until, last (the time range), with and against (players in the game).
bool isSpecialFilter(std::string_view name);
// with / against: a player on the player's team / on another team, by Riot ID.
bool isTeamFilter(std::string_view name);

// "games, wins, ..." for error messages that list the valid names.
std::string metricNames();
std::string dimensionNames();
// The names a filter takes: the dimensions (not teammate), since, until, last, with, against.
std::string filterNames();

} // namespace herald::analytics
