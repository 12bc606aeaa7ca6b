// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sync's own tables: sync_queue (match ids listed and not fetched yet) and sync_state (each account's last
// sync). Writes run inside writer jobs and throw StoreError like every writer-side store function; reads return
// Result values.
#pragma once

#include "common/result.h"

#include <cstdint>
#include <string>
#include <vector>

namespace herald::store {

class Database;

struct QueuedMatch {
    std::string matchId;
    std::string route; // regional routing value that serves it
};

// Whether the match is stored, or listed in the queue (by any account).
Result<bool> isMatchStored(Database& db, const std::string& matchId);
Result<bool> isMatchQueued(Database& db, const std::string& matchId);
Result<int> countQueuedMatches(Database& db, const std::string& puuid);
// The account's queued match ids, newest first (ids grow with time on a platform); limit 0: all of them.
Result<std::vector<std::string>> queuedMatchIds(Database& db, const std::string& puuid, int limit);

// Writer side.
void enqueueMatches(Database& db, const std::string& puuid, const std::vector<QueuedMatch>& matches,
                    std::int64_t nowMs);
// The match left the queue: stored, or gone from Riot's servers.
void dequeueMatch(Database& db, const std::string& matchId);
// Another failed attempt: it stays for the next sync, with the reason.
void noteFailedAttempt(Database& db, const std::string& matchId, const std::string& error);

struct SyncFigures {
    int newMatches = 0;
    std::int64_t requests = 0;
    std::int64_t retries = 0;
    std::int64_t waitedMs = 0;
    int failed = 0;
    std::string lastError;
};

void beginSyncState(Database& db, const std::string& puuid, std::int64_t startedAtMs);
void markFullBackfill(Database& db, const std::string& puuid);
// Records the figures of the sync that just ended and the account's last sync time.
void finishSyncState(Database& db, const std::string& puuid, const SyncFigures& figures, std::int64_t finishedAtMs);

} // namespace herald::store
