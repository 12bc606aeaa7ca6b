// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// SQL expressions over a match_participants row, defined once for every module that needs them (derivation,
// analytics, exports): `alias` names the row in the caller's query.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace herald::store {

// The team a participant plays for: its Arena sub-team (playerSubteamId) when it has one, else its team.
std::string teamKeySql(std::string_view alias);

// A participant's Riot ID as docs/METRICS.md defines it: "gameName#tagLine", or the summoner name of payloads
// from before Riot IDs.
std::string riotIdSql(std::string_view alias);

// A game starts a new session when it starts more than this long after the player's previous game ended.
constexpr std::int64_t kSessionGapMs = 30 * 60 * 1000;

// The games of the players `where` selects (a condition on `p`, e.g. "p.puuid = ?1"), as docs/METRICS.md orders
// a player's history: complete games (remakes included) by started_at, then match id. Every column of
// match_participants, plus session_game ('1' to '4', '5+') and streak_before ('W1', 'W2', 'W3+', 'L1', 'L2',
// 'L3+', 'none'); helper columns start with h_. A SELECT, for a CTE.
std::string playerHistorySql(std::string_view where);

} // namespace herald::store
