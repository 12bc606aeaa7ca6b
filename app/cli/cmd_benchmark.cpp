// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/engine.h"
#include "args.h"
#include "commands.h"
#include "common/clock.h"
#include "herald/benchmarks.h"
#include "herald/heraldclient.h"
#include "output.h"
#include "store/profiles.h"
#include "store/store.h"

#include <iostream>
#include <set>

namespace herald::cli {

namespace {

// The player's current solo tier: the latest RANKED_SOLO_5x5 snapshot of their LP history; empty without one.
std::string soloTier(store::Database& db, const std::string& puuid) {
    auto history = store::rankHistory(db, puuid);
    std::string tier;
    std::int64_t latest = -1;
    for (const auto& snapshot : history ? history.value() : std::vector<store::RankSnapshot>()) {
        if (snapshot.queue == "RANKED_SOLO_5x5" && snapshot.observedAt > latest) {
            latest = snapshot.observedAt;
            tier = snapshot.tier;
        }
    }
    return tier;
}

bool signedOut(const std::string& code) {
    return code == "server.signed_out" || code == "server.not_signed_in" || code == "server.sign_in_again" ||
           code == "server.other_server";
}

// Each role of the lobby benchmark compared with the server's cohort of that role instead, when it has one; the
// roles it cannot serve stay compared with the lobbies, and one line says why. 1 for a failure that is no such case.
int compareWithServer(store::Store& store, analytics::Benchmark& benchmark, const sync::server::CohortKey& base) {
    std::set<std::string> roles;
    for (const auto& row : benchmark.table.rows) {
        roles.insert(std::get<std::string>(row[0]));
    }
    ServerClient server(heraldServerUrl(nullptr));
    bool offline = false;
    for (const auto& role : roles) {
        sync::server::CohortKey key = base;
        key.role = role;
        auto fetched = sync::server::fetchCohort(store, *server.client, key, nowMs(), offline);
        if (!fetched) {
            const Error& e = fetched.error();
            if (signedOut(e.code)) {
                std::cerr << "herald: not signed in to the Herald server (herald-cli login): compared with your "
                             "lobbies instead\n";
                return 0;
            }
            if (e.code == "server.cohort_too_small") {
                std::cerr << "herald: the Herald server has too few " << base.tier << " " << role
                          << " games for a benchmark: " << role << " compared with your lobbies instead\n";
                continue;
            }
            if (e.code == "server.unreachable" || e.code == "server.busy" || e.code == "server.not_cached") {
                offline = offline || e.code != "server.not_cached";
                std::cerr << "herald: " << printable(e.message) << ": " << role
                          << " compared with your lobbies instead (no cached " << base.tier << " cohort)\n";
                continue;
            }
            return fail(e.message);
        }
        if (fetched->fromCache) {
            offline = true;
            std::cerr << "herald: the Herald server cannot be reached: " << role << " compared with the " << base.tier
                      << " cohort received " << formatTime(fetched->fetchedAt, true) << "\n";
        }
        analytics::compareWithCohort(benchmark, role, fetched->cohort);
    }
    return 0;
}

} // namespace

int runBenchmark(const Context& context, const std::vector<std::string>& words) {
    const Args args(words, {{"puuid"},
                            {"account"},
                            {"metrics"},
                            {"where"},
                            {"source"},
                            {"tier"},
                            {"queue"},
                            {"include-remakes", false},
                            {"from-today", false},
                            {"tz"},
                            {"format"}});
    const Format format = dataCommandFormat(args);
    const std::string source = args.value("source").value_or("lobby");
    if (source != "lobby" && source != "server") {
        throw UsageError("--source takes lobby (the other players of your games) or server (players of a tier, "
                         "from the Herald server), not '" +
                         source + "'");
    }
    const bool server = source == "server";
    std::string tier = args.value("tier").value_or("");
    for (char& c : tier) {
        c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    }
    if (!server && (args.has("tier") || args.has("queue"))) {
        throw UsageError("--tier and --queue choose a cohort of the Herald server: add --source server");
    }
    if (!tier.empty() && !sync::server::isTier(tier)) {
        throw UsageError("--tier takes IRON, BRONZE, SILVER, GOLD, PLATINUM, EMERALD, DIAMOND, MASTER, GRANDMASTER "
                         "or CHALLENGER, not '" +
                         tier + "'");
    }
    const int queue = static_cast<int>(args.integer("queue", 1, 100'000).value_or(420));
    analytics::Query query;
    query.metrics = splitList(args.value("metrics").value_or(""));
    if (query.metrics.empty()) {
        for (const auto name : analytics::benchmarkMetrics()) {
            query.metrics.emplace_back(name);
        }
    }
    WhereClauses where = whereClauses(args);
    query.filters = std::move(where.filters);
    query.allOf = std::move(where.allOf);
    if (server && query.filters.count("queue") == 0) {
        query.filters["queue"] = {std::to_string(queue)}; // a cohort is one queue's: so are your games
    }
    query.includeRemakes = args.has("include-remakes");
    query.timeZone = args.value("tz").value_or("");
    query.puuids = puuidOptions(args);
    const std::vector<std::string> riotIds = riotIdOptions(args);
    if (query.puuids.empty() && riotIds.empty()) {
        throw UsageError("name the player: --puuid P or --account \"Name#TAG\"");
    }
    analytics::Query probe = query;
    if (probe.puuids.empty()) {
        probe.puuids = {"-"}; // the players of --account resolve later, from the store
    }
    if (Status valid = analytics::validateBenchmark(probe); !valid) {
        throw UsageError(valid.error().message);
    }

    // The server's cohorts are kept in the store (their ETags): that source writes, the lobby only reads.
    std::unique_ptr<store::Store> writable;
    std::optional<store::Database> serverReader;
    std::optional<ReadAccess> access;
    store::Database* db = nullptr;
    if (server) {
        writable = openForWriting(context);
        if (!writable) {
            return 1;
        }
        auto reader = writable->openReader();
        if (!reader) {
            return fail(reader.error().message);
        }
        serverReader.emplace(std::move(reader).value());
        db = &*serverReader;
        const auto players = puuidsOfRiotIds(context, *db, riotIds);
        if (!players) {
            return 1;
        }
        query.puuids.insert(query.puuids.end(), players->begin(), players->end());
    } else {
        auto opened = openWithPlayers(context, riotIds, query);
        if (!opened) {
            return 1;
        }
        access.emplace(std::move(*opened));
        db = access->db.get();
    }
    if (server && tier.empty()) {
        for (const auto& puuid : query.puuids) {
            tier = tier.empty() ? soloTier(*db, puuid) : tier;
        }
        if (tier.empty()) {
            throw UsageError("no ranked solo tier in the LP history of this player (herald-cli ranks): choose one "
                             "with --tier GOLD");
        }
    }
    const std::int64_t now = anchoredNow(args, *db, query);
    analytics::AnalyticsEngine engine;
    auto result = engine.benchmark(*db, query, 0, now);
    if (!result) {
        return failOrUsage(result.error());
    }
    analytics::Benchmark benchmark = *result.value();
    if (benchmark.gamesWithoutLane > 0) {
        std::cerr << "herald: " << benchmark.gamesWithoutLane
                  << " game(s) without a lane position (ARAM, Arena, ...) are left out: a benchmark compares lane "
                     "roles\n";
    }
    if (server) {
        sync::server::CohortKey key;
        key.queue = queue;
        key.tier = tier;
        if (int failed = compareWithServer(*writable, benchmark, key); failed != 0) {
            return failed;
        }
    }
    writeTable(std::cout, tableDataOf(benchmark.table, format), format);
    return 0;
}

} // namespace herald::cli
