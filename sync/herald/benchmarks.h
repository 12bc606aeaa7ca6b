// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Herald server's rank benchmarks (docs/HERALD-API.md, "Benchmarks"): one cohort (queue, tier, role[, champion])
// per call, kept in the store with its ETag (server_benchmarks): asked again, a 304 reuses it; offline, it is read
// from there.
#pragma once

#include "analytics/benchmark.h"
#include "common/result.h"

#include <cstdint>
#include <string>

namespace herald::store {
class Store;
}

namespace herald::sync::server {

class HeraldClient;

struct CohortKey {
    int queue = 420;
    std::string tier;         // IRON ... CHALLENGER
    std::string role;         // TOP, JUNGLE, MIDDLE, BOTTOM, UTILITY
    std::string champion;     // empty: every champion
    std::string text() const; // the cache key: queue|tier|role|champion
};

struct FetchedCohort {
    analytics::Cohort cohort;
    bool fromCache = false;     // the server was not reachable (or busy): the document last received
    std::int64_t fetchedAt = 0; // ms since epoch of its last 200 or 304
};

// The tiers the server knows, in order.
bool isTier(const std::string& tier);

// The cohort's document: the server's (200, saved with its ETag), the cached one confirmed by a 304, or, when the
// server cannot be reached, the cached one (fromCache). Errors keep the server's codes: "server.cohort_too_small"
// (fewer than 1,000 games), "server.invalid_cohort", "server.signed_out" / "server.not_signed_in", and
// "server.unreachable" / "server.busy" with nothing cached. offline: the cache alone, without asking the server
// (a caller that already found it unreachable); "server.not_cached" when the cohort is not there.
Result<FetchedCohort> fetchCohort(store::Store& store, HeraldClient& client, const CohortKey& key, std::int64_t nowMs,
                                  bool offline = false);

// A cohort document as the server writes it; a Parse error for anything else.
Result<analytics::Cohort> parseCohort(const std::string& body);

} // namespace herald::sync::server
