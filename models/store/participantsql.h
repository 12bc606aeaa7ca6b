// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// SQL expressions over a match_participants row, defined once for every module that needs them (derivation,
// analytics, exports): `alias` names the row in the caller's query.
#pragma once

#include <string>
#include <string_view>

namespace herald::store {

// The team a participant plays for: its Arena sub-team (playerSubteamId) when it has one, else its team.
std::string teamKeySql(std::string_view alias);

// A participant's Riot ID as docs/METRICS.md defines it: "gameName#tagLine", or the summoner name of payloads
// from before Riot IDs.
std::string riotIdSql(std::string_view alias);

} // namespace herald::store
