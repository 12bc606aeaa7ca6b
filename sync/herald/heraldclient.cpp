// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "herald/heraldclient.h"

#include "http/baseurl.h"
#include "http/httpclient.h"
#include "store/settings.h"
#include "store/store.h"

#include <cstdlib>
#include <ctime>
#include <future>
#include <mutex>
#include <nlohmann/json.hpp>
#include <thread>

namespace herald::sync::server {

namespace {

using nlohmann::json;

bool idempotent(const std::string& method) {
    return method == "GET" || method == "PUT" || method == "DELETE";
}

// The server's {"error":{"code","message"}}, when the body is one.
std::pair<std::string, std::string> errorOf(const std::string& body) {
    const json doc = json::parse(body, nullptr, false);
    if (doc.is_object() && doc.contains("error") && doc["error"].is_object()) {
        const auto& e = doc["error"];
        return {e.value("code", std::string()), e.value("message", std::string())};
    }
    return {};
}

Error signedOut() {
    return makeError(ErrorKind::Validation,
                     "signed out of the Herald server (the session ended): sign in again with herald-cli login",
                     "server.signed_out");
}

} // namespace

std::string percentEncoded(const std::string& text) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (const unsigned char c : text) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 15];
        }
    }
    return out;
}

std::string serverUrl(const std::string& setting) {
    std::string url;
    if (const char* env = std::getenv("HERALD_SERVER_URL"); env != nullptr && *env != '\0') {
        url = env;
    } else {
        url = setting.empty() ? kDefaultServerUrl : setting;
    }
    while (!url.empty() && url.back() == '/') {
        url.pop_back();
    }
    return url;
}

std::optional<std::int64_t> parseIsoTime(const std::string& text) {
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    int consumed = 0;
    if (std::sscanf(text.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%n", &y, &mo, &d, &h, &mi, &s, &consumed) != 6) {
        return std::nullopt;
    }
    std::size_t at = static_cast<std::size_t>(consumed);
    if (at < text.size() && text[at] == '.') { // fractions of a second
        ++at;
        while (at < text.size() && std::isdigit(static_cast<unsigned char>(text[at]))) {
            ++at;
        }
    }
    std::int64_t offsetSeconds = 0;
    const std::string zone = text.substr(at);
    if (zone != "Z") {
        int oh = 0, om = 0;
        if (zone.size() != 6 || (zone[0] != '+' && zone[0] != '-') ||
            std::sscanf(zone.c_str() + 1, "%2d:%2d", &oh, &om) != 2) {
            return std::nullopt;
        }
        offsetSeconds = (zone[0] == '-' ? -1 : 1) * (oh * 3600 + om * 60);
    }
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) {
        return std::nullopt;
    }
    std::tm parts{};
    parts.tm_year = y - 1900;
    parts.tm_mon = mo - 1;
    parts.tm_mday = d;
    parts.tm_hour = h;
    parts.tm_min = mi;
    parts.tm_sec = s;
    return (static_cast<std::int64_t>(timegm(&parts)) - offsetSeconds) * 1000;
}

std::string isoTime(std::int64_t ms) {
    const std::time_t seconds = static_cast<std::time_t>(ms / 1000);
    std::tm parts{};
    gmtime_r(&seconds, &parts);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &parts);
    return buffer;
}

HeraldClient::HeraldClient(ServerOptions options, CredentialStore& credentials)
    : m_options(std::move(options))
    , m_credentials(credentials)
    , m_http(std::make_unique<HttpClient>(4)) {
    // Decided once, on the URL as libcurl parses it; requests are built from curl's normalised form.
    if (auto checked = checkBaseUrl(m_options.baseUrl, "the Herald server", Secrets::Sent)) {
        m_options.baseUrl = checked->url;
        m_origin = checked->origin;
    } else {
        m_unsafe = checked.error();
    }
}

HeraldClient::~HeraldClient() = default;

std::string HeraldClient::relayBaseUrl() const {
    return m_options.baseUrl + "/api/v1/riot";
}

Result<riot::RiotConfig> HeraldClient::relayConfig(std::mutex* guard) {
    auto token = accessToken();
    if (!token) {
        return token.error();
    }
    riot::RiotConfig config;
    config.bearerToken = token.value();
    config.baseUrl = relayBaseUrl();
    config.renewBearer = [this, guard](const std::string& refused) -> Result<std::string> {
        std::unique_lock<std::mutex> lock;
        if (guard != nullptr) {
            lock = std::unique_lock(*guard);
        }
        if (m_accessToken == refused) {
            m_accessToken.clear(); // expired on the server's clock: renewed now
        }
        return accessToken();
    };
    return config;
}

HeraldClient::Raw HeraldClient::send(const std::string& method, const std::string& path, const std::string& body,
                                     const std::vector<std::pair<std::string, std::string>>& headers) {
    Raw raw;
    if (m_unsafe) {
        raw.transport = true; // never sent: nothing leaves for a URL the rule refuses
        raw.message = m_unsafe->message;
        return raw;
    }
    HttpRequest request;
    request.url = m_options.baseUrl + "/api/v1" + path;
    request.method = method;
    request.body = body;
    request.timeout = m_options.timeout;
    request.headers = headers;
    request.headers.emplace_back("Accept", "application/json");
    if (!body.empty()) {
        request.headers.emplace_back("Content-Type", "application/json");
    }
    std::promise<HttpOutcome> promise;
    auto future = promise.get_future();
    m_http->send(std::move(request), [&promise](HttpOutcome outcome) { promise.set_value(std::move(outcome)); });
    const HttpOutcome outcome = future.get();
    if (!outcome.ok()) {
        raw.transport = true;
        raw.message = outcome.error().message;
        return raw;
    }
    raw.status = outcome.response().status;
    raw.body = outcome.response().body;
    raw.etag = outcome.response().header("etag");
    raw.retryAfter = outcome.response().header("retry-after");
    return raw;
}

HeraldClient::Raw HeraldClient::sendWithRetries(const std::string& method, const std::string& path,
                                                const std::string& body,
                                                const std::vector<std::pair<std::string, std::string>>& headers) {
    auto backoff = m_options.backoffBase;
    for (int attempt = 0;; ++attempt) {
        Raw raw = send(method, path, body, headers);
        // 429 and 503 say the call was not processed: waiting and asking again repeats nothing. A dropped
        // connection may have been processed: only an idempotent call goes again.
        const bool refused = !raw.transport && (raw.status == 429 || raw.status == 503);
        const bool retry = attempt < m_options.maxRetries && (refused || (raw.transport && idempotent(method)));
        if (!retry) {
            return raw;
        }
        auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(backoff);
        if (refused && !raw.retryAfter.empty()) {
            const long seconds = std::strtol(raw.retryAfter.c_str(), nullptr, 10);
            if (seconds > m_options.maxRetryAfter.count()) {
                return raw; // a long maintenance: said to the user, not waited for
            }
            wait = std::chrono::seconds(std::max(0L, seconds));
        }
        std::this_thread::sleep_for(wait);
        backoff *= 2;
    }
}

Result<User> HeraldClient::takeSession(const Raw& answer) {
    const json doc = json::parse(answer.body, nullptr, false);
    if (!doc.is_object() || !doc.contains("access_token") || !doc.contains("refresh_token")) {
        return makeError(ErrorKind::Parse, "the Herald server's answer to a sign-in is not a session", "server.http",
                         {std::to_string(answer.status)});
    }
    m_accessToken = doc.value("access_token", std::string());
    const auto expires = doc.value("expires_in", 3600);
    // A minute early: a token that expires on the way is not worth the 401.
    m_accessExpires = std::chrono::steady_clock::now() + std::chrono::seconds(std::max(0, expires - 60));
    // The session is saved with the server it belongs to: its refresh token never goes to another one.
    if (Status saved = m_credentials.save(m_origin + " " + doc.value("refresh_token", std::string())); !saved) {
        return saved.error();
    }
    User user;
    if (doc.contains("user") && doc["user"].is_object()) {
        const auto& u = doc["user"];
        user.id = u.contains("id") ? (u["id"].is_string() ? u["id"].get<std::string>() : u["id"].dump()) : "";
        user.email = u.value("email", std::string());
        user.displayName = u.value("display_name", std::string());
    }
    m_user = user;
    return user;
}

namespace {

Error httpError(long status, const std::string& body, const std::string& what) {
    const auto [code, message] = errorOf(body);
    const std::string text = message.empty() ? "HTTP " + std::to_string(status) : message;
    if (status == 429 || status == 503) {
        return makeError(ErrorKind::Busy, "the Herald server is busy (" + text + "); try again later", "server.busy",
                         {std::to_string(status)});
    }
    return makeError(status == 404 ? ErrorKind::Validation : ErrorKind::Io,
                     "the Herald server refused " + what + ": " + text,
                     code.empty() ? std::string("server.http") : "server." + code, {std::to_string(status), text});
}

Error unreachable(const std::string& baseUrl, const std::string& message) {
    return makeError(ErrorKind::Io, "cannot reach the Herald server at " + baseUrl + ": " + message,
                     "server.unreachable", {baseUrl});
}

} // namespace

Result<User> HeraldClient::login(const std::string& email, const std::string& password) {
    if (m_unsafe) {
        return *m_unsafe;
    }
    const std::string body = json{{"email", email}, {"password", password}}.dump();
    const Raw answer = sendWithRetries("POST", "/auth/login", body, {});
    if (answer.transport) {
        return unreachable(m_options.baseUrl, answer.message);
    }
    if (answer.status == 401) {
        const auto [code, message] = errorOf(answer.body);
        return makeError(ErrorKind::Validation, message.empty() ? "wrong email or password" : message,
                         "server.invalid_credentials");
    }
    if (answer.status != 200) {
        return httpError(answer.status, answer.body, "the sign-in");
    }
    return takeSession(answer);
}

Result<std::string> HeraldClient::refreshTokenForThisServer(const std::optional<std::string>& stored) {
    if (!stored) {
        return makeError(ErrorKind::Validation, "not signed in to the Herald server: herald-cli login",
                         "server.not_signed_in");
    }
    const SavedSession saved = savedSession(*stored);
    if (saved.server.empty() && !m_credentials.givenByUser()) {
        return makeError(ErrorKind::Validation,
                         "the saved Herald session does not say which server it belongs to (saved by an older "
                         "Herald): sign in again with herald-cli login",
                         "server.sign_in_again");
    }
    if (!saved.server.empty() && saved.server != m_origin) {
        return makeError(ErrorKind::Validation,
                         "you are signed in to " + saved.server + ", not to " + m_origin +
                             ": sign in to that server (herald-cli login); the session is not sent to another one",
                         "server.other_server", {saved.server, m_origin});
    }
    return saved.refreshToken;
}

Status HeraldClient::refresh() {
    if (m_unsafe) {
        return *m_unsafe;
    }
    const auto stored = m_credentials.refreshToken();
    auto token = refreshTokenForThisServer(stored);
    if (!token) {
        return token.error();
    }
    // Never repeated after a dropped connection: the server may have rotated the token already.
    const Raw answer = sendWithRetries("POST", "/auth/refresh", json{{"refresh_token", token.value()}}.dump(), {});
    if (answer.transport) {
        return unreachable(m_options.baseUrl, answer.message);
    }
    if (answer.status == 401) {
        m_accessToken.clear();
        // Only the credentials that were refused are forgotten (HERALD_TOKEN's, not the saved file's).
        (void)m_credentials.forget(*stored);
        return signedOut();
    }
    if (answer.status != 200) {
        return httpError(answer.status, answer.body, "the session's renewal");
    }
    auto session = takeSession(answer);
    if (!session) {
        return session.error();
    }
    return Ok{};
}

Result<std::string> HeraldClient::accessToken() {
    if (m_accessToken.empty() || std::chrono::steady_clock::now() >= m_accessExpires) {
        if (Status renewed = refresh(); !renewed) {
            return renewed.error();
        }
    }
    return m_accessToken;
}

Status HeraldClient::logout() {
    if (!m_accessToken.empty() || m_credentials.refreshToken()) {
        if (auto token = accessToken(); token) {
            (void)send("POST", "/auth/logout", {}, {{"Authorization", "Bearer " + token.value()}});
        }
    }
    m_accessToken.clear();
    m_user.reset();
    return m_credentials.clear();
}

Result<ServerResponse> HeraldClient::call(const std::string& method, const std::string& path, const std::string& body,
                                          std::vector<std::pair<std::string, std::string>> headers) {
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto token = accessToken();
        if (!token) {
            return token.error();
        }
        auto withAuth = headers;
        withAuth.emplace_back("Authorization", "Bearer " + token.value());
        const Raw answer = sendWithRetries(method, path, body, withAuth);
        if (answer.transport) {
            return unreachable(m_options.baseUrl, answer.message);
        }
        if (answer.status == 401 && attempt == 0) {
            m_accessToken.clear(); // token_expired (or revoked): refresh once, then this call once more
            continue;
        }
        if (answer.status == 401) {
            return signedOut();
        }
        if (answer.status >= 400) {
            return httpError(answer.status, answer.body, method + " " + path);
        }
        return ServerResponse{answer.status, answer.body, answer.etag};
    }
    return signedOut();
}

Result<std::vector<RemoteAccount>> HeraldClient::accounts() {
    auto answer = call("GET", "/me/accounts");
    if (!answer) {
        return answer.error();
    }
    const json doc = json::parse(answer->body, nullptr, false);
    if (!doc.is_array()) {
        return makeError(ErrorKind::Parse, "the Herald server's account list is not a list", "server.http");
    }
    std::vector<RemoteAccount> out;
    for (const auto& a : doc) {
        if (a.is_object()) {
            out.push_back({a.value("puuid", std::string()), a.value("game_name", std::string()),
                           a.value("tag_line", std::string()), a.value("platform", std::string())});
        }
    }
    return out;
}

Result<RemoteAccount> HeraldClient::addAccount(const std::string& gameName, const std::string& tagLine,
                                               const std::string& platform) {
    auto answer = call("POST", "/me/accounts",
                       json{{"game_name", gameName}, {"tag_line", tagLine}, {"platform", platform}}.dump());
    if (!answer) {
        return answer.error();
    }
    const json a = json::parse(answer->body, nullptr, false);
    if (!a.is_object() || a.value("puuid", std::string()).empty()) {
        return makeError(ErrorKind::Parse, "the Herald server's answer has no puuid", "server.http");
    }
    return RemoteAccount{a.value("puuid", std::string()), a.value("game_name", gameName), a.value("tag_line", tagLine),
                         a.value("platform", platform)};
}

Result<std::vector<store::RankSnapshot>> HeraldClient::ranking(const std::string& puuid,
                                                               std::optional<std::int64_t> sinceMs) {
    std::string path = "/ranking/" + percentEncoded(puuid);
    if (sinceMs) {
        path += "?since=" + percentEncoded(isoTime(*sinceMs));
    }
    auto answer = call("GET", path);
    if (!answer) {
        return answer.error();
    }
    const json doc = json::parse(answer->body, nullptr, false);
    if (!doc.is_array()) {
        return makeError(ErrorKind::Parse, "the Herald server's LP history is not a list", "server.http");
    }
    std::vector<store::RankSnapshot> out;
    for (const auto& r : doc) {
        if (!r.is_object()) {
            continue;
        }
        const auto at = parseIsoTime(r.value("observed_at", std::string()));
        if (!at || r.value("queue", std::string()).empty()) {
            continue; // a snapshot without its moment or queue cannot be placed
        }
        store::RankSnapshot s;
        s.queue = r.value("queue", std::string());
        s.tier = r.value("tier", std::string());
        s.rank = r.value("rank", std::string());
        s.lp = r.value("lp", 0);
        s.wins = r.value("wins", 0);
        s.losses = r.value("losses", 0);
        s.observedAt = *at;
        out.push_back(std::move(s));
    }
    return out;
}

Result<int> mergeServerRanking(store::Store& store, HeraldClient& client, const std::string& puuid) {
    const std::string key = "herald.ranking_merged_until." + puuid;
    std::optional<std::int64_t> since;
    {
        auto reader = store.openReader();
        if (!reader) {
            return reader.error();
        }
        auto value = store::getSetting(reader.value(), key);
        if (!value) {
            return value.error();
        }
        if (value.value()) {
            since = std::strtoll(value.value()->c_str(), nullptr, 10);
        }
    }
    auto snapshots = client.ranking(puuid, since);
    if (!snapshots) {
        return snapshots.error();
    }
    if (snapshots->empty()) {
        return 0;
    }
    return store.writer()
        .submit<int>([puuid, key, rows = std::move(snapshots).value()](store::Database& db) -> Result<int> {
            store::Transaction tx(db);
            const auto before = store::orThrow(store::rankHistory(db, puuid)).size();
            std::int64_t newest = 0;
            for (const auto& row : rows) {
                store::recordRankSnapshot(db, puuid, row);
                newest = std::max(newest, row.observedAt);
            }
            store::setSetting(db, key, std::to_string(newest));
            const auto after = store::orThrow(store::rankHistory(db, puuid)).size();
            tx.commit();
            return static_cast<int>(after - before);
        })
        .get();
}

} // namespace herald::sync::server
