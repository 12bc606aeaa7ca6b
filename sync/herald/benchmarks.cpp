// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchmarks.h"

#include "heraldclient.h"
#include "store/benchmarkcache.h"
#include "store/store.h"
#include "store/storewriter.h"

#include <algorithm>
#include <array>
#include <nlohmann/json.hpp>

namespace herald::sync::server {

using nlohmann::json;

namespace {

constexpr std::array<const char*, 10> kTiers = {"IRON",    "BRONZE",  "SILVER", "GOLD",        "PLATINUM",
                                                "EMERALD", "DIAMOND", "MASTER", "GRANDMASTER", "CHALLENGER"};

std::string pathOf(const CohortKey& key) {
    std::string path = "/benchmarks?queue=" + std::to_string(key.queue) + "&tier=" + percentEncoded(key.tier) +
                       "&role=" + percentEncoded(key.role);
    if (!key.champion.empty()) {
        path += "&champion=" + percentEncoded(key.champion);
    }
    return path;
}

} // namespace

std::string CohortKey::text() const {
    return std::to_string(queue) + "|" + tier + "|" + role + "|" + champion;
}

bool isTier(const std::string& tier) {
    return std::find(kTiers.begin(), kTiers.end(), tier) != kTiers.end();
}

Result<analytics::Cohort> parseCohort(const std::string& body) {
    const json doc = json::parse(body, nullptr, false);
    auto bad = [] {
        return makeError(ErrorKind::Parse, "the Herald server's benchmark is not a cohort document", "server.http");
    };
    if (!doc.is_object() || !doc.contains("metrics") || !doc["metrics"].is_object() || !doc.contains("games") ||
        !doc["games"].is_number_integer()) {
        return bad();
    }
    analytics::Cohort cohort;
    cohort.tier = doc.value("tier", std::string());
    cohort.role = doc.value("role", std::string());
    cohort.patch = doc.value("patch", std::string());
    cohort.games = doc["games"].get<std::int64_t>();
    for (const auto& item : doc["metrics"].items()) {
        // Named, not a structured binding: clang (the fuzz build) refuses a lambda that captures one.
        const std::string& name = item.key();
        const json& q = item.value();
        if (!analytics::isBenchmarkMetric(name)) {
            continue; // a metric this Herald does not know: not compared
        }
        const char* fields[] = {"p10", "p25", "p50", "p75", "p90"};
        if (!q.is_object() || !std::all_of(std::begin(fields), std::end(fields),
                                           [&](const char* f) { return q.contains(f) && q[f].is_number(); })) {
            return bad();
        }
        cohort.metrics[name] = {q["p10"].get<double>(), q["p25"].get<double>(), q["p50"].get<double>(),
                                q["p75"].get<double>(), q["p90"].get<double>()};
    }
    return cohort;
}

Result<FetchedCohort> fetchCohort(store::Store& store, HeraldClient& client, const CohortKey& key, std::int64_t nowMs,
                                  bool offline) {
    std::optional<store::CachedCohort> cached;
    {
        auto reader = store.openReader();
        if (!reader) {
            return reader.error();
        }
        auto found = store::cachedCohort(reader.value(), key.text());
        if (!found) {
            return found.error();
        }
        cached = std::move(found).value();
    }
    auto fromCache = [&]() -> Result<FetchedCohort> {
        auto cohort = parseCohort(cached->body);
        if (!cohort) {
            return cohort.error();
        }
        return FetchedCohort{std::move(cohort).value(), true, cached->fetchedAt};
    };
    if (offline) {
        if (!cached) {
            return makeError(ErrorKind::Io, "the " + key.tier + " " + key.role + " cohort was never received",
                             "server.not_cached");
        }
        return fromCache();
    }
    std::vector<std::pair<std::string, std::string>> headers;
    if (cached) {
        headers.emplace_back("If-None-Match", cached->etag);
    }
    auto answer = client.call("GET", pathOf(key), {}, headers);
    if (!answer) {
        const std::string& code = answer.error().code;
        if ((code == "server.unreachable" || code == "server.busy") && cached) { // offline: as last received
            return fromCache();
        }
        return answer.error();
    }
    const std::string cohortKey = key.text();
    if (answer->status == 304 && cached) {
        auto touched = store.writer()
                           .submit<bool>([cohortKey, nowMs](store::Database& db) -> Result<bool> {
                               store::touchCohort(db, cohortKey, nowMs);
                               return true;
                           })
                           .get();
        if (!touched) {
            return touched.error();
        }
        auto cohort = parseCohort(cached->body);
        if (!cohort) {
            return cohort.error();
        }
        return FetchedCohort{std::move(cohort).value(), false, nowMs};
    }
    auto cohort = parseCohort(answer->body);
    if (!cohort) {
        return cohort.error();
    }
    store::CachedCohort fresh{answer->etag, answer->body, nowMs};
    auto saved = store.writer()
                     .submit<bool>([cohortKey, fresh](store::Database& db) -> Result<bool> {
                         store::saveCohort(db, cohortKey, fresh);
                         return true;
                     })
                     .get();
    if (!saved) {
        return saved.error();
    }
    return FetchedCohort{std::move(cohort).value(), false, nowMs};
}

} // namespace herald::sync::server
