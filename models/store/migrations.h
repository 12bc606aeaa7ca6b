// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Numbered, append-only schema migrations embedded at build time; the version lives in PRAGMA user_version.
#pragma once

#include "common/result.h"

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace herald::store {

class Database;

struct Migration {
    int version = 0;
    std::string name;
    std::string sql;
};

struct MigrationReport {
    int fromVersion = 0;
    int toVersion = 0;
    std::filesystem::path backup; // empty when no backup was needed (new database)
    bool compacted = false;       // VACUUM ran after upgrading an existing store
};

// What an upgrade of an existing store is doing, for a progress display: each phase reports fractions from 0 to 1
// (Compact's is an estimate: VACUUM does not say how far it is). Called on the thread that migrates.
enum class UpgradePhase { Backup, Migrate, Compact, Rederive };
using UpgradeProgress = std::function<void(UpgradePhase phase, double fraction)>;

// The migrations compiled into this build, ordered by version (V001, V002, ...).
const std::vector<Migration>& builtinMigrations();
int latestSchemaVersion();

// Brings db to targetVersion (default: the latest). An existing database is backed up into backupDir first;
// each step runs in its own transaction; a database newer than this build is refused, never touched.
// After an upgrade of an existing store, the file is compacted (VACUUM, its temporary copy on disk).
Result<MigrationReport> migrate(Database& db, const std::filesystem::path& backupDir,
                                const std::vector<Migration>& migrations = builtinMigrations(), int targetVersion = -1,
                                const UpgradeProgress& progress = {});

// VACUUM with its temporary copy on disk (a 5 GB store must not need 5 GB of memory); progress hears Compact
// fractions, estimated. Not inside a transaction; killed halfway, the store stays as it was.
void compactDatabase(Database& db, const UpgradeProgress& progress = {});

// Online backup (sqlite3_backup) of db into a new file, a few hundred pages at a time.
Status backupTo(Database& db, const std::filesystem::path& target, const std::function<void(double)>& progress = {});

} // namespace herald::store
