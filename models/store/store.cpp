#include "store.h"

#include "store/migrations.h"

namespace herald::store {

Result<std::unique_ptr<Store>> Store::open(const std::filesystem::path& dataDir, Access access) {
    std::unique_ptr<Store> store(new Store(dataDir));
    const auto dbPath = store->databasePath();
    std::error_code ec;
    if (access == Access::Read) {
        if (!std::filesystem::exists(dbPath, ec)) {
            return makeError(ErrorKind::Io, "no Herald database in " + dataDir.string() +
                                                " (create one with 'herald-cli demo' or 'herald-cli import')");
        }
        // No live writer: open for writing once first. A process killed before it reached WAL mode leaves a hot
        // rollback journal that only a read-write connection can roll back, and an older schema is migrated.
        // A live writer keeps the file consistent itself; a read-only folder is read as it is.
        if (auto lock = InstanceLock::acquire(dataDir); lock) {
            auto writer = StoreWriter::start(dbPath, store->backupDir());
            if (!writer) {
                return writer.error();
            }
        }
        auto reader = store->openReader();
        if (!reader) {
            return reader.error();
        }
        int version = 0;
        try {
            version = reader->userVersion();
        } catch (const StoreError& e) {
            return toError(e, dbPath.string());
        }
        if (version != latestSchemaVersion()) {
            return makeError(ErrorKind::Unsupported,
                             "the database " + dbPath.string() + " has schema version " + std::to_string(version) +
                                 (version > latestSchemaVersion() ? ", newer than" : ", other than") +
                                 " this Herald supports (version " + std::to_string(latestSchemaVersion()) +
                                 "); another Herald process is using it, or install a newer Herald",
                             version > latestSchemaVersion() ? "store.too_new" : "",
                             {dbPath.string(), std::to_string(version), std::to_string(latestSchemaVersion())});
        }
        return store;
    }

    std::filesystem::create_directories(dataDir, ec);
    if (ec) {
        return makeError(ErrorKind::Io, "cannot create data folder " + dataDir.string() + ": " + ec.message());
    }
    auto lock = InstanceLock::acquire(dataDir);
    if (!lock) {
        return lock.error();
    }
    store->m_lock = std::move(lock).value();
    auto writer = StoreWriter::start(dbPath, store->backupDir());
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
