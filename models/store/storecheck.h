// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Health report of a store: integrity, foreign keys, schema version, journal mode, row counts.
#pragma once

#include "common/result.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace herald::store {

class Database;

struct StoreCheck {
    bool healthy = true;
    std::vector<std::string> problems; // integrity_check / foreign_key_check findings, empty when healthy
    int schemaVersion = 0;
    int latestSchemaVersion = 0;
    std::string journalMode;
    std::int64_t fileBytes = 0;
    std::int64_t walBytes = 0; // the write-ahead log beside the file
    std::vector<std::pair<std::string, std::int64_t>> rowCounts;
};

// The facts alone (schema version, journal mode, sizes, row counts) without the integrity pass, which reads
// every page: what Diagnostics shows at once. A table missing from a store at the latest version is a problem.
Result<StoreCheck> describeStore(Database& db);
// The facts and PRAGMA integrity_check / foreign_key_check.
Result<StoreCheck> checkStore(Database& db);

// True when the store follows no account and holds no match (a first run).
Result<bool> isEmptyStore(Database& db);

} // namespace herald::store
