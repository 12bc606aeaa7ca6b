// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Local accounts: a player of imported matches, followed without a Riot API key. Nothing syncs it; the history,
// the dashboards and the statistics use it like any account.
#pragma once

#include "common/result.h"
#include "store/accounts.h"

#include <string>

namespace herald::store {
class StoreWriter;
}

namespace herald::ingest {

// Saves a followed account (inserted, or updated under the same puuid), makes it the current one unless a real
// account already is (the demo gives way), and counts the matches stored before it in its rollups. A writer job,
// inside the caller's transaction: the Riot sync and local accounts follow accounts through it.
void adoptFollowedAccount(store::Database& db, const store::AccountRow& account);

// Follows the stored player with that Riot ID (any case) as a local account, under the spelling and platform of
// their newest game, and shows it when the app shows no real account yet. A Validation error names the problem
// when no stored match has that player. An account followed already keeps its source (a Riot account stays one).
// The first form is the writer job (throws StoreError), the second submits it and waits.
Result<store::AccountRow> followLocalPlayer(store::Database& db, const std::string& gameName,
                                            const std::string& tagLine);
Result<store::AccountRow> followLocalPlayer(store::StoreWriter& writer, const std::string& gameName,
                                            const std::string& tagLine);

} // namespace herald::ingest
