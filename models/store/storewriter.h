// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// StoreWriter: the one thread that writes to the database. Jobs queue up and run in order on its own
// connection; callers get a future with a Result. The connection is opened (and migrated) on that thread
// and never leaves it.
#pragma once

#include "common/result.h"
#include "store/database.h"
#include "store/migrations.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <thread>

namespace herald::store {

class StoreWriter {
public:
    // Opens dbPath on the writer thread, migrates it (backups into backupDir) and starts serving jobs.
    // progress, when given, hears about an upgrade of an existing store (on the writer thread).
    static Result<std::unique_ptr<StoreWriter>> start(const std::filesystem::path& dbPath,
                                                      const std::filesystem::path& backupDir,
                                                      const UpgradeProgress& progress = {});
    StoreWriter(const StoreWriter&) = delete;
    StoreWriter& operator=(const StoreWriter&) = delete;
    // Finishes the queued jobs, then stops the thread.
    ~StoreWriter();

    const MigrationReport& migration() const { return m_migration; }
    // Bumped after every job, committed or failed (a job reports its own outcome; a failed one rolled back, and
    // a reader that refreshes for it only reads the same again): readers (caches, views) compare it to know when
    // to refresh. It never stays the same across a committed write.
    std::uint64_t dataVersion() const { return m_dataVersion.load(std::memory_order_acquire); }

    // Runs job(db) on the writer thread. A StoreError or other exception inside it becomes an Error.
    template <class R> std::future<Result<R>> submit(std::function<Result<R>(Database&)> job) {
        auto promise = std::make_shared<std::promise<Result<R>>>();
        auto future = promise->get_future();
        enqueue([promise, job = std::move(job)](Database& db) {
            try {
                promise->set_value(job(db));
            } catch (const StoreError& e) {
                promise->set_value(toError(e, ""));
            } catch (const StoreFailure& e) {
                promise->set_value(e.error());
            } catch (const std::exception& e) {
                promise->set_value(makeError(ErrorKind::Storage, e.what()));
            }
        });
        return future;
    }

private:
    StoreWriter() = default;
    void enqueue(std::function<void(Database&)> job);
    void run(std::filesystem::path dbPath, std::filesystem::path backupDir, UpgradeProgress progress,
             std::promise<Status> ready);

    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::function<void(Database&)>> m_jobs;
    bool m_stopping = false;
    MigrationReport m_migration;
    std::atomic<std::uint64_t> m_dataVersion{1};
};

} // namespace herald::store
