// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraldstandin.h"

#include "riotstandin.h"

#include <algorithm>
#include <httplib.h>
#include <mutex>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <thread>
#include <tuple>

namespace herald::standin {

namespace {

using nlohmann::json;

void fail(httplib::Response& res, int status, const std::string& code, const std::string& message) {
    res.status = status;
    res.set_content(json{{"error", {{"code", code}, {"message", message}}}}.dump(), "application/json");
}

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

std::string randomToken(std::mt19937_64& random, const char* prefix) {
    static constexpr char kLetters[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    std::string token = prefix;
    for (int i = 0; i < 40; ++i) {
        token += kLetters[random() % (sizeof(kLetters) - 1)];
    }
    return token;
}

} // namespace

struct HeraldStandin::Impl {
    RiotStandin& riot;
    std::string riotKey;
    httplib::Server server;
    std::thread thread;
    int port = 0;
    mutable std::mutex mutex;
    std::mt19937_64 random{20261130};
    struct User {
        std::string id, email, password, displayName;
    };
    std::map<std::string, User> users;               // email -> user
    std::map<std::string, std::string> accessTokens; // token -> email
    std::set<std::string> expiredAccess;
    std::map<std::string, std::chrono::steady_clock::time_point> accessIssued; // token -> when
    std::chrono::seconds accessLifetime{86400};
    std::map<std::string, std::string> refreshTokens; // live token -> email
    std::vector<std::string> issued;
    std::map<std::string, std::vector<json>> accounts; // email -> accounts
    std::vector<RankRow> ranks;
    struct CohortRow {
        std::int64_t games = 0;
        json metrics;
        int version = 0;
    };
    std::map<std::string, CohortRow> cohorts; // queue|tier|role|champion
    struct Injected {
        std::string pathPart;
        int status;
        int retryAfter;
        int times;
    };
    std::vector<Injected> injected;
    bool down = false;
    HeraldStats stats;
    struct Template {
        std::string owner; // email; "" for other players' shared templates
        std::string author;
        json document;
        bool shared = false;
        int revision = 1;
        std::string updatedAt = "2026-11-30T10:00:00Z";
        std::int64_t downloads = 0;
        std::string etag() const { return "\"r" + std::to_string(revision) + "\""; }
    };
    std::map<std::string, Template> templates;
    int nextTemplate = 1;
    struct Settings {
        json values = json::object();
        int version = 1;
    };
    std::map<std::string, Settings> settings;
    std::vector<std::tuple<std::string, std::string, std::string>> beforeNextPut; // email, key, value

    Impl(RiotStandin& r, std::string key) : riot(r), riotKey(std::move(key)) {}

    json session(const User& user) {
        const std::string access = randomToken(random, "hat_");
        const std::string refresh = randomToken(random, "hrt_");
        accessTokens[access] = user.email;
        accessIssued[access] = std::chrono::steady_clock::now();
        refreshTokens[refresh] = user.email;
        issued.push_back(access);
        issued.push_back(refresh);
        return {{"access_token", access},
                {"refresh_token", refresh},
                {"expires_in", accessLifetime.count()},
                {"user", {{"id", user.id}, {"email", user.email}, {"display_name", user.displayName}}}};
    }

    // The signed-in user's email, or the 401 already written.
    std::optional<std::string> authorize(const httplib::Request& req, httplib::Response& res) {
        const std::string header = req.get_header_value("Authorization");
        if (header.rfind("Bearer ", 0) != 0) {
            fail(res, 401, "unauthorized", "sign in first");
            return std::nullopt;
        }
        const std::string token = header.substr(7);
        const auto issuedAt = accessIssued.find(token);
        if (issuedAt != accessIssued.end() && std::chrono::steady_clock::now() - issuedAt->second >= accessLifetime) {
            expiredAccess.insert(token);
        }
        if (expiredAccess.count(token) != 0) {
            ++stats.expiredAnswers;
            fail(res, 401, "token_expired", "the access token expired");
            return std::nullopt;
        }
        const auto it = accessTokens.find(token);
        if (it == accessTokens.end()) {
            fail(res, 401, "unauthorized", "unknown token");
            return std::nullopt;
        }
        return it->second;
    }

    void routes() {
        server.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
            std::lock_guard lock(mutex);
            ++stats.requests;
            stats.paths.push_back(req.method + " " + req.path);
            if (req.method == "POST") {
                ++stats.posts;
            }
            if (req.has_header("Authorization")) {
                stats.authHeaders.push_back(req.get_header_value("Authorization"));
            }
            if (down) {
                res.status = 503;
                res.set_header("Connection", "close");
                return httplib::Server::HandlerResponse::Handled;
            }
            for (auto& i : injected) {
                if (i.times > 0 && req.path.find(i.pathPart) != std::string::npos) {
                    --i.times;
                    res.set_header("Retry-After", std::to_string(i.retryAfter));
                    fail(res, i.status, i.status == 429 ? "rate_limited" : "maintenance",
                         i.status == 429 ? "too many requests" : "down for maintenance");
                    return httplib::Server::HandlerResponse::Handled;
                }
            }
            return httplib::Server::HandlerResponse::Unhandled;
        });
        server.Post("/api/v1/auth/login", [this](const httplib::Request& req, httplib::Response& res) {
            std::lock_guard lock(mutex);
            const json body = json::parse(req.body, nullptr, false);
            const auto it = body.is_object() ? users.find(body.value("email", std::string())) : users.end();
            if (it == users.end() || it->second.password != body.value("password", std::string())) {
                fail(res, 401, "invalid_credentials", "Wrong email or password.");
                return;
            }
            res.set_content(session(it->second).dump(), "application/json");
        });
        server.Post("/api/v1/auth/refresh", [this](const httplib::Request& req, httplib::Response& res) {
            std::lock_guard lock(mutex);
            const json body = json::parse(req.body, nullptr, false);
            const std::string token = body.is_object() ? body.value("refresh_token", std::string()) : "";
            const auto it = refreshTokens.find(token);
            if (it == refreshTokens.end()) {
                fail(res, 401, "invalid_refresh_token", "The session is over: sign in again.");
                return;
            }
            const std::string email = it->second;
            refreshTokens.erase(it); // rotation: the old one stops working
            ++stats.refreshes;
            res.set_content(session(users.at(email)).dump(), "application/json");
        });
        server.Post("/api/v1/auth/logout", [this](const httplib::Request& req, httplib::Response& res) {
            std::lock_guard lock(mutex);
            const auto email = authorize(req, res);
            if (!email) {
                return;
            }
            for (auto it = refreshTokens.begin(); it != refreshTokens.end();) {
                it = it->second == *email ? refreshTokens.erase(it) : std::next(it);
            }
            res.status = 204;
        });
        server.Get("/api/v1/me/accounts", [this](const httplib::Request& req, httplib::Response& res) {
            std::lock_guard lock(mutex);
            const auto email = authorize(req, res);
            if (email) {
                res.set_content(json(accounts[*email]).dump(), "application/json");
            }
        });
        server.Post("/api/v1/me/accounts", [this](const httplib::Request& req, httplib::Response& res) {
            std::unique_lock lock(mutex);
            const auto email = authorize(req, res);
            if (!email) {
                return;
            }
            const json body = json::parse(req.body, nullptr, false);
            if (!body.is_object()) {
                fail(res, 400, "invalid_request", "a JSON object is expected");
                return;
            }
            lock.unlock();
            // Resolved with the server's key, as the real server does.
            httplib::Client riotClient(riot.baseUrl());
            const std::string path = "/europe/riot/account/v1/accounts/by-riot-id/" +
                                     percentEncoded(body.value("game_name", std::string())) + "/" +
                                     percentEncoded(body.value("tag_line", std::string()));
            auto answer = riotClient.Get(path, {{"X-Riot-Token", riotKey}});
            if (!answer || answer->status != 200) {
                fail(res, 404, "riot_account_not_found", "No Riot account has that Riot ID.");
                return;
            }
            const json account = json::parse(answer->body, nullptr, false);
            json row = {{"puuid", account.value("puuid", std::string())},
                        {"game_name", account.value("gameName", std::string())},
                        {"tag_line", account.value("tagLine", std::string())},
                        {"platform", body.value("platform", std::string())}};
            lock.lock();
            accounts[*email].push_back(row);
            res.status = 201;
            res.set_content(row.dump(), "application/json");
        });
        server.Get(R"(/api/v1/riot/(.*))", [this](const httplib::Request& req, httplib::Response& res) {
            std::unique_lock lock(mutex);
            if (!authorize(req, res)) {
                return;
            }
            ++stats.relayed;
            lock.unlock();
            std::string path = "/" + req.matches[1].str();
            if (!req.params.empty()) {
                std::string query;
                for (const auto& [name, value] : req.params) {
                    query += (query.empty() ? "?" : "&") + name + "=" + percentEncoded(value);
                }
                path += query;
            }
            httplib::Client riotClient(riot.baseUrl());
            riotClient.set_read_timeout(30, 0);
            auto answer = riotClient.Get(path, {{"X-Riot-Token", riotKey}});
            if (!answer) {
                fail(res, 502, "riot_unreachable", "Riot did not answer.");
                return;
            }
            res.status = answer->status;
            for (const char* name : {"X-App-Rate-Limit", "X-App-Rate-Limit-Count", "X-Method-Rate-Limit",
                                     "X-Method-Rate-Limit-Count", "Retry-After", "X-Rate-Limit-Type"}) {
                if (answer->has_header(name)) {
                    res.set_header(name, answer->get_header_value(name));
                }
            }
            res.set_content(answer->body, "application/json;charset=utf-8");
        });
        server.Get("/api/v1/templates", [this](const httplib::Request& req, httplib::Response& res) {
            std::lock_guard lock(mutex);
            if (!authorize(req, res)) {
                return;
            }
            std::string q = req.get_param_value("q");
            std::transform(q.begin(), q.end(), q.begin(), [](unsigned char c) { return std::tolower(c); });
            const int page = std::max(1, std::atoi(req.get_param_value("page").c_str()));
            const int perPage = std::clamp(std::atoi(req.get_param_value("per_page").c_str()), 1, 100);
            std::vector<std::pair<std::string, const Template*>> found;
            for (const auto& [id, t] : templates) {
                std::string name = t.document.value("name", std::string());
                std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
                if (t.shared && (q.empty() || name.find(q) != std::string::npos)) {
                    found.emplace_back(id, &t);
                }
            }
            json items = json::array();
            for (std::size_t i = static_cast<std::size_t>((page - 1) * perPage);
                 i < found.size() && i < static_cast<std::size_t>(page * perPage); ++i) {
                const Template& t = *found[i].second;
                items.push_back({{"id", found[i].first},
                                 {"name", t.document.value("name", std::string())},
                                 {"description", t.document.value("description", std::string())},
                                 {"author", t.author},
                                 {"updated_at", t.updatedAt},
                                 {"downloads", t.downloads}});
            }
            res.set_content(
                json{{"items", items}, {"page", page}, {"per_page", perPage}, {"total", found.size()}}.dump(),
                "application/json");
        });
        server.Get(R"(/api/v1/templates/([^/]+))", [this](const httplib::Request& req, httplib::Response& res) {
            std::lock_guard lock(mutex);
            const auto email = authorize(req, res);
            if (!email) {
                return;
            }
            auto it = templates.find(req.matches[1].str());
            if (it == templates.end() || (!it->second.shared && it->second.owner != *email)) {
                fail(res, 404, "not_found", "No such template.");
                return;
            }
            ++it->second.downloads;
            res.set_header("ETag", it->second.etag());
            res.set_content(it->second.document.dump(), "application/json");
        });
        server.Get("/api/v1/me/templates", [this](const httplib::Request& req, httplib::Response& res) {
            std::lock_guard lock(mutex);
            const auto email = authorize(req, res);
            if (!email) {
                return;
            }
            json list = json::array();
            for (const auto& [id, t] : templates) {
                if (t.owner == *email) {
                    list.push_back({{"id", id},
                                    {"name", t.document.value("name", std::string())},
                                    {"updated_at", t.updatedAt},
                                    {"etag", t.etag()},
                                    {"shared", t.shared}});
                }
            }
            res.set_content(list.dump(), "application/json");
        });
        auto validDocument = [](const json& body) {
            return body.is_object() && body.contains("document") && body["document"].is_object() &&
                   body["document"].contains("widgets") && body["document"]["widgets"].is_array();
        };
        server.Post("/api/v1/me/templates", [this, validDocument](const httplib::Request& req, httplib::Response& res) {
            std::lock_guard lock(mutex);
            const auto email = authorize(req, res);
            if (!email) {
                return;
            }
            const json body = json::parse(req.body, nullptr, false);
            if (!validDocument(body)) {
                fail(res, 422, "invalid_template", "The document is not a dashboard template.");
                return;
            }
            const std::string id = "t" + std::to_string(nextTemplate++);
            Template& t = templates[id];
            t.owner = *email;
            t.author = users.at(*email).displayName;
            t.document = body["document"];
            t.shared = body.value("shared", false);
            res.status = 201;
            res.set_content(json{{"id", id}, {"etag", t.etag()}}.dump(), "application/json");
        });
        server.Put(R"(/api/v1/me/templates/([^/]+))",
                   [this, validDocument](const httplib::Request& req, httplib::Response& res) {
                       std::lock_guard lock(mutex);
                       const auto email = authorize(req, res);
                       if (!email) {
                           return;
                       }
                       auto it = templates.find(req.matches[1].str());
                       if (it == templates.end() || it->second.owner != *email) {
                           fail(res, 404, "not_found", "No such template.");
                           return;
                       }
                       if (req.get_header_value("If-Match") != it->second.etag()) {
                           fail(res, 412, "etag_mismatch", "The template changed elsewhere.");
                           return;
                       }
                       const json body = json::parse(req.body, nullptr, false);
                       if (!validDocument(body)) {
                           fail(res, 422, "invalid_template", "The document is not a dashboard template.");
                           return;
                       }
                       it->second.document = body["document"];
                       it->second.shared = body.value("shared", it->second.shared);
                       ++it->second.revision;
                       res.set_content(json{{"etag", it->second.etag()}}.dump(), "application/json");
                   });
        server.Delete(R"(/api/v1/me/templates/([^/]+))", [this](const httplib::Request& req, httplib::Response& res) {
            std::lock_guard lock(mutex);
            const auto email = authorize(req, res);
            if (!email) {
                return;
            }
            auto it = templates.find(req.matches[1].str());
            if (it == templates.end() || it->second.owner != *email) {
                fail(res, 404, "not_found", "No such template.");
                return;
            }
            templates.erase(it);
            res.status = 204;
        });
        server.Get("/api/v1/me/settings", [this](const httplib::Request& req, httplib::Response& res) {
            std::lock_guard lock(mutex);
            const auto email = authorize(req, res);
            if (!email) {
                return;
            }
            const Settings& mine = settings[*email];
            res.set_content(json{{"settings", mine.values}, {"version", mine.version}}.dump(), "application/json");
        });
        server.Put("/api/v1/me/settings", [this](const httplib::Request& req, httplib::Response& res) {
            std::lock_guard lock(mutex);
            const auto email = authorize(req, res);
            if (!email) {
                return;
            }
            Settings& mine = settings[*email];
            for (const auto& [who, key, value] : beforeNextPut) {
                settings[who].values[key] = value;
                ++settings[who].version;
            }
            beforeNextPut.clear();
            if (req.get_header_value("If-Match") != "\"" + std::to_string(mine.version) + "\"") {
                fail(res, 412, "version_mismatch", "The settings changed elsewhere.");
                return;
            }
            const json body = json::parse(req.body, nullptr, false);
            if (!body.is_object() || !body.contains("settings") || !body["settings"].is_object()) {
                fail(res, 400, "invalid_request", "settings object expected");
                return;
            }
            mine.values = body["settings"];
            ++mine.version;
            res.set_content(json{{"version", mine.version}}.dump(), "application/json");
        });
        // Data Dragon's documents, mirrored from the Riot stand-in's /ddragon.
        server.Get("/api/v1/static/versions", [this](const httplib::Request& req, httplib::Response& res) {
            {
                std::lock_guard lock(mutex);
                if (!authorize(req, res)) {
                    return;
                }
            }
            httplib::Client ddragon(riot.baseUrl());
            auto answer = ddragon.Get("/ddragon/api/versions.json");
            res.status = answer ? answer->status : 502;
            res.set_content(answer ? answer->body : std::string("[]"), "application/json");
        });
        server.Get(R"(/api/v1/static/([^/]+)/champions)", [this](const httplib::Request& req, httplib::Response& res) {
            {
                std::lock_guard lock(mutex);
                if (!authorize(req, res)) {
                    return;
                }
            }
            httplib::Client ddragon(riot.baseUrl());
            auto answer = ddragon.Get("/ddragon/cdn/" + req.matches[1].str() + "/data/en_US/champion.json");
            res.status = answer ? answer->status : 502;
            res.set_content(answer ? answer->body : std::string("{}"), "application/json");
        });
        server.Get("/api/v1/benchmarks", [this](const httplib::Request& req, httplib::Response& res) {
            std::lock_guard lock(mutex);
            if (!authorize(req, res)) {
                return;
            }
            static const std::set<std::string> tiers = {"IRON",    "BRONZE",  "SILVER", "GOLD",        "PLATINUM",
                                                        "EMERALD", "DIAMOND", "MASTER", "GRANDMASTER", "CHALLENGER"};
            static const std::set<std::string> roles = {"TOP", "JUNGLE", "MIDDLE", "BOTTOM", "UTILITY"};
            const std::string queue = req.get_param_value("queue");
            const std::string tier = req.get_param_value("tier");
            const std::string role = req.get_param_value("role");
            if (queue.empty() || tiers.count(tier) == 0 || roles.count(role) == 0) {
                fail(res, 400, "invalid_cohort", "unknown queue, tier or role");
                return;
            }
            const auto it = cohorts.find(queue + "|" + tier + "|" + role + "|" + req.get_param_value("champion"));
            if (it == cohorts.end() || it->second.games < 1000) {
                fail(res, 404, "cohort_too_small", "fewer than 1,000 games back this cohort");
                return;
            }
            const std::string etag = "\"cohort-" + std::to_string(it->second.version) + "\"";
            res.set_header("ETag", etag);
            if (req.get_header_value("If-None-Match") == etag) {
                ++stats.notModified;
                res.status = 304;
                return;
            }
            res.set_content(json{{"queue", std::stoi(queue)},
                                 {"tier", tier},
                                 {"role", role},
                                 {"champion", nullptr},
                                 {"patch", "15.22"},
                                 {"games", it->second.games},
                                 {"updated_at", "2026-11-30T04:00:00Z"},
                                 {"metrics", it->second.metrics}}
                                .dump(),
                            "application/json");
        });
        server.Get(R"(/api/v1/ranking/([^/]+))", [this](const httplib::Request& req, httplib::Response& res) {
            std::lock_guard lock(mutex);
            if (!authorize(req, res)) {
                return;
            }
            const std::string puuid = req.matches[1].str();
            const std::string since = req.get_param_value("since");
            json rows = json::array();
            for (const auto& r : ranks) {
                if (r.puuid == puuid && (since.empty() || r.observedAt > since)) {
                    rows.push_back({{"queue", r.queue},
                                    {"tier", r.tier},
                                    {"rank", r.rank},
                                    {"lp", r.lp},
                                    {"wins", r.wins},
                                    {"losses", r.losses},
                                    {"observed_at", r.observedAt}});
                }
            }
            res.set_content(rows.dump(), "application/json");
        });
    }
};

HeraldStandin::HeraldStandin(RiotStandin& riot, std::string riotKey)
    : m_impl(std::make_unique<Impl>(riot, std::move(riotKey))) {
    m_impl->routes();
    m_impl->server.new_task_queue = [] { return new httplib::ThreadPool(8); };
    m_impl->port = m_impl->server.bind_to_any_port("127.0.0.1");
    m_impl->thread = std::thread([impl = m_impl.get()] { impl->server.listen_after_bind(); });
}

HeraldStandin::~HeraldStandin() {
    m_impl->server.stop();
    if (m_impl->thread.joinable()) {
        m_impl->thread.join();
    }
}

std::string HeraldStandin::baseUrl() const {
    return "http://127.0.0.1:" + std::to_string(m_impl->port);
}

void HeraldStandin::addUser(const std::string& email, const std::string& password, const std::string& displayName) {
    std::lock_guard lock(m_impl->mutex);
    m_impl->users[email] = {std::to_string(m_impl->users.size() + 1), email, password, displayName};
}

void HeraldStandin::expireAccessTokens() {
    std::lock_guard lock(m_impl->mutex);
    for (const auto& [token, email] : m_impl->accessTokens) {
        m_impl->expiredAccess.insert(token);
    }
}

void HeraldStandin::setAccessTokenLifetime(std::chrono::seconds lifetime) {
    std::lock_guard lock(m_impl->mutex);
    m_impl->accessLifetime = lifetime;
}

void HeraldStandin::revokeRefreshTokens() {
    std::lock_guard lock(m_impl->mutex);
    m_impl->refreshTokens.clear();
}

void HeraldStandin::injectStatus(const std::string& pathPart, int status, int retryAfterSeconds, int times) {
    std::lock_guard lock(m_impl->mutex);
    m_impl->injected.push_back({pathPart, status, retryAfterSeconds, times});
}

void HeraldStandin::setDown(bool down) {
    std::lock_guard lock(m_impl->mutex);
    m_impl->down = down;
}

void HeraldStandin::addRank(RankRow row) {
    std::lock_guard lock(m_impl->mutex);
    m_impl->ranks.push_back(std::move(row));
}

std::string HeraldStandin::addSharedTemplate(const std::string& documentJson, const std::string& author) {
    std::lock_guard lock(m_impl->mutex);
    const std::string id = "t" + std::to_string(m_impl->nextTemplate++);
    auto& t = m_impl->templates[id];
    t.author = author;
    t.document = json::parse(documentJson);
    t.shared = true;
    return id;
}

void HeraldStandin::editTemplateElsewhere(const std::string& id, const std::string& newName) {
    std::lock_guard lock(m_impl->mutex);
    auto& t = m_impl->templates.at(id);
    t.document["name"] = newName;
    ++t.revision;
}

std::vector<HeraldStandin::StoredTemplate> HeraldStandin::templates() const {
    std::lock_guard lock(m_impl->mutex);
    std::vector<StoredTemplate> out;
    for (const auto& [id, t] : m_impl->templates) {
        out.push_back({id, t.owner, t.document.value("name", std::string()), t.etag(), t.shared});
    }
    return out;
}

void HeraldStandin::setSettingElsewhere(const std::string& email, const std::string& key, const std::string& value) {
    std::lock_guard lock(m_impl->mutex);
    auto& mine = m_impl->settings[email];
    mine.values[key] = value;
    ++mine.version;
}

void HeraldStandin::setSettingElsewhereBeforeNextPut(const std::string& email, const std::string& key,
                                                     const std::string& value) {
    std::lock_guard lock(m_impl->mutex);
    m_impl->beforeNextPut.emplace_back(email, key, value);
}

std::map<std::string, std::string> HeraldStandin::settingsOf(const std::string& email) const {
    std::lock_guard lock(m_impl->mutex);
    std::map<std::string, std::string> out;
    const auto it = m_impl->settings.find(email);
    if (it != m_impl->settings.end()) {
        for (const auto& [key, value] : it->second.values.items()) {
            out[key] = value.is_string() ? value.get<std::string>() : value.dump();
        }
    }
    return out;
}

void HeraldStandin::setCohort(int queue, const std::string& tier, const std::string& role, const std::string& champion,
                              std::int64_t games, const std::string& metricsJson) {
    std::lock_guard lock(m_impl->mutex);
    auto& cohort = m_impl->cohorts[std::to_string(queue) + "|" + tier + "|" + role + "|" + champion];
    cohort.games = games;
    cohort.metrics = json::parse(metricsJson);
    ++cohort.version;
}

HeraldStats HeraldStandin::stats() const {
    std::lock_guard lock(m_impl->mutex);
    return m_impl->stats;
}

std::vector<std::string> HeraldStandin::issuedTokens() const {
    std::lock_guard lock(m_impl->mutex);
    return m_impl->issued;
}

} // namespace herald::standin
