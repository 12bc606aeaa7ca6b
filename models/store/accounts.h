// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Followed accounts (accounts table) and what the sync keeps about them: profile, last sync figures, queue.
#pragma once

#include "common/result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace herald::store {

class Database;

struct AccountRow {
    std::string puuid;
    std::string gameName;
    std::string tagLine;
    std::string platform;   // euw1
    std::string region;     // europe (match-v5 routing)
    std::string resolvedBy; // the stored form: the fingerprint of the key that resolved the puuid, or a source name
    std::int64_t addedAt = 0;
    std::optional<std::int64_t> lastSyncAt;

    // Where the account comes from, which says how (and whether) a sync fetches its matches.
    enum class Source {
        Riot,  // resolved with the player's own API key (resolvedBy holds the key's fingerprint)
        Relay, // through the Herald server's relay: synced signed in, no key
        Demo,  // the demo history
        Local, // a player of imported matches, never synced
    };
    Source source() const;
    static std::string_view sourceName(Source source); // "riot", "relay", "demo", "local" (the CLI's list)

    std::string riotId() const { return gameName + "#" + tagLine; }
    bool viaRelay() const { return source() == Source::Relay; }
    // Whether a sync fetches the account's matches (not the demo, not a local account).
    bool syncable() const { return source() == Source::Riot || source() == Source::Relay; }

    static constexpr const char* kDemoSource = "demo";
    static constexpr const char* kLocalSource = "local";
    static constexpr const char* kRelaySource = "relay";
};

// A player of the stored matches, by Riot ID, with the platform and spelling of their newest game.
struct PlayerSeen {
    std::string puuid;
    std::string gameName;
    std::string tagLine;
    std::string platform; // as the match id says it: EUW1
    std::int64_t games = 0;

    std::string riotId() const { return gameName + "#" + tagLine; }
};

struct AccountSummary {
    AccountRow account;
    std::int64_t matches = 0; // stored matches the account played
    std::int64_t queued = 0;  // ids found and not fetched yet
    std::optional<int> summonerLevel;
    std::optional<int> profileIconId;
    std::vector<std::string> ranks; // "RANKED_SOLO_5x5 GOLD II 54 LP", latest snapshot per queue
    // The last sync (sync_state), when there was one.
    std::optional<std::int64_t> lastSyncFinishedAt;
    std::int64_t lastNewMatches = 0;
    std::int64_t lastRequests = 0;
    std::string lastError;
};

// Reads return Result values; the writes below run inside writer jobs and throw StoreError there.
Result<std::vector<AccountRow>> listAccounts(Database& db);
Result<std::vector<AccountSummary>> summarizeAccounts(Database& db);
Result<std::optional<AccountRow>> findAccount(Database& db, const std::string& puuid);
// Riot IDs compare without regard to case (ASCII), as Riot's lookup does.
Result<std::optional<AccountRow>> findAccountByRiotId(Database& db, const std::string& gameName,
                                                      const std::string& tagLine);

// The players of the stored matches who have a Riot ID, for "which player are you?": the players of imported or
// synced matches, most games first, then the demo player; the demo's made-up players (seen only in the matches the
// demo account played) are left out. search narrows to the Riot IDs that contain it (any case).
Result<std::vector<PlayerSeen>> playersSeen(Database& db, const std::string& search, int limit);
// The newest stored match's row id (0 for none). Rows stored later have larger ids (imports compare before/after).
Result<std::int64_t> newestMatchRef(Database& db);
// Whether a match stored after that row id names a followed account other than the demo: false when an import
// brought only players no account follows (then the app asks which player is you).
Result<bool> followedInMatchesAfter(Database& db, std::int64_t matchRef);
// The puuid behind a Riot ID (any case): a followed account's, else the stored player's (stats, matches).
Result<std::optional<std::string>> findPuuidByRiotId(Database& db, const std::string& gameName,
                                                     const std::string& tagLine);
// The stored player with that Riot ID (any case), if any.
Result<std::optional<PlayerSeen>> findPlayerSeen(Database& db, const std::string& gameName, const std::string& tagLine);

// Inserts the account, or updates its names, platform and resolver when the puuid is followed already.
void saveAccount(Database& db, const AccountRow& account);
// The same puuid resolved again, under another key (its fingerprint) or the relay.
void setAccountResolver(Database& db, const std::string& puuid, const std::string& resolvedBy);
// The same player resolved again under another key: its puuid changes everywhere the sync keeps it.
void renameAccountPuuid(Database& db, const std::string& oldPuuid, const std::string& newPuuid,
                        const std::string& resolvedBy);
// Stops following the account: its profile, sync state, queue and rollups go; matches and rank history stay.
void removeAccount(Database& db, const std::string& puuid);

} // namespace herald::store
