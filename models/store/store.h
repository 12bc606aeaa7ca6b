// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Store: a data folder opened for reading (any number of processes) or writing (one process, one writer
// thread). Readers get their own read-only connections; WAL lets them read while the writer commits.
#pragma once

#include "common/result.h"
#include "store/backups.h"
#include "store/database.h"
#include "store/datadir.h"
#include "store/storewriter.h"

#include <filesystem>
#include <memory>

namespace herald::store {

class Store {
public:
    enum class Access {
        Read,     // any number of processes, beside the writer
        Write,    // the one writing process
        Maintain, // Write for a moment, on behalf of a reader (recovery, migration, re-derivation): a writer that
                  // starts meanwhile waits for it instead of failing
    };

    // Write / Maintain: creates the folder, takes the instance lock, opens and migrates the database on the
    // writer thread. Read: the database must exist; it takes no lock unless the file needs a writer's hand (a hot
    // journal of a killed process to roll back, an older schema to migrate; a newer one is refused), and then
    // only for that moment.
    // progress hears about an upgrade of an existing store (backup, migration, compaction), from another thread.
    // wait: how long Write waits for another writer of the folder to finish (default: not at all).
    static Result<std::unique_ptr<Store>> open(const std::filesystem::path& dataDir, Access access,
                                               const UpgradeProgress& progress = {}, const LockWait& wait = {});

    const std::filesystem::path& dataDir() const { return m_dataDir; }
    std::filesystem::path databasePath() const { return store::databasePath(m_dataDir); }
    std::filesystem::path backupDir() const { return m_dataDir / "backups"; }

    // A new read-only connection, for the calling thread only.
    Result<Database> openReader() const;

    bool writable() const { return m_writer != nullptr; }
    // What opening for writing removed of killed restores and backups (removeStaleDebris), to be said once.
    const DebrisReport& debrisRemoved() const { return m_debris; }
    StoreWriter& writer() { return *m_writer; }

private:
    explicit Store(std::filesystem::path dataDir) : m_dataDir(std::move(dataDir)) {}
    std::filesystem::path m_dataDir;
    std::unique_ptr<InstanceLock> m_lock;
    DebrisReport m_debris;
    std::unique_ptr<StoreWriter> m_writer; // destroyed before the lock is released
};

} // namespace herald::store
