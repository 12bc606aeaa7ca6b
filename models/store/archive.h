// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Archival of old matches: their raw timelines and timeline events go, their match, participants, the frames
// every metric reads (the first at or after 10 and 15 minutes) and every aggregate stay.
#pragma once

#include "common/result.h"

#include <cstdint>
#include <functional>

namespace herald::store {

class Database;

inline constexpr int kDefaultArchiveMonths = 6;
// user_settings key: the threshold `archive` uses when none is given.
inline constexpr const char* kArchiveMonthsSetting = "archive_threshold_months";

// The archive_threshold_months setting of db (1 to 1200), else kDefaultArchiveMonths.
int archiveMonths(Database& db);
// The creation time before which a match is "older than months": a month is 30.44 days (365.25 / 12), the
// threshold is about age, not calendar days.
std::int64_t archiveCutoffMs(int months, std::int64_t nowMs);

struct ArchiveReport {
    std::int64_t matches = 0;       // matches whose timeline was archived by this run
    std::int64_t events = 0;        // timeline events dropped
    std::int64_t frames = 0;        // participant frames dropped
    std::int64_t timelineBytes = 0; // compressed raw timelines dropped
    std::int64_t fileBytesBefore = 0;
    std::int64_t fileBytesAfter = 0; // after reclaiming the freed pages
};

// The matches created before cutoffMs that still have a raw timeline, with what archiving them would free
// (nothing changed): a dry run.
Result<ArchiveReport> planArchive(Database& db, std::int64_t cutoffMs);

// Archives them on db (the writer's connection), 100 matches a transaction: a kill leaves each match archived or
// not, and running it again finishes the work. Then gives the freed pages back to the file system (incremental
// vacuum; a store made before that mode is converted once by a VACUUM). progress: matches done, total.
Result<ArchiveReport> archiveTimelines(Database& db, std::int64_t cutoffMs,
                                       const std::function<void(std::int64_t, std::int64_t)>& progress = {});

// A match whose timeline was archived: it had one (timeline_hash) and its raw timeline is gone.
bool isTimelineArchived(Database& db, std::int64_t matchRef);

} // namespace herald::store
