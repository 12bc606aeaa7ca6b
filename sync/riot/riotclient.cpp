// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "riot/riotclient.h"

#include "http/baseurl.h"
#include "http/httpclient.h"
#include "riot/ratelimiter.h"

#include <algorithm>
#include <charconv>
#include <condition_variable>
#include <cstdlib>
#include <list>
#include <mutex>
#include <nlohmann/json.hpp>
#include <thread>

namespace herald::sync::riot {

Endpoint accountByRiotId(const Platform& platform, const RiotId& id) {
    return {std::string(platform.accountRegion), "account-v1.getByRiotId",
            "/riot/account/v1/accounts/by-riot-id/" + urlEncode(id.gameName) + "/" + urlEncode(id.tagLine)};
}

Endpoint accountByPuuid(const Platform& platform, const std::string& puuid) {
    return {std::string(platform.accountRegion), "account-v1.getByPuuid",
            "/riot/account/v1/accounts/by-puuid/" + urlEncode(puuid)};
}

Endpoint summonerByPuuid(const Platform& platform, const std::string& puuid) {
    return {std::string(platform.id), "summoner-v4.getByPUUID",
            "/lol/summoner/v4/summoners/by-puuid/" + urlEncode(puuid)};
}

Endpoint leagueEntriesByPuuid(const Platform& platform, const std::string& puuid) {
    return {std::string(platform.id), "league-v4.getLeagueEntriesByPUUID",
            "/lol/league/v4/entries/by-puuid/" + urlEncode(puuid)};
}

Endpoint matchIdsByPuuid(const Platform& platform, const std::string& puuid, const MatchIdsQuery& query) {
    std::string path = "/lol/match/v5/matches/by-puuid/" + urlEncode(puuid) +
                       "/ids?start=" + std::to_string(query.start) + "&count=" + std::to_string(query.count);
    if (query.startTime) {
        path += "&startTime=" + std::to_string(*query.startTime);
    }
    if (query.endTime) {
        path += "&endTime=" + std::to_string(*query.endTime);
    }
    if (query.queue) {
        path += "&queue=" + std::to_string(*query.queue);
    }
    if (!query.type.empty()) {
        path += "&type=" + urlEncode(query.type);
    }
    return {std::string(platform.matchRegion), "match-v5.getMatchIdsByPUUID", std::move(path)};
}

namespace {

std::string matchRoute(const std::string& matchId, const Platform& fallback) {
    const Platform* platform = platformOfMatch(matchId);
    return std::string((platform != nullptr ? platform : &fallback)->matchRegion);
}

std::chrono::milliseconds backoff(std::chrono::milliseconds base, int attempt) {
    const auto delay = base * (1LL << std::min(attempt, 6));
    return std::min<std::chrono::milliseconds>(delay, std::chrono::seconds(30));
}

// Retry-After in seconds (Riot sends an integer); nullopt when absent or not a number.
std::optional<std::chrono::milliseconds> retryAfter(const HttpResponse& response) {
    const std::string& text = response.header("retry-after");
    long long seconds = 0;
    const auto parsed = std::from_chars(text.data(), text.data() + text.size(), seconds);
    if (text.empty() || parsed.ec != std::errc() || seconds < 0) {
        return std::nullopt;
    }
    return std::chrono::seconds(std::min(seconds, 3600LL));
}

LimitScope scopeOf(const HttpResponse& response) {
    const std::string& type = response.header("x-rate-limit-type");
    if (type == "application") {
        return LimitScope::Application;
    }
    if (type == "method") {
        return LimitScope::Method;
    }
    return LimitScope::Service;
}

// The Herald relay's "401 token_expired" ({"error":{"code":"token_expired",…}}), as opposed to Riot's own 401.
bool tokenExpired(const HttpResponse& response) {
    const auto doc = nlohmann::json::parse(response.body, nullptr, false);
    if (!doc.is_object() || !doc.contains("error") || !doc["error"].is_object()) {
        return false;
    }
    const auto& error = doc["error"];
    return error.contains("code") && error["code"].is_string() && error["code"].get<std::string>() == "token_expired";
}

std::string riotMessage(const HttpResponse& response) {
    // Riot's error body: {"status":{"message":"...","status_code":N}}; keep it short and plain.
    const auto at = response.body.find("\"message\"");
    if (at == std::string::npos) {
        return {};
    }
    const auto open = response.body.find('"', response.body.find(':', at) + 1);
    const auto close = open == std::string::npos ? std::string::npos : response.body.find('"', open + 1);
    if (close == std::string::npos || close - open > 200) {
        return {};
    }
    return response.body.substr(open + 1, close - open - 1);
}

} // namespace

Endpoint matchById(const std::string& matchId, const Platform& fallback) {
    return {matchRoute(matchId, fallback), "match-v5.getMatch", "/lol/match/v5/matches/" + urlEncode(matchId)};
}

Endpoint timelineById(const std::string& matchId, const Platform& fallback) {
    return {matchRoute(matchId, fallback), "match-v5.getTimeline",
            "/lol/match/v5/matches/" + urlEncode(matchId) + "/timeline"};
}

struct RiotClient::Impl {
    struct Pending {
        Endpoint endpoint;
        Callback done;
        int attempts = 0;    // 5xx and transport retries so far
        int rateLimited = 0; // 429 retries so far
        Clock::time_point notBefore{};
        Clock::time_point sentAt{};
        std::uint64_t generation = 0;
        std::string bearer;   // the relay token it was sent with
        bool renewed = false; // a token_expired answer was already met with a renewed token
    };

    explicit Impl(const RiotConfig& c) : config(c), bearer(c.bearerToken), http(c.maxConcurrent) {
        if (!config.baseUrl.empty()) {
            // The key or token never leaves for a host the shared rule refuses, whoever built this config.
            if (auto checked = checkBaseUrl(config.baseUrl, "the Riot API's base URL", Secrets::Sent)) {
                config.baseUrl = checked->url;
            } else {
                unsafeBase = checked.error().message;
            }
        }
    }

    RiotConfig config;
    std::string bearer;     // the relay's current access token (guarded by mutex)
    std::string unsafeBase; // why config.baseUrl may not carry the key; nothing is sent then
    std::mutex renewing;    // one renewal of the relay token at a time
    mutable std::mutex mutex;
    std::condition_variable wake;
    std::list<Pending> pending;
    RateLimiter limiter;
    RiotStats stats;
    int inFlight = 0;
    bool stopping = false;
    std::uint64_t generation = 0; // bumped by cancelAll: answers of older requests become Cancelled
    std::optional<Clock::time_point> waitingUntil;
    std::thread dispatcher;
    HttpClient http; // last: destroyed first, while the state its callbacks use is alive

    void deliver(Callback& done, RiotResult result) {
        if (done) {
            done(std::move(result));
        }
    }

    static RiotResult failure(RiotError::Kind kind, long status, std::string message) {
        RiotResult r;
        r.error = RiotError{kind, status, std::move(message)};
        return r;
    }

    void send(Pending request) {
        HttpRequest http_request;
        http_request.url = riotUrl(config.baseUrl, request.endpoint.route, request.endpoint.path);
        if (!bearer.empty()) {
            request.bearer = bearer;
            http_request.headers.emplace_back("Authorization", "Bearer " + bearer);
        } else if (!config.apiKey.empty()) {
            http_request.headers.emplace_back("X-Riot-Token", config.apiKey);
        }
        http_request.headers.emplace_back("Accept", "application/json");
        http_request.timeout = config.timeout;
        auto shared = std::make_shared<Pending>(std::move(request));
        http.send(std::move(http_request),
                  [this, shared](HttpOutcome outcome) { onDone(std::move(*shared), outcome); });
    }

    void run() {
        std::unique_lock lock(mutex);
        while (!stopping) {
            const auto now = Clock::now();
            auto nextWake = Clock::time_point::max();
            bool held = false; // a request waits for a limit, Retry-After or backoff (not for a free slot)
            for (auto it = pending.begin(); it != pending.end() && inFlight < config.maxConcurrent;) {
                if (it->notBefore > now) {
                    nextWake = std::min(nextWake, it->notBefore);
                    held = true;
                    ++it;
                    continue;
                }
                const auto at = limiter.availableAt(it->endpoint.route, it->endpoint.method, now);
                if (at > now) {
                    nextWake = std::min(nextWake, at);
                    held = at != Clock::time_point::max() || held;
                    ++it;
                    continue;
                }
                limiter.onSend(it->endpoint.route, it->endpoint.method, now);
                it->sentAt = now;
                ++inFlight;
                ++stats.requests;
                stats.peakInFlight = std::max(stats.peakInFlight, inFlight);
                Pending request = std::move(*it);
                it = pending.erase(it);
                send(std::move(request));
            }
            waitingUntil = held && nextWake != Clock::time_point::max() ? std::optional(nextWake) : std::nullopt;
            const auto before = Clock::now();
            if (nextWake == Clock::time_point::max()) {
                wake.wait(lock);
            } else {
                wake.wait_until(lock, nextWake);
            }
            if (held) {
                stats.waitedMs += std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - before).count();
            }
        }
    }

    void retryLater(Pending request, Clock::time_point when) {
        ++stats.retries;
        request.notBefore = when;
        pending.push_front(std::move(request)); // keeps its place ahead of newer requests
    }

    // A relay request refused with token_expired: a fresh token (renewed here, or by another request meanwhile),
    // then the request goes again at once. Runs without `mutex`; renewals one at a time.
    void renewAndRetry(Pending request) {
        std::optional<RiotResult> result;
        {
            std::lock_guard one(renewing);
            std::string current;
            {
                std::lock_guard lock(mutex);
                current = bearer;
            }
            if (current == request.bearer) {
                Result<std::string> renewed = makeError(ErrorKind::Validation, "no renewal");
                try {
                    renewed = config.renewBearer(request.bearer);
                } catch (const std::exception& e) {
                    renewed = makeError(ErrorKind::Io, e.what());
                }
                if (renewed && !renewed.value().empty()) {
                    std::lock_guard lock(mutex);
                    bearer = renewed.value();
                } else {
                    result = failure(RiotError::Kind::Unauthorized, 401,
                                     "the Herald session expired and could not be renewed" +
                                         (renewed ? std::string() : ": " + renewed.error().message));
                }
            }
        }
        if (result) {
            deliver(request.done, std::move(*result));
            return;
        }
        {
            std::lock_guard lock(mutex);
            if (request.generation != generation) {
                result = failure(RiotError::Kind::Cancelled, 0, "cancelled");
            } else {
                retryLater(std::move(request), Clock::now());
            }
        }
        wake.notify_all();
        if (result) {
            deliver(request.done, std::move(*result));
        }
    }

    void onDone(Pending request, HttpOutcome& outcome) {
        std::unique_lock lock(mutex);
        const auto now = Clock::now();
        --inFlight;
        limiter.onDone(request.endpoint.route, request.endpoint.method, request.sentAt, now,
                       outcome.ok() ? &outcome.response() : nullptr);
        std::optional<RiotResult> result;
        if (request.generation != generation ||
            (!outcome.ok() && outcome.error().kind == TransportError::Kind::Cancelled)) {
            result = failure(RiotError::Kind::Cancelled, 0, "cancelled");
        } else if (!outcome.ok()) {
            const auto& error = outcome.error();
            if (error.kind != TransportError::Kind::TooLarge && request.attempts < config.maxRetries) {
                const auto delay = backoff(config.backoffBase, request.attempts++);
                retryLater(std::move(request), now + delay);
            } else {
                result = failure(error.kind == TransportError::Kind::Timeout ? RiotError::Kind::Timeout
                                                                             : RiotError::Kind::Network,
                                 0, error.message);
            }
        } else {
            HttpResponse& response = outcome.response();
            const long status = response.status;
            if (status == 429) {
                ++stats.rateLimited;
                const auto after = retryAfter(response);
                const auto until = now + (after ? *after : backoff(config.backoffBase, request.rateLimited));
                limiter.onRateLimited(request.endpoint.route, request.endpoint.method, scopeOf(response), until);
                if (request.rateLimited < config.maxRateLimitRetries) {
                    ++request.rateLimited;
                    retryLater(std::move(request), until);
                } else {
                    result = failure(RiotError::Kind::RateLimited, status,
                                     "the Riot API kept answering 429 (rate limited) for " + request.endpoint.path);
                }
            } else if (status >= 500) {
                if (request.attempts < config.maxRetries) {
                    const auto delay = backoff(config.backoffBase, request.attempts++);
                    retryLater(std::move(request), now + delay);
                } else {
                    result = failure(RiotError::Kind::Http, status,
                                     "the Riot API answered HTTP " + std::to_string(status) + " " +
                                         std::to_string(request.attempts + 1) + " times for " + request.endpoint.path);
                }
            } else if (status == 401 && !request.bearer.empty() && !request.renewed && config.renewBearer &&
                       tokenExpired(response)) {
                request.renewed = true;
                wake.notify_all(); // a slot is free meanwhile
                lock.unlock();
                renewAndRetry(std::move(request));
                return;
            } else if ((status == 401 || status == 403) && !request.bearer.empty()) {
                result = failure(RiotError::Kind::Unauthorized, status,
                                 "the Herald server's relay refused the session (HTTP " + std::to_string(status) +
                                     "): sign in again (herald-cli login, or Account > Herald account)");
            } else if (status == 401 || status == 403) {
                result = failure(RiotError::Kind::Unauthorized, status,
                                 "the Riot API refused the API key (HTTP " + std::to_string(status) +
                                     "): it is missing, invalid or expired (development keys expire every 24 "
                                     "hours; get a new one at https://developer.riotgames.com)");
            } else if (status == 404) {
                result = failure(RiotError::Kind::NotFound, status, riotMessage(response));
            } else if (status >= 200 && status < 300) {
                RiotResult ok;
                ok.body = std::move(response.body);
                result = std::move(ok);
            } else {
                const std::string detail = riotMessage(response);
                result = failure(RiotError::Kind::Http, status,
                                 "the Riot API answered HTTP " + std::to_string(status) + " for " +
                                     request.endpoint.path + (detail.empty() ? "" : ": " + detail));
            }
        }
        wake.notify_all();
        lock.unlock();
        if (result) {
            deliver(request.done, std::move(*result));
        }
    }
};

RiotClient::RiotClient(RiotConfig config) : m_config(std::move(config)) {
    m_config.maxConcurrent = std::max(1, m_config.maxConcurrent);
    m_impl = std::make_unique<Impl>(m_config);
    m_impl->dispatcher = std::thread([impl = m_impl.get()] { impl->run(); });
}

RiotClient::~RiotClient() {
    {
        std::lock_guard lock(m_impl->mutex);
        m_impl->stopping = true;
    }
    m_impl->wake.notify_all();
    m_impl->dispatcher.join();
    cancelAll();
}

void RiotClient::get(Endpoint endpoint, Callback done) {
    if (!m_impl->unsafeBase.empty()) {
        if (done) {
            RiotResult refused;
            refused.error = RiotError{RiotError::Kind::Unauthorized, 0, m_impl->unsafeBase};
            done(std::move(refused));
        }
        return;
    }
    {
        std::lock_guard lock(m_impl->mutex);
        Impl::Pending request;
        request.endpoint = std::move(endpoint);
        request.done = std::move(done);
        request.generation = m_impl->generation;
        m_impl->pending.push_back(std::move(request));
    }
    m_impl->wake.notify_all();
}

void RiotClient::cancelAll() {
    std::list<Impl::Pending> dropped;
    {
        std::lock_guard lock(m_impl->mutex);
        dropped.swap(m_impl->pending);
        ++m_impl->generation;
    }
    m_impl->http.cancelAll();
    for (auto& request : dropped) {
        m_impl->deliver(request.done, Impl::failure(RiotError::Kind::Cancelled, 0, "cancelled"));
    }
    m_impl->wake.notify_all();
}

RiotStats RiotClient::stats() const {
    std::lock_guard lock(m_impl->mutex);
    return m_impl->stats;
}

std::optional<std::chrono::system_clock::time_point> RiotClient::waitingUntil() const {
    std::lock_guard lock(m_impl->mutex);
    if (!m_impl->waitingUntil) {
        return std::nullopt;
    }
    const auto delta = *m_impl->waitingUntil - Clock::now();
    return std::chrono::system_clock::now() + std::chrono::duration_cast<std::chrono::system_clock::duration>(delta);
}

} // namespace herald::sync::riot
