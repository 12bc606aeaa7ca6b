// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Dashboard templates (docs/TEMPLATES.md): the document model, strict parsing and validation with messages that
// name the source, the widget and the field, the canonical JSON form, the built-ins, and the analytics query
// each widget asks.
#pragma once

#include "analytics/query.h"
#include "common/result.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace herald::templates {

inline constexpr std::string_view kFormat = "herald.dashboard";
inline constexpr int kFormatVersion = 1;          // the newest format this Herald reads and writes
inline constexpr std::size_t kMaxBytes = 1 << 20; // 1 MiB per file
inline constexpr std::size_t kMaxWidgets = 64;
inline constexpr int kMaxDepth = 16;
inline constexpr std::size_t kMaxString = 1024;

enum class WidgetType { Kpi, Line, Bar, Pie, Table, Heatmap, Rank, Matches, Goal, Insights, Benchmark };
const char* widgetTypeName(WidgetType type);
std::optional<WidgetType> parseWidgetType(std::string_view name);
const std::vector<WidgetType>& widgetTypes();

// Dimension filters (several values: any of them) and since / until / last, as the analytics query takes them.
using Filters = std::map<std::string, std::vector<std::string>>;

struct Widget {
    std::string id;
    WidgetType type = WidgetType::Kpi;
    std::string title;
    std::vector<std::string> metrics; // "metric" is metrics[0] for the one-metric types
    std::vector<std::string> by;      // dimensions
    bool comparePrevious = false;     // kpi: "compare": "previous_period"
    bool lobbyMedian = false;         // kpi: "lobby": "median" (the median of the player's lobbies, main role)
    std::string sort;                 // "-games"
    std::optional<int> limit;
    int minGames = 0;
    std::string queue = "RANKED_SOLO_5x5"; // rank
    Filters filters;                       // narrow the dashboard's
    int x = 0;
    int y = 0;
    int w = 3;
    int h = 2;
    std::optional<double> target; // goal: the value to reach, in the metric's unit (a rate is 0 to 1)
    bool atMost = false;          // goal: "direction": "at_most" (else at least)
    int periods = 12;             // goal: how many of the last days / weeks / months ('by')
};

struct Template {
    int version = kFormatVersion;
    std::string id;
    std::string name;
    std::string description;
    Filters filters;
    int columns = 12;
    std::vector<Widget> widgets;

    const Widget* widget(std::string_view widgetId) const;
};

// Parses and validates. source names the document in messages ("overview.json", a path). A newer format
// version is refused naming both versions; older ones are upgraded.
Result<Template> parseTemplate(std::string_view json, std::string_view source);
// Checks a template built or edited in memory (the editor) with the same rules and messages.
Status validateTemplate(const Template& t, std::string_view source);

// Where a new widget goes: its type's size (a KPI 3 x 2, any other 6 x 4, at most the grid's width) at the first
// place, row by row from the top and left to right, where it covers no other widget; below the last row when no
// row has room. Never a place validation refuses.
void placeNewWidget(const Template& t, Widget& w);
// Every problem of a template file, each naming the source, the widget and the field (none: it is valid). A
// file that is not a template at all (not JSON, no format) has one.
std::vector<std::string> templateProblems(std::string_view json, std::string_view source);
// The canonical JSON document (pretty-printed, fields in a fixed order).
std::string serializeTemplate(const Template& t);

// Resources/templates/*.json: Overview, Ranked progress, Champion pool, Laning, Habits, Builds, Compared.
const std::vector<Template>& builtinTemplates();

// The query of one widget: its metrics and dimensions, the dashboard's filters narrowed by the widget's and by
// `extra` (the filter bar), sort / limit / min games. Not meaningful for `matches` widgets.
analytics::Query widgetQuery(const Template& t, const Widget& w, const std::vector<std::string>& puuids,
                             const Filters& extra = {});

// A goal widget's periods, oldest first: at most w.periods of them, each with its value (null without games),
// its games and whether the value meets the target; the current period is the last one.
struct GoalPeriod {
    std::string period; // "2026-W47"
    std::optional<double> value;
    std::int64_t games = 0;
    bool met = false;
};
struct GoalProgress {
    std::vector<GoalPeriod> periods;
    int met = 0;
};
bool meetsGoal(const Widget& w, double value);
GoalProgress goalProgress(const Widget& w, const analytics::ResultTable& table);

// The dashboard's period: the filter bar's since, else the template's; "" for all time (no since, or "all").
std::string dashboardSince(const Template& t, const Filters& bar);
// The days a relative since counts back (-90d: 90, -12w: 84); nullopt for all time or a date.
std::optional<int> relativeSpanDays(const std::string& since);

// Periods anchored on play (TEMPLATES.md): a relative period that holds none of the players' games while they have
// older ones counts back from the end of their latest game instead of from now. nowMs is then that moment.
struct PeriodAnchor {
    std::int64_t nowMs = 0; // the moment relative periods count back from
    bool anchored = false;  // nowMs is the end of the latest game, not now
};
PeriodAnchor anchorPeriod(const std::string& since, std::optional<std::int64_t> latestGameEndMs, std::int64_t nowMs);

// The same query over the period just before (a kpi's comparison): since -90d -> since -180d until -90d.
// Nullopt when the period is not a relative one (all time, fixed dates).
std::optional<analytics::Query> previousPeriod(const analytics::Query& query);

bool isTimeDimension(std::string_view dimension); // day, week, month

} // namespace herald::templates
