// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "compiler.h"

#include "analytics/timezone.h"
#include "store/database.h"
#include "store/participantsql.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <limits>
#include <map>
#include <set>

namespace herald::analytics {

namespace {

constexpr std::int64_t kDayMs = 86'400'000;
// since=all (the filter bar's "All time"): no bound, whatever period the template names.
const std::set<std::string> kRollupDimensions = {"champion", "queue"};

Error invalid(std::string message) {
    return makeError(ErrorKind::Validation, std::move(message));
}

std::optional<std::int64_t> parseInt(const std::string& text) {
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size()) {
        return std::nullopt;
    }
    return value;
}

// -Nd / -Nw: N days or weeks before now (N from 0 to 100,000); nullopt for anything else (a date, or garbage).
Result<std::optional<std::int64_t>> relativeDays(const std::string& key, const std::string& text) {
    if (text.size() >= 3 && text[0] == '-' && (text.back() == 'd' || text.back() == 'w')) {
        const auto count = parseInt(text.substr(1, text.size() - 2));
        if (!count || *count < 0 || *count > 100'000) {
            return invalid(key + "=" + text + ": expected -Nd or -Nw (N from 0 to 100000)");
        }
        return std::optional<std::int64_t>(*count * (text.back() == 'w' ? 7 : 1));
    }
    if (!isDate(text)) {
        return invalid(key + ": '" + text + "' is not a date (expected YYYY-MM-DD, or -90d / -12w)");
    }
    return std::optional<std::int64_t>();
}

Status integerValue(const DimensionDef& dim, const std::string& value) {
    if (!parseInt(value)) {
        return invalid(std::string(dim.name) + "=" + value + ": expected a number");
    }
    return Ok{};
}

std::string replaceAll(std::string text, std::string_view from, const std::string& to) {
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
    }
    return text;
}

// Catalog SQL names the participation `p`; the outer query reads the CTE `b` (so plans name what they scan).
std::string overCte(const std::string& sql) {
    std::string out;
    for (std::size_t i = 0; i < sql.size(); ++i) {
        const bool standalone = i == 0 || !(std::isalnum(static_cast<unsigned char>(sql[i - 1])) || sql[i - 1] == '_');
        if (standalone && sql.compare(i, 2, "p.") == 0) {
            out += "b.";
            ++i;
        } else {
            out += sql[i];
        }
    }
    return out;
}

// The participation columns an SQL fragment reads ("p.kills" -> kills).
void collectColumns(std::string_view sql, std::set<std::string>& columns) {
    for (std::size_t i = 0; i + 2 < sql.size(); ++i) {
        const bool standalone = i == 0 || !(std::isalnum(static_cast<unsigned char>(sql[i - 1])) || sql[i - 1] == '_');
        if (!standalone || sql.compare(i, 2, "p.") != 0) {
            continue;
        }
        std::size_t end = i + 2;
        while (end < sql.size() && (std::isalnum(static_cast<unsigned char>(sql[end])) || sql[end] == '_')) {
            ++end;
        }
        columns.insert(std::string(sql.substr(i + 2, end - i - 2)));
        i = end;
    }
}

std::string placeholders(std::size_t n) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i) {
        out += i == 0 ? "?" : ", ?";
    }
    return out;
}

bool groupsByTeammate(const Query& q) {
    return std::any_of(q.groupBy.begin(), q.groupBy.end(), [](const std::string& name) {
        const DimensionDef* dim = findDimension(name);
        return dim != nullptr && dim->kind == DimensionKind::Teammate;
    });
}

// Whether a query groups or filters by a dimension of the player's history (session_game, streak_before).
bool readsHistory(const Query& q) {
    auto history = [](const std::string& name) {
        const DimensionDef* dim = findDimension(name);
        return dim != nullptr && dim->kind == DimensionKind::History;
    };
    auto filtered = [&](const auto& filter) { return history(filter.first); };
    return std::any_of(q.groupBy.begin(), q.groupBy.end(), history) ||
           std::any_of(q.filters.begin(), q.filters.end(), filtered) ||
           std::any_of(q.allOf.begin(), q.allOf.end(), filtered);
}

// The item lists the query groups by (item, augment): each joined under its own alias, over `p` (or the CTE's rows).
std::string itemListJoins(const Query& q, bool overCteRows) {
    std::string out;
    for (const auto& name : q.groupBy) {
        const DimensionDef* dim = findDimension(name);
        if (dim != nullptr && dim->kind == DimensionKind::ItemList) {
            const std::string on(dim->joinOn);
            out += " JOIN " + std::string(dim->joinTable) + " ON " + (overCteRows ? overCte(on) : on);
        }
    }
    return out;
}

// The other players of the same team as the participation `p` (or the CTE's rows): joined as `t`.
std::string teammateJoin(const std::string& p) {
    return " JOIN match_participants t ON t.match_ref = " + p + ".match_ref AND t.participant_id <> " + p +
           ".participant_id AND " + store::teamKeySql("t") + " = " + store::teamKeySql(p);
}

bool isLp(const Query& q) {
    return std::find(q.metrics.begin(), q.metrics.end(), "lp") != q.metrics.end();
}

// Ranked queue names of league-v4 for the queue ids players know.
std::string rankedQueueName(const std::string& value) {
    if (value == "420") {
        return "RANKED_SOLO_5x5";
    }
    if (value == "440") {
        return "RANKED_FLEX_SR";
    }
    return value;
}

class Builder {
public:
    Builder(store::Database& db, const Query& q, std::int64_t now) : m_db(db), m_q(q), m_now(now) {}

    Result<CompiledQuery> build() {
        if (Status ok = validate(m_q); !ok) {
            return ok.error();
        }
        if (Status ok = resolveTime(); !ok) {
            return ok.error();
        }
        auto built = m_selection ? buildSelection() : isLp(m_q) ? buildLp() : buildParticipations();
        if (built) {
            built->params = std::move(m_params);
            built->since = m_since;
            built->until = m_until;
            built->last = m_last;
            built->offsets = m_segments;
        }
        return built;
    }

private:
    // Every value is bound once and named by number (?N), so an expression may repeat it freely.
    std::string bind(Param value) {
        m_params.push_back(std::move(value));
        return "?" + std::to_string(m_params.size());
    }

    template <class Range> std::string bindList(const Range& values) {
        std::string out;
        for (const auto& value : values) {
            out += (out.empty() ? "" : ", ") + bind(Param(value));
        }
        return out;
    }

    bool needsLocalTime() const {
        for (const auto& name : m_q.groupBy) {
            if (findDimension(name)->kind == DimensionKind::Time) {
                return true;
            }
        }
        for (const auto& [name, values] : m_q.allOf) {
            if (const auto* dim = findDimension(name); dim != nullptr && dim->kind == DimensionKind::Time) {
                return true;
            }
        }
        for (const auto& [name, values] : m_q.filters) {
            if (const auto* dim = findDimension(name); dim != nullptr && dim->kind == DimensionKind::Time) {
                return true;
            }
            if ((name == "since" || name == "until") && !values.empty() && values[0].rfind("-", 0) != 0 &&
                values[0] != kAllTime) {
                return true;
            }
        }
        return false;
    }

    // since / until / last, and the UTC offsets of the time zone over the data's time range.
    Status resolveTime() {
        for (const char* key : {"since", "until"}) {
            const auto it = m_q.filters.find(key);
            if (it == m_q.filters.end()) {
                continue;
            }
            if (it->second.size() != 1) {
                return invalid(std::string(key) + " takes one date");
            }
            const std::string& text = it->second[0];
            if (text == kAllTime) {
                continue; // no bound on this side
            }
            std::optional<std::int64_t> instant;
            const auto days = relativeDays(key, text);
            if (!days) {
                return days.error();
            }
            if (days.value()) {
                instant = m_now - *days.value() * kDayMs;
            } else {
                auto midnight = localMidnight(m_q.timeZone, std::string(key) == "until" ? nextDay(text) : text);
                if (!midnight) {
                    return makeError(ErrorKind::Validation, std::string(key) + ": " + midnight.error().message);
                }
                instant = midnight.value();
            }
            (std::string(key) == "since" ? m_since : m_until) = instant;
        }
        if (const auto it = m_q.filters.find("last"); it != m_q.filters.end()) {
            if (Status checked = checkFilter("last", it->second); !checked) {
                return checked.error();
            }
            m_last = *parseInt(it->second[0]);
        }
        if (!needsLocalTime()) {
            return Ok{};
        }
        // The data's time range, per player from the ends of its primary-key range (O(log n), no scan).
        std::int64_t from = std::numeric_limits<std::int64_t>::max();
        std::int64_t to = std::numeric_limits<std::int64_t>::min();
        try {
            const std::string table = isLp(m_q) ? "ranking_history" : "match_participants";
            const std::string column = isLp(m_q) ? "observed_at" : "game_creation";
            store::Statement first(m_db, "SELECT min(" + column + ") FROM " + table + " WHERE puuid = ?");
            store::Statement last(m_db, "SELECT max(" + column + ") FROM " + table + " WHERE puuid = ?");
            for (const auto& puuid : m_q.puuids) {
                first.bind(1, puuid);
                last.bind(1, puuid);
                if (first.step() && !first.isNull(0)) {
                    from = std::min(from, first.columnInt64(0));
                }
                if (last.step() && !last.isNull(0)) {
                    to = std::max(to, last.columnInt64(0));
                }
                first.reset();
                last.reset();
            }
        } catch (const store::StoreError& e) {
            return store::toError(e, "planning the query");
        }
        if (from > to) { // no data: any range will do
            from = 0;
            to = m_now;
        }
        auto segments = offsetSegments(m_q.timeZone, from, to);
        if (!segments) {
            return segments.error();
        }
        m_segments = std::move(segments).value();
        return Ok{};
    }

    // Local milliseconds of the instant in `column`; the offsets are bound once per column and reused.
    std::string localTime(const std::string& column) {
        if (m_segments.empty()) {
            return column;
        }
        if (const auto it = m_localExpr.find(column); it != m_localExpr.end()) {
            return it->second;
        }
        std::string sql;
        if (m_segments.size() == 1) {
            sql = "(" + column + " + " + bind(m_segments[0].offsetMs) + ")";
        } else {
            sql = "(" + column + " + CASE";
            for (std::size_t i = 0; i + 1 < m_segments.size(); ++i) {
                sql +=
                    " WHEN " + column + " < " + bind(m_segments[i].untilMs) + " THEN " + bind(m_segments[i].offsetMs);
            }
            sql += " ELSE " + bind(m_segments.back().offsetMs) + " END)";
        }
        m_localExpr[column] = sql;
        return sql;
    }

    // " AND <dimension expression> IN (...)" with typed, normalised values.
    Result<std::string> dimensionFilter(const DimensionDef& dim, const std::vector<std::string>& values,
                                        const std::string& local) {
        if (values.empty()) {
            return invalid(std::string(dim.name) + " needs at least one value");
        }
        std::string list;
        for (const auto& value : values) {
            if (dim.type == ValueType::Integer) {
                if (Status checked = integerValue(dim, value); !checked) {
                    return checked.error();
                }
                list += (list.empty() ? "" : ", ") + bind(*parseInt(value));
            } else {
                list += (list.empty() ? "" : ", ") + bind(value);
            }
        }
        if (dim.kind == DimensionKind::ItemList) { // any of the participation's values
            return " AND EXISTS (SELECT 1 FROM " + std::string(dim.joinTable) + " WHERE " + std::string(dim.joinOn) +
                   " AND " + std::string(dim.sql) + " COLLATE NOCASE IN (" + list + "))";
        }
        return " AND " + replaceAll(std::string(dim.sql), "$L", local) +
               (dim.type == ValueType::Text ? " COLLATE NOCASE" : "") + " IN (" + list + ")";
    }

    // with= / against=: another player of the game, on the player's team or not, whose Riot ID (any case) is one of
    // the values.
    Result<std::string> teamFilter(bool sameTeam, const std::vector<std::string>& values) {
        if (values.empty()) {
            return invalid(std::string(sameTeam ? "with" : "against") + " needs at least one Riot ID");
        }
        return " AND EXISTS (SELECT 1 FROM match_participants o WHERE o.match_ref = p.match_ref AND "
               "o.participant_id <> p.participant_id AND " +
               store::teamKeySql("o") + (sameTeam ? " = " : " <> ") + store::teamKeySql("p") + " AND " +
               store::riotIdSql("o") + " COLLATE NOCASE IN (" + bindList(values) + "))";
    }

    enum class Rollup { None, Champion, Daily };

    // Which rollup gives exactly the answer of the base rows, if any.
    Rollup rollupFor() const {
        if (m_q.includeRemakes || m_last || !m_q.allOf.empty()) {
            return Rollup::None;
        }
        for (const auto& name : m_q.metrics) {
            if (findMetric(name)->rollupSql.empty()) {
                return Rollup::None;
            }
        }
        auto within = [&](const std::set<std::string>& dims, const std::set<std::string>& filters) {
            for (const auto& name : m_q.groupBy) {
                if (dims.count(name) == 0) {
                    return false;
                }
            }
            for (const auto& [name, values] : m_q.filters) {
                if (filters.count(name) == 0) {
                    return false;
                }
            }
            return true;
        };
        Rollup candidate = Rollup::None;
        if (within(kRollupDimensions, kRollupDimensions) && !m_since && !m_until) {
            candidate = Rollup::Champion;
        } else if (within({"day", "week", "month", "queue"}, {"queue", "since", "until"})) {
            // UTC days: only for a zone at offset zero over the data, and whole-day dates (not -90d).
            const bool utc = std::all_of(m_segments.begin(), m_segments.end(),
                                         [](const OffsetSegment& s) { return s.offsetMs == 0; });
            bool wholeDays = true;
            for (const char* key : {"since", "until"}) {
                const auto it = m_q.filters.find(key);
                wholeDays = wholeDays && (it == m_q.filters.end() || it->second[0].rfind("-", 0) != 0);
            }
            candidate = utc && wholeDays ? Rollup::Daily : Rollup::None;
        }
        if (candidate == Rollup::None) {
            return candidate;
        }
        // The rollups hold followed accounts only.
        store::Statement followed(m_db, "SELECT count(*) FROM accounts WHERE puuid IN (" +
                                            placeholders(m_q.puuids.size()) + ")");
        for (std::size_t i = 0; i < m_q.puuids.size(); ++i) {
            followed.bind(static_cast<int>(i) + 1, m_q.puuids[i]);
        }
        const bool all = followed.step() && followed.columnInt64(0) == static_cast<std::int64_t>(m_q.puuids.size());
        return all ? candidate : Rollup::None;
    }

    Result<CompiledQuery> buildParticipations() {
        CompiledQuery out;
        Rollup which = Rollup::None;
        try {
            which = rollupFor();
        } catch (const store::StoreError& e) {
            return store::toError(e, "planning the query");
        }
        out.usesRollup = which != Rollup::None;
        const bool rollup = out.usesRollup;
        // The daily rollup's rows stand for their UTC day (the zone is at offset zero there).
        const std::string local =
            which == Rollup::Daily ? "(CAST(strftime('%s', p.day) AS INTEGER) * 1000)" : localTime("p.game_creation");

        std::string where = playersWhere();
        if (which == Rollup::Daily) {
            if (m_since) {
                where += " AND p.day >= strftime('%Y-%m-%d', " + bind(*m_since) + " / 1000, 'unixepoch')";
            }
            if (m_until) {
                where += " AND p.day < strftime('%Y-%m-%d', " + bind(*m_until) + " / 1000, 'unixepoch')";
            }
        }
        if (!rollup) {
            where += scopeWhere(false);
        }
        auto filters = filtersWhere(local);
        if (!filters) {
            return filters.error();
        }
        where += filters.value();

        // History dimensions read the CTE `h`: the players' games with their place in the history.
        const std::string history = historyCte();
        const char* table = which == Rollup::Champion ? "champion_performance p"
                            : which == Rollup::Daily  ? "user_analytics p"
                            : !history.empty()        ? "h p"
                                                      : "match_participants p";
        std::vector<std::string> selected;
        std::string sql;
        const bool teammates = groupsByTeammate(m_q); // never a rollup: rollupFor() knows no such dimension
        if (!m_last) {
            // One flat query: the rows are grouped as they are read (a CTE would copy each of them once more).
            for (const auto& name : m_q.groupBy) {
                const DimensionDef& dim = *findDimension(name);
                selected.push_back(replaceAll(std::string(dim.sql), "$L", local) + " AS " + std::string(dim.name));
                out.columns.push_back({name, ColumnKind::Dimension, dim.type});
            }
            for (const auto& name : m_q.metrics) {
                const MetricDef& metric = *findMetric(name);
                selected.push_back(std::string(rollup ? metric.rollupSql : metric.sql) + " AS " +
                                   std::string(metric.name));
                out.columns.push_back({name, ColumnKind::Metric, metric.type});
            }
            sql = (history.empty() ? "" : "WITH " + history + " ") + "SELECT " + join(selected) + " FROM " + table +
                  (teammates ? teammateJoin("p") : "") + itemListJoins(m_q, false) + where;
            finishGroupOrderLimit(sql, rollup ? "sum(p.games)" : "count(*)");
            out.sql = std::move(sql);
            return out;
        }

        // "last": the N most recent games are chosen first, in a CTE that carries only the columns the metrics and
        // dimensions read, then grouped.
        std::set<std::string> columns;
        for (const auto& name : m_q.metrics) {
            collectColumns(findMetric(name)->sql, columns);
        }
        for (const auto& name : m_q.groupBy) {
            collectColumns(findDimension(name)->sql, columns);
        }
        columns.erase("local_ms");
        columns.erase("puuid");
        if (teammates) { // what the join to the teammates reads
            columns.insert({"match_ref", "participant_id", "team_id", "subteam_id"});
        }
        for (const auto& name : m_q.groupBy) { // what the joins to the item lists read
            collectColumns(findDimension(name)->joinOn, columns);
        }
        sql = "WITH " + (history.empty() ? "" : history + ", ") + "b AS (SELECT p.puuid";
        for (const auto& column : columns) {
            sql += ", p." + column;
        }
        sql += ", " + local + " AS local_ms FROM " + table + where + " ORDER BY p.game_creation DESC LIMIT " +
               bind(*m_last) + ")";
        for (const auto& name : m_q.groupBy) {
            const DimensionDef& dim = *findDimension(name);
            selected.push_back(overCte(replaceAll(std::string(dim.sql), "$L", "p.local_ms")) + " AS " +
                               std::string(dim.name));
            out.columns.push_back({name, ColumnKind::Dimension, dim.type});
        }
        for (const auto& name : m_q.metrics) {
            const MetricDef& metric = *findMetric(name);
            selected.push_back(overCte(std::string(metric.sql)) + " AS " + std::string(metric.name));
            out.columns.push_back({name, ColumnKind::Metric, metric.type});
        }
        sql +=
            " SELECT " + join(selected) + " FROM b" + (teammates ? teammateJoin("b") : "") + itemListJoins(m_q, true);
        finishGroupOrderLimit(sql, "count(*)");
        out.sql = std::move(sql);
        return out;
    }

    // One player: an equality, so the primary key's range is read in order.
    std::string playersWhere() { return " WHERE " + playersCondition(); }
    std::string playersCondition() {
        return m_q.puuids.size() == 1 ? "p.puuid = " + bind(m_q.puuids[0])
                                      : "p.puuid IN (" + bindList(m_q.puuids) + ")";
    }

    // "h AS (...)" when the query reads session_game or streak_before, else empty. Rollups never do (rollupFor
    // knows no such dimension).
    std::string historyCte() {
        return readsHistory(m_q) ? "h AS (" + store::playerHistorySql(playersCondition()) + ")" : std::string();
    }

    // The base rows' scope: complete games, remakes only when asked (everyGame: every stored game), and the
    // time range.
    std::string scopeWhere(bool everyGame) {
        std::string where;
        if (!everyGame) {
            where += " AND p.complete = 1";
            if (!m_q.includeRemakes) {
                where += " AND p.remake = 0";
            }
        }
        if (m_since) {
            where += " AND p.game_creation >= " + bind(*m_since);
        }
        if (m_until) {
            where += " AND p.game_creation < " + bind(*m_until);
        }
        return where;
    }

    // The dimension filters, then the clauses that are required as well (all of).
    Result<std::string> filtersWhere(const std::string& local) {
        std::string where;
        std::vector<std::pair<std::string, std::vector<std::string>>> clauses(m_q.filters.begin(), m_q.filters.end());
        clauses.insert(clauses.end(), m_q.allOf.begin(), m_q.allOf.end());
        for (const auto& [name, values] : clauses) {
            if (isTeamFilter(name)) {
                auto clause = teamFilter(name == "with", values);
                if (!clause) {
                    return clause.error();
                }
                where += clause.value();
                continue;
            }
            if (isSpecialFilter(name)) {
                continue;
            }
            auto clause = dimensionFilter(*findDimension(name), values, local);
            if (!clause) {
                return clause.error();
            }
            where += clause.value();
        }
        return where;
    }

    // The participations the players, scope and filters select, newest first: (match_ref, participant_id).
    Result<CompiledQuery> buildSelection() {
        CompiledQuery out;
        auto filters = filtersWhere(localTime("p.game_creation"));
        if (!filters) {
            return filters.error();
        }
        const std::string where = playersWhere() + scopeWhere(m_selectAll) + filters.value();
        const std::string history = historyCte();
        out.sql = (history.empty() ? "" : "WITH " + history + " ") +
                  "SELECT p.match_ref AS match_ref, p.participant_id AS participant_id FROM " +
                  (history.empty() ? "match_participants p" : "h p") + where;
        if (m_last) {
            out.sql += " ORDER BY p.game_creation DESC LIMIT " + bind(*m_last);
        }
        return out;
    }

public:
    void selectParticipations(bool everyGame) {
        m_selection = true;
        m_selectAll = everyGame;
    }

private:
    static std::string join(const std::vector<std::string>& parts) {
        std::string out;
        for (const auto& part : parts) {
            out += (out.empty() ? "" : ", ") + part;
        }
        return out;
    }

    void finishGroupOrderLimit(std::string& sql, const char* gamesExpr) {
        if (!m_q.groupBy.empty()) {
            sql += " GROUP BY ";
            for (std::size_t i = 0; i < m_q.groupBy.size(); ++i) {
                sql += (i ? ", " : "") + std::to_string(i + 1);
            }
        }
        if (m_q.minGames > 0) {
            sql += std::string(" HAVING ") + gamesExpr + " >= " + bind(static_cast<std::int64_t>(m_q.minGames));
        }
        // The sort column is a name from the catalog (validate() checked it is one of the query's columns).
        std::string order;
        if (m_q.order) {
            order = m_q.order->column + (m_q.order->descending ? " DESC" : " ASC") + " NULLS LAST";
        }
        for (std::size_t i = 0; i < m_q.groupBy.size(); ++i) {
            order += (order.empty() ? "" : ", ") + std::to_string(i + 1);
        }
        if (!order.empty()) {
            sql += " ORDER BY " + order;
        }
        if (m_q.limit) {
            sql += " LIMIT " + bind(static_cast<std::int64_t>(*m_q.limit));
        }
    }

    // LP: the latest snapshot, or the latest of each time bucket.
    Result<CompiledQuery> buildLp() {
        CompiledQuery out;
        const std::string local = localTime("r.observed_at");
        std::string where = " WHERE r.puuid IN (" + bindList(m_q.puuids) + ")";
        if (const auto it = m_q.filters.find("queue"); it != m_q.filters.end()) {
            std::vector<std::string> names;
            for (const auto& value : it->second) {
                names.push_back(rankedQueueName(value));
            }
            where += " AND r.queue IN (" + bindList(names) + ")";
        }
        if (m_since) {
            where += " AND r.observed_at >= " + bind(*m_since);
        }
        if (m_until) {
            where += " AND r.observed_at < " + bind(*m_until);
        }
        if (m_q.groupBy.empty()) {
            out.sql = "SELECT r.lp AS lp FROM ranking_history r" + where + " ORDER BY r.observed_at DESC LIMIT 1";
            out.columns.push_back({"lp", ColumnKind::Metric, ValueType::Integer});
            return out;
        }
        const DimensionDef& dim = *findDimension(m_q.groupBy[0]);
        out.sql = "SELECT bucket AS " + std::string(dim.name) + ", lp FROM (SELECT " +
                  replaceAll(std::string(dim.sql), "$L", local) +
                  " AS bucket, r.lp AS lp, max(r.observed_at) FROM ranking_history r" + where +
                  " GROUP BY 1) ORDER BY 1";
        if (m_q.limit) {
            out.sql += " LIMIT " + bind(static_cast<std::int64_t>(*m_q.limit));
        }
        out.columns.push_back({m_q.groupBy[0], ColumnKind::Dimension, dim.type});
        out.columns.push_back({"lp", ColumnKind::Metric, ValueType::Integer});
        return out;
    }

    store::Database& m_db;
    const Query& m_q;
    std::int64_t m_now;
    std::optional<std::int64_t> m_since;
    std::optional<std::int64_t> m_until;
    std::optional<std::int64_t> m_last;
    std::vector<OffsetSegment> m_segments;
    std::vector<Param> m_params;
    std::map<std::string, std::string> m_localExpr;
    bool m_selection = false;
    bool m_selectAll = false;
};

} // namespace

Status checkFilter(const std::string& name, const std::vector<std::string>& values, bool rankHistory) {
    if (name == "since" || name == "until") {
        if (values.size() != 1) {
            return invalid(name + " takes one date");
        }
        if (values[0] == kAllTime) {
            return Ok{};
        }
        const auto days = relativeDays(name, values[0]);
        return days ? Status(Ok{}) : Status(days.error());
    }
    if (name == "last") {
        const auto n = values.size() == 1 ? parseInt(values[0]) : std::nullopt;
        if (!n || *n < 1) {
            return invalid("last takes a number of games, at least 1");
        }
        return Ok{};
    }
    if (isTeamFilter(name)) {
        if (values.empty()) {
            return invalid(name + " needs at least one Riot ID");
        }
        return Ok{};
    }
    const DimensionDef* dim = findDimension(name);
    if (dim == nullptr) {
        return invalid("unknown filter '" + name + "'; valid filters: " + filterNames());
    }
    if (dim->kind == DimensionKind::Teammate) {
        return invalid("'" + name +
                       "' is not a filter: with=Name#TAG keeps the games with that player on the "
                       "player's team, against=Name#TAG those with that player on another team");
    }
    if (values.empty()) {
        return invalid(name + " needs at least one value");
    }
    // The rank history names its queues (RANKED_SOLO_5x5); matches number them (420).
    if (dim->type == ValueType::Integer && !(rankHistory && name == "queue")) {
        for (const auto& value : values) {
            if (Status checked = integerValue(*dim, value); !checked) {
                return checked;
            }
        }
    }
    return Ok{};
}

Status validate(const Query& q) {
    if (q.puuids.empty()) {
        return invalid("no player: give a puuid or an account");
    }
    if (q.metrics.empty()) {
        return invalid("no metric asked for; valid metrics: " + metricNames());
    }
    for (const auto& name : q.metrics) {
        if (findMetric(name) == nullptr) {
            return invalid("unknown metric '" + name + "'; valid metrics: " + metricNames());
        }
    }
    for (const auto& name : q.groupBy) {
        if (findDimension(name) == nullptr) {
            return invalid("unknown dimension '" + name + "'; valid dimensions: " + dimensionNames());
        }
    }
    for (const auto& [name, values] : q.filters) {
        if (Status checked = checkFilter(name, values, isLp(q)); !checked) {
            return checked;
        }
    }
    for (const auto& [name, values] : q.allOf) {
        if (name == "since" || name == "until" || name == "last") {
            return invalid(name + " is given twice: it takes one value");
        }
        if (isLp(q)) {
            return invalid("lp can be filtered by queue, since and until only, once each");
        }
        if (Status checked = checkFilter(name, values, false); !checked) {
            return checked;
        }
    }
    if (isLp(q)) {
        if (q.metrics.size() != 1) {
            return invalid("lp comes from the rank history and cannot be combined with other metrics");
        }
        if (q.groupBy.size() > 1 ||
            (q.groupBy.size() == 1 && q.groupBy[0] != "day" && q.groupBy[0] != "week" && q.groupBy[0] != "month")) {
            return invalid("lp can be grouped by one of day, week, month only");
        }
        for (const auto& [name, values] : q.filters) {
            if (name != "queue" && name != "since" && name != "until") {
                return invalid("lp can be filtered by queue, since and until only");
            }
        }
    }
    if (q.order) {
        const bool known = std::find(q.metrics.begin(), q.metrics.end(), q.order->column) != q.metrics.end() ||
                           std::find(q.groupBy.begin(), q.groupBy.end(), q.order->column) != q.groupBy.end();
        if (!known) {
            return invalid("cannot sort by '" + q.order->column +
                           "': sort by one of the query's metrics or dimensions");
        }
    }
    if (q.limit && *q.limit < 0) {
        return invalid("limit must be 0 or more");
    }
    if (q.minGames < 0) {
        return invalid("min_games must be 0 or more");
    }
    return Ok{};
}

void bindParams(store::Statement& statement, const std::vector<Param>& params) {
    for (std::size_t i = 0; i < params.size(); ++i) {
        const int index = static_cast<int>(i) + 1;
        std::visit([&](const auto& value) { statement.bind(index, value); }, params[i]);
    }
}

Result<std::map<int, std::vector<std::string>>> dimensionValuesOfMatch(store::Database& db, const std::string& matchId,
                                                                       const std::vector<std::string>& dimensions) {
    std::string sql = "SELECT p.participant_id";
    for (const auto& name : dimensions) {
        const DimensionDef* dim = findDimension(name);
        if (dim == nullptr || (dim->kind != DimensionKind::Participation && dim->kind != DimensionKind::Build)) {
            return invalid("'" + name + "' is not a dimension with one value per participation");
        }
        sql += ", " + std::string(dim->sql);
    }
    sql += " FROM match_participants p JOIN matches m ON m.id = p.match_ref WHERE m.match_id = ?";
    try {
        store::Statement select(db, sql);
        select.bind(1, matchId);
        std::map<int, std::vector<std::string>> out;
        while (select.step()) {
            auto& values = out[select.columnInt(0)];
            for (std::size_t i = 0; i < dimensions.size(); ++i) {
                values.push_back(select.isNull(static_cast<int>(i) + 1) ? std::string()
                                                                        : select.columnText(static_cast<int>(i) + 1));
            }
        }
        return out;
    } catch (const store::StoreError& e) {
        return store::toError(e, "reading the match's builds");
    }
}

BuildData buildDataOf(const Query& query) {
    BuildData data = BuildData::None;
    auto read = [&](const std::string& name) {
        if (const DimensionDef* dim = findDimension(name); dim != nullptr) {
            data = data | (dim->kind == DimensionKind::Build      ? BuildData::Columns
                           : dim->kind == DimensionKind::ItemList ? BuildData::Lists
                                                                  : BuildData::None);
        }
    };
    for (const auto& name : query.groupBy) {
        read(name);
    }
    for (const auto& filter : query.filters) {
        read(filter.first);
    }
    for (const auto& filter : query.allOf) {
        read(filter.first);
    }
    return data;
}

bool needsTeams(const Query& query) {
    auto team = [](const auto& filter) { return isTeamFilter(filter.first); };
    return groupsByTeammate(query) || std::any_of(query.filters.begin(), query.filters.end(), team) ||
           std::any_of(query.allOf.begin(), query.allOf.end(), team);
}

Result<CompiledQuery> compile(store::Database& db, const Query& query, std::int64_t nowMs) {
    return Builder(db, query, nowMs).build();
}

Result<CompiledQuery> compileSelection(store::Database& db, const Query& query, std::int64_t nowMs, bool everyGame) {
    Query scoped = query;
    scoped.metrics = {"games"}; // validation wants a metric; the selection has none
    scoped.groupBy.clear();
    scoped.order.reset();
    Builder builder(db, scoped, nowMs);
    builder.selectParticipations(everyGame);
    return builder.build();
}

} // namespace herald::analytics
