// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storewriter.h"

#include "store/schemacheck.h"

namespace herald::store {

Result<std::unique_ptr<StoreWriter>> StoreWriter::start(const std::filesystem::path& dbPath,
                                                        const std::filesystem::path& backupDir,
                                                        const UpgradeProgress& progress) {
    std::unique_ptr<StoreWriter> writer(new StoreWriter());
    std::promise<Status> ready;
    auto readyFuture = ready.get_future();
    writer->m_thread = std::thread(&StoreWriter::run, writer.get(), dbPath, backupDir, progress, std::move(ready));
    Status status = readyFuture.get();
    if (!status) {
        writer->m_thread.join();
        return status.error();
    }
    return writer;
}

StoreWriter::~StoreWriter() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

void StoreWriter::enqueue(std::function<void(Database&)> job) {
    {
        std::lock_guard lock(m_mutex);
        m_jobs.push_back(std::move(job));
    }
    m_wake.notify_one();
}

void StoreWriter::run(std::filesystem::path dbPath, std::filesystem::path backupDir, UpgradeProgress progress,
                      std::promise<Status> ready) {
    auto opened = Database::open(dbPath, Database::Mode::ReadWrite);
    if (!opened) {
        ready.set_value(opened.error());
        return;
    }
    Database db = std::move(opened).value();
    // Before anything runs on it (a migration's statements would fire a stranger's triggers).
    if (Status ours = requireHeraldSchema(db); !ours) {
        ready.set_value(ours.error());
        return;
    }
    auto migrated = migrate(db, backupDir, builtinMigrations(), -1, progress);
    if (!migrated) {
        ready.set_value(migrated.error());
        return;
    }
    m_migration = migrated.value();
    m_totalChanges = db.totalChanges();
    ready.set_value(Ok{});

    for (;;) {
        std::function<void(Database&)> job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
            if (m_jobs.empty()) {
                break; // stopping and drained
            }
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        job(db); // jobs catch their own errors and note their changes (see submit)
    }
    try {
        db.execScript("PRAGMA optimize");
    } catch (const StoreError&) {
        // Only a hint to the query planner; closing matters more.
    }
}

void StoreWriter::noteChanges(Database& db) {
    const std::int64_t total = db.totalChanges();
    if (total == m_totalChanges) {
        return;
    }
    m_totalChanges = total;
    const std::uint64_t version = m_dataVersion.fetch_add(1, std::memory_order_acq_rel) + 1;
    std::lock_guard lock(m_listenerMutex);
    if (m_listener) {
        m_listener(version);
    }
}

void StoreWriter::setDataChangedListener(std::function<void(std::uint64_t)> listener) {
    std::lock_guard lock(m_listenerMutex);
    m_listener = std::move(listener);
}

} // namespace herald::store
