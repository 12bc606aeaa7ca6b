// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// An analytics query (ARCHITECTURE §5, METRICS.md) and its typed result table.
#pragma once

#include "analytics/catalog.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace herald::analytics {

struct OrderBy {
    std::string column; // a metric or a dimension of the query
    bool descending = false;
};

struct Query {
    std::vector<std::string> puuids; // the players; several accounts can be analysed together
    std::vector<std::string> metrics;
    std::vector<std::string> groupBy;
    // Dimension filters (several values = any of them), and "since" / "until" (YYYY-MM-DD in the time zone,
    // relative: -90d, -12w, or "all": no bound) and "last" (the N most recent counted participations).
    std::map<std::string, std::vector<std::string>> filters;
    // A filter key given again (`--where with=A --where with=B`): each clause here is required as well, so a game
    // must pass every one (games with both A and B); its values are still any of them. Dimensions, with and
    // against only (not since, until or last).
    std::vector<std::pair<std::string, std::vector<std::string>>> allOf;
    std::optional<OrderBy> order;
    std::optional<int> limit;
    int minGames = 0;
    bool includeRemakes = false;
    std::string timeZone; // IANA name; empty: the system's zone

    // A canonical text form: equal queries give equal keys (the cache key).
    std::string normalized() const;
};

// Parses "-games" / "champion" into an OrderBy.
OrderBy parseOrder(const std::string& text);

using Value = std::variant<std::monostate, std::int64_t, double, std::string>;

enum class ColumnKind { Dimension, Metric };

struct Column {
    std::string name;
    ColumnKind kind;
    ValueType type;
};

struct ResultTable {
    std::vector<Column> columns;
    std::vector<std::vector<Value>> rows;
};

// A result cell as a number: an integer or a finite real; nullopt for null, text, NaN or infinity.
std::optional<double> numberOf(const Value& value);
// A result cell as text at full precision: an integer as written, a real in its shortest exact form (what reads
// back as the same double), text as is, "" for null. What a filter takes and what files carry.
std::string valueText(const Value& value);

} // namespace herald::analytics
