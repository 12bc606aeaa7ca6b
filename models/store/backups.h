// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Backups of the store: copies taken with SQLite's online backup API (consistent while the writer commits),
// verified after writing, described by a small manifest beside them, rotated; and restore, which replaces the
// store only with a copy that has passed the same checks.
#pragma once

#include "common/result.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace herald::store {

class Database;

inline constexpr int kDefaultBackupsKept = 7;
inline constexpr int kMostBackupsKept = 1000;
// user_settings keys: how many backups rotation keeps, and whether the app takes one a day.
inline constexpr const char* kBackupsKeptSetting = "backups_kept";

// What a backup holds, written beside it as FILE.json when it was made and read back to verify it.
struct BackupManifest {
    std::string reason; // manual, daily, before-restore (a pre-migration copy has no manifest)
    std::int64_t createdMs = 0;
    int schemaVersion = 0;
    std::int64_t bytes = 0;
    std::vector<std::pair<std::string, std::int64_t>> rowCounts;

    // The row count of one table, 0 when the manifest does not list it.
    std::int64_t rows(std::string_view table) const;
};

struct BackupEntry {
    std::filesystem::path file;
    std::int64_t bytes = 0;
    std::int64_t modifiedMs = 0;
    std::string reason; // from the manifest, or "before-upgrade" for a migration's copy
    std::optional<BackupManifest> manifest;
};

struct BackupOptions {
    std::string reason = "manual";
    std::filesystem::path target;         // empty: backupDir/herald-YYYYMMDD-HHMMSS-REASON.db
    int keep = kDefaultBackupsKept;       // rotation of backupDir after a backup into it; 0 keeps every backup
    std::function<void(double)> progress; // 0..1 while copying, from the calling thread
};

std::filesystem::path manifestPathOf(const std::filesystem::path& backup);

// "YYYYMMDD-HHMMSS" in UTC, for file names (backups, pre-upgrade copies, damaged-store folders).
std::string fileTimestamp(std::int64_t ms);

// Copies source into a new database file target with the online backup API, in one read transaction on source
// (one consistent state, never restarted by the writer's commits); the copy is a single file (rollback journal
// mode). A failure removes target; a full disk is store.disk_full naming the folder.
Status copyDatabase(Database& source, const std::filesystem::path& target,
                    const std::function<void(double)>& progress = {});

// The backups_kept setting of db (1 to kMostBackupsKept), else the default.
int backupsKept(Database& db);
// The same, read from the store of dataDir when it can be read.
int backupsKept(const std::filesystem::path& dataDir);

// Copies db (a reader's connection will do: one read transaction for the whole copy, so the copy is one
// consistent state however much the writer commits meanwhile) into a temporary file beside the target, checks
// the copy (integrity, schema version, row counts), writes its manifest, names it, then rotates backupDir.
Result<BackupEntry> createBackup(Database& db, const std::filesystem::path& backupDir, const BackupOptions& options);

// The backups in backupDir, newest first (pre-migration copies included).
std::vector<BackupEntry> listBackups(const std::filesystem::path& backupDir);

// Deletes the oldest backups of backupDir beyond the newest `keep`; returns the files removed.
std::vector<std::filesystem::path> rotateBackups(const std::filesystem::path& backupDir, int keep);

// Opens file read-only and checks it: a SQLite database, Herald's, PRAGMA integrity_check ok, a schema version
// this Herald can open, and (when the manifest is there) the same size and row counts. The error (Validation,
// or Unsupported for a newer schema) says what is wrong; the file is never changed.
Result<BackupManifest> verifyBackup(const std::filesystem::path& file);

struct RestoreReport {
    BackupManifest restored;
    std::filesystem::path previous; // where the store as it was went: a backup, or a folder of damaged files
};

// Replaces the store of dataDir with the backup file, the caller holding the data folder's writer lock and no
// connection to it. The backup is verified, copied beside the store and checked again; only then the current
// store is saved (a backup "before-restore", or moved into DATA_DIR/damaged-TIMESTAMP/ when it cannot be read) and
// the copy renamed over it. Any failure before the rename leaves the store as it was.
Result<RestoreReport> restoreBackup(const std::filesystem::path& dataDir, const std::filesystem::path& file,
                                    int keep = kDefaultBackupsKept, const std::function<void(double)>& progress = {});

// What removeStaleDebris found and removed.
struct DebrisReport {
    int files = 0;
    std::int64_t bytes = 0;
};

// Removes what killed restores and backups leave in the data folder: the staging copy herald.db.restoring (and its
// sidecars), a restore's partial "before-restore" copy in backups/, and any other partial backup untouched for ten
// minutes (a `backup create` beside the writer may still be writing a newer one). The caller holds the folder's
// writer lock (Store::open for writing does this).
DebrisReport removeStaleDebris(const std::filesystem::path& dataDir);

// Moves the store's files (herald.db, -wal, -shm) into DATA_DIR/damaged-TIMESTAMP/ so a fresh store or a restored
// backup can take their place; nothing is deleted. Returns the folder.
Result<std::filesystem::path> moveStoreAside(const std::filesystem::path& dataDir);

} // namespace herald::store
