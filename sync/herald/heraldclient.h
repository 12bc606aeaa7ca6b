// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// HeraldClient: the client side of docs/HERALD-API.md. Sign in, refresh (tokens rotate), sign out; every other
// call carries the access token and, on a 401, refreshes once and retries once; 429 and 503 wait for Retry-After;
// idempotent calls (GET, PUT with If-Match, DELETE) are retried after a dropped connection, a POST never is.
// Calls block the calling thread (the CLI's, a worker's in the GUI). Tokens never appear in an Error.
#pragma once

#include "common/result.h"
#include "herald/credentials.h"
#include "riot/riotclient.h"
#include "store/profiles.h"

#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace herald::sync {
class HttpClient;
}
namespace herald::store {
class Store;
}

namespace herald::sync::server {

inline constexpr const char* kDefaultServerUrl = "https://api.herald.lol";

// The server's base URL (without /api/v1): HERALD_SERVER_URL, else the setting, else the default.
std::string serverUrl(const std::string& setting = {});

struct User {
    std::string id;
    std::string email;
    std::string displayName;
};

struct RemoteAccount {
    std::string puuid;
    std::string gameName;
    std::string tagLine;
    std::string platform;
};

struct ServerResponse {
    long status = 0;
    std::string body;
    std::string etag;
};

struct ServerOptions {
    std::string baseUrl = kDefaultServerUrl;
    std::chrono::milliseconds timeout{20'000};
    int maxRetries = 3;                         // per call, for 429 / 503 / dropped connections
    std::chrono::milliseconds backoffBase{500}; // doubled each time; Retry-After wins when the server sends it
    std::chrono::seconds maxRetryAfter{120};    // a longer wait is reported instead
};

class HeraldClient {
public:
    HeraldClient(ServerOptions options, CredentialStore& credentials);
    ~HeraldClient();
    HeraldClient(const HeraldClient&) = delete;
    HeraldClient& operator=(const HeraldClient&) = delete;

    // Errors: code "server.invalid_credentials" (the server's message), "server.unreachable", "server.http".
    Result<User> login(const std::string& email, const std::string& password);
    // Tells the server (best effort) and forgets the tokens here in any case.
    Status logout();
    bool hasSession() const { return m_credentials.refreshToken().has_value(); }
    const std::optional<User>& user() const { return m_user; }

    // A valid access token, refreshed with the stored refresh token when there is none yet or it expired.
    // Error code "server.signed_out" when the refresh is refused: sign in again.
    Result<std::string> accessToken();

    Result<ServerResponse> call(const std::string& method, const std::string& path, const std::string& body = {},
                                std::vector<std::pair<std::string, std::string>> headers = {});

    Result<std::vector<RemoteAccount>> accounts();
    // 404 riot_account_not_found: code "server.riot_account_not_found".
    Result<RemoteAccount> addAccount(const std::string& gameName, const std::string& tagLine,
                                     const std::string& platform);
    // LP snapshots the server recorded, oldest first; sinceMs: only newer ones.
    Result<std::vector<store::RankSnapshot>> ranking(const std::string& puuid, std::optional<std::int64_t> sinceMs);

    // {base}/api/v1/riot: the Riot relay, called like Riot's own hosts with the access token as Bearer.
    std::string relayBaseUrl() const;
    // The Riot client's settings for the relay: relayBaseUrl, the access token as Bearer, and its renewal through
    // this client when a token expires during a sync (any number of times). `guard`, when given, is held around
    // this client's use by a renewal (the client is not thread-safe); this client must outlive the Riot client.
    Result<riot::RiotConfig> relayConfig(std::mutex* guard = nullptr);
    const std::string& baseUrl() const { return m_options.baseUrl; }

private:
    struct Raw {
        bool transport = false; // no HTTP answer (see message)
        long status = 0;
        std::string body;
        std::string etag;
        std::string retryAfter;
        std::string message;
    };
    Raw send(const std::string& method, const std::string& path, const std::string& body,
             const std::vector<std::pair<std::string, std::string>>& headers);
    // send, with the waits and retries an idempotent call (or a refused POST) may have.
    Raw sendWithRetries(const std::string& method, const std::string& path, const std::string& body,
                        const std::vector<std::pair<std::string, std::string>>& headers);
    Result<User> takeSession(const Raw& answer);
    Status refresh();
    // The refresh token of the saved value `stored` when it belongs to this server (error codes
    // "server.other_server", "server.sign_in_again", "server.not_signed_in").
    Result<std::string> refreshTokenForThisServer(const std::optional<std::string>& stored);

    ServerOptions m_options;
    std::string m_origin;          // scheme://host[:port] of the server, as libcurl parses baseUrl
    std::optional<Error> m_unsafe; // why baseUrl may not carry passwords or tokens: nothing is sent then
    CredentialStore& m_credentials;
    std::unique_ptr<HttpClient> m_http;
    std::string m_accessToken;
    std::chrono::steady_clock::time_point m_accessExpires{};
    std::optional<User> m_user;
};

// Merges the server's LP history of a relay account into ranking_history: the snapshots newer than the last
// merge, each (puuid, queue, observed_at) once however often it arrives. Returns how many were new.
Result<int> mergeServerRanking(store::Store& store, HeraldClient& client, const std::string& puuid);

// A path segment or query value, percent-encoded (RFC 3986 unreserved characters kept).
std::string percentEncoded(const std::string& text);

// "2026-11-02T18:20:00Z" (or with +hh:mm) -> ms since epoch; nullopt when it is not such a time.
std::optional<std::int64_t> parseIsoTime(const std::string& text);
std::string isoTime(std::int64_t ms); // UTC, "…Z"

} // namespace herald::sync::server
