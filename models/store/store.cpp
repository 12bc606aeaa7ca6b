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
        if (version > latestSchemaVersion()) {
            return makeError(ErrorKind::Unsupported,
                             "the database " + dbPath.string() + " has schema version " + std::to_string(version) +
                                 ", newer than this Herald supports (version " + std::to_string(latestSchemaVersion()) +
                                 "); install a newer Herald or choose another data folder");
        }
        if (version < latestSchemaVersion()) {
            auto upgraded = open(dataDir, Access::Write); // migrates, then releases the lock when it goes
            if (!upgraded) {
                return upgraded.error();
            }
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
