// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// HeraldStandin: a loopback stand-in of the Herald server (docs/HERALD-API.md) for tests (cpp-httplib). Sign-in
// with access tokens that expire on demand and refresh tokens that rotate; /me/accounts resolved through a
// RiotStandin; the Riot relay forwarding /riot/{route}{path} to that RiotStandin with the server's own key and
// returning its status, body and rate-limit headers unchanged; the LP history; templates with ETags and 412;
// settings with versions and 412; 429 / 503 with Retry-After on demand. Errors have the contract's shape.
#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace herald::standin {

class RiotStandin;

struct HeraldStats {
    std::uint64_t requests = 0;
    std::uint64_t relayed = 0;            // relay calls forwarded to Riot
    std::uint64_t refreshes = 0;          // successful /auth/refresh
    std::uint64_t expiredAnswers = 0;     // 401 token_expired sent
    std::uint64_t posts = 0;              // POST requests received (any path)
    std::uint64_t notModified = 0;        // 304 answers (an If-None-Match that still held)
    std::vector<std::string> paths;       // method and path of every request, in order
    std::vector<std::string> authHeaders; // every Authorization header received (the tests grep for leaks)
};

struct RankRow {
    std::string puuid;
    std::string queue;
    std::string tier;
    std::string rank;
    int lp = 0;
    int wins = 0;
    int losses = 0;
    std::string observedAt; // ISO 8601
};

class HeraldStandin {
public:
    // riot: the Riot API the relay and /me/accounts use (its key is the server's).
    HeraldStandin(RiotStandin& riot, std::string riotKey);
    ~HeraldStandin();
    HeraldStandin(const HeraldStandin&) = delete;
    HeraldStandin& operator=(const HeraldStandin&) = delete;

    std::string baseUrl() const; // http://127.0.0.1:PORT (the API is under /api/v1)

    void addUser(const std::string& email, const std::string& password, const std::string& displayName);
    // Every access token issued so far answers 401 token_expired from now on.
    void expireAccessTokens();
    // Access tokens issued from now on live this long (expires_in says so), then answer 401 token_expired.
    void setAccessTokenLifetime(std::chrono::seconds lifetime);
    // Every refresh token issued so far is refused (the session is over).
    void revokeRefreshTokens();
    // The next `times` requests whose path contains `pathPart` get this status with Retry-After (429 or 503).
    void injectStatus(const std::string& pathPart, int status, int retryAfterSeconds, int times = 1);
    // While down, every request's connection is closed without an answer.
    void setDown(bool down);
    void addRank(RankRow row);

    // Templates: a shared one from another player (returns its id); a change made on another device (the ETag
    // moves on); what the server holds.
    std::string addSharedTemplate(const std::string& documentJson, const std::string& author);
    void editTemplateElsewhere(const std::string& id, const std::string& newName);
    struct StoredTemplate {
        std::string id, owner, name, etag;
        bool shared = false;
    };
    std::vector<StoredTemplate> templates() const;
    // Settings changed on another device of the user (the version moves on); what the server holds.
    void setSettingElsewhere(const std::string& email, const std::string& key, const std::string& value);
    std::map<std::string, std::string> settingsOf(const std::string& email) const;
    // The same, but just before the next PUT of the settings arrives (so that PUT meets a 412).
    void setSettingElsewhereBeforeNextPut(const std::string& email, const std::string& key, const std::string& value);

    // Rank benchmarks: the cohort (queue, tier, role, champion: empty for every one) with its games and its
    // metrics' quantiles (a JSON object, {"cs_per_min":{"p10":..,"p25":..,"p50":..,"p75":..,"p90":..,"mean":..}});
    // setting it again moves its ETag on. Under 1,000 games, or never set: 404 cohort_too_small.
    void setCohort(int queue, const std::string& tier, const std::string& role, const std::string& champion,
                   std::int64_t games, const std::string& metricsJson);

    HeraldStats stats() const;
    // Every token the server issued (access and refresh), to look for them where they must not be.
    std::vector<std::string> issuedTokens() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace herald::standin
