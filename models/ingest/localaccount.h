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

// Follows the stored player with that Riot ID (any case) as a local account, under the spelling and platform of
// their newest game, and shows it when the app shows no real account yet. A Validation error names the problem
// when no stored match has that player. An account followed already keeps its source (a Riot account stays one).
Result<store::AccountRow> followLocalPlayer(store::StoreWriter& writer, const std::string& gameName,
                                            const std::string& tagLine);

} // namespace herald::ingest
