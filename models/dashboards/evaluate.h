// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Computing a dashboard (docs/ARCHITECTURE.md, "From a template to pixels"): each widget's query built from the
// template, the filter bar and the players, run by the analytics engine, and handed back as a typed
// WidgetResult. The app's loader thread, reports and `herald-cli dashboard` all call these; nothing else builds
// a widget's query or reads its table.
#pragma once

#include "common/result.h"
#include "dashboards/widgetresult.h"
#include "templates/template.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace herald::analytics {
class AnalyticsEngine;
}
namespace herald::store {
class Database;
}

namespace herald::dashboards {

// Whose games, narrowed how, read in which time zone.
struct Scope {
    std::vector<std::string> puuids;
    templates::Filters extra;      // the filter bar (or --where): narrower than the template's and the widget's
    std::string timeZone;          // IANA; empty: the system's
    bool fromToday = false;        // relative periods count from now even when they hold none of the games
    std::uint64_t dataVersion = 0; // the store's data version (the engine's cache key); 0: no cache reuse across
};

// The moment relative periods count back from, for one evaluation of a template (docs/TEMPLATES.md, periods
// anchored on play).
struct Period {
    std::int64_t nowMs = 0;
    bool anchored = false; // nowMs is the end of the players' latest game, not now
    // When the players' latest game ended (a goal's own window anchors on it); nullopt: no games, or fromToday.
    std::optional<std::int64_t> lastPlayedMs;
};

// Reads when the players last played and anchors a period (a since: -90d, a date, "" for all time) on it: a
// relative period that holds none of their games counts back from the end of their latest (unless fromToday).
// What `stats` and every dashboard count from.
Result<Period> anchorOnPlay(store::Database& db, const std::vector<std::string>& puuids, const std::string& since,
                            std::int64_t nowMs, bool fromToday);
// The same for a template's period, narrowed by the filter bar's since.
Result<Period> resolvePeriod(store::Database& db, const templates::Template& t, const Scope& scope, std::int64_t nowMs);

// One widget of a template. Errors keep their kind (Busy and Storage: the store, Validation: the widget).
Result<WidgetResult> evaluate(const templates::Template& t, const templates::Widget& widget, const Scope& scope,
                              const Period& period, store::Database& db, analytics::AnalyticsEngine& engine);

struct EvaluatedWidget {
    std::string id;
    Result<WidgetResult> result;
};

struct TemplateResult {
    Period period;
    std::vector<EvaluatedWidget> widgets; // reading order: top to bottom, left to right
};

// The widgets of a template in reading order (what a player sees first comes first).
std::vector<const templates::Widget*> readingOrder(const templates::Template& t);

// Tells the engine the build data the template's widgets read between them (AnalyticsEngine::expectBuildData), so
// the Builds dashboard's widgets share one frame. evaluateTemplate does it; a caller running the widgets one by one
// does it first.
void expectBuilds(const templates::Template& t, const Scope& scope, analytics::AnalyticsEngine& engine);

// Every widget of a template, in reading order. Fails only when the period cannot be resolved (the store).
Result<TemplateResult> evaluateTemplate(const templates::Template& t, const Scope& scope, store::Database& db,
                                        analytics::AnalyticsEngine& engine, std::int64_t nowMs);

// The champions the dashboard's scope holds games of (the players, the template's and the filter bar's filters but
// the champion, the period), by key: what the filter bar's champion list offers.
Result<std::vector<std::string>> championsInScope(const templates::Template& t, const Scope& scope,
                                                  const Period& period, store::Database& db,
                                                  analytics::AnalyticsEngine& engine);

} // namespace herald::dashboards
