// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// One export file from start to end: datasets (or tables already in memory) through a format's writer into an
// AtomicFile, committed only when every row is written. A failure or a cancel leaves no file.
#pragma once

#include "analytics/query.h"
#include "common/result.h"
#include "export/datasets.h"
#include "export/table.h"

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace herald::store {
class Database;
struct HistoryFilter;
struct MatchSummary;
} // namespace herald::store

namespace herald::exporting {

struct ExportRequest {
    std::vector<Dataset> datasets;
    FileFormat format = FileFormat::Csv;
    std::filesystem::path output;
    bool overwrite = false;
    Selection selection;
    std::optional<analytics::Query> stats; // the query of Dataset::Stats, players filled in
    std::vector<std::string> playerNames;  // Riot IDs, for the About sheet
};

struct ExportOutcome {
    std::vector<std::pair<std::string, std::int64_t>> tables; // name, rows
    std::int64_t rows = 0;
    std::string details; // the About sheet's players and filters in one line (for the audit log)
};

using ExportProgress = std::function<void(const std::string& table, std::int64_t done, std::int64_t total)>;

// Validates the request (known datasets, CSV with one of them, filters that need players), then writes the file.
Result<ExportOutcome> exportData(store::Database& db, const ExportRequest& request, const ExportProgress& progress = {},
                                 const std::atomic<bool>* cancel = nullptr);

// Tables already in memory: a dashboard widget's result, the rows a view shows.
struct MemoryTable {
    std::string name;
    std::vector<ColumnSpec> columns;
    std::vector<std::vector<Cell>> rows;
};

MemoryTable tableOfResult(const analytics::ResultTable& result, std::string name);

Result<ExportOutcome> exportTables(const std::vector<MemoryTable>& tables, FileFormat format,
                                   const std::filesystem::path& output, bool overwrite, const AboutExport& about,
                                   const std::string& timeZone);

// Match summaries (a widget's recent games, a history page) as a table.
MemoryTable summaryTable(const std::vector<store::MatchSummary>& matches);
// The rows of a match history (every page of it), as the history shows them: for "Export data…" on the history.
Result<MemoryTable> historyTable(store::Database& db, const store::HistoryFilter& filter);

// The offset of the zone at any instant (empty: the system's zone); UTC when the zone is unknown.
LocalOffset localOffsetOf(const std::string& timeZone);

// The file name extension of a format, with its dot.
std::string extensionOf(FileFormat format);

} // namespace herald::exporting
