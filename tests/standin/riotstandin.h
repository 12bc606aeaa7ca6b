// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// RiotStandin: a loopback stand-in of the Riot API for tests and benchmarks (cpp-httplib). It serves recorded
// payloads under the real paths ({base}/{route}{path}, as HERALD_RIOT_BASE_URL gives them), checks the
// X-Riot-Token header, announces its limits in the real X-App-Rate-Limit / X-Method-Rate-Limit headers with
// their -Count headers, enforces them in sliding windows (429 with X-Rate-Limit-Type, with or without
// Retry-After), adds latency, and injects faults on demand: 500, 503, 429, a stall past the client's timeout,
// a body cut in half, invalid JSON, a dropped connection.
#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace herald::standin {

struct StandinOptions {
    std::string apiKey = "RGAPI-00000000-test-key-not-real-000000000000";
    std::string appLimits = "20:1,100:120"; // announced and enforced; "" announces none
    std::string methodLimits = "2000:10";   // the same for every method
    bool retryAfter = true;                 // send Retry-After on the 429s of exceeded limits
    std::chrono::milliseconds latency{0};   // added before each answer
    int threads = 32;
};

enum class Fault { Status500, Status503, Status429, Status429NoRetryAfter, Stall, CutBody, InvalidJson, Drop };

struct StandinStats {
    std::uint64_t requests = 0;
    std::uint64_t overLimit429 = 0; // 429s because an announced limit was exceeded
    std::uint64_t injected = 0;     // faults served
    std::uint64_t badKey = 0;       // requests without the right X-Riot-Token (answered 401/403)
    std::uint64_t keyInQuery = 0;   // requests that carried api_key in the query string
    int peakConcurrent = 0;
    std::uint64_t gameDataRequests = 0;     // Data Dragon and static constants
    std::uint64_t keySentToGameData = 0;    // of those, requests that carried X-Riot-Token (must stay 0)
    std::map<std::string, int> byMethod;    // method name -> requests answered 200
    std::map<std::string, int> matchServed; // match id -> times its match payload was served (200)
    std::vector<double> answeredAt;         // seconds since start of each 200 answer, in order
};

class RiotStandin {
public:
    explicit RiotStandin(StandinOptions options = {});
    ~RiotStandin();
    RiotStandin(const RiotStandin&) = delete;
    RiotStandin& operator=(const RiotStandin&) = delete;

    std::string baseUrl() const; // http://127.0.0.1:PORT
    // Data Dragon at {baseUrl}/ddragon and Riot's static constants at {baseUrl}/static.
    std::string ddragonBaseUrl() const { return baseUrl() + "/ddragon"; }
    std::string staticBaseUrl() const { return baseUrl() + "/static"; }

    void addAccount(const std::string& gameName, const std::string& tagLine, const std::string& puuid);
    void setSummoner(const std::string& puuid, std::string body);
    void setLeagueEntries(const std::string& puuid, std::string body);
    // The player's history, newest first; each id needs a match payload (timeline optional: 404 otherwise).
    void setHistory(const std::string& puuid, std::vector<std::string> idsNewestFirst);
    void addMatch(const std::string& matchId, std::string match, std::string timeline = {});
    // The next `times` requests whose path contains `pathPart` get the fault (in order of injection).
    void injectFault(const std::string& pathPart, Fault fault, int times = 1);
    void clearFaults();
    // n new games at the head of the player's history, copies of its newest match under new ids (the ids and
    // game ids are all that change). Returns the new ids, newest first.
    std::vector<std::string> addNewerMatches(const std::string& puuid, int n);
    void setLatency(std::chrono::milliseconds latency);
    void setAppLimits(const std::string& limits);

    StandinStats stats() const;

    // Fills the stand-in with the demo history (deterministic, real payloads): `matches` matches for Demo#HRLD
    // on euw1, timelines on that share of them. Returns the ids, newest first.
    std::vector<std::string> loadDemoHistory(int matches, std::uint64_t seed = 1, double timelineShare = 0.75);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace herald::standin
