#include "compiler.h"

#include "analytics/timezone.h"
#include "store/database.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <limits>
#include <set>

namespace herald::analytics {

namespace {

constexpr std::int64_t kDayMs = 86'400'000;
const std::set<std::string> kSpecialFilters = {"since", "until", "last"};
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

std::string placeholders(std::size_t n) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i) {
        out += i == 0 ? "?" : ", ?";
    }
    return out;
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
        return isLp(m_q) ? buildLp() : buildParticipations();
    }

private:
    bool needsLocalTime() const {
        for (const auto& name : m_q.groupBy) {
            if (findDimension(name)->kind == DimensionKind::Time) {
                return true;
            }
        }
        for (const auto& [name, values] : m_q.filters) {
            if (const auto* dim = findDimension(name); dim != nullptr && dim->kind == DimensionKind::Time) {
                return true;
            }
            if ((name == "since" || name == "until") && !values.empty() && values[0].rfind("-", 0) != 0) {
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
            std::optional<std::int64_t> instant;
            if (text.size() >= 3 && text[0] == '-' && (text.back() == 'd' || text.back() == 'w')) {
                const auto count = parseInt(text.substr(1, text.size() - 2));
                if (!count || *count < 0 || *count > 100'000) {
                    return invalid(std::string(key) + "=" + text + ": expected -Nd or -Nw");
                }
                instant = m_now - *count * kDayMs * (text.back() == 'w' ? 7 : 1);
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
            const auto n = it->second.size() == 1 ? parseInt(it->second[0]) : std::nullopt;
            if (!n || *n < 1) {
                return invalid("last takes a number of games, at least 1");
            }
            m_last = *n;
        }
        if (!needsLocalTime()) {
            return Ok{};
        }
        std::int64_t from = 0;
        std::int64_t to = m_now;
        try {
            const char* table = isLp(m_q) ? "ranking_history" : "match_participants";
            const char* column = isLp(m_q) ? "observed_at" : "game_creation";
            store::Statement range(m_db, std::string("SELECT min(") + column + "), max(" + column + ") FROM " + table +
                                             " WHERE puuid IN (" + placeholders(m_q.puuids.size()) + ")");
            for (std::size_t i = 0; i < m_q.puuids.size(); ++i) {
                range.bind(static_cast<int>(i) + 1, m_q.puuids[i]);
            }
            if (range.step() && !range.isNull(0)) {
                from = range.columnInt64(0);
                to = range.columnInt64(1);
            }
        } catch (const store::StoreError& e) {
            return store::toError(e, "planning the query");
        }
        auto segments = offsetSegments(m_q.timeZone, from, to);
        if (!segments) {
            return segments.error();
        }
        m_segments = std::move(segments).value();
        return Ok{};
    }

    // Local milliseconds of the instant in `column`, as SQL; its parameters go to `params`.
    std::string localTime(const std::string& column, std::vector<Param>& params) const {
        if (m_segments.size() == 1) {
            params.emplace_back(m_segments[0].offsetMs);
            return "(" + column + " + ?)";
        }
        std::string sql = "(" + column + " + CASE";
        for (std::size_t i = 0; i + 1 < m_segments.size(); ++i) {
            sql += " WHEN " + column + " < ? THEN ?";
            params.emplace_back(m_segments[i].untilMs);
            params.emplace_back(m_segments[i].offsetMs);
        }
        params.emplace_back(m_segments.back().offsetMs);
        return sql + " ELSE ? END)";
    }

    // "<dimension expression> IN (?, ...)" with typed, normalised values.
    Status dimensionFilter(const DimensionDef& dim, const std::vector<std::string>& values, const std::string& local,
                           std::string& where, std::vector<Param>& params) const {
        if (values.empty()) {
            return invalid(std::string(dim.name) + " needs at least one value");
        }
        std::string expr = replaceAll(std::string(dim.sql), "$L", local);
        where += " AND " + expr + (dim.type == ValueType::Text ? " COLLATE NOCASE" : "") + " IN (" +
                 placeholders(values.size()) + ")";
        for (const auto& value : values) {
            if (dim.type == ValueType::Integer) {
                const auto number = parseInt(value);
                if (!number) {
                    return invalid(std::string(dim.name) + "=" + value + ": expected a number");
                }
                params.emplace_back(*number);
            } else {
                params.emplace_back(value);
            }
        }
        return Ok{};
    }

    bool rollupAnswersIt() const {
        if (m_q.includeRemakes || m_since || m_until || m_last) {
            return false;
        }
        for (const auto& name : m_q.metrics) {
            if (findMetric(name)->rollupSql.empty()) {
                return false;
            }
        }
        for (const auto& name : m_q.groupBy) {
            if (kRollupDimensions.count(name) == 0) {
                return false;
            }
        }
        for (const auto& [name, values] : m_q.filters) {
            if (kRollupDimensions.count(name) == 0 && kSpecialFilters.count(name) == 0) {
                return false;
            }
        }
        // The rollup holds followed accounts only.
        store::Statement followed(m_db, "SELECT count(*) FROM accounts WHERE puuid IN (" +
                                            placeholders(m_q.puuids.size()) + ")");
        for (std::size_t i = 0; i < m_q.puuids.size(); ++i) {
            followed.bind(static_cast<int>(i) + 1, m_q.puuids[i]);
        }
        return followed.step() && followed.columnInt64(0) == static_cast<std::int64_t>(m_q.puuids.size());
    }

    Result<CompiledQuery> buildParticipations() {
        CompiledQuery out;
        bool rollup = false;
        try {
            rollup = rollupAnswersIt();
        } catch (const store::StoreError& e) {
            return store::toError(e, "planning the query");
        }
        out.usesRollup = rollup;
        std::vector<Param> baseParams;
        const std::string local = m_segments.empty() ? "p.game_creation" : localTime("p.game_creation", baseParams);

        std::string where = " WHERE p.puuid IN (" + placeholders(m_q.puuids.size()) + ")";
        std::vector<Param> whereParams(m_q.puuids.begin(), m_q.puuids.end());
        if (!rollup) {
            where += " AND p.complete = 1";
            if (!m_q.includeRemakes) {
                where += " AND p.remake = 0";
            }
            if (m_since) {
                where += " AND p.game_creation >= ?";
                whereParams.emplace_back(*m_since);
            }
            if (m_until) {
                where += " AND p.game_creation < ?";
                whereParams.emplace_back(*m_until);
            }
        }
        for (const auto& [name, values] : m_q.filters) {
            if (kSpecialFilters.count(name) != 0) {
                continue;
            }
            const DimensionDef& dim = *findDimension(name);
            std::vector<Param> filterParams;
            // Only time dimensions use the local time (and so its parameters).
            const std::string localForFilter = dim.kind == DimensionKind::Time && !m_segments.empty()
                                                   ? localTime("p.game_creation", filterParams)
                                                   : local;
            if (Status ok = dimensionFilter(dim, values, localForFilter, where, filterParams); !ok) {
                return ok.error();
            }
            whereParams.insert(whereParams.end(), filterParams.begin(), filterParams.end());
        }

        std::string sql = "WITH b AS (SELECT p.*";
        if (rollup) {
            sql += " FROM champion_performance p" + where + ")";
            out.params = whereParams;
        } else {
            sql += ", " + local + " AS local_ms FROM match_participants p" + where;
            out.params = baseParams;
            out.params.insert(out.params.end(), whereParams.begin(), whereParams.end());
            if (m_last) {
                sql += " ORDER BY p.game_creation DESC LIMIT ?";
                out.params.emplace_back(*m_last);
            }
            sql += ")";
        }

        sql += " SELECT ";
        std::vector<std::string> selected;
        for (const auto& name : m_q.groupBy) {
            const DimensionDef& dim = *findDimension(name);
            selected.push_back(overCte(replaceAll(std::string(dim.sql), "$L", "p.local_ms")) + " AS " +
                               std::string(dim.name));
            out.columns.push_back({name, ColumnKind::Dimension, dim.type});
        }
        for (const auto& name : m_q.metrics) {
            const MetricDef& metric = *findMetric(name);
            selected.push_back(overCte(std::string(rollup ? metric.rollupSql : metric.sql)) + " AS " +
                               std::string(metric.name));
            out.columns.push_back({name, ColumnKind::Metric, metric.type});
        }
        for (std::size_t i = 0; i < selected.size(); ++i) {
            sql += (i ? ", " : "") + selected[i];
        }
        sql += " FROM b";
        finishGroupOrderLimit(sql, out.params, rollup ? "sum(b.games)" : "count(*)");
        out.sql = std::move(sql);
        return out;
    }

    void finishGroupOrderLimit(std::string& sql, std::vector<Param>& params, const char* gamesExpr) const {
        if (!m_q.groupBy.empty()) {
            sql += " GROUP BY ";
            for (std::size_t i = 0; i < m_q.groupBy.size(); ++i) {
                sql += (i ? ", " : "") + std::to_string(i + 1);
            }
        }
        if (m_q.minGames > 0) {
            sql += std::string(" HAVING ") + gamesExpr + " >= ?";
            params.emplace_back(static_cast<std::int64_t>(m_q.minGames));
        }
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
            sql += " LIMIT ?";
            params.emplace_back(static_cast<std::int64_t>(*m_q.limit));
        }
    }

    // LP: the latest snapshot, or the latest of each time bucket.
    Result<CompiledQuery> buildLp() {
        CompiledQuery out;
        std::vector<Param> localParams;
        const std::string local = m_segments.empty() ? "r.observed_at" : localTime("r.observed_at", localParams);
        std::string where = " WHERE r.puuid IN (" + placeholders(m_q.puuids.size()) + ")";
        std::vector<Param> whereParams(m_q.puuids.begin(), m_q.puuids.end());
        if (const auto it = m_q.filters.find("queue"); it != m_q.filters.end()) {
            where += " AND r.queue IN (" + placeholders(it->second.size()) + ")";
            for (const auto& value : it->second) {
                whereParams.emplace_back(rankedQueueName(value));
            }
        }
        if (m_since) {
            where += " AND r.observed_at >= ?";
            whereParams.emplace_back(*m_since);
        }
        if (m_until) {
            where += " AND r.observed_at < ?";
            whereParams.emplace_back(*m_until);
        }
        if (m_q.groupBy.empty()) {
            out.sql = "SELECT r.lp AS lp FROM ranking_history r" + where + " ORDER BY r.observed_at DESC LIMIT 1";
            out.params = whereParams;
            out.columns.push_back({"lp", ColumnKind::Metric, ValueType::Integer});
            return out;
        }
        const DimensionDef& dim = *findDimension(m_q.groupBy[0]);
        out.sql = "SELECT bucket AS " + std::string(dim.name) + ", lp FROM (SELECT " +
                  replaceAll(std::string(dim.sql), "$L", local) +
                  " AS bucket, r.lp AS lp, max(r.observed_at) FROM ranking_history r" + where +
                  " GROUP BY 1) ORDER BY 1";
        out.params = localParams;
        out.params.insert(out.params.end(), whereParams.begin(), whereParams.end());
        if (m_q.limit) {
            out.sql += " LIMIT ?";
            out.params.emplace_back(static_cast<std::int64_t>(*m_q.limit));
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
};

} // namespace

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
        if (findDimension(name) == nullptr && kSpecialFilters.count(name) == 0) {
            return invalid("unknown filter '" + name + "'; valid filters: " + dimensionNames() +
                           ", since, until, last");
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

Result<CompiledQuery> compile(store::Database& db, const Query& query, std::int64_t nowMs) {
    return Builder(db, query, nowMs).build();
}

} // namespace herald::analytics
