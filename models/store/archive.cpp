// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive.h"

#include "store/database.h"
#include "store/migrations.h"
#include "store/settings.h"

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

namespace herald::store {

namespace {

constexpr int kMatchesPerTransaction = 100;

// The frames the metrics read (METRICS.md: gold and CS differences use the first frame whose timestamp is at or
// after 600000 and 900000 ms): every other frame of the match is dropped.
constexpr const char* kDroppedFrames =
    "FROM participant_frames WHERE match_ref = ?1 AND frame NOT IN ("
    "SELECT min(frame) FROM participant_frames WHERE match_ref = ?1 AND timestamp_ms >= 600000 UNION "
    "SELECT min(frame) FROM participant_frames WHERE match_ref = ?1 AND timestamp_ms >= 900000)";

std::int64_t fileBytes(Database& db) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(db.path(), ec);
    return ec ? 0 : static_cast<std::int64_t>(size);
}

std::vector<std::int64_t> candidates(Database& db, std::int64_t cutoffMs) {
    std::vector<std::int64_t> ids;
    Statement list(db, "SELECT m.id FROM matches m JOIN match_payloads p ON p.match_ref = m.id "
                       "WHERE m.game_creation < ? AND p.raw_timeline IS NOT NULL ORDER BY m.id");
    list.bind(1, cutoffMs);
    while (list.step()) {
        ids.push_back(list.columnInt64(0));
    }
    return ids;
}

} // namespace

int archiveMonths(Database& db) {
    return intSetting(db, kArchiveMonthsSetting, kDefaultArchiveMonths, 1, 1200);
}

std::int64_t archiveCutoffMs(int months, std::int64_t nowMs) {
    constexpr std::int64_t kMonthMs = 2'629'800'000LL;
    return nowMs - static_cast<std::int64_t>(months) * kMonthMs;
}

Result<ArchiveReport> planArchive(Database& db, std::int64_t cutoffMs) {
    return readResult("archive plan", [&]() {
        ArchiveReport report;
        report.fileBytesBefore = fileBytes(db);
        report.fileBytesAfter = report.fileBytesBefore;
        Statement events(db, "SELECT count(*) FROM match_timeline WHERE match_ref = ?");
        Statement frames(db, (std::string("SELECT count(*) ") + kDroppedFrames).c_str());
        Statement raw(db, "SELECT length(raw_timeline) FROM match_payloads WHERE match_ref = ?");
        for (const std::int64_t id : candidates(db, cutoffMs)) {
            ++report.matches;
            events.bind(1, id);
            report.events += events.step() ? events.columnInt64(0) : 0;
            events.reset();
            frames.bind(1, id);
            report.frames += frames.step() ? frames.columnInt64(0) : 0;
            frames.reset();
            raw.bind(1, id);
            report.timelineBytes += raw.step() ? raw.columnInt64(0) : 0;
            raw.reset();
        }
        return report;
    });
}

Result<ArchiveReport> archiveTimelines(Database& db, std::int64_t cutoffMs,
                                       const std::function<void(std::int64_t, std::int64_t)>& progress) {
    return readResult("archive", [&]() {
        ArchiveReport report;
        report.fileBytesBefore = fileBytes(db);
        const std::vector<std::int64_t> ids = candidates(db, cutoffMs);
        Statement events(db, "DELETE FROM match_timeline WHERE match_ref = ?");
        Statement frames(db, (std::string("DELETE ") + kDroppedFrames).c_str());
        Statement raw(db, "SELECT length(raw_timeline) FROM match_payloads WHERE match_ref = ?");
        Statement clear(db, "UPDATE match_payloads SET raw_timeline = NULL WHERE match_ref = ?");
        for (std::size_t start = 0; start < ids.size(); start += kMatchesPerTransaction) {
            Transaction tx(db);
            const std::size_t end = std::min(ids.size(), start + kMatchesPerTransaction);
            for (std::size_t i = start; i < end; ++i) {
                const std::int64_t id = ids[i];
                raw.bind(1, id);
                report.timelineBytes += raw.step() ? raw.columnInt64(0) : 0;
                raw.reset();
                events.bind(1, id).run();
                report.events += db.changes();
                frames.bind(1, id).run();
                report.frames += db.changes();
                clear.bind(1, id).run();
                ++report.matches;
            }
            tx.commit();
            if (progress) {
                progress(static_cast<std::int64_t>(end), static_cast<std::int64_t>(ids.size()));
            }
        }
        if (report.matches > 0) {
            if (db.queryInt("PRAGMA auto_vacuum") != 2) {
                // A store made before incremental mode: one VACUUM converts it (and compacts it).
                db.execScript("PRAGMA auto_vacuum = INCREMENTAL");
                compactDatabase(db);
            } else {
                db.execScript("PRAGMA incremental_vacuum");
            }
            db.execScript("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        report.fileBytesAfter = fileBytes(db);
        return report;
    });
}

bool isTimelineArchived(Database& db, std::int64_t matchRef) {
    Statement archived(db, "SELECT m.timeline_hash IS NOT NULL AND p.raw_timeline IS NULL FROM matches m "
                           "JOIN match_payloads p ON p.match_ref = m.id WHERE m.id = ?");
    archived.bind(1, matchRef);
    return archived.step() && archived.columnInt64(0) != 0;
}

} // namespace herald::store
