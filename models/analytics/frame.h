// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ParticipationFrame: the counted participations of a set of players, loaded once (one primary-key range scan per
// player) into columns, so a dashboard's queries aggregate in memory instead of re-reading the same rows.
#pragma once

#include "analytics/compiler.h"
#include "analytics/query.h"
#include "common/result.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace herald::store {
class Database;
}

namespace herald::analytics {

// A participation's key among the loaded ones: a game has at most 16 players (Arena).
constexpr std::int64_t participationKey(std::int64_t matchRef, int participantId) {
    return matchRef * 64 + participantId;
}
constexpr std::int64_t matchRefOf(std::int64_t participation) {
    return participation / 64;
}

struct ParticipationFrame {
    // One entry per participation (complete games only; remakes flagged).
    std::vector<std::int64_t> participation; // participationKey(match_ref, participant_id)
    std::vector<std::int64_t> gameCreation;
    std::vector<std::int32_t> queueId;
    std::vector<std::int64_t> durationMs;
    std::vector<std::uint8_t> remake;
    std::vector<std::uint8_t> win;
    std::vector<std::int32_t> kills, deaths, assists, cs, visionScore, teamId;
    std::vector<std::int64_t> gold, damage;
    std::vector<std::uint8_t> firstBlood;
    std::vector<double> damageShare;       // damage / team damage, 0 when the team dealt none
    std::vector<double> killParticipation; // (kills + assists) / team kills, 0 when the team killed nobody
    std::vector<std::optional<std::int32_t>> goldDiff10, goldDiff15, csDiff10, csDiff15;
    // Dictionary-encoded text columns.
    std::vector<std::uint16_t> champion, patch, position, account;
    std::vector<std::int32_t> opponent; // -1: no lane opponent
    std::vector<std::string> champions, patches, positions, accounts, opponents;
    // The game's place in the player's history (METRICS.md): its game of the session, 1 to 5 (5 stands for 5+),
    // and the run of results before it, 0 for none, 1 to 3 wins or -1 to -3 losses (3 stands for 3+).
    std::vector<std::uint8_t> sessionGame;
    std::vector<std::int8_t> streakBefore;

    // The other players of each game, loaded only when asked (withTeams: the equivalence tests hold the frame to the
    // SQL on teammate, with= and against=; the engine runs those as SQL, over the participants_by_team index,
    // which is about three times faster than loading every name): participation i's
    // teammates are mates[mateStart[i] .. mateStart[i + 1]), the players of other teams foes[foeStart[i] ..
    // foeStart[i + 1]), each an index into riotIds (METRICS.md's Riot ID).
    bool hasTeams = false;
    std::vector<std::uint32_t> mateStart, mates, foeStart, foes;
    std::vector<std::string> riotIds;

    // Builds (METRICS.md, "Builds"), loaded only when asked, each part on its own (builds: what the frame's queries
    // read, buildDataOf): BuildData::Columns, each participation's keystone, trees, spells, trinket, first item and
    // skill order as an index into buildNames (the text the SQL gives, "unknown" and "none" included);
    // BuildData::Lists, its items and augments as lists: items[itemStart[i] .. itemStart[i + 1]), likewise augments.
    BuildData builds = BuildData::None;
    std::vector<std::uint32_t> keystone, primaryTree, secondaryTree, spells, trinket, firstItem, skillOrder;
    std::vector<std::uint32_t> itemStart, items, augmentStart, augments;
    std::vector<std::string> buildNames;

    // Loaded from a time on (loadFrame's `from`): every participation of the players whose game_creation is at or
    // after it is here, and before it only the few games that place the first of those in their history. Queries
    // whose period starts at or after `from` (and no `last` without a period) may use the frame; nullopt: every
    // participation.
    std::optional<std::int64_t> from;
    std::size_t size() const { return gameCreation.size(); }
    // Whether this frame holds every participation a query with that period start can select.
    bool covers(std::optional<std::int64_t> since) const { return !from || (since && *since >= *from); }
};

// from: only the participations of games created at or after it (and the 16 counted games before it, so the
// first ones get their session_game and streak_before as over the whole history); nullopt: all of them.
Result<std::shared_ptr<const ParticipationFrame>> loadFrame(store::Database& db, const std::vector<std::string>& puuids,
                                                            bool withTeams = false, BuildData builds = BuildData::None,
                                                            std::optional<std::int64_t> from = std::nullopt);

// The participations (frame rows, in frame order) a validated query selects: its period, remakes or not, filters,
// then its last N; what evaluate() groups. A filter value that should be a number and is not: a Validation error.
Result<std::vector<std::size_t>> selectParticipations(const ParticipationFrame& frame, const Query& query,
                                                      const CompiledQuery& compiled);

// Evaluates a validated participation query (not lp, not a rollup) on the frame, with the same semantics as the
// SQL the compiler writes: scope, filters, groups, metric definitions, nulls, HAVING, ORDER BY ... NULLS LAST, LIMIT.
Result<ResultTable> evaluate(const ParticipationFrame& frame, const Query& query, const CompiledQuery& compiled);

} // namespace herald::analytics
