// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Riot API routing: platform values (euw1, kr, ...) for summoner-v4 / league-v4, regional values (americas,
// europe, asia, sea) for account-v1 / match-v5, the URL of a request, and Riot IDs.
#pragma once

#include "common/result.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace herald::sync::riot {

struct Platform {
    std::string_view id;            // euw1
    std::string_view matchRegion;   // match-v5 routing: europe
    std::string_view accountRegion; // account-v1 routing (no sea cluster): europe
    std::string_view label;         // Europe West
};

const std::vector<Platform>& platforms();
// Case-insensitive ("EUW1" works). Null for an unknown value.
const Platform* findPlatform(std::string_view id);
// "EUW1_6852390800" -> euw1's entry. Null when the prefix is no known platform.
const Platform* platformOfMatch(std::string_view matchId);
// "euw1, eun1, ..." for error messages.
std::string platformList();

// https://{route}.api.riotgames.com{path}, or {base}/{route}{path} when base is not empty.
std::string riotUrl(std::string_view base, std::string_view route, std::string_view path);
// Percent-encodes a path segment or query value (UTF-8 bytes; unreserved characters stay).
std::string urlEncode(std::string_view text);

struct RiotId {
    std::string gameName;
    std::string tagLine;
    std::string text() const { return gameName + "#" + tagLine; }
};

// "Name#TAG": split at the last '#', spaces around both parts trimmed. Loose on purpose: spaces inside the
// name, letters of any script, names of 1 to 16 characters (older names can be short), tags of 2 to 5
// letters or digits (legacy region tags like NA1 or EUW fit). A precise Validation error otherwise.
Result<RiotId> parseRiotId(std::string_view text);

} // namespace herald::sync::riot
