// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storecheck.h"

#include "store/database.h"
#include "store/migrations.h"
#include "store/schemacheck.h"

#include <filesystem>

namespace herald::store {

Result<StoreCheck> describeStore(Database& db) {
    StoreCheck report;
    try {
        report.schemaVersion = db.userVersion();
        report.latestSchemaVersion = latestSchemaVersion();
        report.journalMode = db.queryText("PRAGMA journal_mode");
        // Read as it is on disk (a read-only folder), SQLite does not look at the log and says "delete".
        if (report.journalMode != "wal" && !db.immutable()) {
            report.problems.push_back("journal mode is " + report.journalMode + ", expected wal");
        }
        for (const char* table :
             {"accounts", "matches", "match_participants", "participant_frames", "match_timeline", "pending_timelines",
              "match_notes", "ranking_history", "sync_queue", "game_configs", "analytics_templates"}) {
            Statement exists(db, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?");
            exists.bind(1, table);
            if (exists.step()) {
                report.rowCounts.emplace_back(table, db.queryInt(std::string("SELECT count(*) FROM ") + table));
            } else if (report.schemaVersion == report.latestSchemaVersion) {
                report.problems.push_back(std::string("table ") + table + " is missing");
            }
        }
        for (const std::string& difference : schemaDifferences(db)) {
            report.problems.push_back("schema: " + difference);
        }
    } catch (const StoreError& e) {
        return toError(e, "check of " + db.path().string());
    }
    std::error_code ec;
    report.fileBytes = static_cast<std::int64_t>(std::filesystem::file_size(db.path(), ec));
    const std::filesystem::path wal = db.path().string() + "-wal";
    report.walBytes =
        std::filesystem::exists(wal, ec) ? static_cast<std::int64_t>(std::filesystem::file_size(wal, ec)) : 0;
    report.healthy = report.problems.empty();
    return report;
}

Result<StoreCheck> checkStore(Database& db) {
    auto described = describeStore(db);
    if (!described) {
        return described.error();
    }
    StoreCheck report = std::move(described).value();
    std::vector<std::string> problems;
    try {
        Statement integrity(db, "PRAGMA integrity_check");
        while (integrity.step()) {
            const std::string line = integrity.columnText(0);
            if (line != "ok") {
                problems.push_back("integrity: " + line);
            }
        }
        Statement foreignKeys(db, "PRAGMA foreign_key_check");
        while (foreignKeys.step()) {
            problems.push_back("foreign key: row " + std::to_string(foreignKeys.columnInt64(1)) + " of " +
                               foreignKeys.columnText(0) + " points to a missing " + foreignKeys.columnText(2));
        }
    } catch (const StoreError& e) {
        return toError(e, "check of " + db.path().string());
    }
    // Integrity findings first, as before, then the facts' own.
    problems.insert(problems.end(), report.problems.begin(), report.problems.end());
    report.problems = std::move(problems);
    report.healthy = report.problems.empty();
    return report;
}

Result<bool> isEmptyStore(Database& db) {
    return readResult("reading the store", [&] {
        return db.queryInt("SELECT (SELECT count(*) FROM (SELECT 1 FROM accounts LIMIT 1)) + "
                           "(SELECT count(*) FROM (SELECT 1 FROM matches LIMIT 1))") == 0;
    });
}

} // namespace herald::store
