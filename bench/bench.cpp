// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// herald-bench: measures Herald's budgets and prints the results as JSON (one object per benchmark).
//   herald-bench ingest [--matches N] [--threads N] [--min-timeline-events N]
//   herald-bench open --cli PATH --data-dir DIR [--runs N]
//   herald-bench stats-burst --cli PATH --data-dir DIR [--runs N]
//   herald-bench lobby --cli PATH --data-dir DIR [--runs N]
//   herald-bench dashboard [--matches N] [--accounts N] [--keep DIR]
//   herald-bench sync-limits [--requests N]
//   herald-bench sync-latency [--matches N] [--latency MS] [--concurrency N]
//   herald-bench serve-standin [--matches N] [--latency MS]   (not a benchmark: the stand-in for manual runs)
// Budgets live in the issues; this program reports, it does not judge.
#include "analytics/engine.h"
#include "analytics/insights.h"
#include "benchexport.h"
#include "benchopen.h"
#include "benchsync.h"
#include "dashboards/evaluate.h"
#include "demo/demogenerator.h"
#include "demo/demohistory.h"
#include "ingest/derivation.h"
#include "ingest/importer.h"
#include "store/benchdata.h"
#include "store/database.h"
#include "store/matchhistory.h"
#include "store/store.h"
#include "templates/template.h"

#include <atomic>
#include <chrono>
#include <cmath>
#include <cstring>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <random>
#include <string>

#ifndef _WIN32
#include <sys/resource.h>
#endif

namespace {

double cpuSeconds() {
#ifndef _WIN32
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
#else
    return 0;
#endif
}

long peakRssKb() {
#ifndef _WIN32
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
#else
    return 0;
#endif
}

// Bytes per match of each table and index of the store (SQLite's dbstat), largest first.
nlohmann::json bytesPerMatchByTable(const std::filesystem::path& dbPath, int matches) {
    nlohmann::json out = nlohmann::json::object();
    auto db = herald::store::Database::open(dbPath, herald::store::Database::Mode::ReadOnly);
    if (!db) {
        return out;
    }
    try {
        for (const auto& [name, bytes] : herald::store::bytesByTable(db.value())) {
            if (bytes >= matches * 100) { // leave out the small ones
                out[name] = std::round(static_cast<double>(bytes) / matches);
            }
        }
    } catch (const herald::store::StoreError& e) {
        out["error"] = e.what(); // a SQLite built without dbstat
    }
    return out;
}

int benchIngest(int matches, int threads, int minTimelineEvents) {
    using namespace herald;
    // Generate first (not timed): the benchmark measures parse, derive, compress and write.
    demo::DemoOptions options;
    options.minTimelineEvents = minTimelineEvents;
    options.matches = matches;
    options.seed = 1;
    options.endMs = 1'780'000'000'000; // fixed, so every run ingests the same bytes
    demo::DemoGenerator generator(options);
    std::vector<ingest::NamedPayload> payloads;
    while (generator.next(payloads)) {
    }
    std::size_t rawBytes = 0;
    int timelines = 0;
    for (const auto& p : payloads) {
        rawBytes += p.bytes.size();
        timelines += p.name.find("_timeline") != std::string::npos ? 1 : 0;
    }

    const auto dir =
        std::filesystem::temp_directory_path() / ("herald-bench-" + std::to_string(std::random_device{}()));
    ingest::ImportReport report;
    double seconds = 0;
    double cpu = 0;
    {
        auto store = store::Store::open(dir, store::Store::Access::Write);
        if (!store) {
            std::cerr << "herald-bench: " << store.error().message << '\n';
            return 1;
        }
        ingest::Importer importer(store.value()->writer(), threads);
        const double cpuBefore = cpuSeconds();
        const auto start = std::chrono::steady_clock::now();
        report = importer.importPayloads(std::move(payloads));
        seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        cpu = cpuSeconds() - cpuBefore;
    } // closing the store checkpoints the WAL into the database file
    std::error_code ec;
    const auto storeBytes = std::filesystem::file_size(store::databasePath(dir), ec);
    std::int64_t keptEvents = 0;
    if (auto db = store::Database::open(store::databasePath(dir), store::Database::Mode::ReadOnly)) {
        keptEvents = store::timelineEventCount(db.value());
    }
    const nlohmann::json byTable = bytesPerMatchByTable(store::databasePath(dir), matches);
    std::filesystem::remove_all(dir, ec);

    nlohmann::json out = {
        {"benchmark", "ingest"},
        {"matches", report.imported},
        {"timelines", report.timelines},
        {"failed", report.failed.size()},
        {"worker_threads", threads},
        {"hardware_threads", std::thread::hardware_concurrency()},
        {"seconds", seconds},
        {"cpu_seconds", cpu},
        {"matches_per_second", report.imported / seconds},
        {"raw_json_bytes_per_match", static_cast<double>(rawBytes) / matches},
        {"store_bytes", storeBytes},
        {"store_bytes_per_match", static_cast<double>(storeBytes) / matches},
        {"store_bytes_per_match_by_table", byTable},
        {"kept_events_per_timeline", timelines > 0 ? static_cast<double>(keptEvents) / timelines : 0.0},
        {"peak_rss_mb", static_cast<double>(peakRssKb()) / 1024.0},
    };
    std::cout << out.dump(2) << '\n';
    return report.failed.empty() ? 0 : 1;
}

long residentKb() {
    std::ifstream statm("/proc/self/statm");
    long pages = 0;
    long resident = 0;
    statm >> pages >> resident;
    return resident * 4; // 4 KiB pages
}

// The queries of the ten-widget dashboard of the issue, for the given players.
std::vector<herald::analytics::Query> dashboardQueries(const std::vector<std::string>& puuids) {
    using herald::analytics::Query;
    auto make = [&](std::vector<std::string> metrics, std::vector<std::string> by,
                    std::map<std::string, std::vector<std::string>> filters, std::optional<std::string> order = {},
                    std::optional<int> limit = {}) {
        Query q;
        q.puuids = puuids;
        q.metrics = std::move(metrics);
        q.groupBy = std::move(by);
        q.filters = std::move(filters);
        q.timeZone = "Europe/Paris";
        if (order) {
            q.order = herald::analytics::parseOrder(*order);
        }
        q.limit = limit;
        return q;
    };
    return {
        make({"win_rate"}, {}, {{"queue", {"420"}}, {"since", {"-90d"}}}),                             // KPI
        make({"win_rate"}, {}, {{"queue", {"420"}}, {"since", {"-180d"}}, {"until", {"2099-01-01"}}}), // its comparison
        make({"kda", "cs_per_min"}, {"week"}, {{"queue", {"420"}}}),                                   // line
        make({"win_rate", "games"}, {"champion"}, {{"queue", {"420"}}}, "-games", 10),                 // bar, top 10
        make({"games"}, {"role"}, {}),                                                                 // pie
        make({"games", "win_rate", "kda", "cs_per_min", "damage_share"}, {"champion"}, {}, "-games"),  // table
        make({"win_rate"}, {"weekday", "hour"}, {}),                                                   // heatmap
        make({"gold_diff_10"}, {"role"}, {}),                                                          // laning
        make({"lp"}, {"day"}, {{"queue", {"RANKED_SOLO_5x5"}}}),                                       // rank history
    };
}

// Nine more followed accounts whose participations are copies of the demo player's, under their own match ids:
// a coach's 100,000 matches without generating 90,000 more payloads (the engine's work per row is the same).
void addCopiedAccounts(herald::store::StoreWriter& writer, int accounts) {
    auto done = writer
                    .submit<herald::Ok>([accounts](herald::store::Database& db) -> herald::Result<herald::Ok> {
                        herald::store::Transaction tx(db);
                        herald::store::addCopiesOfAccount(db, "Demo", accounts - 1);
                        // A year of daily LP snapshots per account for the rank widget.
                        herald::store::addDailyRankSnapshots(db);
                        herald::ingest::rebuildRollups(db);
                        tx.commit();
                        return herald::Ok{};
                    })
                    .get();
    if (!done) {
        std::cerr << "herald-bench: " << done.error().message << '\n';
    }
}

int benchDashboard(int matches, int accounts, const std::string& keep) {
    using namespace herald;
    const auto dir = keep.empty() ? std::filesystem::temp_directory_path() /
                                        ("herald-bench-" + std::to_string(std::random_device{}()))
                                  : std::filesystem::path(keep);
    const bool reuse = !keep.empty() && std::filesystem::exists(store::databasePath(dir));
    {
        auto store = store::Store::open(dir, store::Store::Access::Write);
        if (!store) {
            std::cerr << "herald-bench: " << store.error().message << '\n';
            return 1;
        }
        if (!reuse) {
            demo::DemoOptions options;
            options.matches = matches;
            options.endMs = 1'780'000'000'000;
            if (auto made = demo::createDemoHistory(store.value()->writer(), options); !made) {
                std::cerr << "herald-bench: " << made.error().message << '\n';
                return 1;
            }
        }
        auto db = store.value()->openReader();
        if (db && store::followedAccountCount(db.value()) < accounts) {
            addCopiedAccounts(store.value()->writer(), accounts);
        }
    }
    auto store = store::Store::open(dir, store::Store::Access::Read);
    std::vector<std::string> puuids;
    {
        auto db = store.value()->openReader();
        puuids = store::followedPuuids(db.value(), accounts);
    }
    const auto queries = dashboardQueries(puuids);
    std::vector<double> perQuery(queries.size() + 1, 0.0);
    auto runAll = [&](analytics::AnalyticsEngine& engine, store::Database& db, bool& ok) {
        const auto start = std::chrono::steady_clock::now();
        for (std::size_t i = 0; i < queries.size(); ++i) {
            const auto queryStart = std::chrono::steady_clock::now();
            auto r = engine.run(db, queries[i], 1, 1'780'000'000'000);
            perQuery[i] =
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - queryStart).count();
            if (!r) {
                std::cerr << "herald-bench: " << r.error().message << '\n';
                ok = false;
            }
        }
        store::HistoryFilter recent; // the recent-matches widget
        recent.puuids = puuids;
        const auto page = store::historyPage(db, recent, std::nullopt, 10);
        if (!page || page->size() != 10) {
            ok = false;
        }
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    };
    bool ok = true;
    const long rssBefore = residentKb();
    auto db = store.value()->openReader(); // a new connection: SQLite's page cache is cold too
    analytics::AnalyticsEngine engine;
    const double coldMs = runAll(engine, db.value(), ok);
    const std::vector<double> coldPerQuery = perQuery;
    double warmMs = 1e9;
    for (int i = 0; i < 5; ++i) {
        warmMs = std::min(warmMs, runAll(engine, db.value(), ok));
    }
    const long rssAfter = residentKb();
    // As a dashboard runs them: the widgets' queries spread over one worker per core, each worker with its own
    // read connection (cold: a new engine and new connections).
    double parallelColdMs = 0;
    {
        const unsigned workers = std::max(1u, std::thread::hardware_concurrency());
        std::vector<std::unique_ptr<store::Database>> connections;
        for (unsigned w = 0; w < workers; ++w) {
            connections.push_back(std::make_unique<store::Database>(store.value()->openReader().value()));
        }
        analytics::AnalyticsEngine shared;
        std::atomic<std::size_t> next{0};
        std::atomic<bool> allOk{true};
        const auto start = std::chrono::steady_clock::now();
        std::vector<std::thread> threads;
        for (unsigned w = 0; w < workers; ++w) {
            threads.emplace_back([&, w] {
                for (std::size_t i = next++; i <= queries.size(); i = next++) {
                    if (i == queries.size()) {
                        store::HistoryFilter recent;
                        recent.puuids = puuids;
                        const auto page = store::historyPage(*connections[w], recent, std::nullopt, 10);
                        allOk = allOk && page && page->size() == 10;
                    } else if (!shared.run(*connections[w], queries[i], 1, 1'780'000'000'000)) {
                        allOk = false;
                    }
                }
            });
        }
        for (auto& t : threads) {
            t.join();
        }
        parallelColdMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        ok = ok && allOk;
    }
    // The partners (teammate, at least 5 games together) and a with= filter on the first of them, each on a new
    // engine and connection: the other players of every game are read (docs/METRICS.md).
    double teammatesMs = 0;
    double withMs = 0;
    std::size_t partners = 0;
    {
        auto fresh = store.value()->openReader();
        analytics::AnalyticsEngine partnersEngine;
        analytics::Query q;
        q.puuids = puuids;
        q.metrics = {"games", "win_rate"};
        q.groupBy = {"teammate"};
        q.minGames = 5;
        q.order = analytics::parseOrder("-games");
        auto start = std::chrono::steady_clock::now();
        const auto found = partnersEngine.run(fresh.value(), q, 1, 1'780'000'000'000);
        teammatesMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        ok = ok && found.ok();
        if (found && !found.value()->rows.empty()) {
            partners = found.value()->rows.size();
            analytics::Query with;
            with.puuids = puuids;
            with.metrics = {"games", "win_rate"};
            with.filters["with"] = {std::get<std::string>(found.value()->rows[0][0])};
            analytics::AnalyticsEngine withEngine;
            start = std::chrono::steady_clock::now();
            ok = ok && withEngine.run(fresh.value(), with, 1, 1'780'000'000'000).ok();
            withMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        }
    }
    // The player's history (session_game, streak_before), each executor cold; the Habits dashboard's queries cold
    // (as the loader runs them, one after the other); the Overview's findings cold.
    double historyFrameMs = 0;
    double historySqlMs = 0;
    double habitsColdMs = 0;
    double templatesColdMs = 0;
    double templatesWarmMs = 0;
    double findingsMs = 0;
    std::size_t findings = 0;
    {
        auto since = [](std::chrono::steady_clock::time_point from) {
            return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - from).count();
        };
        const std::int64_t now = 1'780'000'000'000;
        analytics::Query q;
        q.puuids = puuids;
        q.metrics = {"games", "win_rate"};
        {
            auto fresh = store.value()->openReader();
            analytics::AnalyticsEngine historyEngine;
            auto start = std::chrono::steady_clock::now();
            for (const char* dimension : {"session_game", "streak_before"}) {
                q.groupBy = {dimension};
                ok = ok && historyEngine.run(fresh.value(), q, 1, now).ok();
            }
            historyFrameMs = since(start);
        }
        {
            auto fresh = store.value()->openReader();
            q.groupBy = {"session_game"};
            auto start = std::chrono::steady_clock::now();
            const auto compiled = analytics::compile(fresh.value(), q, now);
            ok = ok && compiled.ok() && analytics::execute(fresh.value(), compiled.value()).ok();
            historySqlMs = since(start);
        }
        for (const auto& t : templates::builtinTemplates()) {
            if (t.id != "habits") {
                continue;
            }
            auto fresh = store.value()->openReader();
            analytics::AnalyticsEngine habitsEngine;
            auto start = std::chrono::steady_clock::now();
            for (const auto& w : t.widgets) {
                if (w.type == templates::WidgetType::Matches || w.type == templates::WidgetType::Rank ||
                    w.type == templates::WidgetType::Insights) {
                    continue;
                }
                auto query = templates::widgetQuery(t, w, puuids);
                query.timeZone = "Europe/Paris";
                ok = ok && habitsEngine.run(fresh.value(), query, 1, now).ok();
            }
            habitsColdMs = since(start);
        }
        // Every built-in dashboard as the app, reports and `herald-cli dashboard` compute it
        // (dashboards::evaluateTemplate: the period, each widget's queries, the previous periods, the goals, the
        // findings, the recent games): cold (a new engine and connection), then warm (the same engine again).
        {
            auto fresh = store.value()->openReader();
            analytics::AnalyticsEngine templatesEngine;
            dashboards::Scope scope;
            scope.puuids = puuids;
            scope.timeZone = "Europe/Paris";
            scope.dataVersion = 1;
            for (double* figure : {&templatesColdMs, &templatesWarmMs}) {
                auto start = std::chrono::steady_clock::now();
                for (const auto& t : templates::builtinTemplates()) {
                    const auto result = dashboards::evaluateTemplate(t, scope, fresh.value(), templatesEngine, now);
                    ok = ok && result.ok();
                    for (const auto& widget : result ? result->widgets : std::vector<dashboards::EvaluatedWidget>{}) {
                        ok = ok && widget.result.ok();
                    }
                }
                *figure = since(start);
            }
        }
        {
            auto fresh = store.value()->openReader();
            analytics::AnalyticsEngine findingsEngine;
            analytics::Query base;
            base.puuids = puuids;
            base.timeZone = "Europe/Paris";
            auto start = std::chrono::steady_clock::now();
            const auto found = analytics::findFindings(findingsEngine, fresh.value(), base, 1);
            findingsMs = since(start);
            ok = ok && found.ok();
            findings = found ? found.value().size() : 0;
        }
    }
    std::int64_t participations = 0;
    { participations = store::followedParticipationCount(db.value()); }
    const auto stats = engine.stats();
    nlohmann::json out = {
        {"benchmark", "dashboard"},
        {"accounts", puuids.size()},
        {"matches", participations},
        {"synthetic_copies", accounts > 1},
        {"queries", queries.size() + 1},
        {"cold_ms", coldMs},
        {"cold_ms_per_query", coldPerQuery},
        {"warm_ms", warmMs},
        {"parallel_cold_ms", parallelColdMs},
        {"parallel_workers", std::max(1u, std::thread::hardware_concurrency())},
        {"cache_hits", stats.hits},
        {"cache_misses", stats.misses},
        {"engine_rss_growth_mb", static_cast<double>(rssAfter - rssBefore) / 1024.0},
        {"builtin_templates_cold_ms", templatesColdMs},
        {"builtin_templates_warm_ms", templatesWarmMs},
        {"teammate_min_games_5_ms", teammatesMs},
        {"teammate_min_games_5_rows", partners},
        {"with_filter_ms", withMs},
        {"history_dimensions_frame_ms", historyFrameMs},
        {"history_dimension_sql_ms", historySqlMs},
        {"habits_dashboard_cold_ms", habitsColdMs},
        {"findings_ms", findingsMs},
        {"findings", findings},
    };
    std::cout << out.dump(2) << '\n';
    if (keep.empty()) {
        std::error_code ec;
        store.value().reset();
        std::filesystem::remove_all(dir, ec);
    }
    return ok ? 0 : 1;
}

int usage() {
    std::cerr << "Usage: herald-bench ingest [--matches N] [--threads N] [--min-timeline-events N]\n"
                 "       herald-bench open --cli PATH --data-dir DIR [--runs N]\n"
                 "       herald-bench stats-burst --cli PATH --data-dir DIR [--runs N]\n"
                 "       herald-bench lobby --cli PATH --data-dir DIR [--runs N]\n"
                 "       herald-bench dashboard [--matches N] [--accounts N] [--keep DIR]\n"
                 "       herald-bench export --data-dir DIR\n"
                 "       herald-bench sync-limits [--requests N]\n"
                 "       herald-bench sync-latency [--matches N] [--latency MS] [--concurrency N]\n"
                 "       herald-bench serve-standin [--matches N] [--latency MS]\n";
    return 2;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        return usage();
    }
    const std::string what = argv[1];
    for (int i = 1; i < argc; ++i) { // --help anywhere prints the usage: it never starts a benchmark or a server
        if (std::string(argv[i]) == "--help" || std::string(argv[i]) == "-h") {
            usage();
            return 0;
        }
    }
    int matches = what == "ingest" ? 2000 : what == "sync-latency" || what == "serve-standin" ? 500 : 10000;
    int threads = 0;
    int requests = 300;
    int latency = 50;
    int concurrency = 8;
    int accounts = 1;
    int minTimelineEvents = 0;
    int runs = 5;
    std::string keep;
    std::string cli;
    std::string dataDir;
    for (int i = 2; i + 1 < argc; i += 2) {
        const std::string option = argv[i];
        if (option == "--matches") {
            matches = std::max(1, std::atoi(argv[i + 1]));
        } else if (option == "--threads") {
            threads = std::max(0, std::atoi(argv[i + 1]));
        } else if (option == "--accounts") {
            accounts = std::max(1, std::atoi(argv[i + 1]));
        } else if (option == "--requests") {
            requests = std::max(10, std::atoi(argv[i + 1]));
        } else if (option == "--latency") {
            latency = std::max(0, std::atoi(argv[i + 1]));
        } else if (option == "--concurrency") {
            concurrency = std::max(1, std::atoi(argv[i + 1]));
        } else if (option == "--min-timeline-events") {
            minTimelineEvents = std::max(0, std::atoi(argv[i + 1]));
        } else if (option == "--runs") {
            runs = std::max(1, std::atoi(argv[i + 1]));
        } else if (option == "--cli") {
            cli = argv[i + 1];
        } else if (option == "--data-dir") {
            dataDir = argv[i + 1];
        } else if (option == "--keep") {
            keep = argv[i + 1];
        } else {
            return usage();
        }
    }
    if (what == "ingest") {
        if (threads == 0) {
            threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
        }
        return benchIngest(matches, threads, minTimelineEvents);
    }
    if ((what == "open" || what == "stats-burst") && !cli.empty() && !dataDir.empty()) {
        return what == "open" ? herald::bench::benchOpen(cli, dataDir, runs)
                              : herald::bench::benchStatsBurst(cli, dataDir, runs);
    }
    if (what == "lobby" && !cli.empty() && !dataDir.empty()) {
        return herald::bench::benchLobby(cli, dataDir, runs);
    }
    if (what == "export" && !dataDir.empty()) {
        return herald::bench::benchExport(dataDir);
    }
    if (what == "dashboard") {
        return benchDashboard(matches, accounts, keep);
    }
    if (what == "sync-limits") {
        return herald::bench::benchSyncLimits(requests);
    }
    if (what == "serve-standin") {
        return herald::bench::serveStandin(matches, latency);
    }
    if (what == "sync-latency") {
        return herald::bench::benchSyncLatency(matches, latency, concurrency);
    }
    return usage();
}
