// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The match page's data: the stored rows of one match (store::loadMatchDetail) and what only its raw payload
// keeps: each player's items, summoner spells, runes, multikills and damage taken. One match's payload is a few
// kilobytes of zstd: reading it when the page opens costs less than a column per item in every row.
#pragma once

#include "common/result.h"
#include "store/matchdetail.h"

#include <string>
#include <string_view>

namespace herald::store {
class Database;
}

namespace herald::ingest {

Result<store::MatchDetail> loadMatchPage(store::Database& db, const std::string& matchId);

// Fills the players' payload-only fields from a raw Match-V5 payload (by participantId); a payload that cannot
// be read leaves them at zero (the page then shows the stored rows only).
void addPayloadDetails(store::MatchDetail& detail, std::string_view rawPayload);

} // namespace herald::ingest
