// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Riot API answers other than match and timeline payloads (those go to models/ingest), parsed and checked.
#pragma once

#include "common/result.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace herald::sync::riot {

struct AccountDto {
    std::string puuid;
    std::string gameName;
    std::string tagLine;
};

struct SummonerDto {
    std::string puuid;
    int profileIconId = 0;
    std::int64_t revisionDate = 0;
    int summonerLevel = 0;
};

struct LeagueEntryDto {
    std::string queueType; // RANKED_SOLO_5x5, RANKED_FLEX_SR, ...
    std::string tier;
    std::string rank;
    int leaguePoints = 0;
    int wins = 0;
    int losses = 0;
};

Result<AccountDto> parseAccount(std::string_view body);
Result<SummonerDto> parseSummoner(std::string_view body);
Result<std::vector<LeagueEntryDto>> parseLeagueEntries(std::string_view body);
Result<std::vector<std::string>> parseMatchIds(std::string_view body);

} // namespace herald::sync::riot
