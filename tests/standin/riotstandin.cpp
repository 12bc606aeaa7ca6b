// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "riotstandin.h"

#include "demo/demogenerator.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <deque>
#include <fstream>
#include <httplib.h>
#include <optional>
#include <sstream>
#include <thread>

namespace herald::standin {

namespace {

using Clock = std::chrono::steady_clock;

struct Window {
    int limit;
    std::chrono::milliseconds span;
    std::deque<Clock::time_point> hits;
};

std::vector<Window> parseLimits(const std::string& text) {
    std::vector<Window> windows;
    std::stringstream in(text);
    std::string part;
    while (std::getline(in, part, ',')) {
        const auto colon = part.find(':');
        if (colon == std::string::npos) {
            continue;
        }
        windows.push_back(
            {std::stoi(part.substr(0, colon)), std::chrono::seconds(std::stoll(part.substr(colon + 1))), {}});
    }
    return windows;
}

std::string announce(const std::vector<Window>& windows) {
    std::string out;
    for (const Window& w : windows) {
        out += (out.empty() ? "" : ",") + std::to_string(w.limit) + ":" +
               std::to_string(std::chrono::duration_cast<std::chrono::seconds>(w.span).count());
    }
    return out;
}

std::string counts(const std::vector<Window>& windows) {
    std::string out;
    for (const Window& w : windows) {
        out += (out.empty() ? "" : ",") + std::to_string(w.hits.size()) + ":" +
               std::to_string(std::chrono::duration_cast<std::chrono::seconds>(w.span).count());
    }
    return out;
}

void prune(std::vector<Window>& windows, Clock::time_point now) {
    for (Window& w : windows) {
        while (!w.hits.empty() && w.hits.front() <= now - w.span) {
            w.hits.pop_front();
        }
    }
}

// The first full window: when it frees a slot. Clock::time_point{} when none is full.
Clock::time_point fullUntil(const std::vector<Window>& windows) {
    Clock::time_point until{};
    for (const Window& w : windows) {
        if (static_cast<int>(w.hits.size()) >= w.limit) {
            until = std::max(until, w.hits[w.hits.size() - static_cast<std::size_t>(w.limit)] + w.span);
        }
    }
    return until;
}

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::string riotError(int status, const std::string& message) {
    return "{\"status\":{\"message\":\"" + message + "\",\"status_code\":" + std::to_string(status) + "}}";
}

bool isRegion(const std::string& route) {
    return route == "americas" || route == "europe" || route == "asia" || route == "sea";
}

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream out;
    out << in.rdbuf();
    return out.str();
}

std::vector<std::string_view> segments(std::string_view path) {
    std::vector<std::string_view> out;
    while (!path.empty()) {
        if (path.front() == '/') {
            path.remove_prefix(1);
            continue;
        }
        const auto slash = path.find('/');
        out.push_back(path.substr(0, slash));
        path = slash == std::string_view::npos ? std::string_view() : path.substr(slash);
    }
    return out;
}

// "/lol/match/v5/matches/*/timeline": '*' takes one whole segment, appended to captures. (No std::regex: GCC 12
// warns inside it under the sanitizers.)
bool matchPath(std::string_view path, std::string_view pattern, std::vector<std::string>& captures) {
    captures.clear();
    const auto have = segments(path);
    const auto want = segments(pattern);
    if (have.size() != want.size() || path.empty() || path.back() == '/') {
        return false;
    }
    for (std::size_t i = 0; i < want.size(); ++i) {
        if (want[i] == "*") {
            captures.emplace_back(have[i]);
        } else if (want[i] != have[i]) {
            return false;
        }
    }
    return true;
}

bool endsWith(const std::string& text, std::string_view suffix) {
    return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

struct FaultEntry {
    std::string pathPart;
    Fault fault;
    int times;
};

} // namespace

struct RiotStandin::Impl {
    StandinOptions options;
    httplib::Server server;
    std::thread thread;
    int port = 0;
    std::atomic<bool> stopping{false};
    Clock::time_point started = Clock::now();

    mutable std::mutex mutex;
    std::map<std::string, std::string> accountsByRiotId; // lower-case "name#tag" -> account JSON
    std::map<std::string, std::string> accountsByPuuid;
    std::map<std::string, std::string> summoners;
    std::map<std::string, std::string> leagues;
    std::map<std::string, std::vector<std::string>> histories;
    std::map<std::string, std::pair<std::string, std::string>> matches; // id -> (match, timeline)
    std::deque<FaultEntry> faults;
    std::string appLimits;
    std::map<std::string, std::vector<Window>> appWindows;                            // route ->
    std::map<std::pair<std::string, std::string>, std::vector<Window>> methodWindows; // (route, method) ->
    StandinStats stats;
    int concurrent = 0;

    void sleepFor(std::chrono::milliseconds total) {
        const auto until = Clock::now() + total;
        while (!stopping && Clock::now() < until) {
            std::this_thread::sleep_for(std::min<Clock::duration>(std::chrono::milliseconds(20), until - Clock::now()));
        }
    }

    // Data Dragon ({base}/ddragon/...) and Riot's static constants ({base}/static/...): public, no key, no limits.
    void serveGameData(const httplib::Request& req, const std::string& route, const std::string& path,
                       httplib::Response& res) {
        {
            std::lock_guard lock(mutex);
            ++stats.gameDataRequests;
            if (req.has_header("X-Riot-Token")) {
                ++stats.keySentToGameData;
            }
        }
        const std::string fixtures = HERALD_FIXTURES_DIR;
        std::vector<std::string> m;
        if (route == "static" && path == "/docs/lol/queues.json") {
            res.set_content(readFile(fixtures + "/constants_queues_riotapi-schema.json"), "application/json");
        } else if (route == "ddragon" && path == "/api/versions.json") {
            res.set_content(readFile(fixtures + "/ddragon_versions_2023-12.json"), "application/json");
        } else if (route == "ddragon" && matchPath(path, "/cdn/*/data/*/*", m) &&
                   (m[2] == "champion.json" || m[2] == "item.json" || m[2] == "summoner.json" ||
                    m[2] == "runesReforged.json")) {
            // Real Data Dragon documents of the 13.22 era (summoner.json: 13.24.1, the nearest one recorded).
            const std::string file = m[2] == "champion.json"   ? "/ddragon_champion_13.22.1_en_US.json"
                                     : m[2] == "item.json"     ? "/ddragon_item_13.22.1_en_US.json"
                                     : m[2] == "summoner.json" ? "/ddragon_summoner_13.24.1_en_US.json"
                                                               : "/ddragon_runesReforged_13.22.1_en_US.json";
            res.set_content(readFile(fixtures + file), "application/json");
        } else if (route == "ddragon" &&
                   (matchPath(path, "/cdn/*/img/champion/*", m) || matchPath(path, "/cdn/*/img/item/*", m)) &&
                   endsWith(m[1], ".png")) {
            static const char kPng[] = "\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00\x00"
                                       "\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\x0d"
                                       "\x49\x44\x41\x54\x78\xda\x63\x64\x60\xf8\x5f\x0f\x00\x02\x87\x01\x80\xeb"
                                       "\x47\xba\x92\x00\x00\x00\x00\x49\x45\x4e\x44\xae\x42\x60\x82";
            res.set_content(std::string(kPng, sizeof kPng - 1), "image/png");
        } else {
            res.status = 404;
            res.set_content("<Error><Code>AccessDenied</Code></Error>", "application/xml");
        }
    }

    void handle(const httplib::Request& req, httplib::Response& res) {
        {
            std::lock_guard lock(mutex);
            ++stats.requests;
            ++concurrent;
            stats.peakConcurrent = std::max(stats.peakConcurrent, concurrent);
        }
        struct Leave {
            Impl& impl;
            ~Leave() {
                std::lock_guard lock(impl.mutex);
                --impl.concurrent;
            }
        } leave{*this};
        serve(req, res);
    }

    void serve(const httplib::Request& req, httplib::Response& res) {
        const auto slash = req.path.find('/', 1);
        if (req.path.size() < 2 || req.path[0] != '/' || slash == std::string::npos) {
            res.status = 404;
            res.set_content(riotError(404, "Not found"), "application/json;charset=utf-8");
            return;
        }
        const std::string route = req.path.substr(1, slash - 1);
        const std::string path = req.path.substr(slash);
        if (route == "ddragon" || route == "static") {
            serveGameData(req, route, path, res);
            return;
        }
        std::unique_lock lock(mutex);
        if (req.has_param("api_key")) {
            ++stats.keyInQuery;
        }
        const std::string key = req.get_header_value("X-Riot-Token");
        if (key != options.apiKey) {
            ++stats.badKey;
            res.status = key.empty() ? 401 : 403;
            res.set_content(riotError(res.status, key.empty() ? "Unauthorized" : "Forbidden"),
                            "application/json;charset=utf-8");
            return;
        }

        // Which method, and what it answers.
        std::vector<std::string> m;
        std::string method;
        bool regional = true;
        const std::string* body = nullptr;
        std::string built;
        std::string servedMatch;
        if (matchPath(path, "/riot/account/v1/accounts/by-riot-id/*/*", m)) {
            method = "account-v1.getByRiotId";
            const auto it = accountsByRiotId.find(lower(m[0] + "#" + m[1]));
            body = it == accountsByRiotId.end() ? nullptr : &it->second;
        } else if (matchPath(path, "/riot/account/v1/accounts/by-puuid/*", m)) {
            method = "account-v1.getByPuuid";
            const auto it = accountsByPuuid.find(m[0]);
            body = it == accountsByPuuid.end() ? nullptr : &it->second;
        } else if (matchPath(path, "/lol/summoner/v4/summoners/by-puuid/*", m)) {
            method = "summoner-v4.getByPUUID";
            regional = false;
            const auto it = summoners.find(m[0]);
            body = it == summoners.end() ? nullptr : &it->second;
        } else if (matchPath(path, "/lol/league/v4/entries/by-puuid/*", m)) {
            method = "league-v4.getLeagueEntriesByPUUID";
            regional = false;
            const auto it = leagues.find(m[0]);
            built = it == leagues.end() ? "[]" : it->second;
            body = &built;
        } else if (matchPath(path, "/lol/match/v5/matches/by-puuid/*/ids", m)) {
            method = "match-v5.getMatchIdsByPUUID";
            const auto it = histories.find(m[0]);
            const int start = req.has_param("start") ? std::stoi(req.get_param_value("start")) : 0;
            const int count = req.has_param("count") ? std::stoi(req.get_param_value("count")) : 20;
            if (count < 0 || count > 100 || start < 0) {
                res.status = 400;
                res.set_content(riotError(400, "Bad request - count must be 0..100"), "application/json");
                return;
            }
            built = "[";
            if (it != histories.end()) {
                const auto& ids = it->second;
                for (int i = start; i < std::min<int>(start + count, static_cast<int>(ids.size())); ++i) {
                    built += (i == start ? "\"" : ",\"") + ids[static_cast<std::size_t>(i)] + "\"";
                }
            }
            built += "]";
            body = &built;
        } else if (matchPath(path, "/lol/match/v5/matches/*/timeline", m)) {
            method = "match-v5.getTimeline";
            const auto it = matches.find(m[0]);
            body = it == matches.end() || it->second.second.empty() ? nullptr : &it->second.second;
        } else if (matchPath(path, "/lol/match/v5/matches/*", m)) {
            method = "match-v5.getMatch";
            const auto it = matches.find(m[0]);
            body = it == matches.end() ? nullptr : &it->second.first;
            servedMatch = m[0];
        } else {
            res.status = 404;
            res.set_content(riotError(404, "Not found"), "application/json");
            return;
        }
        if (regional != isRegion(route)) {
            res.status = 400;
            res.set_content(riotError(400, "Bad request - wrong routing value " + route + " for " + method),
                            "application/json");
            return;
        }

        // Limits: a request over an announced limit is refused and not counted.
        const auto now = Clock::now();
        auto& app = appWindows.try_emplace(route, parseLimits(appLimits)).first->second;
        auto& own = methodWindows.try_emplace({route, method}, parseLimits(options.methodLimits)).first->second;
        prune(app, now);
        prune(own, now);
        const auto appFull = fullUntil(app);
        const auto methodFull = fullUntil(own);
        auto setLimitHeaders = [&] {
            if (!app.empty()) {
                res.set_header("X-App-Rate-Limit", announce(app));
                res.set_header("X-App-Rate-Limit-Count", counts(app));
            }
            if (!own.empty()) {
                res.set_header("X-Method-Rate-Limit", announce(own));
                res.set_header("X-Method-Rate-Limit-Count", counts(own));
            }
        };
        if (appFull != Clock::time_point{} || methodFull != Clock::time_point{}) {
            ++stats.overLimit429;
            const auto until = std::max(appFull, methodFull);
            res.status = 429;
            res.set_header("X-Rate-Limit-Type", appFull >= methodFull ? "application" : "method");
            if (options.retryAfter) {
                const auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(until - now);
                res.set_header("Retry-After", std::to_string((wait.count() + 999) / 1000));
            }
            setLimitHeaders();
            res.set_content(riotError(429, "Rate limit exceeded"), "application/json");
            return;
        }
        for (Window& w : app) {
            w.hits.push_back(now);
        }
        for (Window& w : own) {
            w.hits.push_back(now);
        }
        setLimitHeaders();

        // Faults on demand.
        std::optional<Fault> fault;
        for (auto it = faults.begin(); it != faults.end(); ++it) {
            if (path.find(it->pathPart) != std::string::npos) {
                fault = it->fault;
                if (--it->times <= 0) {
                    faults.erase(it);
                }
                ++stats.injected;
                break;
            }
        }
        const std::string content = body != nullptr ? *body : std::string();
        const auto latency = options.latency;
        lock.unlock();
        if (latency.count() > 0) {
            sleepFor(latency);
        }
        if (fault) {
            switch (*fault) {
            case Fault::Status500:
            case Fault::Status503:
                res.status = *fault == Fault::Status500 ? 500 : 503;
                res.set_content(riotError(res.status, "Internal server error"), "application/json");
                return;
            case Fault::Status429:
            case Fault::Status429NoRetryAfter:
                res.status = 429;
                res.set_header("X-Rate-Limit-Type", "service");
                if (*fault == Fault::Status429) {
                    res.set_header("Retry-After", "1");
                }
                res.set_content(riotError(429, "Rate limit exceeded"), "application/json");
                return;
            case Fault::Stall:
                sleepFor(std::chrono::seconds(30));
                res.status = 504;
                return;
            case Fault::CutBody:
            case Fault::Drop: {
                const bool cut = *fault == Fault::CutBody;
                const std::string whole = content.empty() ? riotError(404, "Data not found") : content;
                res.status = 200;
                res.set_content_provider(whole.size(), "application/json;charset=utf-8",
                                         [whole, cut](std::size_t, std::size_t, httplib::DataSink& sink) {
                                             if (cut) {
                                                 sink.write(whole.data(), whole.size() / 2);
                                             }
                                             return false; // closes the connection mid-body
                                         });
                return;
            }
            case Fault::InvalidJson:
                res.status = 200;
                res.set_content(content.substr(0, content.size() / 3) + "<html>oops", "application/json");
                return;
            }
        }
        if (body == nullptr) {
            res.status = 404;
            res.set_content(riotError(404, "Data not found - match file not found"), "application/json");
            return;
        }
        res.status = 200;
        res.set_content(content, "application/json;charset=utf-8");
        std::lock_guard again(mutex);
        ++stats.byMethod[method];
        if (!servedMatch.empty()) {
            ++stats.matchServed[servedMatch];
        }
        stats.answeredAt.push_back(std::chrono::duration<double>(Clock::now() - started).count());
    }
};

RiotStandin::RiotStandin(StandinOptions options) : m_impl(std::make_unique<Impl>()) {
    m_impl->options = std::move(options);
    m_impl->appLimits = m_impl->options.appLimits;
    const int threads = m_impl->options.threads;
    m_impl->server.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<std::size_t>(threads)); };
    m_impl->server.Get(
        ".*", [impl = m_impl.get()](const httplib::Request& req, httplib::Response& res) { impl->handle(req, res); });
    m_impl->port = m_impl->server.bind_to_any_port("127.0.0.1");
    m_impl->thread = std::thread([impl = m_impl.get()] { impl->server.listen_after_bind(); });
    while (!m_impl->server.is_running()) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
}

RiotStandin::~RiotStandin() {
    m_impl->stopping = true;
    m_impl->server.stop();
    m_impl->thread.join();
}

std::string RiotStandin::baseUrl() const {
    return "http://127.0.0.1:" + std::to_string(m_impl->port);
}

void RiotStandin::addAccount(const std::string& gameName, const std::string& tagLine, const std::string& puuid) {
    const std::string body =
        "{\"puuid\":\"" + puuid + "\",\"gameName\":\"" + gameName + "\",\"tagLine\":\"" + tagLine + "\"}";
    std::lock_guard lock(m_impl->mutex);
    m_impl->accountsByRiotId[lower(gameName + "#" + tagLine)] = body;
    m_impl->accountsByPuuid[puuid] = body;
}

void RiotStandin::setSummoner(const std::string& puuid, std::string body) {
    std::lock_guard lock(m_impl->mutex);
    m_impl->summoners[puuid] = std::move(body);
}

void RiotStandin::setLeagueEntries(const std::string& puuid, std::string body) {
    std::lock_guard lock(m_impl->mutex);
    m_impl->leagues[puuid] = std::move(body);
}

void RiotStandin::setHistory(const std::string& puuid, std::vector<std::string> idsNewestFirst) {
    std::lock_guard lock(m_impl->mutex);
    m_impl->histories[puuid] = std::move(idsNewestFirst);
}

void RiotStandin::addMatch(const std::string& matchId, std::string match, std::string timeline) {
    std::lock_guard lock(m_impl->mutex);
    m_impl->matches[matchId] = {std::move(match), std::move(timeline)};
}

void RiotStandin::injectFault(const std::string& pathPart, Fault fault, int times) {
    std::lock_guard lock(m_impl->mutex);
    m_impl->faults.push_back({pathPart, fault, times});
}

void RiotStandin::clearFaults() {
    std::lock_guard lock(m_impl->mutex);
    m_impl->faults.clear();
}

std::vector<std::string> RiotStandin::addNewerMatches(const std::string& puuid, int n) {
    std::lock_guard lock(m_impl->mutex);
    auto& history = m_impl->histories[puuid];
    const std::string source = history.front();
    const auto underscore = source.find('_');
    const std::string prefix = source.substr(0, underscore + 1);
    const std::string gameId = source.substr(underscore + 1);
    const auto& bodies = m_impl->matches.at(source);
    auto replaceAll = [](std::string text, const std::string& from, const std::string& to) {
        for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
            text.replace(at, from.size(), to);
        }
        return text;
    };
    std::vector<std::string> added;
    for (int i = n; i >= 1; --i) {
        const std::string newGameId = std::to_string(std::stoll(gameId) + 1'000'000 + i);
        const std::string id = prefix + newGameId;
        m_impl->matches[id] = {replaceAll(bodies.first, gameId, newGameId),
                               bodies.second.empty() ? std::string() : replaceAll(bodies.second, gameId, newGameId)};
        added.push_back(id);
    }
    history.insert(history.begin(), added.begin(), added.end());
    return added;
}

void RiotStandin::setLatency(std::chrono::milliseconds latency) {
    std::lock_guard lock(m_impl->mutex);
    m_impl->options.latency = latency;
}

void RiotStandin::setAppLimits(const std::string& limits) {
    std::lock_guard lock(m_impl->mutex);
    m_impl->appLimits = limits;
    m_impl->appWindows.clear();
}

StandinStats RiotStandin::stats() const {
    std::lock_guard lock(m_impl->mutex);
    return m_impl->stats;
}

std::vector<std::string> RiotStandin::loadDemoHistory(int matchCount, std::uint64_t seed, double timelineShare) {
    const auto& me = demo::demoAccount();
    demo::DemoOptions options;
    options.matches = matchCount;
    options.seed = seed;
    options.timelineShare = timelineShare;
    demo::DemoGenerator generator(options);
    std::vector<ingest::NamedPayload> payloads;
    while (generator.next(payloads)) {
    }
    std::vector<std::string> ids;
    std::map<std::string, std::pair<std::string, std::string>> found;
    for (auto& payload : payloads) {
        // names: demo/EUW1_123.json and demo/EUW1_123_timeline.json
        std::string name = payload.name.substr(payload.name.rfind('/') + 1);
        name = name.substr(0, name.size() - 5);
        const bool isTimeline = name.size() > 9 && name.compare(name.size() - 9, 9, "_timeline") == 0;
        if (isTimeline) {
            found[name.substr(0, name.size() - 9)].second = std::move(payload.bytes);
        } else {
            ids.push_back(name);
            found[name].first = std::move(payload.bytes);
        }
    }
    std::reverse(ids.begin(), ids.end()); // the generator goes oldest first; Riot lists newest first
    addAccount(me.gameName, me.tagLine, me.puuid);
    setSummoner(me.puuid, "{\"puuid\":\"" + me.puuid +
                              "\",\"profileIconId\":4933,\"revisionDate\":1714728088758,\"summonerLevel\":474}");
    setLeagueEntries(me.puuid, readFile(std::string(HERALD_FIXTURES_DIR) +
                                        "/league_v4_entries_by_summoner_solo_flex_miniSeries.json"));
    for (auto& [id, bodies] : found) {
        addMatch(id, std::move(bodies.first), std::move(bodies.second));
    }
    setHistory(me.puuid, ids);
    return ids;
}

} // namespace herald::standin
