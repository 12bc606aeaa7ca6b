// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include "backups.h"
#include "common/clock.h"
#include "database.h"
#include "embedded.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <sqlite3.h>

namespace herald::store {

namespace {

std::vector<Migration> loadBuiltin() {
    std::vector<Migration> out;
    for (const std::string& name : resources::list("migrations/V")) {
        // migrations/V001__initial_schema.sql -> 1
        const std::string file = name.substr(std::string("migrations/").size());
        Migration m;
        m.version = std::stoi(file.substr(1, file.find("__") - 1));
        m.name = file;
        m.sql = resources::load(name).value_or(std::string());
        out.push_back(std::move(m));
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.version < b.version; });
    return out;
}

} // namespace

const std::vector<Migration>& builtinMigrations() {
    static const std::vector<Migration> migrations = loadBuiltin();
    return migrations;
}

int latestSchemaVersion() {
    const auto& all = builtinMigrations();
    return all.empty() ? 0 : all.back().version;
}

Status backupTo(Database& db, const std::filesystem::path& target, const std::function<void(double)>& progress) {
    std::error_code ec;
    std::filesystem::create_directories(target.parent_path(), ec);
    return copyDatabase(db, target, progress);
}

namespace {

// VACUUM's progress, estimated: it runs about a hundred virtual machine steps per page it copies (measured on
// demo stores), and SQLite calls the handler every 1,000 steps.
struct VacuumProgress {
    const UpgradeProgress* report = nullptr;
    double expectedCalls = 1;
    double calls = 0;
};

int onVacuumSteps(void* context) {
    auto* state = static_cast<VacuumProgress*>(context);
    state->calls += 1;
    (*state->report)(UpgradePhase::Compact, std::min(0.99, state->calls / state->expectedCalls));
    return 0;
}

} // namespace

void compactDatabase(Database& db, const UpgradeProgress& progress) {
    // The copy VACUUM builds goes to a file, not to memory (temp_store is MEMORY for queries): a 5 GB store
    // must not need 5 GB of RAM.
    db.execScript("PRAGMA temp_store = FILE");
    VacuumProgress state;
    if (progress) {
        const auto live = db.queryInt("PRAGMA page_count") - db.queryInt("PRAGMA freelist_count");
        state.report = &progress;
        state.expectedCalls = std::max(1.0, static_cast<double>(live) * 100.0 / 1000.0);
        sqlite3_progress_handler(db.handle(), 1000, &onVacuumSteps, &state);
    }
    try {
        db.execScript("VACUUM");
    } catch (...) {
        sqlite3_progress_handler(db.handle(), 0, nullptr, nullptr);
        db.execScript("PRAGMA temp_store = MEMORY");
        throw;
    }
    sqlite3_progress_handler(db.handle(), 0, nullptr, nullptr);
    db.execScript("PRAGMA temp_store = MEMORY");
    if (progress) {
        progress(UpgradePhase::Compact, 1.0);
    }
}

namespace {

// The newest backup taken before this same upgrade, when the store has not been written since it was taken
// (its file is older than the backup and its WAL is empty); empty otherwise.
std::filesystem::path unchangedBackup(Database& db, const std::filesystem::path& backupDir, int from, int target) {
    std::error_code ec;
    const std::string prefix = "herald-v" + std::to_string(from) + "-before-v" + std::to_string(target) + "-";
    std::filesystem::path newest;
    std::filesystem::file_time_type newestTime{};
    for (const auto& entry : std::filesystem::directory_iterator(backupDir, ec)) {
        const std::string name = entry.path().filename().string();
        if (name.rfind(prefix, 0) != 0 || entry.path().extension() != ".db") {
            continue;
        }
        const auto time = entry.last_write_time(ec);
        if (!ec && (newest.empty() || time > newestTime)) {
            newest = entry.path();
            newestTime = time;
        }
    }
    if (newest.empty()) {
        return {};
    }
    // The state is the main file's when the write-ahead log holds nothing (opening a store makes an empty one,
    // whose time says nothing); a log with frames may hold changes: then a new backup.
    std::error_code missing;
    const auto walBytes = std::filesystem::file_size(db.path().string() + "-wal", missing);
    if (!missing && walBytes > 0) {
        return {};
    }
    // Strictly newer: file times tick coarsely (a few ms), so a backup taken right after the last write can carry
    // the same time. Nothing else writes meanwhile: this process holds the store while it backs up and migrates.
    const auto written = std::filesystem::last_write_time(db.path(), missing);
    if (missing || written > newestTime) {
        return {};
    }
    return newest;
}

} // namespace

Result<MigrationReport> migrate(Database& db, const std::filesystem::path& backupDir,
                                const std::vector<Migration>& migrations, int targetVersion,
                                const UpgradeProgress& progress) {
    const int latest = migrations.empty() ? 0 : migrations.back().version;
    if (targetVersion < 0) {
        targetVersion = latest;
    }
    MigrationReport report;
    try {
        report.fromVersion = db.userVersion();
        report.toVersion = report.fromVersion;
        if (report.fromVersion > latest) {
            return makeError(
                ErrorKind::Unsupported,
                "the database " + db.path().string() + " has schema version " + std::to_string(report.fromVersion) +
                    ", newer than this Herald supports (version " + std::to_string(latest) +
                    "); install a newer Herald or choose another data folder. Nothing was changed.",
                "store.too_new", {db.path().string(), std::to_string(report.fromVersion), std::to_string(latest)});
        }
        if (report.fromVersion >= targetVersion) {
            return report;
        }
        if (report.fromVersion > 0) {
            // A backup of this very state may exist (an upgrade that failed before, the store untouched since):
            // another copy would only fill the disk.
            report.backup = unchangedBackup(db, backupDir, report.fromVersion, targetVersion);
        }
        if (report.fromVersion > 0 && report.backup.empty()) {
            report.backup = backupDir / ("herald-v" + std::to_string(report.fromVersion) + "-before-v" +
                                         std::to_string(targetVersion) + "-" + fileTimestamp(nowMs()) + ".db");
            const auto onBackup = [&progress](double fraction) {
                if (progress) {
                    progress(UpgradePhase::Backup, fraction);
                }
            };
            if (Status saved = backupTo(db, report.backup, onBackup); !saved) {
                return makeError(ErrorKind::Io, "not migrating without a backup: " + saved.error().message);
            }
        }
        const int steps = targetVersion - report.fromVersion;
        for (const Migration& step : migrations) {
            if (step.version <= report.toVersion || step.version > targetVersion) {
                continue;
            }
            if (progress && report.fromVersion > 0) {
                progress(UpgradePhase::Migrate, static_cast<double>(step.version - 1 - report.fromVersion) / steps);
            }
            Transaction tx(db);
            db.execScript(step.sql);
            db.execScript("PRAGMA user_version = " + std::to_string(step.version));
            tx.commit();
            report.toVersion = step.version;
        }
        // An upgrade across V007 (which moves every raw payload out of `matches`) or one that left a tenth of the
        // file free is compacted; one that freed little (V008 adds a column) is not: a VACUUM rewrites the whole
        // file, minutes at 5 GB.
        // VACUUM cannot run inside a transaction; killed halfway, it leaves the store as it was (it is atomic).
        const auto pages = db.queryInt("PRAGMA page_count");
        const auto freePages = db.queryInt("PRAGMA freelist_count");
        constexpr int kPayloadsMoved = 7;
        if (report.fromVersion > 0 && report.toVersion > report.fromVersion &&
            (report.fromVersion < kPayloadsMoved || freePages * 10 > pages)) {
            compactDatabase(db, progress);
            report.compacted = true;
        }
    } catch (const StoreError& e) {
        return toError(e, "migration of " + db.path().string() + " failed (the database keeps version " +
                              std::to_string(report.toVersion) + ")");
    }
    return report;
}

} // namespace herald::store
