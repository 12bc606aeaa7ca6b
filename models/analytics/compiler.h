// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Query -> parameterised SQL over the catalog. Validation explains itself and lists the valid names.
#pragma once

#include "analytics/query.h"
#include "analytics/timezone.h"
#include "common/result.h"

#include <cstdint>
#include <map>
#include <string_view>

namespace herald::store {
class Database;
class Statement;
} // namespace herald::store

namespace herald::analytics {

using Param = std::variant<std::int64_t, double, std::string>;

struct CompiledQuery {
    std::string sql;
    std::vector<Param> params;
    std::vector<Column> columns;
    bool usesRollup = false; // answered from champion_performance
    // The resolved time scope, for executors that do not run the SQL (the in-memory frame).
    std::optional<std::int64_t> since;
    std::optional<std::int64_t> until;
    std::optional<std::int64_t> last;
    std::vector<OffsetSegment> offsets; // the time zone's offsets; empty when no local time is needed
};

// since=all (or until=all): no bound on that side.
inline constexpr std::string_view kAllTime = "all";

// Reads only what it needs to plan (the data's time range, which players are followed). nowMs resolves
// relative dates (-90d).
Result<CompiledQuery> compile(store::Database& db, const Query& query, std::int64_t nowMs);

// The participations (match_ref, participant_id) that a query's players, time scope and filters select, newest
// first; metrics, groups and order are ignored. everyGame: aborted games and remakes too (exports), else the
// analytics scope (complete games, remakes only with includeRemakes).
Result<CompiledQuery> compileSelection(store::Database& db, const Query& query, std::int64_t nowMs, bool everyGame);

// Binds a compiled query's parameters to ?1, ?2, ... of a statement that runs its SQL (or embeds it first).
void bindParams(store::Statement& statement, const std::vector<Param>& params);

// Whether a query reads the other players of the games (the teammate dimension, with=, against=).
bool needsTeams(const Query& query);
// The values of one-per-participation dimensions (the participation's own and the build ones, not time, history or
// list dimensions) for every participant of a stored match, by participant id, as a query groups them: what the
// match page links to a dashboard filtered on. A Validation error for another kind of dimension.
Result<std::map<int, std::vector<std::string>>> dimensionValuesOfMatch(store::Database& db, const std::string& matchId,
                                                                       const std::vector<std::string>& dimensions);

// The build data a query groups or filters by (docs/METRICS.md, "Builds"): the one-per-participation columns of
// participant_builds (keystone, trees, spells, trinket, first item, skill order), the item and augment lists of
// participant_items, or both. A frame loads only what its queries read: a keystone query reads no items.
enum class BuildData : std::uint8_t { None = 0, Columns = 1, Lists = 2, Both = 3 };
BuildData buildDataOf(const Query& query);
constexpr BuildData operator|(BuildData a, BuildData b) {
    return static_cast<BuildData>(static_cast<std::uint8_t>(a) | static_cast<std::uint8_t>(b));
}
// Whether `loaded` holds all of `needed`.
constexpr bool holds(BuildData loaded, BuildData needed) {
    return (static_cast<std::uint8_t>(loaded) & static_cast<std::uint8_t>(needed)) == static_cast<std::uint8_t>(needed);
}

// Checks names and shapes only (no database): what template validation and the CLI use before running.
Status validate(const Query& query);

// One filter's name and values, read exactly as compile() reads them (since/until: -Nd, -Nw, YYYY-MM-DD or all; last:
// a number of games; a numeric dimension: numbers; with/against: Riot IDs): validate() and template validation
// call this, so a filter that validates also runs.
// rankHistory: the query reads the LP history (metric lp), whose queue filter takes queue names.
Status checkFilter(const std::string& name, const std::vector<std::string>& values, bool rankHistory = false);

} // namespace herald::analytics
