// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Herald server's rank benchmarks as last received (server_benchmarks, V015): a cohort's document and ETag.
#pragma once

#include "common/result.h"

#include <cstdint>
#include <optional>
#include <string>

namespace herald::store {

class Database;

struct CachedCohort {
    std::string etag;
    std::string body;
    std::int64_t fetchedAt = 0;
};

Result<std::optional<CachedCohort>> cachedCohort(Database& db, const std::string& cohort);
// Writes (or replaces) a cohort's document; on the writer's connection.
void saveCohort(Database& db, const std::string& cohort, const CachedCohort& cached);
// A 304 confirmed the cached document: only its time moves.
void touchCohort(Database& db, const std::string& cohort, std::int64_t fetchedAt);

} // namespace herald::store
