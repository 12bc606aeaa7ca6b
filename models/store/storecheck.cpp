#include "storecheck.h"

#include "store/database.h"
#include "store/migrations.h"

#include <filesystem>

namespace herald::store {

Result<StoreCheck> checkStore(Database& db) {
    StoreCheck report;
    try {
        Statement integrity(db, "PRAGMA integrity_check");
        while (integrity.step()) {
            const std::string line = integrity.columnText(0);
            if (line != "ok") {
                report.problems.push_back("integrity: " + line);
            }
        }
        Statement foreignKeys(db, "PRAGMA foreign_key_check");
        while (foreignKeys.step()) {
            report.problems.push_back("foreign key: row " + std::to_string(foreignKeys.columnInt64(1)) + " of " +
                                      foreignKeys.columnText(0) + " points to a missing " + foreignKeys.columnText(2));
        }
        report.schemaVersion = db.userVersion();
        report.latestSchemaVersion = latestSchemaVersion();
        report.journalMode = db.queryText("PRAGMA journal_mode");
        if (report.journalMode != "wal") {
            report.problems.push_back("journal mode is " + report.journalMode + ", expected wal");
        }
        for (const char* table : {"accounts", "matches", "match_participants", "participant_frames", "match_timeline",
                                  "pending_timelines", "match_notes"}) {
            Statement exists(db, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?");
            exists.bind(1, table);
            if (exists.step()) {
                report.rowCounts.emplace_back(table, db.queryInt(std::string("SELECT count(*) FROM ") + table));
            } else if (report.schemaVersion == report.latestSchemaVersion) {
                report.problems.push_back(std::string("table ") + table + " is missing");
            }
        }
    } catch (const StoreError& e) {
        return toError(e, "check of " + db.path().string());
    }
    std::error_code ec;
    report.fileBytes = static_cast<std::int64_t>(std::filesystem::file_size(db.path(), ec));
    report.healthy = report.problems.empty();
    return report;
}

} // namespace herald::store
