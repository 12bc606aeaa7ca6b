// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// herald-cli archive: drop the timelines of old matches, keeping every metric's value.
#include "args.h"
#include "commands.h"
#include "common/clock.h"
#include "output.h"
#include "store/archive.h"
#include "store/store.h"

#include <iostream>
#include <nlohmann/json.hpp>

namespace herald::cli {

namespace {

std::string megabytes(std::int64_t bytes) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f MB", static_cast<double>(bytes) / 1e6);
    return text;
}

} // namespace

int runArchive(const Context& context, const std::vector<std::string>& words) {
    const Args args(words, {{"older-than-months"}, {"dry-run", false}, {"format"}});
    const Format format = parseFormat(args.value("format").value_or("table"));
    if (format == Format::Csv) {
        throw UsageError("archive prints table or json");
    }
    if (!args.positional().empty()) {
        throw UsageError("unexpected argument '" + args.positional().front() + "'");
    }
    const auto given = args.integer("older-than-months", 1, 1200);
    auto store = openForWriting(context);
    if (!store) {
        return 1;
    }
    int months = store::kDefaultArchiveMonths;
    if (given) {
        months = static_cast<int>(*given);
    } else if (auto reader = store->openReader()) {
        months = store::archiveMonths(reader.value());
    }
    const std::int64_t cutoff = store::archiveCutoffMs(months, nowMs());
    const bool dryRun = args.has("dry-run");
    const ProgressLine line(context, "Archiving");
    auto report =
        store->writer()
            .submit<store::ArchiveReport>([&](store::Database& db) {
                return dryRun ? store::planArchive(db, cutoff)
                              : store::archiveTimelines(db, cutoff, [&line](std::int64_t done, std::int64_t total) {
                                    line(static_cast<std::size_t>(done), static_cast<std::size_t>(total));
                                });
            })
            .get();
    line.finish();
    if (!report) {
        return fail(report.error().message);
    }
    const store::ArchiveReport& r = report.value();
    if (format == Format::Json) {
        std::cout << jsonText({{"dry_run", dryRun},
                               {"older_than_months", months},
                               {"cutoff", formatTime(cutoff, false)},
                               {"matches", r.matches},
                               {"events", r.events},
                               {"frames", r.frames},
                               {"timeline_bytes", r.timelineBytes},
                               {"file_bytes_before", r.fileBytesBefore},
                               {"file_bytes_after", r.fileBytesAfter}})
                  << '\n';
        return 0;
    }
    std::cout << (dryRun ? "Would archive" : "Archived") << " the timelines of " << r.matches
              << " match(es) older than " << months << " month(s) (before " << formatTime(cutoff, true)
              << "): " << r.events << " events, " << r.frames << " frames and " << megabytes(r.timelineBytes)
              << " of raw timelines " << (dryRun ? "would be" : "were") << " dropped; every match, player and "
              << "statistic is kept.\n";
    if (!dryRun) {
        std::cout << "Database file: " << megabytes(r.fileBytesBefore) << " before, " << megabytes(r.fileBytesAfter)
                  << " after.\n";
    }
    return 0;
}

} // namespace herald::cli
