// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "templates/template.h"

#include "analytics/benchmark.h"
#include "analytics/catalog.h"
#include "analytics/compiler.h"
#include "embedded.h"
#include "ingest/jsonerrors.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <nlohmann/json.hpp>
#include <set>
#include <type_traits>

namespace herald::templates {

namespace {

using nlohmann::json;

struct TypeInfo {
    WidgetType type;
    const char* name;
};

constexpr TypeInfo kTypes[] = {
    {WidgetType::Kpi, "kpi"},           {WidgetType::Line, "line"},           {WidgetType::Bar, "bar"},
    {WidgetType::Pie, "pie"},           {WidgetType::Table, "table"},         {WidgetType::Heatmap, "heatmap"},
    {WidgetType::Rank, "rank"},         {WidgetType::Matches, "matches"},     {WidgetType::Goal, "goal"},
    {WidgetType::Insights, "insights"}, {WidgetType::Benchmark, "benchmark"},
};

std::string typeNames() {
    std::string names;
    for (const auto& t : kTypes) {
        names += names.empty() ? "" : ", ";
        names += t.name;
    }
    return names;
}

// Collects the first problem, with where it is.
class Checker {
public:
    explicit Checker(std::string_view source) : m_source(source) {}

    bool failed() const { return m_error.has_value(); }
    Error error() const { return *m_error; }

    // The message names the source and where; for the interface, `code` and `args` (the source comes first) say
    // the same; without a code the error is "template.invalid" with the English detail as its second argument.
    // Every problem found, in order (the first is error()'s).
    const std::vector<std::string>& problems() const { return m_problems; }

    void fail(const std::string& where, const std::string& what, const char* code = nullptr,
              std::vector<std::string> args = {}) {
        m_problems.push_back(std::string(m_source) + ": " + (where.empty() ? "" : where + ": ") + what);
        if (!m_error) {
            const std::string detail = (where.empty() ? "" : where + ": ") + what;
            args.insert(args.begin(), std::string(m_source));
            if (code == nullptr) {
                args.push_back(detail);
            }
            m_error = makeError(ErrorKind::Validation, std::string(m_source) + ": " + detail,
                                code != nullptr ? code : "template.invalid", std::move(args));
        }
    }

private:
    std::string_view m_source;
    std::optional<Error> m_error;
    std::vector<std::string> m_problems;
};

std::string widgetWhere(const std::string& id, std::size_t index) {
    return id.empty() ? "widget #" + std::to_string(index + 1) : "widget '" + id + "'";
}

bool validId(const std::string& id) {
    return !id.empty() && id.size() <= 64 && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || (c >= 'A' && c <= 'Z');
    });
}

// A filter value in JSON (a string, a number, or a list of them) -> strings.
bool filterValues(const json& value, std::vector<std::string>& out) {
    auto one = [&out](const json& v) {
        if (v.is_string()) {
            out.push_back(v.get<std::string>());
        } else if (v.is_number_integer()) {
            out.push_back(std::to_string(v.get<long long>()));
        } else {
            return false;
        }
        return true;
    };
    if (value.is_array()) {
        return !value.empty() && std::all_of(value.begin(), value.end(), one);
    }
    return one(value);
}

// The query compiler's own reading of each filter: a template that validates also runs.
void checkFilters(Checker& check, const Filters& filters, const std::string& where, bool rankHistory = false) {
    for (const auto& [key, values] : filters) {
        if (Status checked = analytics::checkFilter(key, values, rankHistory); !checked) {
            check.fail(where, checked.error().message);
        }
    }
}

Filters readFilters(Checker& check, const json& object, const std::string& where) {
    Filters filters;
    if (!object.is_object()) {
        check.fail(where, "'filters' must be an object like {\"queue\": [420], \"since\": \"-90d\"}");
        return filters;
    }
    for (const auto& [key, value] : object.items()) {
        std::vector<std::string> values;
        if (!filterValues(value, values)) {
            check.fail(where, "filter '" + key + "' must be a string, an integer or a list of them");
            continue;
        }
        filters[key] = std::move(values);
    }
    return filters;
}

template <class T>
bool readField(Checker& check, const json& object, const char* key, T& out, const std::string& where,
               const char* expected) {
    const auto it = object.find(key);
    if (it == object.end()) {
        return false;
    }
    try {
        if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>) {
            // A whole number in T's range: 3.5, 1e92 or 2^40 are refused, never converted (a float outside the
            // range would be undefined behaviour, found by fuzz_herald).
            bool fits = it->is_number_integer();
            if (fits && it->is_number_unsigned()) {
                fits = it->template get<std::uint64_t>() <= static_cast<std::uint64_t>(std::numeric_limits<T>::max());
            } else if (fits) {
                const auto value = it->template get<std::int64_t>();
                fits = value >= static_cast<std::int64_t>(std::numeric_limits<T>::min()) &&
                       value <= static_cast<std::int64_t>(std::numeric_limits<T>::max());
            }
            if (!fits) {
                check.fail(where, std::string("field '") + key + "' must be " + expected);
                return false;
            }
        }
        out = it->template get<T>();
        return true;
    } catch (const json::exception&) {
        check.fail(where, std::string("field '") + key + "' must be " + expected);
        return false;
    }
}

void checkStrings(Checker& check, const json& value, const std::string& where) {
    if (value.is_string()) {
        if (value.get_ref<const std::string&>().size() > kMaxString) {
            check.fail(where, "a text is longer than " + std::to_string(kMaxString) + " bytes");
        }
    } else if (value.is_structured()) {
        for (const auto& child : value) {
            checkStrings(check, child, where);
        }
        if (value.is_object()) {
            for (const auto& [key, child] : value.items()) {
                if (key.size() > kMaxString) {
                    check.fail(where, "a field name is longer than " + std::to_string(kMaxString) + " bytes");
                }
                (void)child;
            }
        }
    }
}

Widget readWidget(Checker& check, const json& j, std::size_t index) {
    Widget w;
    std::string where = widgetWhere({}, index);
    if (!j.is_object()) {
        check.fail(where, "must be an object");
        return w;
    }
    readField(check, j, "id", w.id, where, "a text");
    where = widgetWhere(w.id, index);
    std::string type;
    if (!readField(check, j, "type", type, where, "a text")) {
        check.fail(where, "field 'type' is missing (expected one of " + typeNames() + ")");
        return w;
    }
    const auto parsed = parseWidgetType(type);
    if (!parsed) {
        check.fail(where, "unknown type '" + type + "' (expected one of " + typeNames() + ")");
        return w;
    }
    w.type = *parsed;
    readField(check, j, "title", w.title, where, "a text");
    std::string metric;
    if (readField(check, j, "metric", metric, where, "a metric name")) {
        w.metrics = {metric};
    }
    readField(check, j, "metrics", w.metrics, where, "a list of metric names");
    if (const auto by = j.find("by"); by != j.end()) {
        if (by->is_string()) {
            w.by = {by->get<std::string>()};
        } else {
            readField(check, j, "by", w.by, where, "a dimension name or a list of them");
        }
    }
    std::string compare;
    if (readField(check, j, "compare", compare, where, "a text")) {
        if (compare != "previous_period") {
            check.fail(where, "field 'compare' must be \"previous_period\"");
        }
        w.comparePrevious = true;
    }
    std::string lobby;
    if (readField(check, j, "lobby", lobby, where, "a text")) {
        if (lobby != "median") {
            check.fail(where, "field 'lobby' must be \"median\"");
        }
        w.lobbyMedian = true;
    }
    readField(check, j, "sort", w.sort, where, "a text like \"-games\"");
    int limit = 0;
    if (readField(check, j, "limit", limit, where, "an integer")) {
        w.limit = limit;
    }
    readField(check, j, "min_games", w.minGames, where, "an integer");
    readField(check, j, "queue", w.queue, where, "a ranked queue like \"RANKED_SOLO_5x5\"");
    if (const auto target = j.find("target"); target != j.end()) {
        if (target->is_number()) {
            w.target = target->get<double>();
        } else {
            check.fail(where, "field 'target' must be a number (a rate is 0 to 1: 0.55 for 55 %)");
        }
    }
    std::string direction;
    if (readField(check, j, "direction", direction, where, "a text")) {
        if (direction != "at_least" && direction != "at_most") {
            check.fail(where, "field 'direction' must be \"at_least\" or \"at_most\"");
        }
        w.atMost = direction == "at_most";
    }
    readField(check, j, "periods", w.periods, where, "an integer");
    if (const auto filters = j.find("filters"); filters != j.end()) {
        w.filters = readFilters(check, *filters, where);
    }
    for (const auto& [key, field] :
         {std::pair{"x", &w.x}, std::pair{"y", &w.y}, std::pair{"w", &w.w}, std::pair{"h", &w.h}}) {
        if (!readField(check, j, key, *field, where, "an integer") && !j.contains(key)) {
            check.fail(where, std::string("field '") + key + "' is missing (the widget's place on the grid)");
        }
    }
    static const std::set<std::string> known = {
        "id",        "type",  "title",  "metric",    "metrics", "by",      "compare", "lobby", "sort", "limit",
        "min_games", "queue", "target", "direction", "periods", "filters", "x",       "y",     "w",    "h"};
    for (const auto& [key, value] : j.items()) {
        if (known.count(key) == 0) {
            check.fail(where, "unknown field '" + key + "'");
        }
        (void)value;
    }
    return w;
}

// "a kpi", "an insights" widget.
std::string article(const std::string& type) {
    return (std::string("aeiou").find(type.front()) != std::string::npos ? "an " : "a ") + type;
}

// The metrics and dimensions a widget names are the catalog's.
void checkNames(Checker& check, const Widget& w, const std::string& where) {
    for (const auto& metric : w.metrics) {
        if (analytics::findMetric(metric) == nullptr) {
            check.fail(where, "unknown metric '" + metric + "' (expected one of " + analytics::metricNames() + ")");
        }
    }
    for (const auto& dimension : w.by) {
        if (analytics::findDimension(dimension) == nullptr) {
            check.fail(where,
                       "unknown dimension '" + dimension + "' (expected one of " + analytics::dimensionNames() + ")");
        }
    }
}

// What each type of widget takes: how many metrics and dimensions, and its own fields (a line over time, a goal's
// target and periods, a rank widget's queue, ...).
void checkShape(Checker& check, const Widget& w, const std::string& where) {
    const auto needMetrics = [&](std::size_t min, std::size_t max) {
        if (w.metrics.size() < min || w.metrics.size() > max) {
            check.fail(where, article(widgetTypeName(w.type)) + " widget takes " +
                                  (max == 0 ? std::string("no metric")
                                   : min == max
                                       ? std::string("one metric ('metric')")
                                       : std::to_string(min) + " to " + std::to_string(max) + " metrics ('metrics')"));
        }
    };
    const auto needBy = [&](std::size_t min, std::size_t max) {
        if (w.by.size() < min || w.by.size() > max) {
            check.fail(where,
                       article(widgetTypeName(w.type)) + " widget takes " +
                           (max == 0     ? std::string("no dimension")
                            : min == max ? std::to_string(min) + " dimension(s) in 'by'"
                                         : std::to_string(min) + " to " + std::to_string(max) + " dimensions in 'by'"));
        }
    };
    switch (w.type) {
    case WidgetType::Kpi:
        needMetrics(1, 1);
        needBy(0, 0);
        if (w.lobbyMedian && w.metrics.size() == 1 && analytics::findMetric(w.metrics.front()) != nullptr &&
            !analytics::isBenchmarkMetric(w.metrics.front())) {
            check.fail(where, "field 'lobby' needs a metric with a per-game form; '" + w.metrics.front() +
                                  "' has none (e.g. cs_per_min, kda, avg_deaths)");
        }
        break;
    case WidgetType::Line:
        needMetrics(1, 4);
        needBy(1, 1);
        if (w.by.size() == 1 && !isTimeDimension(w.by[0])) {
            check.fail(where, "a line widget goes over time: 'by' must be day, week or month");
        }
        break;
    case WidgetType::Bar:
    case WidgetType::Pie:
        needMetrics(1, 1);
        needBy(1, 1);
        break;
    case WidgetType::Table:
        needMetrics(1, 8);
        needBy(1, 2);
        break;
    case WidgetType::Heatmap:
        needMetrics(1, 1);
        needBy(2, 2);
        break;
    case WidgetType::Rank:
        if (w.queue.empty()) {
            check.fail(where, "field 'queue' must name a ranked queue, e.g. RANKED_SOLO_5x5");
        }
        break;
    case WidgetType::Matches:
        if (w.limit && (*w.limit < 1 || *w.limit > 100)) {
            check.fail(where, "field 'limit' must be 1 to 100 games");
        }
        break;
    case WidgetType::Benchmark:
        needMetrics(1, analytics::benchmarkMetrics().size());
        needBy(0, 0);
        for (const auto& metric : w.metrics) {
            if (analytics::findMetric(metric) != nullptr && !analytics::isBenchmarkMetric(metric)) {
                check.fail(where, "a benchmark widget compares metrics with a per-game form; '" + metric +
                                      "' has none (e.g. cs_per_min, kda, avg_deaths, gold_diff_10)");
            }
        }
        break;
    case WidgetType::Insights:
        needMetrics(0, 0);
        needBy(0, 0);
        if (w.limit && (*w.limit < 1 || *w.limit > 3)) {
            check.fail(where, "field 'limit' must be 1 to 3 findings");
        }
        break;
    case WidgetType::Goal:
        needMetrics(1, 1);
        needBy(1, 1);
        if (!w.metrics.empty() && w.metrics[0] == "lp") {
            check.fail(where, "a goal widget takes a metric of the games, not lp");
        }
        if (w.by.size() == 1 && !isTimeDimension(w.by[0])) {
            check.fail(where, "a goal widget goes period by period: 'by' must be day, week or month");
        }
        if (!w.target || !std::isfinite(*w.target)) {
            check.fail(where, "field 'target' is missing (the value to reach, e.g. 7.0 CS/min or 0.55 win rate)");
        }
        if (w.periods < 1 || w.periods > 120) {
            check.fail(where, "field 'periods' must be 1 to 120");
        }
        break;
    }
}

// Sort, limit, minimum games, the place on the grid and the widget's own filters.
void checkLimitsAndPlace(Checker& check, const Widget& w, const std::string& where, int columns) {
    if (!w.sort.empty()) {
        const std::string column = w.sort[0] == '-' ? w.sort.substr(1) : w.sort;
        const bool ofWidget = std::find(w.metrics.begin(), w.metrics.end(), column) != w.metrics.end() ||
                              std::find(w.by.begin(), w.by.end(), column) != w.by.end() ||
                              analytics::findMetric(column) != nullptr;
        if (!ofWidget) {
            check.fail(where, "field 'sort' names '" + column + "', which is no metric or dimension of the widget");
        }
    }
    if (w.limit && w.type != WidgetType::Matches && w.type != WidgetType::Insights &&
        (*w.limit < 1 || *w.limit > 1000)) {
        check.fail(where, "field 'limit' must be 1 to 1000 rows");
    }
    if (w.minGames < 0) {
        check.fail(where, "field 'min_games' cannot be negative");
    }
    const bool gridValid = columns >= 1 && columns <= 24; // else grid.columns is the one problem said
    if (gridValid && (w.x < 0 || w.y < 0 || w.w < 1 || w.h < 1 || w.x + w.w > columns || w.h > 64 || w.y > 4096)) {
        check.fail(where,
                   "does not fit the grid: x " + std::to_string(w.x) + ", w " + std::to_string(w.w) +
                       " (x + w must stay within " + std::to_string(columns) + " columns), y " + std::to_string(w.y) +
                       ", h " + std::to_string(w.h),
                   "template.off_grid", {w.id, std::to_string(columns)});
    }
    checkFilters(check, w.filters, where,
                 std::find(w.metrics.begin(), w.metrics.end(), std::string("lp")) != w.metrics.end());
}

void checkWidget(Checker& check, const Widget& w, std::size_t index, int columns) {
    const std::string where = widgetWhere(w.id, index);
    if (!validId(w.id)) {
        check.fail(where, "field 'id' must be 1 to 64 letters, digits, - or _");
    }
    if (w.title.size() > kMaxString) {
        check.fail(where, "field 'title' is longer than " + std::to_string(kMaxString) + " bytes");
    }
    checkNames(check, w, where);
    checkShape(check, w, where);
    checkLimitsAndPlace(check, w, where, columns);
}

bool overlaps(const Widget& a, const Widget& b) {
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

void check(Checker& c, const Template& t) {
    if (!validId(t.id)) {
        c.fail("", "field 'id' must be 1 to 64 letters, digits, - or _");
    }
    if (t.name.empty() || t.name.size() > 200) {
        c.fail("", "field 'name' must be a text of 1 to 200 bytes");
    }
    if (t.columns < 1 || t.columns > 24) {
        c.fail("", "grid.columns must be 1 to 24");
    }
    if (t.widgets.size() > kMaxWidgets) {
        c.fail("",
               "too many widgets: " + std::to_string(t.widgets.size()) + " (at most " + std::to_string(kMaxWidgets) +
                   ")",
               "template.too_many", {std::to_string(kMaxWidgets)});
    }
    checkFilters(c, t.filters, "filters");
    std::set<std::string> ids;
    for (std::size_t i = 0; i < t.widgets.size(); ++i) {
        checkWidget(c, t.widgets[i], i, t.columns);
        if (!ids.insert(t.widgets[i].id).second) {
            c.fail(widgetWhere(t.widgets[i].id, i), "another widget has the same id", "template.duplicate_id",
                   {t.widgets[i].id});
            continue; // a copy of a widget: said once, not again as an overlap with its original
        }
        for (std::size_t k = 0; k < i; ++k) {
            if (t.widgets[k].id == t.widgets[i].id) {
                continue;
            }
            if (overlaps(t.widgets[i], t.widgets[k])) {
                c.fail(widgetWhere(t.widgets[i].id, i), "overlaps widget '" + t.widgets[k].id + "' on the grid",
                       "template.overlap", {t.widgets[i].id, t.widgets[k].id});
            }
        }
    }
}

json filtersJson(const Filters& filters) {
    json out = json::object();
    for (const auto& [key, values] : filters) {
        json list = json::array();
        for (const auto& v : values) {
            // Integers stay integers (queue ids), everything else is text.
            const bool integer =
                !v.empty() && std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; });
            list.push_back(integer && v.size() < 18 ? json(std::stoll(v)) : json(v));
        }
        out[key] = key == "since" || key == "until" || key == "last" ? list[0] : list;
    }
    return out;
}

} // namespace

const char* widgetTypeName(WidgetType type) {
    for (const auto& t : kTypes) {
        if (t.type == type) {
            return t.name;
        }
    }
    return "";
}

std::optional<WidgetType> parseWidgetType(std::string_view name) {
    for (const auto& t : kTypes) {
        if (name == t.name) {
            return t.type;
        }
    }
    return std::nullopt;
}

const std::vector<WidgetType>& widgetTypes() {
    static const std::vector<WidgetType> all = [] {
        std::vector<WidgetType> types;
        for (const auto& t : kTypes) {
            types.push_back(t.type);
        }
        return types;
    }();
    return all;
}

bool isTimeDimension(std::string_view dimension) {
    return dimension == "day" || dimension == "week" || dimension == "month";
}

const Widget* Template::widget(std::string_view widgetId) const {
    for (const auto& w : widgets) {
        if (w.id == widgetId) {
            return &w;
        }
    }
    return nullptr;
}

namespace {

Result<Template> parseWith(Checker& c, std::string_view text) {
    if (text.size() > kMaxBytes) {
        c.fail("", "the file is " + std::to_string(text.size()) + " bytes, over the 1 MiB limit", "template.too_large");
        return c.error();
    }
    bool tooDeep = false;
    const json::parser_callback_t depth = [&tooDeep](int level, json::parse_event_t, json&) {
        tooDeep = tooDeep || level > kMaxDepth;
        return true;
    };
    json j = json::parse(text, depth, false);
    if (tooDeep) {
        c.fail("", "nested deeper than " + std::to_string(kMaxDepth) + " levels");
        return c.error();
    }
    if (j.is_discarded()) {
        const std::string detail = ingest::describeInvalidJson(text);
        c.fail("", "not valid JSON: " + detail, "template.invalid_json", {detail});
        return c.error();
    }
    if (!j.is_object()) {
        c.fail("", "a dashboard template is a JSON object");
        return c.error();
    }
    checkStrings(c, j, "");
    Template t;
    std::string format;
    if (!readField(c, j, "format", format, "", "a text") || format != kFormat) {
        c.fail("", "field 'format' must be \"herald.dashboard\" (this is not a Herald dashboard template)",
               "template.not_herald");
        return c.error();
    }
    if (!readField(c, j, "version", t.version, "", "an integer")) {
        c.fail("", "field 'version' is missing");
        return c.error();
    }
    if (t.version > kFormatVersion) {
        c.fail("",
               "made by a newer Herald: format version " + std::to_string(t.version) + ", this Herald reads up to " +
                   std::to_string(kFormatVersion) + " (update Herald to open it)",
               "template.too_new", {std::to_string(t.version), std::to_string(kFormatVersion)});
        return c.error();
    }
    if (t.version < 1) {
        c.fail("", "field 'version' must be 1 or more");
        return c.error();
    }
    // Version 1 is the first format: older documents do not exist yet. Upgrades go here, one step per version.
    readField(c, j, "id", t.id, "", "a text");
    readField(c, j, "name", t.name, "", "a text");
    readField(c, j, "description", t.description, "", "a text");
    if (const auto filters = j.find("filters"); filters != j.end()) {
        t.filters = readFilters(c, *filters, "filters");
    }
    if (const auto grid = j.find("grid"); grid != j.end()) {
        if (!grid->is_object()) {
            c.fail("grid", "must be an object like {\"columns\": 12}");
        } else {
            readField(c, *grid, "columns", t.columns, "grid", "an integer");
        }
    }
    const auto widgets = j.find("widgets");
    if (widgets == j.end() || !widgets->is_array()) {
        c.fail("", "field 'widgets' must be a list");
        return c.error();
    }
    if (widgets->size() > kMaxWidgets) {
        c.fail("",
               "too many widgets: " + std::to_string(widgets->size()) + " (at most " + std::to_string(kMaxWidgets) +
                   ")",
               "template.too_many", {std::to_string(kMaxWidgets)});
        return c.error();
    }
    // Every widget is read, so validate lists all their problems; the ones read without a problem are then
    // checked as a template (metrics, dimensions, overlaps) for the same reason.
    Template readable = t;
    for (std::size_t i = 0; i < widgets->size(); ++i) {
        const std::size_t before = c.problems().size();
        t.widgets.push_back(readWidget(c, (*widgets)[i], i));
        if (c.problems().size() == before) {
            readable.widgets.push_back(t.widgets.back());
        }
    }
    if (c.failed()) {
        if (!readable.widgets.empty()) {
            check(c, readable);
        }
        return c.error();
    }
    check(c, t);
    if (c.failed()) {
        return c.error();
    }
    return t;
}

} // namespace

Result<Template> parseTemplate(std::string_view text, std::string_view source) {
    Checker c(source);
    return parseWith(c, text);
}

std::vector<std::string> templateProblems(std::string_view text, std::string_view source) {
    Checker c(source);
    static_cast<void>(parseWith(c, text)); // the problems are what matters here
    return c.problems();
}

void placeNewWidget(const Template& t, Widget& w) {
    const int columns = std::clamp(t.columns, 1, 24);
    w.w = std::min(w.type == WidgetType::Kpi ? 3 : 6, columns);
    w.h = w.type == WidgetType::Kpi ? 2 : 4;
    int bottom = 0;
    for (const Widget& other : t.widgets) {
        bottom = std::max(bottom, other.y + other.h);
    }
    for (int y = 0; y <= bottom; ++y) {
        for (int x = 0; x + w.w <= columns; ++x) {
            w.x = x;
            w.y = y;
            const bool free = std::none_of(t.widgets.begin(), t.widgets.end(), [&w](const Widget& other) {
                return other.id != w.id && overlaps(w, other);
            });
            if (free) {
                return;
            }
        }
    }
}

Status validateTemplate(const Template& t, std::string_view source) {
    Checker c(source);
    check(c, t);
    if (c.failed()) {
        return c.error();
    }
    return Ok{};
}

std::string serializeTemplate(const Template& t) {
    json out = json::object();
    out["format"] = kFormat;
    out["version"] = kFormatVersion;
    out["id"] = t.id;
    out["name"] = t.name;
    if (!t.description.empty()) {
        out["description"] = t.description;
    }
    if (!t.filters.empty()) {
        out["filters"] = filtersJson(t.filters);
    }
    out["grid"] = {{"columns", t.columns}};
    json widgets = json::array();
    for (const Widget& w : t.widgets) {
        json j = json::object();
        j["id"] = w.id;
        j["type"] = widgetTypeName(w.type);
        if (!w.title.empty()) {
            j["title"] = w.title;
        }
        const bool oneMetric = w.type == WidgetType::Kpi || w.type == WidgetType::Bar || w.type == WidgetType::Pie ||
                               w.type == WidgetType::Heatmap || w.type == WidgetType::Goal;
        if (oneMetric && !w.metrics.empty()) {
            j["metric"] = w.metrics.front();
        } else if (!w.metrics.empty()) {
            j["metrics"] = w.metrics;
        }
        if (w.by.size() == 1) {
            j["by"] = w.by.front();
        } else if (!w.by.empty()) {
            j["by"] = w.by;
        }
        if (w.comparePrevious) {
            j["compare"] = "previous_period";
        }
        if (w.lobbyMedian) {
            j["lobby"] = "median";
        }
        if (!w.sort.empty()) {
            j["sort"] = w.sort;
        }
        if (w.limit) {
            j["limit"] = *w.limit;
        }
        if (w.minGames > 0) {
            j["min_games"] = w.minGames;
        }
        if (w.type == WidgetType::Rank) {
            j["queue"] = w.queue;
        }
        if (w.type == WidgetType::Goal) {
            if (w.target) {
                j["target"] = *w.target;
            }
            j["direction"] = w.atMost ? "at_most" : "at_least";
            j["periods"] = w.periods;
        }
        if (!w.filters.empty()) {
            j["filters"] = filtersJson(w.filters);
        }
        j["x"] = w.x;
        j["y"] = w.y;
        j["w"] = w.w;
        j["h"] = w.h;
        widgets.push_back(std::move(j));
    }
    out["widgets"] = std::move(widgets);
    return out.dump(2) + "\n";
}

const std::vector<Template>& builtinTemplates() {
    static const std::vector<Template> all = [] {
        std::vector<Template> templates;
        for (const std::string& name : resources::list("templates/")) {
            auto parsed = parseTemplate(resources::load(name).value_or(""), name);
            if (parsed) { // the build's tests parse every built-in: a broken one fails them
                templates.push_back(std::move(parsed).value());
            }
        }
        // The order players see: Overview first.
        const std::vector<std::string> order = {"overview", "ranked-progress", "champion-pool", "laning",
                                                "habits",   "builds",          "compared"};
        std::stable_sort(templates.begin(), templates.end(), [&order](const Template& a, const Template& b) {
            const auto rank = [&order](const std::string& id) {
                return std::find(order.begin(), order.end(), id) - order.begin();
            };
            return rank(a.id) < rank(b.id);
        });
        return templates;
    }();
    return all;
}

analytics::Query widgetQuery(const Template& t, const Widget& w, const std::vector<std::string>& puuids,
                             const Filters& extra) {
    analytics::Query q;
    q.puuids = puuids;
    q.metrics = w.metrics;
    q.groupBy = w.by;
    q.filters = t.filters;
    if (w.type == WidgetType::Rank) { // the LP of the widget's ranked queue, the latest snapshot of each day
        q.metrics = {"lp"};
        q.groupBy = {"day"};
        q.filters.erase("queue");
        for (const Filters* layer : {&w.filters, &extra}) {
            for (const auto& [key, values] : *layer) {
                if (key == "since" || key == "until") {
                    q.filters[key] = values;
                }
            }
        }
        q.filters["queue"] = {w.queue};
        return q;
    }
    if (w.type == WidgetType::Goal && !w.by.empty()) {
        // The goal's own window: its last `periods` days, weeks or months (a month is taken as 31 days and the
        // widget keeps the last ones); a widget or filter-bar 'since' replaces it below.
        const int days = w.by[0] == "day" ? w.periods : w.by[0] == "week" ? 7 * w.periods : 31 * w.periods;
        q.filters["since"] = {"-" + std::to_string(days) + "d"};
        q.filters.erase("until");
        if (q.metrics != std::vector<std::string>{"games"}) {
            q.metrics.push_back("games");
        }
        q.order = analytics::OrderBy{w.by[0], false};
    }
    // Narrower filters replace the dashboard's for the same key: the widget's, then the filter bar's.
    for (const Filters* layer : {&w.filters, &extra}) {
        for (const auto& [key, values] : *layer) {
            q.filters[key] = values;
        }
    }
    if (q.metrics == std::vector<std::string>{"lp"}) {
        // LP comes from the rank history: only the queue and the period apply (not role, champion, ...).
        std::erase_if(q.filters, [](const auto& entry) {
            return entry.first != "queue" && entry.first != "since" && entry.first != "until";
        });
    }
    if (!w.sort.empty()) {
        q.order = analytics::parseOrder(w.sort);
        const std::string column = q.order->column;
        if (std::find(q.metrics.begin(), q.metrics.end(), column) == q.metrics.end() &&
            std::find(q.groupBy.begin(), q.groupBy.end(), column) == q.groupBy.end()) {
            q.metrics.push_back(column); // sorting by a metric the widget does not show: the query computes it
        }
    } else if (w.type == WidgetType::Line && !w.by.empty()) {
        q.order = analytics::OrderBy{w.by.front(), false};
    }
    q.limit = w.limit;
    q.minGames = w.minGames;
    return q;
}

bool meetsGoal(const Widget& w, double value) {
    const double target = w.target.value_or(0.0);
    return w.atMost ? value <= target : value >= target;
}

GoalProgress goalProgress(const Widget& w, const analytics::ResultTable& table) {
    GoalProgress progress;
    // Columns: the period, the metric, then games (unless the metric is games itself).
    const std::size_t gamesColumn = table.columns.size() >= 3 ? 2 : 1;
    const std::size_t first = table.rows.size() > static_cast<std::size_t>(w.periods)
                                  ? table.rows.size() - static_cast<std::size_t>(w.periods)
                                  : 0;
    for (std::size_t r = first; r < table.rows.size(); ++r) {
        const auto& row = table.rows[r];
        if (row.size() < 2) {
            continue;
        }
        GoalPeriod period;
        if (const auto* text = std::get_if<std::string>(&row[0])) {
            period.period = *text;
        }
        period.value = analytics::numberOf(row[1]);
        period.games =
            static_cast<std::int64_t>(row.size() > gamesColumn ? analytics::numberOf(row[gamesColumn]).value_or(0) : 0);
        period.met = period.value && meetsGoal(w, *period.value);
        progress.met += period.met ? 1 : 0;
        progress.periods.push_back(std::move(period));
    }
    return progress;
}

std::string dashboardSince(const Template& t, const Filters& bar) {
    for (const Filters* layer : {&bar, &t.filters}) {
        if (const auto it = layer->find("since"); it != layer->end() && !it->second.empty()) {
            return it->second[0] == analytics::kAllTime ? std::string() : it->second[0];
        }
    }
    return {};
}

std::optional<int> relativeSpanDays(const std::string& since) {
    if (since.size() < 3 || since[0] != '-' || (since.back() != 'd' && since.back() != 'w')) {
        return std::nullopt;
    }
    const std::string digits = since.substr(1, since.size() - 2);
    if (digits.size() > 6 || !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return std::nullopt;
    }
    const int n = std::stoi(digits);
    return since.back() == 'w' ? 7 * n : n;
}

PeriodAnchor anchorPeriod(const std::string& since, std::optional<std::int64_t> latestGameEndMs, std::int64_t nowMs) {
    constexpr std::int64_t kDay = 86'400'000;
    const auto days = relativeSpanDays(since);
    if (!days || !latestGameEndMs || *latestGameEndMs >= nowMs - *days * kDay) {
        return {nowMs, false}; // all time, a date, no games, or games in the period: counted from now
    }
    return {*latestGameEndMs, true};
}

std::optional<analytics::Query> previousPeriod(const analytics::Query& query) {
    const auto since = query.filters.find("since");
    if (since == query.filters.end() || since->second.size() != 1 || query.filters.count("until") != 0) {
        return std::nullopt;
    }
    const std::string& text = since->second[0];
    if (text.size() < 3 || text[0] != '-' || (text.back() != 'd' && text.back() != 'w')) {
        return std::nullopt;
    }
    const std::string digits = text.substr(1, text.size() - 2);
    if (!std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }) || digits.size() > 6) {
        return std::nullopt;
    }
    const long long n = std::stoll(digits);
    analytics::Query previous = query;
    previous.filters["since"] = {"-" + std::to_string(2 * n) + text.back()};
    previous.filters["until"] = {text};
    return previous;
}

} // namespace herald::templates
