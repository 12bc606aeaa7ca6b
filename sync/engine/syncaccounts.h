// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// "Sync every account", once for the CLI and the app: game data first (names, from Data Dragon, else the Herald
// server's mirror of the champions), then each account through its engine (the player's key or the relay, the
// server's LP history merged for a relay account), then the icons of the champions the games use. The callers
// choose the accounts, build the configurations and say the outcome in their own words.
#pragma once

#include "common/result.h"
#include "engine/datadragon.h"
#include "engine/syncengine.h"
#include "store/accounts.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace herald::store {
class Store;
}

namespace herald::sync {

class HttpClient;

struct SyncAccountsSetup {
    std::optional<riot::RiotConfig> ownKey; // for accounts resolved with the player's key
    std::optional<riot::RiotConfig> relay;  // for relay accounts (nullopt: signed out, they are not synced)
    SyncOptions options;
    bool gameData = true; // refresh Data Dragon's names before and fetch icons after
    // Signed in to the Herald server (else empty): the LP history of a relay account, and the champions of the
    // server's mirror when Data Dragon is out of reach ("up to date" or "version 15.22.1").
    std::function<Result<int>(const std::string& puuid)> mergeRanking;
    std::function<Result<std::string>()> championsFromServer;
    std::function<void(const SyncProgress&)> progress;
    // The engine at work (nullptr once it is done), so that another thread can cancel it.
    std::function<void(SyncEngine*)> running;
    // Asked between accounts: true stops before the next one.
    std::function<bool()> stopRequested;
};

struct AccountOutcome {
    store::AccountRow account;
    Result<SyncSummary> summary;        // or why the account could not be synced
    std::optional<Result<int>> ranking; // a relay account synced: LP snapshots merged, or why not
};

struct SyncAccountsReport {
    std::optional<DataDragonReport> gameData; // refreshed (icons fetched when iconsError is empty)
    std::optional<Error> gameDataError;       // Data Dragon out of reach: the bundled snapshot serves
    std::string mirroredChampions;            // the server's mirror served instead (its answer)
    std::optional<Error> iconsError;          // names are there; icons next time
    std::vector<AccountOutcome> accounts;
    bool cancelled = false;
};

// Runs on the calling thread; no exception escapes from the engines (they report errors as values).
SyncAccountsReport syncAccounts(store::Store& store, const std::vector<store::AccountRow>& accounts,
                                const SyncAccountsSetup& setup);

} // namespace herald::sync
