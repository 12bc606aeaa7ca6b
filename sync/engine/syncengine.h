// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// SyncEngine: one account's Riot history into the store (ARCHITECTURE §4). Resolve the Riot ID, snapshot the
// profile and ranks, page match ids newest first until the first stored one, queue the unknown ids in
// sync_queue, fetch match + timeline with bounded concurrency and ingest each in one transaction that also
// takes it off the queue. Killed at any moment, the next sync resumes from the queue.
// Runs on the calling thread (the CLI's main thread, a worker thread in the GUI); cancel() from any thread.
#pragma once

#include "common/result.h"
#include "riot/riotclient.h"
#include "riot/routing.h"
#include "store/accounts.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace herald::store {
class Store;
}

namespace herald::sync {

struct SyncOptions {
    bool full = false;     // page the whole history, not only up to the first stored match
    int maxMatches = 0;    // fetch at most this many matches this time (0: no cap)
    bool timelines = true; // fetch each match's timeline too
    int concurrency = 8;   // requests in flight at once
};

enum class SyncPhase { Resolving, Profile, Listing, Fetching, Finished };
const char* syncPhaseName(SyncPhase phase);

struct SyncProgress {
    std::string account; // Name#TAG
    SyncPhase phase = SyncPhase::Resolving;
    int done = 0;
    int total = 0;                                                     // 0 while unknown
    double etaSeconds = -1;                                            // -1 while unknown
    std::optional<std::chrono::system_clock::time_point> waitingUntil; // held back by a rate limit
};

// A step or a match that failed while the sync went on.
struct SyncIssue {
    enum class Step { Profile, Ranks, Listing, Match };
    Step step = Step::Match;
    std::string matchId; // Step::Match
    Error error;
    // "ranks: ...", "EUW1_1: match: the Riot API answered HTTP 500 ..." (the command line's line).
    std::string text() const;
};

struct SyncSummary {
    std::string account;
    int listed = 0;     // unknown ids found this time
    int newMatches = 0; // matches stored
    int timelines = 0;  // timelines stored with them
    int missing = 0;    // ids Riot no longer serves (404): dropped from the queue
    int failed = 0;     // matches left in the queue for the next sync
    int queued = 0;     // ids still in the queue at the end
    riot::RiotStats requests;
    double seconds = 0;
    bool cancelled = false;
    std::vector<SyncIssue> errors; // one per failed match or step
};

// The value kept in accounts.resolved_by for a key: a fingerprint, never the key.
std::string keyFingerprint(const std::string& apiKey);
// Who resolves PUUIDs with this configuration: the key's fingerprint, or "relay" for the Herald relay (a PUUID
// resolved through the relay is used only with it).
std::string resolverOf(const riot::RiotConfig& config);

// Where Riot's API is asked: HERALD_RIOT_BASE_URL, else Riot's own hosts (empty). Only the environment redirects
// the key (a store may come from someone else: its settings never do), and never in clear to another machine:
// checkBaseUrl (http/baseurl.h) with Secrets::Sent decides, on the URL as libcurl parses it; the URL returned is
// curl's normalised form.
Result<std::string> riotBaseUrl();

class SyncEngine {
public:
    SyncEngine(store::Store& store, riot::RiotConfig config);
    ~SyncEngine();

    // Called on the syncing thread, at most every `interval` (and at each phase change and the end).
    void setProgressCallback(std::function<void(const SyncProgress&)> callback,
                             std::chrono::milliseconds interval = std::chrono::milliseconds(200));

    // Looks the Riot ID up on the platform's region and follows the account (the first becomes current).
    Result<store::AccountRow> addAccount(const riot::RiotId& id, const riot::Platform& platform);
    Result<SyncSummary> sync(const std::string& puuid, const SyncOptions& options);
    // Thread-safe; the running sync stops within a second, keeping what it stored and its queue.
    void cancel() { m_cancel.store(true); }

private:
    struct Run;
    class MatchFetcher;
    riot::RiotResult call(const riot::Endpoint& endpoint, riot::RiotClient& client);

    store::Store& m_store;
    riot::RiotConfig m_config;
    std::function<void(const SyncProgress&)> m_progress;
    std::chrono::milliseconds m_progressInterval{200};
    std::atomic<bool> m_cancel{false};
};

} // namespace herald::sync
