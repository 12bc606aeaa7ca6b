// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "common/clock.h"
#include "ingest/matchwriter.h"
#include "ingest/payloadparser.h"
#include "store/storewriter.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <fstream>
#include <mutex>
#include <optional>
#include <sqlite3.h>
#include <thread>

namespace herald::ingest {

namespace {

constexpr std::size_t kBatchSize = 48;

struct Parsed {
    std::string source;
    Result<Payload> payload;
};

void count(ImportReport& report, IngestOutcome outcome) {
    switch (outcome) {
    case IngestOutcome::Imported:
        ++report.imported;
        break;
    case IngestOutcome::Updated:
        ++report.updated;
        break;
    case IngestOutcome::Duplicate:
    case IngestOutcome::TimelineDuplicate:
        ++report.duplicates;
        break;
    case IngestOutcome::TimelineStored:
        ++report.timelines;
        break;
    case IngestOutcome::TimelinePending:
        ++report.pending;
        break;
    case IngestOutcome::KeptStored:
        ++report.kept;
        break;
    }
}

// One transaction for the batch, one savepoint per record: a record that fails leaves nothing behind and the
// others of the batch still commit.
Result<ImportReport> writeBatch(store::Database& db, const std::vector<Parsed>& batch, bool force) {
    ImportReport report;
    MatchWriter writer(db);
    store::Transaction tx(db);
    const std::int64_t now = nowMs();
    for (const Parsed& item : batch) {
        store::Savepoint unit(db);
        writer.takeAttachedPending();
        try {
            const IngestOutcome outcome =
                std::visit([&](const auto& record) { return writer.write(record, now, force); }, item.payload.value());
            unit.release();
            count(report, outcome);
            const int attached = writer.takeAttachedPending(); // a timeline that came before its match
            report.timelines += attached;
            report.pending -= attached;
        } catch (const IngestConflict& e) {
            report.failed.push_back({item.source, e.what()});
        } catch (const store::StoreError& e) {
            if (sqlite3_get_autocommit(db.handle()) != 0) {
                throw; // SQLite rolled the whole transaction back (disk full, I/O error): the batch fails
            }
            report.failed.push_back({item.source, store::toError(e, "").message});
        }
    }
    tx.commit();
    return report;
}

} // namespace

void ImportReport::add(const ImportReport& other) {
    imported += other.imported;
    updated += other.updated;
    timelines += other.timelines;
    pending += other.pending;
    duplicates += other.duplicates;
    kept += other.kept;
    skipped += other.skipped;
    failed.insert(failed.end(), other.failed.begin(), other.failed.end());
}

struct Importer::Job {
    std::string source;
    Result<std::string> bytes;
};

Importer::Importer(store::StoreWriter& writer, int workerThreads) : m_writer(writer), m_workers(workerThreads) {
    if (m_workers <= 0) {
        m_workers = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    }
}

void Importer::setProgressCallback(std::function<void(std::size_t, std::size_t)> callback) {
    m_progress = std::move(callback);
}

ImportReport Importer::importPaths(const std::vector<std::filesystem::path>& paths) {
    std::vector<ImportFailure> failures;
    int skipped = 0;
    const auto files = collectImportFiles(paths, failures, skipped);
    ImportReport report = run(files.size(), [&](std::size_t i) {
        return Job{files[i].string(), readPayloadFile(files[i])};
    });
    report.failed.insert(report.failed.begin(), failures.begin(), failures.end());
    report.skipped = skipped;
    return report;
}

ImportReport Importer::importPayloads(std::vector<NamedPayload> payloads) {
    return run(payloads.size(), [&](std::size_t i) {
        return Job{payloads[i].name, Result<std::string>(std::move(payloads[i].bytes))};
    });
}

ImportReport Importer::run(std::size_t total, const std::function<Job(std::size_t)>& load) {
    std::atomic<std::size_t> next{0};
    std::mutex mutex;
    std::condition_variable produced;
    std::condition_variable consumed;
    std::deque<Parsed> queue;
    int running = m_workers;
    const std::size_t queueCap = kBatchSize * 2;

    auto worker = [&] {
        for (;;) {
            const std::size_t i = next.fetch_add(1);
            if (i >= total) {
                break;
            }
            Job job = load(i);
            Parsed parsed{job.source, job.bytes ? parsePayload(job.bytes.value()) : Result<Payload>(job.bytes.error())};
            std::unique_lock lock(mutex);
            consumed.wait(lock, [&] { return queue.size() < queueCap; });
            queue.push_back(std::move(parsed));
            produced.notify_one();
        }
        std::lock_guard lock(mutex);
        --running;
        produced.notify_one();
    };
    std::vector<std::thread> threads;
    for (int i = 0; i < m_workers; ++i) {
        threads.emplace_back(worker);
    }

    ImportReport report;
    std::size_t done = 0;
    std::optional<std::future<Result<ImportReport>>> inFlight;
    std::size_t inFlightSize = 0;
    std::vector<std::string> inFlightSources;
    auto finishInFlight = [&] {
        if (!inFlight) {
            return;
        }
        const auto batchSize = inFlightSize;
        auto result = inFlight->get();
        inFlight.reset();
        if (result) {
            report.add(result.value());
        } else {
            // Nothing of the batch was written: every record in it failed, with the reason.
            for (const std::string& source : inFlightSources) {
                report.failed.push_back({source, result.error().message});
            }
        }
        done += batchSize;
        if (m_progress) {
            m_progress(done, total);
        }
    };

    for (;;) {
        std::vector<Parsed> batch;
        {
            std::unique_lock lock(mutex);
            produced.wait(lock, [&] { return queue.size() >= kBatchSize || running == 0; });
            while (!queue.empty() && batch.size() < kBatchSize) {
                batch.push_back(std::move(queue.front()));
                queue.pop_front();
            }
            consumed.notify_all();
            if (batch.empty() && running == 0) {
                break;
            }
        }
        std::vector<Parsed> good;
        for (Parsed& item : batch) {
            if (item.payload) {
                good.push_back(std::move(item));
            } else {
                report.failed.push_back({item.source, item.payload.error().message});
                ++done;
            }
        }
        finishInFlight(); // at most one batch is written while the next one is parsed
        if (!good.empty()) {
            inFlightSize = good.size();
            inFlightSources.clear();
            for (const Parsed& item : good) {
                inFlightSources.push_back(item.source);
            }
            auto shared = std::make_shared<std::vector<Parsed>>(std::move(good));
            inFlight = m_writer.submit<ImportReport>(
                [shared, force = m_force](store::Database& db) { return writeBatch(db, *shared, force); });
        }
    }
    finishInFlight();
    for (auto& t : threads) {
        t.join();
    }
    report.pending = std::max(0, report.pending); // timelines of an earlier import may have found their match
    return report;
}

std::vector<std::filesystem::path> collectImportFiles(const std::vector<std::filesystem::path>& paths,
                                                      std::vector<ImportFailure>& failures, int& skipped) {
    std::vector<std::filesystem::path> files;
    for (const auto& path : paths) {
        std::error_code ec;
        if (std::filesystem::is_directory(path, ec)) {
            std::vector<std::filesystem::path> found;
            for (auto it = std::filesystem::recursive_directory_iterator(
                     path, std::filesystem::directory_options::skip_permission_denied, ec);
                 !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
                std::error_code kind;
                if (it->is_directory(kind) && !it->is_symlink(kind)) {
                    continue; // walked into
                }
                if (it->is_regular_file(kind)) {
                    if (it->path().extension() == ".json") {
                        found.push_back(it->path());
                    }
                } else {
                    ++skipped; // a link to a folder (not followed) or a device, a pipe, a socket, a broken link
                }
            }
            if (ec) {
                failures.push_back({path.string(), "cannot read folder: " + ec.message()});
            }
            std::sort(found.begin(), found.end());
            files.insert(files.end(), found.begin(), found.end());
        } else if (std::filesystem::exists(path, ec)) {
            files.push_back(path);
        } else {
            failures.push_back({path.string(), "no such file or folder"});
        }
    }
    return files;
}

Result<std::string> readPayloadFile(const std::filesystem::path& path) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) {
        return makeError(ErrorKind::Io, "cannot read: " + ec.message());
    }
    if (size > kMaxPayloadBytes) {
        return makeError(ErrorKind::Validation,
                         "file of " + std::to_string(size) + " bytes is over the 32 MiB limit for one payload");
    }
    std::ifstream in(path, std::ios::binary);
    std::string bytes(static_cast<std::size_t>(size), '\0');
    if (!in || !in.read(bytes.data(), static_cast<std::streamsize>(size))) {
        return makeError(ErrorKind::Io, "cannot read the file");
    }
    return bytes;
}

} // namespace herald::ingest
