// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "insights.h"

#include "analytics/engine.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace herald::analytics {

const char* findingKindName(FindingKind kind) {
    switch (kind) {
    case FindingKind::LateInSession:
        return "late_in_session";
    case FindingKind::AfterLosses:
        return "after_losses";
    case FindingKind::LateNight:
        return "late_night";
    case FindingKind::Partner:
        return "partner";
    }
    return "";
}

namespace {

struct Tally {
    std::int64_t games = 0, wins = 0;
};

std::int64_t integerOf(const Value& v) {
    return std::llround(numberOf(v).value_or(0));
}

// games and wins of the groups whose dimension value is in `values` (all groups when empty).
Tally tally(const ResultTable& table, const std::set<std::string>& values, bool complement = false) {
    Tally t;
    for (const auto& row : table.rows) {
        std::string key;
        if (const auto* text = std::get_if<std::string>(&row[0])) {
            key = *text;
        } else if (const auto* number = std::get_if<std::int64_t>(&row[0])) {
            key = std::to_string(*number);
        }
        if ((values.count(key) != 0) != complement) {
            t.games += integerOf(row[1]);
            t.wins += integerOf(row[2]);
        }
    }
    return t;
}

} // namespace

std::pair<double, double> twoProportionTest(std::int64_t wins, std::int64_t games, std::int64_t otherWins,
                                            std::int64_t otherGames) {
    if (games == 0 || otherGames == 0) {
        return {0.0, 1.0};
    }
    const double n1 = static_cast<double>(games);
    const double n2 = static_cast<double>(otherGames);
    const double pooled = static_cast<double>(wins + otherWins) / (n1 + n2);
    const double se = std::sqrt(pooled * (1.0 - pooled) * (1.0 / n1 + 1.0 / n2));
    if (se == 0.0) {
        return {0.0, 1.0}; // every game won, or every game lost: no difference to test
    }
    const double z = (static_cast<double>(wins) / n1 - static_cast<double>(otherWins) / n2) / se;
    return {z, std::erfc(std::abs(z) / std::sqrt(2.0))};
}

namespace {

// A finding's games: the whole history under the other filters, counted games only, no groups.
void wholeHistory(Query& base) {
    for (const char* period : {"since", "until", "last"}) {
        base.filters.erase(period);
    }
    base.groupBy.clear();
    base.order.reset();
    base.limit.reset();
    base.minGames = 0;
    base.includeRemakes = false;
}

} // namespace

Result<std::vector<LobbyFinding>> findLobbyFindings(AnalyticsEngine& engine, store::Database& db, Query base,
                                                    std::uint64_t dataVersion, std::size_t limit) {
    wholeHistory(base);
    base.metrics = {"games"};
    base.groupBy = {"role"};
    auto roles = engine.run(db, base, dataVersion);
    if (!roles) {
        return roles.error();
    }
    std::string main;
    std::int64_t most = 0;
    for (const auto& row : roles.value()->rows) {
        const auto* role = std::get_if<std::string>(&row[0]);
        const std::int64_t games = integerOf(row[1]);
        if (role != nullptr && std::find(kLaneRoles.begin(), kLaneRoles.end(), *role) != kLaneRoles.end() &&
            games > most) {
            main = *role;
            most = games;
        }
    }
    std::vector<LobbyFinding> out;
    if (most < kFindingMinGames) {
        return out;
    }
    Query q = base;
    q.groupBy.clear();
    q.filters["role"] = {main};
    q.metrics.clear();
    for (const auto name : benchmarkMetrics()) {
        q.metrics.emplace_back(name);
    }
    auto benchmark = engine.benchmark(db, q, dataVersion);
    if (!benchmark) {
        return benchmark.error();
    }
    for (const auto& row : benchmark.value()->table.rows) {
        const auto betterThan = numberOf(row[9]);
        const std::int64_t games = integerOf(row[3]);
        const std::int64_t population = integerOf(row[4]);
        if (betterThan && *betterThan < 25.0 && games >= kFindingMinGames && population >= kFindingMinGames) {
            out.push_back({std::get<std::string>(row[0]), std::get<std::string>(row[1]), *numberOf(row[2]), games,
                           *numberOf(row[5]), *numberOf(row[7]), population, *betterThan});
        }
    }
    std::stable_sort(out.begin(), out.end(), // ties keep the catalog's order
                     [](const LobbyFinding& a, const LobbyFinding& b) { return a.betterThan < b.betterThan; });
    if (out.size() > limit) {
        out.resize(limit);
    }
    return out;
}

Result<std::vector<Finding>> findFindings(AnalyticsEngine& engine, store::Database& db, Query base,
                                          std::uint64_t dataVersion, std::size_t limit) {
    wholeHistory(base);
    base.metrics = {"games", "wins"};
    auto by = [&](const char* dimension) {
        Query q = base;
        q.groupBy = {dimension};
        return engine.run(db, q, dataVersion);
    };
    auto sessions = by("session_game");
    auto streaks = by("streak_before");
    auto hours = by("hour");
    if (!sessions || !streaks || !hours) {
        return !sessions ? sessions.error() : !streaks ? streaks.error() : hours.error();
    }
    Query partnersQuery = base;
    partnersQuery.groupBy = {"teammate"};
    partnersQuery.minGames = static_cast<int>(kFindingMinGames);
    partnersQuery.order = parseOrder("-games");
    partnersQuery.limit = static_cast<int>(kFindingPartners);
    auto partners = engine.run(db, partnersQuery, dataVersion);
    if (!partners) {
        return partners.error();
    }
    const Tally all = tally(*sessions.value(), {}, true);

    std::vector<Finding> candidates;
    auto consider = [&](FindingKind kind, const Tally& group, const Tally& other, std::string partner = {}) {
        if (group.games < kFindingMinGames || other.games < kFindingMinGames) {
            return; // too few games to say anything
        }
        Finding f{kind, std::move(partner), group.games, group.wins, other.games, other.wins, 0, 1};
        std::tie(f.z, f.pValue) = twoProportionTest(f.wins, f.games, f.otherWins, f.otherGames);
        candidates.push_back(std::move(f));
    };
    consider(FindingKind::LateInSession, tally(*sessions.value(), {"4", "5+"}), tally(*sessions.value(), {"1"}));
    consider(FindingKind::AfterLosses, tally(*streaks.value(), {"L2", "L3+"}),
             tally(*streaks.value(), {"W1", "W2", "W3+"}));
    const std::set<std::string> night = {"0", "1", "2", "3", "4", "5"};
    consider(FindingKind::LateNight, tally(*hours.value(), night), tally(*hours.value(), night, true));
    for (const auto& row : partners.value()->rows) {
        const Tally with{integerOf(row[1]), integerOf(row[2])};
        const Tally without{all.games - with.games, all.wins - with.wins};
        const auto* name = std::get_if<std::string>(&row[0]);
        consider(FindingKind::Partner, with, without, name != nullptr ? *name : std::string());
    }

    // Holm's step-down correction: the k-th smallest p-value of m comparisons must be under (1 - confidence) /
    // (m - k + 1); the first one that is not stops the list.
    std::sort(candidates.begin(), candidates.end(),
              [](const Finding& a, const Finding& b) { return a.pValue < b.pValue; });
    std::vector<Finding> findings;
    const std::size_t m = candidates.size();
    for (std::size_t k = 0; k < m && findings.size() < limit; ++k) {
        if (candidates[k].pValue >= (1.0 - kFindingConfidence) / static_cast<double>(m - k)) {
            break;
        }
        findings.push_back(candidates[k]);
    }
    return findings;
}

} // namespace herald::analytics
