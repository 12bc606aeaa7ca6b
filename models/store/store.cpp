// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store.h"

#include "store/backups.h"
#include "store/migrations.h"
#include "store/schemacheck.h"

#include <chrono>
#include <thread>

namespace herald::store {

namespace {

// A rollback journal left by a process killed before the store reached WAL mode (only a writer can roll it back).
bool hasHotJournal(const std::filesystem::path& dbPath) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(dbPath.string() + "-journal", ec);
    return !ec && size > 0;
}

Result<int> schemaVersionOf(const Store& store) {
    auto reader = store.openReader();
    if (!reader) {
        return reader.error();
    }
    try {
        if (Status ours = requireHeraldSchema(reader.value()); !ours) {
            return ours.error();
        }
        return reader->userVersion();
    } catch (const StoreError& e) {
        return toError(e, store.databasePath().string());
    }
}

} // namespace

Result<std::unique_ptr<Store>> Store::open(const std::filesystem::path& dataDir, Access access,
                                           const UpgradeProgress& progress, const LockWait& wait) {
    std::unique_ptr<Store> store(new Store(dataDir));
    const auto dbPath = store->databasePath();
    std::error_code ec;
    if (access == Access::Read) {
        if (!std::filesystem::exists(dbPath, ec)) {
            return makeError(ErrorKind::Io, "no Herald database in " + dataDir.string() +
                                                " (create one with 'herald-cli demo' or 'herald-cli import')");
        }
        // A reader never takes the writer's lock unless the file needs a writer's hand: a process killed before
        // the store reached WAL mode leaves a hot rollback journal that only a read-write connection can roll
        // back, and an older schema is migrated. Then it holds the lock as "maintenance" for that moment only
        // (a writer starting meanwhile waits for it instead of failing), and a live writer is left to do it.
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
        bool maintained = false;
        for (;;) {
            // A hot journal first: even reading the schema version would have to roll it back, which a
            // read-only connection cannot ("attempt to write a readonly database").
            const bool hot = hasHotJournal(dbPath);
            auto version = hot ? Result<int>(0) : schemaVersionOf(*store);
            // Unreadable read-only: a writer killed in WAL mode leaves a log whose index only a read-write
            // connection may rebuild ("attempt to write a readonly database"). A writer's hand once, then the
            // error stands (a damaged file stays damaged).
            if (!version && (maintained || version.error().kind == ErrorKind::Unsupported)) {
                return version.error();
            }
            if (version && version.value() > latestSchemaVersion()) {
                return makeError(
                    ErrorKind::Unsupported,
                    "the database " + dbPath.string() + " has schema version " + std::to_string(version.value()) +
                        ", newer than this Herald supports (version " + std::to_string(latestSchemaVersion()) +
                        "); install a newer Herald",
                    "store.too_new",
                    {dbPath.string(), std::to_string(version.value()), std::to_string(latestSchemaVersion())});
            }
            if (version && !hot && version.value() == latestSchemaVersion()) {
                return store;
            }
            auto lock = InstanceLock::acquire(dataDir, InstanceLock::Role::Maintenance);
            if (lock && !maintained) {
                auto writer = StoreWriter::start(dbPath, store->backupDir(), progress);
                if (!writer) {
                    return writer.error();
                }
                maintained = true;
                continue; // the writer thread rolled back or migrated; check again
            }
            if (!lock && lock.error().kind != ErrorKind::Busy) {
                return makeError(
                    lock.error().kind,
                    "the database " + dbPath.string() +
                        " needs to be upgraded or recovered, which needs write access: " + lock.error().message);
            }
            if (!version && std::chrono::steady_clock::now() >= deadline) {
                return version.error();
            }
            if (maintained || std::chrono::steady_clock::now() >= deadline) {
                return makeError(ErrorKind::Unsupported,
                                 "the database " + dbPath.string() + " has schema version " +
                                     std::to_string(version.value()) + ", other than this Herald supports (version " +
                                     std::to_string(latestSchemaVersion()) +
                                     "); another Herald process is using it, or install a newer Herald");
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(50)); // a live writer is migrating it
        }
    }

    std::filesystem::create_directories(dataDir, ec);
    if (ec) {
        return makeError(ErrorKind::Io, "cannot create data folder " + dataDir.string() + ": " + ec.message());
    }
    auto lock = InstanceLock::acquire(
        dataDir, access == Access::Maintain ? InstanceLock::Role::Maintenance : InstanceLock::Role::Writer, wait);
    if (!lock) {
        return lock.error();
    }
    store->m_lock = std::move(lock).value();
    // What a killed restore or backup left behind (the writer's lock is held now).
    store->m_debris = removeStaleDebris(dataDir);
    auto writer = StoreWriter::start(dbPath, store->backupDir(), progress);
    if (!writer) {
        return writer.error();
    }
    store->m_writer = std::move(writer).value();
    return store;
}

Result<Database> Store::openReader() const {
    return Database::open(databasePath(), Database::Mode::ReadOnly);
}

} // namespace herald::store
