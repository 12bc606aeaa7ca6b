// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// AnalyticsEngine: runs queries (compiled from the catalog) and keeps their results in an LRU cache with a TTL,
// keyed by the normalised query and the store's data version, so any write makes old results unreachable.
// Queries over base rows are evaluated on an in-memory frame of the players' participations, read once per data
// version; rollup and LP queries run their SQL. Thread-safe: dashboard workers call it in parallel, each with its
// own read connection.
#pragma once

#include "analytics/benchmark.h"
#include "analytics/compiler.h"
#include "analytics/frame.h"
#include "analytics/query.h"
#include "common/result.h"

#include <chrono>
#include <list>
#include <memory>
#include <mutex>
#include <unordered_map>

namespace herald::store {
class Database;
}

namespace herald::analytics {

struct CacheStats {
    std::uint64_t hits = 0;
    std::uint64_t misses = 0;
    std::size_t entries = 0;
    double hitRate() const { return hits + misses == 0 ? 0.0 : static_cast<double>(hits) / (hits + misses); }
};

class AnalyticsEngine {
public:
    explicit AnalyticsEngine(std::size_t capacity = 256, std::chrono::seconds ttl = std::chrono::minutes(10));

    // dataVersion: bumped by every write (StoreWriter::dataVersion); a new version never sees old results.
    Result<std::shared_ptr<const ResultTable>> run(store::Database& db, const Query& query, std::uint64_t dataVersion,
                                                   std::int64_t nowMs = 0);

    // A lobby benchmark (benchmark.h) on the frame of the query's players and its lobby, both loaded once per data
    // version and kept for the next benchmark of these players.
    Result<std::shared_ptr<const Benchmark>> benchmark(store::Database& db, const Query& query,
                                                       std::uint64_t dataVersion, std::int64_t nowMs = 0);

    CacheStats stats() const;
    void clear();

    // The build data the coming queries read between them (a dashboard's widgets: dashboards::expectBuilds): a frame
    // loaded for a query that reads some build data loads all of these, so the widgets share one frame instead of
    // each loading what it lacks. A query that reads none still gets a frame without builds.
    void expectBuildData(BuildData data);

private:
    // The participations of a player set at a data version, loaded once and shared by the queries over it.
    Result<std::shared_ptr<const ParticipationFrame>> frameFor(store::Database& db,
                                                               const std::vector<std::string>& puuids,
                                                               std::uint64_t dataVersion, BuildData builds,
                                                               const CompiledQuery& compiled, std::int64_t nowMs);

    struct Entry {
        std::string key;
        std::shared_ptr<const ResultTable> table;
        std::chrono::steady_clock::time_point expires;
    };

    std::size_t m_capacity;
    std::chrono::seconds m_ttl;
    mutable std::mutex m_mutex;
    std::list<Entry> m_lru; // most recent first
    std::unordered_map<std::string, std::list<Entry>::iterator> m_index;
    std::uint64_t m_hits = 0;
    std::uint64_t m_misses = 0;
    std::mutex m_frameMutex; // held while a frame loads: parallel workers wait for it instead of loading it again
    std::list<std::pair<std::string, std::shared_ptr<const ParticipationFrame>>> m_frames; // most recent first
    BuildData m_expectedBuilds = BuildData::None;                                          // under m_frameMutex
    // The lobby of the latest frame a benchmark used (under m_frameMutex).
    std::shared_ptr<const ParticipationFrame> m_lobbyFrame;
    std::shared_ptr<const LobbyFrame> m_lobby;
};

// Runs a compiled query and reads its rows with the column types of the catalog.
Result<ResultTable> execute(store::Database& db, const CompiledQuery& compiled);

} // namespace herald::analytics
