// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rebuild.h"

#include "gamedata/buildnames.h"
#include "ingest/buildwriter.h"
#include "ingest/compression.h"
#include "ingest/derivation.h"
#include "ingest/matchwriter.h"
#include "ingest/payloadparser.h"

#include <algorithm>
#include <optional>
#include <thread>

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

// Derive version 5 differs from version 4 by the builds alone (V013), and version 4 from version 3 by the games'
// start and end (V012): a match at version 3 or 4 gets what it lacks from its raw payloads (the match's start, end
// and builds; the timeline's events, not its frames) instead of having its rows, frames and events written again
// (several times faster). Returns the matches this could not do (a payload it cannot read), for the full path.
constexpr int kOldestInPlaceVersion = 3;

struct InPlace {
    std::int64_t id = 0;
    std::optional<GameTimes> times; // version 3: the start and end it lacks
    std::vector<ParticipantRow> builds;
    std::optional<std::vector<TimelineBuild>> timeline;
};

// What a stale match lacks, read from its raw payloads; nullopt when they cannot be read (the full path then).
std::optional<InPlace> readInPlace(store::Statement& raw, std::int64_t id, int version) {
    raw.bind(1, id);
    std::optional<InPlace> out;
    if (raw.step() && !raw.isNull(0)) {
        auto bytes = decompress(raw.columnBlob(0));
        auto facts = bytes ? storedMatchFacts(bytes.value(), raw.columnInt64(2), raw.columnInt64(3))
                           : Result<StoredMatchFacts>(bytes.error());
        if (facts && !facts.value().participants.empty()) {
            out = InPlace{id, std::nullopt, std::move(facts.value().participants), std::nullopt};
            if (version == kOldestInPlaceVersion) {
                out->times = facts.value().times;
            }
            if (!raw.isNull(1)) {
                auto timeline = decompress(raw.columnBlob(1));
                auto builds = timeline ? storedTimelineBuilds(timeline.value())
                                       : Result<std::vector<TimelineBuild>>(timeline.error());
                if (!builds) {
                    out.reset();
                } else {
                    out->timeline = std::move(builds).value();
                }
            }
        }
    }
    raw.reset();
    return out;
}

// Reading dominates (a timeline is decompressed and parsed for its events): each chunk is read by a few threads,
// each over its own reader connection, and written in one transaction by the writer.
Result<std::vector<std::int64_t>> upgradeInPlace(store::Store& store, store::Database& reader,
                                                 const std::vector<std::pair<std::int64_t, int>>& stale,
                                                 const std::function<void(std::size_t, std::size_t)>& progress,
                                                 std::size_t total) {
    constexpr std::size_t kInPlaceChunk = 512;
    const char* sql = "SELECT p.raw_data, p.raw_timeline, min(mp.game_creation), min(mp.duration_ms) "
                      "FROM match_payloads p JOIN match_participants mp ON mp.match_ref = p.match_ref "
                      "WHERE p.match_ref = ?";
    std::vector<store::Database> more; // the other threads' connections
    for (std::size_t t = 1; t < std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 4); ++t) {
        auto opened = store.openReader();
        if (!opened) {
            break;
        }
        more.push_back(std::move(opened).value());
    }
    std::vector<store::Statement> raws;
    raws.emplace_back(reader, sql);
    for (auto& db : more) {
        raws.emplace_back(db, sql);
    }
    std::vector<std::int64_t> rest;
    for (std::size_t start = 0; start < stale.size(); start += kInPlaceChunk) {
        const std::size_t end = std::min(stale.size(), start + kInPlaceChunk);
        std::vector<std::optional<InPlace>> slots(end - start);
        std::vector<std::optional<Error>> failures(raws.size());
        std::vector<std::thread> workers;
        for (std::size_t t = 0; t < raws.size(); ++t) {
            workers.emplace_back([&, t] {
                try { // nothing escapes the thread: a store error fails the upgrade with its message
                    for (std::size_t i = start + t; i < end; i += raws.size()) {
                        slots[i - start] = readInPlace(raws[t], stale[i].first, stale[i].second);
                    }
                } catch (const store::StoreError& e) {
                    failures[t] = store::toError(e, "reading stored payloads");
                } catch (const std::exception& e) {
                    failures[t] = makeError(ErrorKind::Storage, std::string("reading stored payloads: ") + e.what());
                }
            });
        }
        for (auto& worker : workers) {
            worker.join();
        }
        for (const auto& failure : failures) {
            if (failure) {
                return *failure;
            }
        }
        std::vector<InPlace> read;
        for (std::size_t i = start; i < end; ++i) {
            if (slots[i - start]) {
                read.push_back(std::move(*slots[i - start]));
            } else {
                rest.push_back(stale[i].first); // no players (an aborted stub) or an unreadable payload
            }
        }
        auto written =
            store.writer()
                .submit<Ok>([&read](store::Database& db) -> Result<Ok> {
                    store::Transaction tx(db);
                    store::Statement times(db, "UPDATE match_participants SET started_at = ?, "
                                               "ended_at = ? WHERE match_ref = ?");
                    store::Statement done(db, "UPDATE matches SET derive_version = ? WHERE id = ?");
                    BuildWriter builds(db);
                    for (const InPlace& match : read) {
                        if (match.times) {
                            times.bind(1, match.times->startedAt).bind(2, match.times->endedAt).bind(3, match.id).run();
                        }
                        builds.writeMatch(match.id, match.builds);
                        if (match.timeline) {
                            builds.writeTimeline(match.id, *match.timeline);
                        }
                        done.bind(1, MatchWriter::kDeriveVersion).bind(2, match.id).run();
                    }
                    tx.commit();
                    return Ok{};
                })
                .get();
        if (!written) {
            return written.error();
        }
        if (progress) {
            progress(end, total);
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
        std::vector<std::pair<std::int64_t, int>> inPlace;
        store::Statement list(reader.value(), onlyStale
                                                  ? "SELECT id, derive_version FROM matches WHERE derive_version < ? "
                                                    "ORDER BY id"
                                                  : "SELECT id, derive_version FROM matches ORDER BY id");
        if (onlyStale) {
            list.bind(1, MatchWriter::kDeriveVersion);
        }
        while (list.step()) {
            const int version = list.columnInt(1);
            if (onlyStale && version >= kOldestInPlaceVersion) {
                inPlace.emplace_back(list.columnInt64(0), version);
            } else {
                ids.push_back(list.columnInt64(0));
            }
        }
        if (!inPlace.empty()) {
            const std::size_t total = inPlace.size() + ids.size();
            const auto rest = upgradeInPlace(store, reader.value(), inPlace, progress, total);
            if (!rest) {
                return rest.error();
            }
            report.matches += static_cast<int>(inPlace.size() - rest.value().size());
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

namespace {

// build_names follows the store's game data (a first open, a newer Herald's bundled snapshot); written by any open
// that may write.
Status refreshBuildNames(store::Store& store) {
    auto reader = store.openReader();
    if (!reader) {
        return reader.error();
    }
    try {
        if (gamedata::buildNamesCurrent(reader.value())) {
            return Ok{};
        }
    } catch (const store::StoreError& e) {
        return store::toError(e, "reading build names");
    }
    auto written = store.writer()
                       .submit<Ok>([](store::Database& db) -> Result<Ok> {
                           store::Transaction tx(db);
                           gamedata::writeBuildNames(db);
                           tx.commit();
                           return Ok{};
                       })
                       .get();
    return written ? Status(Ok{}) : Status(written.error());
}

} // namespace

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
    if (access != store::Store::Access::Read) {
        if (Status named = refreshBuildNames(*opened.value()); !named) {
            return named.error();
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
        if (Status named = refreshBuildNames(*writable.value()); !named) {
            return named.error();
        }
        return opened;
    }
    if (auto rebuilt = rebuild(*opened.value(), true, rederiveProgress(progress)); !rebuilt) {
        return rebuilt.error();
    }
    return opened;
}

} // namespace herald::ingest
