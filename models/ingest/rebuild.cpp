// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rebuild.h"

#include "ingest/compression.h"
#include "ingest/derivation.h"
#include "ingest/matchwriter.h"

namespace herald::ingest {

namespace {

constexpr std::size_t kChunk = 96; // matches read from the store at once

// One seek in matches_by_derive_version, whatever the size of the history.
bool anyStale(store::Database& db) {
    store::Statement stmt(db, "SELECT EXISTS (SELECT 1 FROM matches WHERE derive_version < ?)");
    stmt.bind(1, MatchWriter::kDeriveVersion);
    return stmt.step() && stmt.columnInt64(0) != 0;
}

std::function<void(std::size_t, std::size_t)> rederiveProgress(const store::UpgradeProgress& progress) {
    if (!progress) {
        return {};
    }
    return [progress](std::size_t done, std::size_t total) {
        progress(store::UpgradePhase::Rederive, total == 0 ? 1.0 : static_cast<double>(done) / total);
    };
}

} // namespace

Result<RebuildReport> rebuild(store::Store& store, bool onlyStale,
                              const std::function<void(std::size_t, std::size_t)>& progress) {
    if (!store.writable()) {
        return makeError(ErrorKind::Unsupported, "rebuilding needs the store opened for writing");
    }
    auto reader = store.openReader();
    if (!reader) {
        return reader.error();
    }
    RebuildReport report;
    try {
        std::vector<std::int64_t> ids;
        store::Statement list(reader.value(), onlyStale ? "SELECT id FROM matches WHERE derive_version < ? ORDER BY id"
                                                        : "SELECT id FROM matches ORDER BY id");
        if (onlyStale) {
            list.bind(1, MatchWriter::kDeriveVersion);
        }
        while (list.step()) {
            ids.push_back(list.columnInt64(0));
        }
        Importer importer(store.writer());
        importer.setForce(true);
        store::Statement raw(reader.value(), "SELECT m.match_id, p.raw_data, p.raw_timeline FROM matches m "
                                             "JOIN match_payloads p ON p.match_ref = m.id WHERE m.id = ?");
        for (std::size_t start = 0; start < ids.size(); start += kChunk) {
            std::vector<NamedPayload> payloads;
            for (std::size_t i = start; i < std::min(ids.size(), start + kChunk); ++i) {
                raw.bind(1, ids[i]);
                if (!raw.step()) {
                    raw.reset();
                    continue;
                }
                const std::string matchId = raw.columnText(0);
                auto match = decompress(raw.columnBlob(1));
                if (!match) {
                    report.failed.push_back({matchId, match.error().message});
                } else {
                    payloads.push_back({matchId, std::move(match).value()});
                }
                if (!raw.isNull(2)) {
                    auto timeline = decompress(raw.columnBlob(2));
                    if (timeline) {
                        payloads.push_back({matchId + " (timeline)", std::move(timeline).value()});
                    } else {
                        report.failed.push_back({matchId + " (timeline)", timeline.error().message});
                    }
                }
                raw.reset();
            }
            const ImportReport part = importer.importPayloads(std::move(payloads));
            report.matches += part.updated + part.imported;
            report.timelines += part.timelines;
            report.failed.insert(report.failed.end(), part.failed.begin(), part.failed.end());
            if (progress) {
                progress(std::min(ids.size(), start + kChunk), ids.size());
            }
        }
    } catch (const store::StoreError& e) {
        return store::toError(e, "rebuild");
    }
    // Incremental rollup upkeep assumes the rollup matched the rows before; after a rebuild, recount it.
    auto recounted = store.writer()
                         .submit<Ok>([](store::Database& db) -> Result<Ok> {
                             store::Transaction tx(db);
                             rebuildRollups(db);
                             tx.commit();
                             // Rewritten rows leave free pages behind: an incremental store gives them back (a
                             // migration that compacted the file before its re-derivation stays compact).
                             if (db.queryInt("PRAGMA auto_vacuum") == 2) {
                                 db.execScript("PRAGMA incremental_vacuum");
                             }
                             return Ok{};
                         })
                         .get();
    if (!recounted) {
        return recounted.error();
    }
    return report;
}

Result<std::unique_ptr<store::Store>> openStore(const std::filesystem::path& dataDir, store::Store::Access access,
                                                const store::UpgradeProgress& progress, const store::LockWait& wait) {
    auto opened = store::Store::open(dataDir, access, progress, wait);
    if (!opened) {
        return opened;
    }
    bool stale = false;
    {
        auto reader = opened.value()->openReader();
        if (!reader) {
            return reader.error();
        }
        try {
            stale = anyStale(reader.value());
        } catch (const store::StoreError& e) {
            return store::toError(e, dataDir.string());
        }
    }
    if (!stale) {
        return opened;
    }
    if (access == store::Store::Access::Read) {
        auto writable = store::Store::open(dataDir, store::Store::Access::Maintain, progress);
        if (!writable) {
            return writable.error();
        }
        if (auto rebuilt = rebuild(*writable.value(), true, rederiveProgress(progress)); !rebuilt) {
            return rebuilt.error();
        }
        return opened;
    }
    if (auto rebuilt = rebuild(*opened.value(), true, rederiveProgress(progress)); !rebuilt) {
        return rebuilt.error();
    }
    return opened;
}

} // namespace herald::ingest
