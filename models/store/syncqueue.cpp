// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/syncqueue.h"

#include "store/database.h"

namespace herald::store {

namespace {

constexpr std::string_view kReading = "reading the sync queue";

Result<bool> exists(Database& db, const char* sql, const std::string& key) {
    return readResult(kReading, [&] {
        Statement stmt(db, sql);
        stmt.bind(1, key);
        return stmt.step();
    });
}

} // namespace

Result<bool> isMatchStored(Database& db, const std::string& matchId) {
    return exists(db, "SELECT 1 FROM matches WHERE match_id = ?", matchId);
}

Result<bool> isMatchQueued(Database& db, const std::string& matchId) {
    return exists(db, "SELECT 1 FROM sync_queue WHERE match_id = ?", matchId);
}

Result<int> countQueuedMatches(Database& db, const std::string& puuid) {
    return readResult(kReading, [&] {
        Statement stmt(db, "SELECT count(*) FROM sync_queue WHERE puuid = ?");
        stmt.bind(1, puuid);
        return stmt.step() ? stmt.columnInt(0) : 0;
    });
}

Result<std::vector<std::string>> queuedMatchIds(Database& db, const std::string& puuid, int limit) {
    return readResult(kReading, [&] {
        Statement stmt(db, "SELECT match_id FROM sync_queue WHERE puuid = ? ORDER BY match_id DESC LIMIT ?");
        stmt.bind(1, puuid).bind(2, limit > 0 ? limit : -1);
        std::vector<std::string> ids;
        while (stmt.step()) {
            ids.push_back(stmt.columnText(0));
        }
        return ids;
    });
}

void enqueueMatches(Database& db, const std::string& puuid, const std::vector<QueuedMatch>& matches,
                    std::int64_t nowMs) {
    Statement insert(db, "INSERT OR IGNORE INTO sync_queue (match_id, route, puuid, enqueued_at) VALUES (?, ?, ?, ?)");
    for (const QueuedMatch& match : matches) {
        insert.reset().bind(1, match.matchId).bind(2, match.route).bind(3, puuid).bind(4, nowMs).run();
    }
}

void dequeueMatch(Database& db, const std::string& matchId) {
    Statement drop(db, "DELETE FROM sync_queue WHERE match_id = ?");
    drop.bind(1, matchId).run();
}

void noteFailedAttempt(Database& db, const std::string& matchId, const std::string& error) {
    Statement note(db, "UPDATE sync_queue SET attempts = attempts + 1, last_error = ? WHERE match_id = ?");
    note.bind(1, error).bind(2, matchId).run();
}

void beginSyncState(Database& db, const std::string& puuid, std::int64_t startedAtMs) {
    Statement state(db, "INSERT INTO sync_state (puuid, started_at) VALUES (?, ?) ON CONFLICT (puuid) DO UPDATE SET "
                        "started_at = excluded.started_at, finished_at = NULL");
    state.bind(1, puuid).bind(2, startedAtMs).run();
}

void markFullBackfill(Database& db, const std::string& puuid) {
    Statement mark(db, "UPDATE sync_state SET full_backfill = 1 WHERE puuid = ?");
    mark.bind(1, puuid).run();
}

void finishSyncState(Database& db, const std::string& puuid, const SyncFigures& figures, std::int64_t finishedAtMs) {
    Statement state(db, "UPDATE sync_state SET finished_at = ?, new_matches = ?, requests = ?, retries = ?, "
                        "waited_ms = ?, failed = ?, last_error = ? WHERE puuid = ?");
    state.bind(1, finishedAtMs)
        .bind(2, figures.newMatches)
        .bind(3, figures.requests)
        .bind(4, figures.retries)
        .bind(5, figures.waitedMs)
        .bind(6, figures.failed)
        .bind(7, figures.lastError)
        .bind(8, puuid)
        .run();
    Statement synced(db, "UPDATE accounts SET last_sync_at = ? WHERE puuid = ?");
    synced.bind(1, finishedAtMs).bind(2, puuid).run();
}

} // namespace herald::store
