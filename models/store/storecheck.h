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
    std::vector<std::pair<std::string, std::int64_t>> rowCounts;
};

Result<StoreCheck> checkStore(Database& db);

} // namespace herald::store
