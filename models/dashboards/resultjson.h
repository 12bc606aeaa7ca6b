// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A dashboard's typed results as JSON (`herald-cli dashboard --format json`, the golden capture of tests):
// {"template":{"id","name"},"scope":{...},"period":{...},"widgets":[{"id","kind","title","result":{...}}]}, numbers
// at full precision, null for "no value". A widget that failed has "error":{"kind","message"} instead of a result.
#pragma once

#include "dashboards/evaluate.h"

#include <nlohmann/json.hpp>

namespace herald::dashboards {

nlohmann::ordered_json widgetResultJson(const WidgetResult& result);
nlohmann::ordered_json templateResultJson(const templates::Template& t, const Scope& scope,
                                          const TemplateResult& result);

} // namespace herald::dashboards
