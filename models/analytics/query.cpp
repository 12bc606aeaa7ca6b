// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "query.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace herald::analytics {

namespace {

void appendList(std::string& out, const char* name, std::vector<std::string> values, bool sorted) {
    if (sorted) {
        std::sort(values.begin(), values.end());
    }
    out += name;
    out += '=';
    for (const auto& v : values) {
        out += std::to_string(v.size()) + ':' + v; // length-prefixed: no value can fake a separator
    }
    out += ';';
}

} // namespace

std::string Query::normalized() const {
    std::string out;
    appendList(out, "players", puuids, true);
    appendList(out, "metrics", metrics, false); // column order matters
    appendList(out, "by", groupBy, false);
    for (const auto& [name, values] : filters) { // std::map: sorted by name
        appendList(out, ("f." + name).c_str(), values, true);
    }
    for (const auto& [name, values] : allOf) { // in the order given (a clause each)
        appendList(out, ("and." + name).c_str(), values, true);
    }
    if (order) {
        out += "order=" + std::string(order->descending ? "-" : "+") + order->column + ';';
    }
    if (limit) {
        out += "limit=" + std::to_string(*limit) + ';';
    }
    out += "min=" + std::to_string(minGames) + ";remakes=" + (includeRemakes ? "1" : "0") + ";tz=" + timeZone;
    return out;
}

OrderBy parseOrder(const std::string& text) {
    if (!text.empty() && (text[0] == '-' || text[0] == '+')) {
        return OrderBy{text.substr(1), text[0] == '-'};
    }
    return OrderBy{text, false};
}

std::string valueText(const Value& value) {
    if (const auto* i = std::get_if<std::int64_t>(&value)) {
        return std::to_string(*i);
    }
    if (const auto* d = std::get_if<double>(&value)) {
        char buffer[64];
        const auto written = std::to_chars(buffer, buffer + sizeof buffer, *d);
        return std::string(buffer, written.ptr);
    }
    if (const auto* s = std::get_if<std::string>(&value)) {
        return *s;
    }
    return {};
}

std::optional<double> numberOf(const Value& value) {
    if (const auto* i = std::get_if<std::int64_t>(&value)) {
        return static_cast<double>(*i);
    }
    if (const auto* d = std::get_if<double>(&value); d != nullptr && std::isfinite(*d)) {
        return *d;
    }
    return std::nullopt;
}

} // namespace herald::analytics
