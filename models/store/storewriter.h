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
#include <optional>
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
    // Bumped after a job that changed rows (SQLite's total_changes moved: committed, or rolled back, in which case
    // a reader that refreshes for it only reads the same again), before the job's caller hears its result: readers
    // (caches, views) compare it to know when to refresh. It never stays the same across a committed write, and a
    // job that only reads leaves it alone.
    std::uint64_t dataVersion() const { return m_dataVersion.load(std::memory_order_acquire); }

    // Called on the writer thread with the new data version each time it moves (the app's "data changed" bus,
    // ui::DataChangeNotifier). One listener; an empty function removes it. Cheap and non-blocking, please.
    void setDataChangedListener(std::function<void(std::uint64_t)> listener);

    // Runs job(db) on the writer thread. A StoreError or other exception inside it becomes an Error.
    template <class R> std::future<Result<R>> submit(std::function<Result<R>(Database&)> job) {
        auto promise = std::make_shared<std::promise<Result<R>>>();
        auto future = promise->get_future();
        submitThen<R>(std::move(job), [promise](Result<R> result) { promise->set_value(std::move(result)); });
        return future;
    }

    // The same, and done(result) runs on the writer thread once the job is over and the data version has moved:
    // a caller that wants the result elsewhere posts it on from there, and no thread waits for it. done must be
    // quick and must not submit and wait on this writer.
    template <class R> void submitThen(std::function<Result<R>(Database&)> job, std::function<void(Result<R>)> done) {
        enqueue([this, job = std::move(job), done = std::move(done)](Database& db) {
            std::optional<Result<R>> result;
            try {
                result.emplace(job(db));
            } catch (const StoreError& e) {
                result.emplace(toError(e, ""));
            } catch (const StoreFailure& e) {
                result.emplace(e.error());
            } catch (const std::exception& e) {
                result.emplace(makeError(ErrorKind::Storage, e.what()));
            }
            noteChanges(db); // the version moves before the caller can read it back
            try {
                done(std::move(*result));
            } catch (...) {
                // A caller's continuation that throws is its bug; the writer thread keeps serving.
            }
        });
    }

private:
    StoreWriter() = default;
    void enqueue(std::function<void(Database&)> job);
    void noteChanges(Database& db); // bumps the data version when the job changed rows
    void run(std::filesystem::path dbPath, std::filesystem::path backupDir, UpgradeProgress progress,
             std::promise<Status> ready);

    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::function<void(Database&)>> m_jobs;
    bool m_stopping = false;
    MigrationReport m_migration;
    std::atomic<std::uint64_t> m_dataVersion{1};
    std::int64_t m_totalChanges = 0; // SQLite's count on the writer connection after the last job
    std::mutex m_listenerMutex;
    std::function<void(std::uint64_t)> m_listener;
};

} // namespace herald::store
