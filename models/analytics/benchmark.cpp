// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchmark.h"

#include "analytics/compiler.h"
#include "analytics/engine.h"
#include "store/database.h"

#include <algorithm>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace herald::analytics {

namespace {

// A metric's value in one game of one player (METRICS.md, "Lobby benchmarks"), as SQL over the participation `o`;
// perGame() below computes the same in the same order of operations, so both executors give the same doubles.
struct PerGame {
    std::string_view metric;
    std::string_view sql;
};

const std::vector<PerGame>& perGameForms() {
    static const std::vector<PerGame> all = {
        {"avg_deaths", "CAST(o.deaths AS REAL)"},
        {"kda", "CAST(o.kills + o.assists AS REAL) / max(o.deaths, 1)"},
        {"cs_per_min", "(o.minions_killed + o.neutral_minions_killed) / (o.duration_ms / 60000.0)"},
        {"gold_per_min", "o.gold_earned / (o.duration_ms / 60000.0)"},
        {"damage_per_min", "o.damage_to_champions / (o.duration_ms / 60000.0)"},
        {"damage_share",
         "CASE WHEN o.team_damage > 0 THEN CAST(o.damage_to_champions AS REAL) / o.team_damage ELSE 0.0 END"},
        {"kill_participation",
         "CASE WHEN o.team_kills > 0 THEN CAST(o.kills + o.assists AS REAL) / o.team_kills ELSE 0.0 END"},
        {"vision_per_min", "o.vision_score / (o.duration_ms / 60000.0)"},
        {"gold_diff_10", "CAST(o.gold_diff_10 AS REAL)"},
        {"gold_diff_15", "CAST(o.gold_diff_15 AS REAL)"},
        {"cs_diff_10", "CAST(o.cs_diff_10 AS REAL)"},
        {"cs_diff_15", "CAST(o.cs_diff_15 AS REAL)"},
    };
    return all;
}

const PerGame* perGameOf(std::string_view metric) {
    const auto& all = perGameForms();
    const auto it = std::find_if(all.begin(), all.end(), [&](const PerGame& p) { return p.metric == metric; });
    return it == all.end() ? nullptr : &*it;
}

// The per-game forms by their index in perGameForms() (the same order: the independent count checks each).
enum class Form { Deaths, Kda, Cs, Gold, Damage, DamageShare, KillParticipation, Vision, Gold10, Gold15, Cs10, Cs15 };

Form formOf(std::string_view metric) {
    return static_cast<Form>(perGameOf(metric) - perGameForms().data());
}

std::optional<double> perGame(Form form, const LobbyFrame& l, std::size_t e, std::int64_t durationMs) {
    const double minutes = static_cast<double>(durationMs) / 60000.0;
    auto perMinute = [&](std::int32_t total) -> std::optional<double> {
        return durationMs == 0 ? std::nullopt : std::optional<double>(static_cast<double>(total) / minutes);
    };
    auto diff = [](std::int32_t value) -> std::optional<double> {
        return value == LobbyFrame::kNoDiff ? std::nullopt : std::optional<double>(static_cast<double>(value));
    };
    switch (form) {
    case Form::Deaths:
        return static_cast<double>(l.deaths[e]);
    case Form::Kda:
        return static_cast<double>(l.kills[e] + l.assists[e]) / static_cast<double>(std::max(l.deaths[e], 1));
    case Form::Cs:
        return perMinute(l.cs[e]);
    case Form::Gold:
        return perMinute(l.gold[e]);
    case Form::Damage:
        return perMinute(l.damage[e]);
    case Form::DamageShare:
        return l.teamDamage[e] > 0 ? static_cast<double>(l.damage[e]) / static_cast<double>(l.teamDamage[e]) : 0.0;
    case Form::KillParticipation:
        return l.teamKills[e] > 0 ? static_cast<double>(l.kills[e] + l.assists[e]) / static_cast<double>(l.teamKills[e])
                                  : 0.0;
    case Form::Vision:
        return perMinute(l.vision[e]);
    case Form::Gold10:
        return diff(l.goldDiff10[e]);
    case Form::Gold15:
        return diff(l.goldDiff15[e]);
    case Form::Cs10:
        return diff(l.csDiff10[e]);
    case Form::Cs15:
        return diff(l.csDiff15[e]);
    }
    return std::nullopt;
}

constexpr double kQuartiles[3] = {0.25, 0.5, 0.75};

std::vector<Column> benchmarkColumns() {
    return {
        {"role", ColumnKind::Dimension, ValueType::Text},       {"metric", ColumnKind::Dimension, ValueType::Text},
        {"you", ColumnKind::Metric, ValueType::Real},           {"games", ColumnKind::Metric, ValueType::Integer},
        {"population", ColumnKind::Metric, ValueType::Integer}, {"p25", ColumnKind::Metric, ValueType::Real},
        {"p50", ColumnKind::Metric, ValueType::Real},           {"p75", ColumnKind::Metric, ValueType::Real},
        {"percentile", ColumnKind::Metric, ValueType::Real},    {"better_than", ColumnKind::Metric, ValueType::Real},
        {"source", ColumnKind::Dimension, ValueType::Text}};
}

int roleIndex(std::string_view role) {
    const auto it = std::find(kLaneRoles.begin(), kLaneRoles.end(), role);
    return it == kLaneRoles.end() ? -1 : static_cast<int>(it - kLaneRoles.begin());
}

} // namespace

Query benchmarkYouQuery(const Query& query) {
    Query you = query;
    you.groupBy = {"role"};
    you.metrics.insert(you.metrics.begin(), "games");
    return you;
}

namespace {

// The player's value and games per lane role (you table rows: role, games, metrics...), and the games without one.
struct YouSide {
    std::vector<const std::vector<Value>*> byRole = std::vector<const std::vector<Value>*>(kLaneRoles.size());
    std::int64_t gamesWithoutLane = 0;
};

YouSide youSideOf(const ResultTable& you) {
    YouSide side;
    for (const auto& row : you.rows) {
        const int role = roleIndex(std::get<std::string>(row[0]));
        if (role >= 0) {
            side.byRole[static_cast<std::size_t>(role)] = &row;
        } else if (const auto games = numberOf(row[1])) {
            side.gamesWithoutLane += static_cast<std::int64_t>(*games);
        }
    }
    return side;
}

// The statistics of one population (role, metric) as the table holds them.
struct Stats {
    std::int64_t n = 0;
    Value quartile[3];
    Value percentile;
};

// The rows of a benchmark from the player's side and each (role, metric) population's statistics.
Benchmark assemble(const Query& query, const YouSide& side, const std::map<std::pair<int, std::size_t>, Stats>& stats) {
    Benchmark out;
    out.table.columns = benchmarkColumns();
    out.gamesWithoutLane = side.gamesWithoutLane;
    for (std::size_t r = 0; r < kLaneRoles.size(); ++r) {
        const std::vector<Value>* you = side.byRole[r];
        if (you == nullptr) {
            continue;
        }
        for (std::size_t m = 0; m < query.metrics.size(); ++m) {
            auto& row = out.table.rows.emplace_back();
            row.emplace_back(std::string(kLaneRoles[r]));
            row.emplace_back(query.metrics[m]);
            row.push_back((*you)[m + 2]);
            row.push_back((*you)[1]);
            const auto it = stats.find({static_cast<int>(r), m});
            const Stats none;
            const Stats& s = it == stats.end() ? none : it->second;
            row.emplace_back(s.n);
            for (const Value& q : s.quartile) {
                row.push_back(q);
            }
            row.push_back(s.percentile);
            const auto percentile = numberOf(s.percentile);
            const bool lower = findMetric(query.metrics[m])->direction == Direction::LowerIsBetter;
            row.push_back(!percentile ? Value(std::monostate{}) : Value(lower ? 100.0 - *percentile : *percentile));
            row.emplace_back(std::string("lobby"));
        }
    }
    return out;
}

} // namespace

const std::vector<std::string_view>& benchmarkMetrics() {
    static const std::vector<std::string_view> names = [] {
        std::vector<std::string_view> out;
        for (const MetricDef& m : metrics()) {
            if (perGameOf(m.name) != nullptr) {
                out.push_back(m.name);
            }
        }
        return out;
    }();
    return names;
}

std::vector<BenchmarkRow> rowsOf(const Benchmark& benchmark) {
    std::vector<BenchmarkRow> out;
    out.reserve(benchmark.table.rows.size());
    for (const auto& row : benchmark.table.rows) { // the columns of benchmarkColumns(), in that order
        BenchmarkRow r;
        r.role = std::get<std::string>(row[0]);
        r.metric = std::get<std::string>(row[1]);
        r.you = numberOf(row[2]);
        r.games = static_cast<std::int64_t>(numberOf(row[3]).value_or(0));
        r.population = static_cast<std::int64_t>(numberOf(row[4]).value_or(0));
        r.p25 = numberOf(row[5]);
        r.p50 = numberOf(row[6]);
        r.p75 = numberOf(row[7]);
        r.percentile = numberOf(row[8]);
        r.betterThan = numberOf(row[9]);
        r.source = std::get<std::string>(row[10]);
        out.push_back(std::move(r));
    }
    return out;
}

bool isBenchmarkMetric(std::string_view name) {
    return perGameOf(name) != nullptr;
}

Status validateBenchmark(const Query& query) {
    if (query.metrics.empty()) {
        return makeError(ErrorKind::Validation, "a benchmark needs metrics");
    }
    std::string names;
    for (const auto name : benchmarkMetrics()) {
        names += (names.empty() ? "" : ", ") + std::string(name);
    }
    for (const auto& metric : query.metrics) {
        if (!isBenchmarkMetric(metric)) {
            return makeError(ErrorKind::Validation,
                             "'" + metric + "' has no per-game form to compare with other players; use one of " +
                                 names);
        }
    }
    if (!query.groupBy.empty() || query.order || query.limit || query.minGames > 0) {
        return makeError(ErrorKind::Validation,
                         "a benchmark has a row per role and metric: no groups, sort, limit or minimum of games");
    }
    return validate(benchmarkYouQuery(query));
}

Result<Benchmark> benchmarkSql(store::Database& db, const Query& query, std::int64_t nowMs) {
    if (Status valid = validateBenchmark(query); !valid) {
        return valid.error();
    }
    const Query youQuery = benchmarkYouQuery(query);
    auto youCompiled = compile(db, youQuery, nowMs);
    if (!youCompiled) {
        return youCompiled.error();
    }
    auto you = execute(db, youCompiled.value());
    if (!you) {
        return you.error();
    }
    const YouSide side = youSideOf(you.value());
    auto selection = compileSelection(db, query, nowMs, false);
    if (!selection) {
        return selection.error();
    }
    std::vector<Param> params = selection->params;
    auto bind = [&](Param value) {
        params.push_back(std::move(value));
        return "?" + std::to_string(params.size());
    };
    std::string roles, players, values, youRows;
    for (std::size_t r = 0; r < kLaneRoles.size(); ++r) {
        roles += " WHEN " + bind(std::string(kLaneRoles[r])) + " THEN " + std::to_string(r);
    }
    for (const auto& puuid : std::set<std::string>(query.puuids.begin(), query.puuids.end())) {
        players += (players.empty() ? "" : ", ") + bind(puuid);
    }
    std::string columns;
    for (std::size_t m = 0; m < query.metrics.size(); ++m) {
        const std::string name = "m" + std::to_string(m);
        columns += ", " + std::string(perGameOf(query.metrics[m])->sql) + " AS " + name;
        values += std::string(values.empty() ? "" : " UNION ALL ") + "SELECT role, " + std::to_string(m) +
                  " AS metric, " + name + " AS v FROM pop WHERE " + name + " IS NOT NULL";
        for (std::size_t r = 0; r < kLaneRoles.size(); ++r) {
            if (side.byRole[r] == nullptr) {
                continue;
            }
            if (const auto value = numberOf((*side.byRole[r])[m + 2])) {
                youRows += std::string(youRows.empty() ? "VALUES " : ", ") + "(" + std::to_string(r) + ", " +
                           std::to_string(m) + ", " + bind(*value) + ")";
            }
        }
    }
    if (youRows.empty()) {
        youRows = "SELECT NULL, NULL, NULL WHERE 0";
    }
    auto interpolated = [](double q, int at) {
        const std::string h = "(n - 1) * " + std::to_string(q);
        const std::string a = "a" + std::to_string(at);
        const std::string b = "b" + std::to_string(at);
        return a + " + (" + h + " - CAST(" + h + " AS INTEGER)) * (coalesce(" + b + ", " + a + ") - " + a + ")";
    };
    std::string statsSql = "SELECT r.role AS role, r.metric AS metric, max(r.n) AS n";
    for (int q = 0; q < 3; ++q) {
        const std::string h = "(r.n - 1) * " + std::to_string(kQuartiles[q]);
        statsSql += ", max(CASE WHEN r.i = CAST(" + h + " AS INTEGER) THEN r.v END) AS a" + std::to_string(q) +
                    ", max(CASE WHEN r.i = CAST(" + h + " AS INTEGER) + 1 THEN r.v END) AS b" + std::to_string(q);
    }
    statsSql += ", sum(r.v < y.you) AS below, sum(r.v = y.you) AS equal, max(y.you) AS you FROM ranked r LEFT JOIN "
                "you y ON y.role = r.role AND y.metric = r.metric GROUP BY r.role, r.metric";
    std::string finalSql = "WITH sel AS (" + selection->sql +
                           "), g AS (SELECT DISTINCT match_ref FROM sel), pop AS (SELECT CASE o.position" + roles +
                           " END AS role" + columns +
                           " FROM g JOIN match_participants o ON o.match_ref = g.match_ref WHERE o.position IN "
                           "('TOP', 'JUNGLE', 'MIDDLE', 'BOTTOM', 'UTILITY') AND o.puuid NOT IN (" +
                           players + ")), vals AS (" + values +
                           "), ranked AS (SELECT role, metric, v, row_number() OVER (PARTITION BY role, metric ORDER "
                           "BY v) - 1 AS i, count(*) OVER (PARTITION BY role, metric) AS n FROM vals), "
                           "you(role, metric, you) AS (" +
                           youRows + "), stats AS (" + statsSql + ") SELECT role, metric, n";
    for (int q = 0; q < 3; ++q) {
        finalSql += ", " + interpolated(kQuartiles[q], q);
    }
    finalSql += ", CASE WHEN you IS NULL THEN NULL ELSE 100.0 * (below + equal / 2.0) / n END FROM stats";
    std::map<std::pair<int, std::size_t>, Stats> stats;
    try {
        store::Statement select(db, finalSql);
        bindParams(select, params);
        while (select.step()) {
            Stats& s = stats[{select.columnInt(0), static_cast<std::size_t>(select.columnInt64(1))}];
            s.n = select.columnInt64(2);
            for (int q = 0; q < 3; ++q) {
                s.quartile[q] = select.columnDouble(3 + q);
            }
            if (!select.isNull(6)) {
                s.percentile = select.columnDouble(6);
            }
        }
    } catch (const store::StoreError& e) {
        return store::toError(e, "lobby benchmark");
    }
    return assemble(query, side, stats);
}

std::string lobbyPositionOf(const Query& query) {
    const auto it = query.filters.find("role");
    if (it == query.filters.end() || it->second.size() != 1 || roleIndex(it->second.front()) < 0) {
        return {};
    }
    for (const auto& [name, values] : query.allOf) {
        if (name == "role") {
            return {}; // a second role clause: keep it simple, every game
        }
    }
    return it->second.front();
}

Result<std::shared_ptr<const LobbyFrame>> loadLobby(store::Database& db, const ParticipationFrame& frame,
                                                    const std::vector<std::string>& puuids,
                                                    const std::string& position) {
    auto lobby = std::make_shared<LobbyFrame>();
    LobbyFrame& l = *lobby;
    l.position = position;
    l.begin.assign(frame.size(), 0);
    l.end.assign(frame.size(), 0);
    if (frame.size() == 0) {
        return std::shared_ptr<const LobbyFrame>(std::move(lobby));
    }
    std::unordered_map<std::int64_t, std::uint32_t> rowOf;
    rowOf.reserve(frame.size());
    for (std::size_t i = 0; i < frame.size(); ++i) {
        rowOf.emplace(frame.participation[i], static_cast<std::uint32_t>(i));
    }
    const std::int64_t first = *std::min_element(frame.gameCreation.begin(), frame.gameCreation.end());
    const std::size_t expected = frame.size() * 9; // a Rift game's other players, each with a position
    for (auto* column : {&l.kills, &l.deaths, &l.assists, &l.cs, &l.gold, &l.damage, &l.vision, &l.teamDamage,
                         &l.teamKills, &l.goldDiff10, &l.goldDiff15, &l.csDiff10, &l.csDiff15}) {
        column->reserve(expected);
    }
    l.role.reserve(expected);
    const std::set<std::string> players(puuids.begin(), puuids.end());
    // The player's own row is the one with their participant id; other players of the set are told by puuid.
    std::string others;
    for (std::size_t k = 0; players.size() > 1 && k < players.size(); ++k) {
        others += (k ? ", ?" : " AND o.puuid NOT IN (?") + std::to_string(k + 4); // after ?1 to ?3
    }
    others += players.size() > 1 ? ")" : "";
    if (!position.empty()) {
        others += " AND mp.position = ?" + std::to_string(players.size() > 1 ? players.size() + 4 : 4);
    }
    try {
        // The players' own rows drive the join (their primary key); each game's others come from participants_lobby.
        // Absent values arrive as numbers (no second call per column to ask for NULL).
        store::Statement rows(
            db, "SELECT mp.match_ref, mp.participant_id, o.position, o.kills, o.deaths, o.assists, o.minions_killed + "
                "o.neutral_minions_killed, o.gold_earned, o.damage_to_champions, o.vision_score, "
                "coalesce(o.team_damage, 0), coalesce(o.team_kills, 0), coalesce(o.gold_diff_10, ?3), "
                "coalesce(o.gold_diff_15, ?3), coalesce(o.cs_diff_10, ?3), coalesce(o.cs_diff_15, ?3) FROM "
                "match_participants mp JOIN match_participants o INDEXED BY participants_lobby ON o.match_ref = "
                "mp.match_ref WHERE mp.puuid = ?1 AND mp.complete = 1 AND mp.game_creation >= ?2 AND o.position <> '' "
                "AND o.participant_id <> mp.participant_id" +
                    others);
        int at = 4;
        rows.bind(3, static_cast<std::int64_t>(LobbyFrame::kNoDiff));
        for (const auto& puuid : players) {
            if (players.size() > 1) {
                rows.bind(at++, puuid);
            }
        }
        if (!position.empty()) {
            rows.bind(at, position);
        }
        for (const auto& puuid : players) {
            rows.bind(1, puuid).bind(2, first);
            std::int64_t current = -1;
            std::uint32_t row = 0;
            bool known = false;
            while (rows.step()) {
                const std::int64_t key = participationKey(rows.columnInt64(0), rows.columnInt(1));
                if (key != current) {
                    current = key;
                    const auto it = rowOf.find(key);
                    known = it != rowOf.end(); // else written after the frame was read: not in it
                    if (known) {
                        row = it->second;
                        l.begin[row] = static_cast<std::uint32_t>(l.size());
                        l.end[row] = l.begin[row];
                    }
                }
                const int role = roleIndex(rows.columnTextView(2));
                if (!known || role < 0) { // a position that is no lane (Riot's "Invalid")
                    continue;
                }
                l.role.push_back(static_cast<std::uint8_t>(role));
                l.kills.push_back(rows.columnInt(3));
                l.deaths.push_back(rows.columnInt(4));
                l.assists.push_back(rows.columnInt(5));
                l.cs.push_back(rows.columnInt(6));
                l.gold.push_back(rows.columnInt(7));
                l.damage.push_back(rows.columnInt(8));
                l.vision.push_back(rows.columnInt(9));
                l.teamDamage.push_back(rows.columnInt(10));
                l.teamKills.push_back(rows.columnInt(11));
                l.goldDiff10.push_back(rows.columnInt(12));
                l.goldDiff15.push_back(rows.columnInt(13));
                l.csDiff10.push_back(rows.columnInt(14));
                l.csDiff15.push_back(rows.columnInt(15));
                l.end[row] = static_cast<std::uint32_t>(l.size());
            }
            rows.reset();
        }
    } catch (const store::StoreError& e) {
        return store::toError(e, "loading the lobbies");
    }
    return std::shared_ptr<const LobbyFrame>(std::move(lobby));
}

Result<Benchmark> benchmark(const ParticipationFrame& frame, const LobbyFrame& lobby, const Query& query,
                            const CompiledQuery& compiled) {
    if (Status valid = validateBenchmark(query); !valid) {
        return valid.error();
    }
    const Query youQuery = benchmarkYouQuery(query);
    auto you = evaluate(frame, youQuery, compiled);
    if (!you) {
        return you.error();
    }
    const YouSide side = youSideOf(you.value());
    auto selected = selectParticipations(frame, youQuery, compiled);
    if (!selected) {
        return selected.error();
    }
    // The population's entries, each game once (two of the players in one game: its others count once).
    std::vector<std::uint32_t> entries;
    std::vector<std::int64_t> durations;
    std::unordered_set<std::int64_t> games;
    games.reserve(selected->size());
    for (const std::size_t i : selected.value()) {
        if (!games.insert(matchRefOf(frame.participation[i])).second) {
            continue;
        }
        for (std::uint32_t e = lobby.begin[i]; e < lobby.end[i]; ++e) {
            entries.push_back(e);
            durations.push_back(frame.durationMs[i]);
        }
    }
    std::map<std::pair<int, std::size_t>, Stats> stats;
    std::vector<std::vector<double>> values(kLaneRoles.size());
    for (std::size_t m = 0; m < query.metrics.size(); ++m) {
        for (auto& list : values) {
            list.clear();
        }
        const Form form = formOf(query.metrics[m]);
        for (std::size_t k = 0; k < entries.size(); ++k) {
            if (const auto v = perGame(form, lobby, entries[k], durations[k])) {
                values[lobby.role[entries[k]]].push_back(*v);
            }
        }
        for (std::size_t r = 0; r < kLaneRoles.size(); ++r) {
            std::vector<double>& xs = values[r];
            if (xs.empty() || side.byRole[r] == nullptr) {
                continue;
            }
            Stats& s = stats[{static_cast<int>(r), m}];
            s.n = static_cast<std::int64_t>(xs.size());
            if (const auto mine = numberOf((*side.byRole[r])[m + 2])) {
                std::int64_t below = 0, equal = 0;
                for (const double x : xs) {
                    below += x < *mine ? 1 : 0;
                    equal += x == *mine ? 1 : 0;
                }
                s.percentile =
                    100.0 * (static_cast<double>(below) + static_cast<double>(equal) / 2.0) / static_cast<double>(s.n);
            }
            // The quartile at q: the interpolation between the values ranked floor(h) and floor(h) + 1 (from 0),
            // h = (n - 1) q. nth_element places the median, then each other quartile within its half, without
            // sorting the whole population.
            const std::size_t n = xs.size();
            auto rank = [&](double q) { return static_cast<std::size_t>(static_cast<double>(n - 1) * q); };
            const std::size_t mid = rank(0.5);
            std::nth_element(xs.begin(), xs.begin() + static_cast<std::ptrdiff_t>(mid), xs.end());
            // The smallest value of [from, to): a rank's successor once the rank is placed.
            auto least = [&](std::size_t from, std::size_t to, double otherwise) {
                return from < to ? *std::min_element(xs.begin() + static_cast<std::ptrdiff_t>(from),
                                                     xs.begin() + static_cast<std::ptrdiff_t>(to))
                                 : otherwise;
            };
            const double aboveMid = least(mid + 1, n, xs[mid]);
            for (int q = 0; q < 3; ++q) {
                const double h = static_cast<double>(n - 1) * kQuartiles[q];
                const std::size_t lo = rank(kQuartiles[q]);
                double a = xs[mid];
                double b = aboveMid;
                if (lo < mid) { // within the lower half; its successor is there too, or the median
                    std::nth_element(xs.begin(), xs.begin() + static_cast<std::ptrdiff_t>(lo),
                                     xs.begin() + static_cast<std::ptrdiff_t>(mid));
                    a = xs[lo];
                    b = least(lo + 1, mid, xs[mid]);
                } else if (lo > mid) { // within the upper half
                    std::nth_element(xs.begin() + static_cast<std::ptrdiff_t>(mid + 1),
                                     xs.begin() + static_cast<std::ptrdiff_t>(lo), xs.end());
                    a = xs[lo];
                    b = least(lo + 1, n, a);
                }
                s.quartile[q] = a + (h - static_cast<double>(lo)) * (b - a);
            }
        }
    }
    return assemble(query, side, stats);
}

double percentileAmong(const CohortQuantiles& q, double value) {
    const std::pair<double, double> points[] = {{q.p10, 10}, {q.p25, 25}, {q.p50, 50}, {q.p75, 75}, {q.p90, 90}};
    if (value <= points[0].first) {
        return 10;
    }
    for (std::size_t k = 1; k < std::size(points); ++k) {
        const auto [a, pa] = points[k - 1];
        const auto [b, pb] = points[k];
        if (value <= b) {
            return b > a ? pa + (value - a) / (b - a) * (pb - pa) : (pa + pb) / 2;
        }
    }
    return 90;
}

void compareWithCohort(Benchmark& benchmark, const std::string& role, const Cohort& cohort) {
    for (auto& row : benchmark.table.rows) {
        if (std::get<std::string>(row[0]) != role) {
            continue;
        }
        const std::string& metric = std::get<std::string>(row[1]);
        const auto it = cohort.metrics.find(metric);
        row[4] = cohort.games;
        row[10] = cohort.tier;
        if (it == cohort.metrics.end()) {
            for (int c : {5, 6, 7, 8, 9}) {
                row[static_cast<std::size_t>(c)] = std::monostate{};
            }
            continue;
        }
        row[5] = it->second.p25;
        row[6] = it->second.p50;
        row[7] = it->second.p75;
        const auto you = numberOf(row[2]);
        if (!you) {
            row[8] = row[9] = std::monostate{};
            continue;
        }
        const double percentile = percentileAmong(it->second, *you);
        const bool lower = findMetric(metric)->direction == Direction::LowerIsBetter;
        row[8] = percentile;
        row[9] = lower ? 100.0 - percentile : percentile;
    }
}

} // namespace herald::analytics
