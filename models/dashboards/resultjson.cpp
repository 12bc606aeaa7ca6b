// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboards/resultjson.h"

namespace herald::dashboards {

namespace {

using json = nlohmann::ordered_json;

json valueJson(const analytics::Value& value) {
    if (const auto* i = std::get_if<std::int64_t>(&value)) {
        return *i;
    }
    if (const auto* d = std::get_if<double>(&value)) {
        return *d;
    }
    if (const auto* s = std::get_if<std::string>(&value)) {
        return *s;
    }
    return nullptr;
}

json numberJson(const std::optional<double>& value) {
    return value ? json(*value) : json(nullptr);
}

template <class T> json listJson(const std::vector<T>& values, json (*each)(const T&)) {
    json out = json::array();
    for (const auto& v : values) {
        out.push_back(each(v));
    }
    return out;
}

json numbersJson(const std::vector<std::optional<double>>& values) {
    return listJson<std::optional<double>>(values, numberJson);
}
json keysJson(const std::vector<analytics::Value>& keys) {
    return listJson<analytics::Value>(keys, valueJson);
}

json toJson(const Kpi& kpi) {
    json j = {{"metric", kpi.metric},
              {"value", numberJson(kpi.value)},
              {"games", kpi.games ? json(*kpi.games) : json(nullptr)},
              {"compared", kpi.compared},
              {"previous", numberJson(kpi.previous)},
              {"change", numberJson(kpi.change())}};
    if (kpi.lobbyAsked) {
        j["lobby"] = {{"median", numberJson(kpi.lobbyMedian)},
                      {"you", numberJson(kpi.lobbyYou)},
                      {"role", kpi.lobbyRole.empty() ? json(nullptr) : json(kpi.lobbyRole)},
                      {"population", kpi.lobbyPopulation}};
    }
    return j;
}

json toJson(const Series& series) {
    json lines = json::array();
    for (const auto& line : series.lines) {
        lines.push_back({{"metric", line.metric}, {"values", numbersJson(line.values)}});
    }
    return {{"dimension", series.dimension},
            {"keys", keysJson(series.keys)},
            {"lines", std::move(lines)},
            {"games", series.games}};
}

json toJson(const Categories& c) {
    return {{"dimension", c.dimension},        {"metric", c.metric}, {"keys", keysJson(c.keys)},
            {"values", numbersJson(c.values)}, {"games", c.games},   {"min_games", c.minGames}};
}

json toJson(const Heatmap& map) {
    json values = json::array();
    for (const auto& row : map.values) {
        values.push_back(numbersJson(row));
    }
    return {{"row_dimension", map.rowDimension},
            {"column_dimension", map.columnDimension},
            {"metric", map.metric},
            {"row_keys", keysJson(map.rowKeys)},
            {"column_keys", keysJson(map.columnKeys)},
            {"values", std::move(values)},
            {"games", map.games}};
}

json toJson(const Table& table) {
    json columns = json::array();
    for (const auto& c : table.columns) {
        columns.push_back(
            {{"name", c.name}, {"kind", c.kind == analytics::ColumnKind::Dimension ? "dimension" : "metric"}});
    }
    json rows = json::array();
    for (const auto& row : table.rows) {
        rows.push_back(keysJson(row));
    }
    json out = {{"columns", std::move(columns)}, {"rows", std::move(rows)}};
    if (table.itemColumn) { // the Data Dragon item of each row (0: none), e.g. for its icon
        out["item_ids"] = table.itemIds;
    }
    return out;
}

json toJson(const Goal& goal) {
    json periods = json::array();
    for (const auto& p : goal.progress.periods) {
        periods.push_back({{"period", p.period}, {"value", numberJson(p.value)}, {"games", p.games}, {"met", p.met}});
    }
    return {{"metric", goal.metric},
            {"by", goal.by},
            {"target", goal.target},
            {"direction", goal.atMost ? "at_most" : "at_least"},
            {"periods_shown", goal.periodsShown},
            {"periods", std::move(periods)},
            {"met", goal.progress.met}};
}

json toJson(const Findings& findings) {
    json list = json::array();
    for (const auto& f : findings.findings) {
        list.push_back({{"kind", analytics::findingKindName(f.kind)},
                        {"partner", f.partner},
                        {"games", f.games},
                        {"wins", f.wins},
                        {"win_rate", f.winRate()},
                        {"other_games", f.otherGames},
                        {"other_wins", f.otherWins},
                        {"other_win_rate", f.otherWinRate()},
                        {"z", f.z},
                        {"p", f.pValue}});
    }
    json lobby = json::array();
    for (const auto& f : findings.lobby) {
        lobby.push_back({{"role", f.role},
                         {"metric", f.metric},
                         {"you", f.you},
                         {"games", f.games},
                         {"p25", f.p25},
                         {"p75", f.p75},
                         {"population", f.population},
                         {"better_than", f.betterThan}});
    }
    return {{"findings", std::move(list)}, {"lobby", std::move(lobby)}};
}

json toJson(const Standing& standing) {
    auto number = [](const std::optional<double>& v) { return v ? json(*v) : json(nullptr); };
    json rows = json::array();
    for (const auto& r : standing.rows) {
        rows.push_back({{"role", r.role},
                        {"metric", r.metric},
                        {"you", number(r.you)},
                        {"games", r.games},
                        {"population", r.population},
                        {"p25", number(r.p25)},
                        {"p50", number(r.p50)},
                        {"p75", number(r.p75)},
                        {"percentile", number(r.percentile)},
                        {"better_than", number(r.betterThan)},
                        {"source", r.source}});
    }
    return {{"rows", std::move(rows)}, {"games_without_lane", standing.gamesWithoutLane}};
}

json toJson(const RecentGames& games) {
    json list = json::array();
    for (const auto& m : games.matches) {
        list.push_back({{"match", m.matchId},
                        {"created_ms", m.gameCreation},
                        {"queue", m.queueId},
                        {"duration_s", m.durationSeconds},
                        {"champion", m.championName},
                        {"result", m.resultLabel()},
                        {"kills", m.kills},
                        {"deaths", m.deaths},
                        {"assists", m.assists},
                        {"cs", m.cs}});
    }
    return {{"matches", std::move(list)}};
}

json filtersJson(const templates::Filters& filters) {
    json out = json::object();
    for (const auto& [key, values] : filters) {
        out[key] = values;
    }
    return out;
}

} // namespace

json widgetResultJson(const WidgetResult& result) {
    return std::visit(
        [](const auto& r) -> json {
            using T = std::decay_t<decltype(r)>;
            if constexpr (std::is_base_of_v<Categories, T>) {
                return toJson(static_cast<const Categories&>(r));
            } else {
                return toJson(r);
            }
        },
        result);
}

json templateResultJson(const templates::Template& t, const Scope& scope, const TemplateResult& result) {
    json widgets = json::array();
    for (const auto& evaluated : result.widgets) {
        const auto* widget = t.widget(evaluated.id);
        json entry = {{"id", evaluated.id},
                      {"type", widget != nullptr ? templates::widgetTypeName(widget->type) : ""},
                      {"title", widget != nullptr ? widget->title : ""}};
        if (evaluated.result) {
            entry["kind"] = kindName(evaluated.result.value());
            entry["result"] = widgetResultJson(evaluated.result.value());
        } else {
            entry["error"] = {{"kind", errorKindName(evaluated.result.error().kind)},
                              {"message", evaluated.result.error().message}};
        }
        widgets.push_back(std::move(entry));
    }
    return {{"template", {{"id", t.id}, {"name", t.name}}},
            {"scope",
             {{"puuids", scope.puuids},
              {"filters", filtersJson(scope.extra)},
              {"time_zone", scope.timeZone},
              {"from_today", scope.fromToday}}},
            {"period",
             {{"now_ms", result.period.nowMs},
              {"anchored", result.period.anchored},
              {"last_played_ms", result.period.lastPlayedMs ? json(*result.period.lastPlayedMs) : json(nullptr)}}},
            {"widgets", std::move(widgets)}};
}

} // namespace herald::dashboards
