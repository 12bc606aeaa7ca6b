// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rebuild.h"

#include "ingest/compression.h"
#include "ingest/derivation.h"
#include "ingest/matchwriter.h"
#include "ingest/payloadparser.h"

#include <algorithm>
#include <optional>

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

// Derive version 4 differs from version 3 by the games' start and end alone (V012): a version-3 match gets those
// two columns from its raw payload instead of having its rows, frames and events written again (about ten times
// faster, minutes at 100,000 matches). Returns the matches this could not do (a payload it cannot read), for
// the full path.
constexpr int kTimesOnlyVersion = 3;

Result<std::vector<std::int64_t>> addGameTimes(store::Store& store, store::Database& reader,
                                               const std::vector<std::int64_t>& ids,
                                               const std::function<void(std::size_t, std::size_t)>& progress,
                                               std::size_t total) {
    constexpr std::size_t kTimesChunk = 512;
    std::vector<std::int64_t> rest;
    store::Statement raw(reader, "SELECT p.raw_data, min(mp.game_creation), min(mp.duration_ms) FROM match_payloads p "
                                 "JOIN match_participants mp ON mp.match_ref = p.match_ref WHERE p.match_ref = ?");
    for (std::size_t start = 0; start < ids.size(); start += kTimesChunk) {
        std::vector<std::pair<std::int64_t, GameTimes>> times;
        for (std::size_t i = start; i < std::min(ids.size(), start + kTimesChunk); ++i) {
            raw.bind(1, ids[i]);
            std::optional<GameTimes> found;
            if (raw.step() && !raw.isNull(0)) {
                if (auto bytes = decompress(raw.columnBlob(0))) {
                    if (auto read = storedGameTimes(bytes.value(), raw.columnInt64(1), raw.columnInt64(2))) {
                        found = read.value();
                    }
                }
            }
            raw.reset();
            if (found) {
                times.emplace_back(ids[i], *found);
            } else {
                rest.push_back(ids[i]); // no players (an aborted stub) or an unreadable payload: the full path
            }
        }
        auto written = store.writer()
                           .submit<Ok>([&times](store::Database& db) -> Result<Ok> {
                               store::Transaction tx(db);
                               store::Statement set(db, "UPDATE match_participants SET started_at = ?, ended_at = ? "
                                                        "WHERE match_ref = ?");
                               store::Statement done(db, "UPDATE matches SET derive_version = ? WHERE id = ?");
                               for (const auto& [id, t] : times) {
                                   set.bind(1, t.startedAt).bind(2, t.endedAt).bind(3, id).run();
                                   done.bind(1, MatchWriter::kDeriveVersion).bind(2, id).run();
                               }
                               tx.commit();
                               return Ok{};
                           })
                           .get();
        if (!written) {
            return written.error();
        }
        if (progress) {
            progress(std::min(ids.size(), start + kTimesChunk), total);
        }
    }
    return rest;
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
        std::vector<std::int64_t> timesOnly;
        store::Statement list(reader.value(), onlyStale
                                                  ? "SELECT id, derive_version FROM matches WHERE derive_version < ? "
                                                    "ORDER BY id"
                                                  : "SELECT id, derive_version FROM matches ORDER BY id");
        if (onlyStale) {
            list.bind(1, MatchWriter::kDeriveVersion);
        }
        while (list.step()) {
            const bool times = onlyStale && list.columnInt(1) == kTimesOnlyVersion;
            (times ? timesOnly : ids).push_back(list.columnInt64(0));
        }
        if (!timesOnly.empty()) {
            const std::size_t total = timesOnly.size() + ids.size();
            const auto rest = addGameTimes(store, reader.value(), timesOnly, progress, total);
            if (!rest) {
                return rest.error();
            }
            report.matches += static_cast<int>(timesOnly.size() - rest.value().size());
            ids.insert(ids.end(), rest.value().begin(), rest.value().end());
            std::sort(ids.begin(), ids.end());
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
