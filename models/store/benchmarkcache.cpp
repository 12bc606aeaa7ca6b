// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchmarkcache.h"

#include "database.h"

namespace herald::store {

Result<std::optional<CachedCohort>> cachedCohort(Database& db, const std::string& cohort) {
    try {
        Statement select(db, "SELECT etag, body, fetched_at FROM server_benchmarks WHERE cohort = ?");
        select.bind(1, cohort);
        if (!select.step()) {
            return std::optional<CachedCohort>();
        }
        return std::optional<CachedCohort>(
            CachedCohort{select.columnText(0), select.columnText(1), select.columnInt64(2)});
    } catch (const StoreError& e) {
        return toError(e, "reading the cached benchmarks");
    }
}

void saveCohort(Database& db, const std::string& cohort, const CachedCohort& cached) {
    Statement upsert(db, "INSERT INTO server_benchmarks (cohort, etag, body, fetched_at) VALUES (?, ?, ?, ?) "
                         "ON CONFLICT (cohort) DO UPDATE SET etag = excluded.etag, body = excluded.body, "
                         "fetched_at = excluded.fetched_at");
    upsert.bind(1, cohort).bind(2, cached.etag).bind(3, cached.body).bind(4, cached.fetchedAt);
    upsert.step();
}

void touchCohort(Database& db, const std::string& cohort, std::int64_t fetchedAt) {
    Statement update(db, "UPDATE server_benchmarks SET fetched_at = ? WHERE cohort = ?");
    update.bind(1, fetchedAt).bind(2, cohort);
    update.step();
}

} // namespace herald::store
