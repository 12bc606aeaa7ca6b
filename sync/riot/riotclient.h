// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// RiotClient: Riot API requests through the rate limiter and the HTTP client. Requests wait in order until
// their limiters allow them, at most maxConcurrent run at once, 429s / 5xx / dropped connections are retried
// a bounded number of times (Retry-After obeyed on the limiter X-Rate-Limit-Type names, exponential backoff
// otherwise). Callbacks run on the network thread: keep them short.
#pragma once

#include "riot/routing.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace herald::sync::riot {

struct RiotConfig {
    std::string apiKey; // sent as X-Riot-Token, nowhere else
    // The Herald relay instead of a key: sent as "Authorization: Bearer", with baseUrl {server}/api/v1/riot.
    std::string bearerToken;
    // The relay's access tokens expire (HERALD-API.md): on "401 token_expired" a request asks this for a token
    // and goes once more. Called on the network thread, one call at a time, with the token that was refused; it
    // returns the token to use (renewed by the Herald client). Unset: a 401 ends the request.
    std::function<Result<std::string>(const std::string& refused)> renewBearer;
    std::string baseUrl; // empty: https://{route}.api.riotgames.com
    int maxConcurrent = 8;
    int maxRetries = 4; // per request, for 5xx and transport failures
    int maxRateLimitRetries = 6;
    std::chrono::milliseconds timeout{20'000};
    std::chrono::milliseconds backoffBase{500};
};

struct RiotError {
    enum class Kind { Network, Timeout, Http, RateLimited, Unauthorized, NotFound, Parse, Cancelled };
    Kind kind = Kind::Network;
    long status = 0;
    std::string message;
};

struct RiotResult {
    std::optional<RiotError> error; // empty: success
    std::string body;
    bool ok() const { return !error.has_value(); }
};

struct Endpoint {
    std::string route;  // routing value: euw1, europe, ...
    std::string method; // limiter name: match-v5.getMatch, ...
    std::string path;   // /lol/match/v5/matches/EUW1_1 (with its query)
};

struct MatchIdsQuery {
    int start = 0;
    int count = 100;                       // Riot allows 0..100
    std::optional<std::int64_t> startTime; // epoch seconds
    std::optional<std::int64_t> endTime;
    std::optional<int> queue;
    std::string type; // ranked, normal, tourney, tutorial; empty: all
};

Endpoint accountByRiotId(const Platform& platform, const RiotId& id);
Endpoint accountByPuuid(const Platform& platform, const std::string& puuid);
Endpoint summonerByPuuid(const Platform& platform, const std::string& puuid);
Endpoint leagueEntriesByPuuid(const Platform& platform, const std::string& puuid);
Endpoint matchIdsByPuuid(const Platform& platform, const std::string& puuid, const MatchIdsQuery& query);
// The route comes from the id's platform prefix; fallback serves ids without a known prefix.
Endpoint matchById(const std::string& matchId, const Platform& fallback);
Endpoint timelineById(const std::string& matchId, const Platform& fallback);

struct RiotStats {
    std::uint64_t requests = 0;    // sent over the wire, retries included
    std::uint64_t retries = 0;     // of those, repeats after a 429, 5xx or dropped connection
    std::uint64_t rateLimited = 0; // 429 answers received
    std::int64_t waitedMs = 0;     // time requests were held back by limits, Retry-After or backoff
    int peakInFlight = 0;
};

class RiotClient {
public:
    using Callback = std::function<void(RiotResult)>;

    explicit RiotClient(RiotConfig config);
    RiotClient(const RiotClient&) = delete;
    RiotClient& operator=(const RiotClient&) = delete;
    ~RiotClient();

    void get(Endpoint endpoint, Callback done);
    // Everything queued or running ends with RiotError::Cancelled, soon.
    void cancelAll();

    RiotStats stats() const;
    // When requests are held back by a limit: the time the next one may go.
    std::optional<std::chrono::system_clock::time_point> waitingUntil() const;
    const RiotConfig& config() const { return m_config; }

private:
    struct Impl;
    RiotConfig m_config;
    std::unique_ptr<Impl> m_impl;
};

} // namespace herald::sync::riot
