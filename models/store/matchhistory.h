// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The match history read path shared by the CLI and the GUI: newest first, keyset-paged, one player or all.
#pragma once

#include "common/result.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace herald::store {

class Database;
class Statement;

struct MatchSummary {
    std::int64_t matchRef = 0;
    std::string matchId;
    std::int64_t gameCreation = 0; // ms since epoch
    int queueId = 0;
    std::string gameMode;
    std::int64_t durationSeconds = 0;
    bool isRemake = false;
    std::optional<std::string> endResult;
    int participantCount = 0;
    // The player's side of the match; absent when no followed player took part.
    bool hasPlayer = false;
    std::string puuid;
    std::string championName;
    std::string position;
    bool win = false;
    int kills = 0;
    int deaths = 0;
    int assists = 0;
    int cs = 0;
    std::optional<int> placement; // Arena: the player's duo ranked 1st to 8th

    // "Win", "Loss", "Remake", "Aborted" (endOfGameResult other than GameComplete), or "" without a player.
    std::string resultLabel() const;
    // Riot's stub for an aborted game says nothing of its queue (queueId 0 would read "Custom games").
    bool queueUnknown() const { return participantCount == 0 && queueId == 0; }
    // Creep score per minute; 0 for a zero-length game.
    double csPerMinute() const;
};

struct HistoryCursor {
    std::int64_t gameCreation = 0;
    std::int64_t matchRef = 0;
};

// Which results a history shows, as MatchSummary::resultLabel() names them: Win and Loss need the player's side
// and leave remade and aborted games out; Remake is a remade game.
enum class HistoryOutcome { Any, Win, Loss, Remake };

// The longest search text a history takes (SQLite refuses very long LIKE patterns; no name is this long).
inline constexpr std::size_t kMaxHistorySearch = 200;

struct HistoryFilter {
    // Players whose side is shown. Empty: every stored match, with the side of any followed account (accounts table).
    std::vector<std::string> puuids;
    std::string search;         // case-insensitive substring of champion name, match id, note or tags; empty: no filter
    std::optional<int> queueId; // only this queue
    HistoryOutcome outcome = HistoryOutcome::Any;
};

// "any", "win", "loss", "remake" (the CLI's --result words) -> outcome; nullopt for anything else.
std::optional<HistoryOutcome> parseHistoryOutcome(const std::string& word);

Result<std::vector<MatchSummary>> historyPage(Database& db, const HistoryFilter& filter,
                                              const std::optional<HistoryCursor>& after, int limit);
// The newest games among the participations a selection picks (SQL giving match_ref and participant_id, such as
// analytics::compileSelection's, with parameterCount numbered parameters that bindSelection binds), at most limit,
// each from the selected player's side: "Recent games" under the filter bar and the period.
Result<std::vector<MatchSummary>> newestSelected(Database& db, const std::string& selectionSql, int parameterCount,
                                                 const std::function<void(Statement&)>& bindSelection, int limit);
// When the players' latest game ended (ms since epoch; start plus duration), nullopt without games: a read of the
// newest end of each player's primary-key range.
Result<std::optional<std::int64_t>> latestGameEnd(Database& db, const std::vector<std::string>& puuids);
Result<std::int64_t> historyCount(Database& db, const HistoryFilter& filter);
// The SQL historyPage runs (for query-plan checks).
// The queues of the stored matches, most played first (matches_by_queue: no read of the matches themselves).
Result<std::vector<int>> storedQueues(Database& db);
// The champions (ids) of every participant of the stored games, for the icons worth fetching.
Result<std::vector<int>> championsInStoredGames(Database& db);

// What the filter bar offers for these players: the champions and patches of their games, sorted.
struct FilterChoices {
    std::vector<std::string> champions;
    std::vector<std::string> patches;
};
Result<FilterChoices> filterChoices(Database& db, const std::vector<std::string>& puuids);

std::string historyPageSql(const HistoryFilter& filter, bool withCursor);

} // namespace herald::store
