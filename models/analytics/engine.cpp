// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine.h"

#include "common/clock.h"
#include "store/database.h"

#include <algorithm>

namespace herald::analytics {

Result<ResultTable> execute(store::Database& db, const CompiledQuery& compiled) {
    ResultTable table;
    table.columns = compiled.columns;
    try {
        store::Statement stmt(db, compiled.sql);
        bindParams(stmt, compiled.params);
        while (stmt.step()) {
            auto& row = table.rows.emplace_back();
            row.reserve(table.columns.size());
            for (std::size_t c = 0; c < table.columns.size(); ++c) {
                const int column = static_cast<int>(c);
                if (stmt.isNull(column)) {
                    row.emplace_back(std::monostate{});
                    continue;
                }
                switch (table.columns[c].type) {
                case ValueType::Integer:
                    row.emplace_back(stmt.columnInt64(column));
                    break;
                case ValueType::Real:
                    row.emplace_back(stmt.columnDouble(column));
                    break;
                case ValueType::Text:
                    row.emplace_back(stmt.columnText(column));
                    break;
                }
            }
        }
    } catch (const store::StoreError& e) {
        return store::toError(e, "analytics query");
    }
    return table;
}

AnalyticsEngine::AnalyticsEngine(std::size_t capacity, std::chrono::seconds ttl)
    : m_capacity(std::max<std::size_t>(1, capacity))
    , m_ttl(ttl) {}

Result<std::shared_ptr<const ResultTable>> AnalyticsEngine::run(store::Database& db, const Query& query,
                                                                std::uint64_t dataVersion, std::int64_t nowMs) {
    if (nowMs == 0) {
        nowMs = herald::nowMs();
    }
    // Relative dates move with the clock: they are part of the key to the minute.
    bool relative = false;
    for (const char* key : {"since", "until"}) {
        const auto it = query.filters.find(key);
        relative = relative || (it != query.filters.end() && !it->second.empty() && it->second[0].rfind("-", 0) == 0);
    }
    const std::string key = query.normalized() + "|v" + std::to_string(dataVersion) +
                            (relative ? "|t" + std::to_string(nowMs / 60'000) : std::string());
    const auto now = std::chrono::steady_clock::now();
    {
        std::lock_guard lock(m_mutex);
        if (const auto it = m_index.find(key); it != m_index.end()) {
            if (it->second->expires > now) {
                m_lru.splice(m_lru.begin(), m_lru, it->second);
                ++m_hits;
                return it->second->table;
            }
            m_lru.erase(it->second);
            m_index.erase(it);
        }
        ++m_misses;
    }
    auto compiled = compile(db, query, nowMs);
    if (!compiled) {
        return compiled.error();
    }
    const bool lp = std::find(query.metrics.begin(), query.metrics.end(), "lp") != query.metrics.end();
    Result<ResultTable> table = makeError(ErrorKind::Storage, "not run");
    // The teammate dimension and with= / against= read the other players of every game: SQLite does that over
    // the participants_by_team index in one pass (0.8 s at 100,000 matches), where the frame would first load
    // every other player's name (about three times longer). The frame serves the rest.
    // Build dimensions are loaded into the frame the first time a query asks for them (one read of the players'
    // builds and items; a Builds dashboard then aggregates in memory, where the SQL would look each up per widget).
    if (compiled->usesRollup || lp || needsTeams(query)) {
        table = execute(db, compiled.value());
    } else {
        auto frame = frameFor(db, query.puuids, dataVersion, buildDataOf(query), compiled.value(), nowMs);
        if (!frame) {
            return frame.error();
        }
        table = evaluate(*frame.value(), query, compiled.value());
    }
    if (!table) {
        return table.error();
    }
    auto shared = std::make_shared<const ResultTable>(std::move(table).value());
    std::lock_guard lock(m_mutex);
    if (m_index.count(key) == 0) {
        m_lru.push_front({key, shared, now + m_ttl});
        m_index[key] = m_lru.begin();
        while (m_lru.size() > m_capacity) {
            m_index.erase(m_lru.back().key);
            m_lru.pop_back();
        }
    }
    return shared;
}

Result<std::shared_ptr<const ParticipationFrame>>
AnalyticsEngine::frameFor(store::Database& db, const std::vector<std::string>& puuids, std::uint64_t dataVersion,
                          BuildData builds, const CompiledQuery& compiled, std::int64_t nowMs) {
    std::vector<std::string> players = puuids;
    std::sort(players.begin(), players.end());
    players.erase(std::unique(players.begin(), players.end()), players.end());
    std::string key = "v" + std::to_string(dataVersion);
    for (const auto& p : players) {
        key += "|" + p;
    }
    // A period needs only its own games: a frame loaded from twice its span back (the period before it too, what a
    // KPI compares with) serves it and every later query of a period inside that. `last` without a period, or no
    // period, needs them all.
    const std::optional<std::int64_t> since = compiled.last && !compiled.since ? std::nullopt : compiled.since;
    // Any frame of these players that covers the period and holds the build data the query reads serves it; a new
    // one also loads the build data of the frames it replaces, so a dashboard mixing build widgets ends with one.
    std::lock_guard lock(m_frameMutex);
    for (auto it = m_frames.begin(); it != m_frames.end(); ++it) {
        if (it->first == key && it->second->covers(since) && holds(it->second->builds, builds)) {
            m_frames.splice(m_frames.begin(), m_frames, it);
            return m_frames.front().second;
        }
    }
    if (builds != BuildData::None) {
        builds = builds | m_expectedBuilds;
    }
    std::optional<std::int64_t> from;
    if (since && *since < nowMs) {
        from = *since - (nowMs - *since);
    }
    // The frames of these players over a part of the new one's games: it takes their build data, and their place.
    auto replaced = [&](const auto& entry) {
        return entry.first == key && (!from || (entry.second->from && *entry.second->from >= *from));
    };
    for (const auto& entry : m_frames) {
        if (replaced(entry)) {
            builds = builds | entry.second->builds;
        }
    }
    auto frame = loadFrame(db, players, false, builds, from);
    if (!frame) {
        return frame.error();
    }
    std::erase_if(m_frames, replaced);
    m_frames.emplace_front(key, frame.value());
    while (m_frames.size() > 4) { // a few player sets (e.g. one account and all accounts) at the current version
        m_frames.pop_back();
    }
    return frame.value();
}

Result<std::shared_ptr<const Benchmark>> AnalyticsEngine::benchmark(store::Database& db, const Query& query,
                                                                    std::uint64_t dataVersion, std::int64_t nowMs) {
    if (nowMs == 0) {
        nowMs = herald::nowMs();
    }
    if (Status valid = validateBenchmark(query); !valid) {
        return valid.error();
    }
    if (needsTeams(query)) { // with= / against=: the frame holds no teams (run()'s reason); the SQL answers
        auto result = benchmarkSql(db, query, nowMs);
        if (!result) {
            return result.error();
        }
        return std::make_shared<const Benchmark>(std::move(result).value());
    }
    auto compiled = compile(db, benchmarkYouQuery(query), nowMs); // picks the frame and serves the benchmark
    if (!compiled) {
        return compiled.error();
    }
    auto frame = frameFor(db, query.puuids, dataVersion, buildDataOf(query), compiled.value(), nowMs);
    if (!frame) {
        return frame.error();
    }
    std::shared_ptr<const LobbyFrame> lobby;
    {
        std::lock_guard lock(m_frameMutex);
        // A lobby of every game serves any query; one of a role's games only queries kept to that role.
        const std::string position = lobbyPositionOf(query);
        if (m_lobbyFrame != frame.value() || (!m_lobby->position.empty() && m_lobby->position != position)) {
            auto loaded = loadLobby(db, *frame.value(), query.puuids, position);
            if (!loaded) {
                return loaded.error();
            }
            m_lobbyFrame = frame.value();
            m_lobby = loaded.value();
        }
        lobby = m_lobby;
    }
    auto result = analytics::benchmark(*frame.value(), *lobby, query, compiled.value());
    if (!result) {
        return result.error();
    }
    return std::make_shared<const Benchmark>(std::move(result).value());
}

void AnalyticsEngine::expectBuildData(BuildData data) {
    std::lock_guard lock(m_frameMutex);
    m_expectedBuilds = data;
}

CacheStats AnalyticsEngine::stats() const {
    std::lock_guard lock(m_mutex);
    return {m_hits, m_misses, m_lru.size()};
}

void AnalyticsEngine::clear() {
    {
        std::lock_guard lock(m_mutex);
        m_lru.clear();
        m_index.clear();
    }
    std::lock_guard lock(m_frameMutex);
    m_frames.clear();
    m_lobbyFrame.reset();
    m_lobby.reset();
}

} // namespace herald::analytics
