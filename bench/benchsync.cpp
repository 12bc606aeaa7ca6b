// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchsync.h"

#include "demo/demogenerator.h"
#include "engine/syncengine.h"
#include "riotstandin.h"
#include "store/store.h"

#include <algorithm>
#include <chrono>
#include <deque>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>
#include <thread>

namespace herald::bench {

namespace {

struct Window {
    int limit;
    double span;
};

// When request i may go at the earliest under exact sliding windows, all requests sent as soon as allowed.
double idealFinish(int requests, const std::vector<Window>& windows) {
    std::vector<double> sent{0.0};
    for (int i = 1; i < requests; ++i) {
        double at = 0;
        for (const Window& w : windows) {
            if (static_cast<int>(sent.size()) >= w.limit) {
                at = std::max(at, sent[sent.size() - static_cast<std::size_t>(w.limit)] + w.span);
            }
        }
        sent.push_back(at);
    }
    return sent.back();
}

struct Setup {
    std::filesystem::path dir;
    std::unique_ptr<store::Store> store;
};

Setup freshStore(const char* name) {
    Setup setup;
    setup.dir = std::filesystem::temp_directory_path() / name;
    std::filesystem::remove_all(setup.dir);
    auto opened = store::Store::open(setup.dir, store::Store::Access::Write);
    if (!opened) {
        std::cerr << "herald-bench: " << opened.error().message << '\n';
        std::exit(1);
    }
    setup.store = std::move(opened).value();
    return setup;
}

sync::riot::RiotConfig configFor(const standin::RiotStandin& standin) {
    sync::riot::RiotConfig config;
    config.apiKey = standin::StandinOptions().apiKey;
    config.baseUrl = standin.baseUrl();
    return config;
}

} // namespace

int benchSyncLimits(int requests) {
    standin::StandinOptions options;
    options.appLimits = "20:1,100:12";
    options.methodLimits = "2000:10";
    standin::RiotStandin standin(options);
    // On the europe routing value: 1 account lookup, the id pages, one request per match (no timelines).
    const int pages = (requests + 99) / 100;
    const int matches = requests - 1 - pages;
    standin.loadDemoHistory(matches, 11, 0.0);
    Setup setup = freshStore("herald-bench-sync-limits");
    sync::SyncEngine engine(*setup.store, configFor(standin));
    auto account = engine.addAccount({"Demo", "HRLD"}, *sync::riot::findPlatform("euw1"));
    if (!account) {
        std::cerr << "herald-bench: " << account.error().message << '\n';
        return 1;
    }
    sync::SyncOptions syncOptions;
    syncOptions.timelines = false;
    auto result = engine.sync(account->puuid, syncOptions);
    if (!result) {
        std::cerr << "herald-bench: " << result.error().message << '\n';
        return 1;
    }
    const auto stats = standin.stats();
    // The europe requests: everything but the two on euw1 (summoner, league).
    const int europe = static_cast<int>(stats.requests) - 2;
    const double first = stats.answeredAt.front();
    const double last = stats.answeredAt.back();
    const double achieved = (stats.answeredAt.size() - 1) / (last - first);
    const double ideal = (europe - 1) / idealFinish(europe, {{20, 1.0}, {100, 12.0}});
    const double tightest = 100.0 / 12.0;
    nlohmann::json out = {
        {"benchmark", "sync-limits"},
        {"announced_limits", options.appLimits},
        {"requests", stats.requests},
        {"requests_on_route", europe},
        {"matches", result->newMatches},
        {"seconds", last - first},
        {"achieved_rate_per_s", achieved},
        {"tightest_limit_rate_per_s", tightest},
        {"share_of_tightest_rate", achieved / tightest},
        {"ideal_rate_for_this_run_per_s", ideal},
        {"share_of_ideal_rate", achieved / ideal},
        {"over_limit_429", stats.overLimit429},
        {"client_429", result->requests.rateLimited},
        {"client_waited_ms", result->requests.waitedMs},
    };
    std::cout << out.dump(2) << '\n';
    std::filesystem::remove_all(setup.dir);
    return stats.overLimit429 == 0 && result->newMatches == matches ? 0 : 1;
}

int benchSyncLatency(int matches, int latencyMs, int concurrency) {
    standin::StandinOptions options;
    options.appLimits = "5000:1,100000:600";
    options.methodLimits = "5000:1";
    options.latency = std::chrono::milliseconds(latencyMs);
    options.threads = 64;
    standin::RiotStandin standin(options);
    standin.loadDemoHistory(matches, 13, 1.0);
    Setup setup = freshStore("herald-bench-sync-latency");
    sync::SyncEngine engine(*setup.store, configFor(standin));
    auto account = engine.addAccount({"Demo", "HRLD"}, *sync::riot::findPlatform("euw1"));
    if (!account) {
        std::cerr << "herald-bench: " << account.error().message << '\n';
        return 1;
    }
    sync::SyncOptions syncOptions;
    syncOptions.concurrency = concurrency;
    const auto started = std::chrono::steady_clock::now();
    auto result = engine.sync(account->puuid, syncOptions);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    if (!result) {
        std::cerr << "herald-bench: " << result.error().message << '\n';
        return 1;
    }
    const auto stats = standin.stats();
    nlohmann::json out = {
        {"benchmark", "sync-latency"},
        {"latency_ms", latencyMs},
        {"concurrency", concurrency},
        {"matches", result->newMatches},
        {"timelines", result->timelines},
        {"requests", result->requests.requests},
        {"seconds", seconds},
        {"matches_per_s", result->newMatches / seconds},
        {"client_peak_in_flight", result->requests.peakInFlight},
        {"server_peak_concurrent", stats.peakConcurrent},
    };
    std::cout << out.dump(2) << '\n';
    std::filesystem::remove_all(setup.dir);
    return result->newMatches == matches ? 0 : 1;
}

int serveStandin(int matches, int latencyMs) {
    standin::StandinOptions options;
    options.appLimits = "20:1,100:120";
    options.latency = std::chrono::milliseconds(latencyMs);
    standin::RiotStandin standin(options);
    standin.loadDemoHistory(matches, 17);
    std::cout << "export HERALD_RIOT_BASE_URL=" << standin.baseUrl() << "\n"
              << "export HERALD_DDRAGON_BASE_URL=" << standin.ddragonBaseUrl() << "\n"
              << "export HERALD_RIOT_STATIC_BASE_URL=" << standin.staticBaseUrl() << "\n"
              << "export HERALD_RIOT_API_KEY=" << options.apiKey << "\n"
              << "# Demo#HRLD on euw1 has " << matches << " matches. Ctrl-C stops the stand-in.\n"
              << std::flush;
    for (;;) {
        std::this_thread::sleep_for(std::chrono::hours(1));
    }
}

} // namespace herald::bench
