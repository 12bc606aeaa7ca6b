// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The stored data as exportable tables (docs/EXPORTS.md): matches, participants, frames, events and ranking,
// each read in one streaming query, newest match first, with the same column names in every file format.
#pragma once

#include "common/result.h"
#include "export/table.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace herald::store {
class Database;
}

namespace herald::exporting {

enum class Dataset { Matches, Participants, Frames, Events, Ranking, Stats };

std::optional<Dataset> parseDataset(const std::string& name);
const char* datasetName(Dataset dataset);
// "matches, participants, frames, events, ranking, stats" for error messages.
std::string datasetNames();

// Which matches an export covers.
struct Selection {
    // The players of interest. Empty (and no filters): every stored match, with the side of each followed account.
    std::vector<std::string> puuids;
    // Analytics filters (METRICS.md: champion=Ahri, queue=420, since=2024-01-01, last=20, ...); they need players.
    std::map<std::string, std::vector<std::string>> filters;
    std::string timeZone; // IANA name for local times and dates; empty: the system's zone
    // Streamer mode: other players' Riot IDs (and PUUIDs) are replaced by "Player N" (N: their participant id).
    bool hideOtherPlayers = false;
    std::int64_t nowMs = 0; // resolves relative dates (since=-30d)
};

std::vector<ColumnSpec> columnsOf(Dataset dataset); // not Stats: its columns are the query's

struct DatasetProgress {
    std::function<void(std::int64_t done, std::int64_t total)> report; // in matches (ranking: rows)
    const std::atomic<bool>* cancel = nullptr;
};

// Reads the dataset's rows in order into the writer's current table; returns how many. Throws ExportFailure
// (a cancelled export: ErrorKind::Conflict "cancelled") and store::StoreError.
std::int64_t writeDataset(store::Database& db, Dataset dataset, const Selection& selection, TableWriter& writer,
                          const DatasetProgress& progress);

} // namespace herald::exporting
