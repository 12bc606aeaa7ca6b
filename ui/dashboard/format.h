// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// How metric values and names read in the app: percentages for rates, signs for differences, "—" for none.
#pragma once

#include "analytics/query.h"
#include "templates/template.h"

#include <QDate>
#include <QString>
#include <optional>
#include <string_view>

namespace herald::ui {

QString formatMetric(std::string_view metric, const analytics::Value& value);
QString formatMetric(std::string_view metric, std::optional<double> value);
// A number in a unit of the catalog (a rate: "47.6 %"; a gold difference: "+120"); "—" for none.
QString formatValue(analytics::Unit unit, std::optional<double> value);
QString formatDimension(std::string_view dimension, const analytics::Value& value);
// The queue's name in the interface's language: the queues players play are translated (context "Queues");
// others keep Riot's English description; an unknown id reads "Queue 1234".
QString queueLabel(int queueId);
// An Arena placement: "1st" ... "8th" (translated); "#12" past the known ones.
QString placementLabel(int placement);
// The span a dashboard covers, for "vs previous %1" texts: "90 days", "12 weeks", else "period". bar: the filter
// bar's filters, which win over the template's.
QString periodText(const templates::Template* t, const templates::Filters& bar);
// The same for a title: "Last 90 days", "Since 2024-01-01", "Last 20 games", "Whole history".
QString periodTitle(const templates::Template* t, const templates::Filters& bar,
                    std::optional<QDate> anchoredTo = std::nullopt);
// "Queue: Ranked Solo/Duo · Champion: Ahri", or "" without filters; since/until/last are the period's.
QString filtersTitle(const templates::Template* t, const templates::Filters& bar);
// "Win rate", "CS/min", ... for a metric or dimension name.
QString metricLabel(std::string_view metric);
QString dimensionLabel(std::string_view dimension);
// The metric's definition from METRICS.md (help text).
QString metricHelp(std::string_view metric);
// What the catalog says of a metric (METRICS.md): its unit (a rate is a fraction 0..1 shown in percent) and
// which way is better. A name the catalog does not know reads as a plain number, neither better nor worse.
analytics::Unit metricUnit(std::string_view metric);
analytics::Direction metricDirection(std::string_view metric);

} // namespace herald::ui
