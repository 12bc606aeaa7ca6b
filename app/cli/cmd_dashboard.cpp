// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// herald-cli dashboard: every widget of a template, computed as the app and reports compute it
// (dashboards::evaluateTemplate), printed as tables, JSON or CSV.
#include "analytics/engine.h"
#include "args.h"
#include "commands.h"
#include "common/clock.h"
#include "dashboards/resultjson.h"
#include "output.h"
#include "store/accounts.h"
#include "store/settings.h"
#include "store/store.h"
#include "templates/templatestore.h"

#include <iostream>

namespace herald::cli {

std::optional<DashboardPlayers> dashboardPlayers(const Context& context, store::Database& db, const Args& args) {
    DashboardPlayers players;
    const std::vector<std::string> riotIds = riotIdOptions(args);
    players.puuids = puuidOptions(args);
    const auto named = puuidsOfRiotIds(context, db, riotIds);
    if (!named) {
        return std::nullopt;
    }
    players.puuids.insert(players.puuids.end(), named->begin(), named->end());
    players.names = riotIds;
    if (players.puuids.empty()) { // the current account, as the app's dashboard shows it
        const auto current = store::getSetting(db, store::kCurrentAccountSetting);
        const auto account = current && current.value() ? store::findAccount(db, *current.value())
                                                        : Result<std::optional<store::AccountRow>>(std::nullopt);
        if (!account || !account.value()) {
            throw UsageError("name the player with --account \"Name#TAG\": there is no current account");
        }
        players.puuids.push_back(account.value()->puuid);
        players.names.push_back(account.value()->riotId());
    }
    if (auto zone = args.value("tz")) {
        players.timeZone = *zone;
    } else if (const auto setting = store::getSetting(db, store::kTimeZoneSetting); setting && setting.value()) {
        players.timeZone = *setting.value();
    }
    return players;
}

std::optional<templates::Template> templateNamed(store::Database& db, const std::string& id) {
    auto found = templates::findTemplate(db, id);
    if (!found) {
        fail(found.error().message);
        return std::nullopt;
    }
    if (!found.value()) {
        fail("no dashboard template '" + id + "' (see herald-cli templates list)");
        return std::nullopt;
    }
    return found.value()->document;
}

namespace {

// Long form: one line per value (widget, row, column, value), so one file holds widgets of every shape.
TableData longTable(const dashboards::TemplateResult& result) {
    TableData out;
    out.columns = {"widget", "kind", "row", "column", "value"};
    for (const auto& widget : result.widgets) {
        if (!widget.result) {
            out.rows.push_back({widget.id, "error", 0, "message", widget.result.error().message});
            continue;
        }
        const auto table = tableDataOf(dashboards::resultTable(widget.result.value()), Format::Csv);
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
            for (std::size_t c = 0; c < table.columns.size(); ++c) {
                out.rows.push_back(
                    {widget.id, dashboards::kindName(widget.result.value()), r, table.columns[c], table.rows[r][c]});
            }
        }
    }
    return out;
}

} // namespace

int runDashboard(const Context& context, const std::vector<std::string>& words) {
    const Args args(words, {{"account"}, {"puuid"}, {"where"}, {"tz"}, {"from-today", false}, {"format"}});
    const Format format = parseFormat(args.value("format").value_or("table"));
    if (args.positional().size() != 1) {
        throw UsageError(args.positional().empty()
                             ? "name the template: herald-cli dashboard TEMPLATE (see herald-cli templates list)"
                             : "unexpected argument '" + args.positional()[1] + "'");
    }
    const std::string templateId = args.positional().front();
    dashboards::Scope scope;
    scope.extra = whereFilters(args);
    scope.fromToday = args.has("from-today");

    auto access = openForReading(context);
    if (!access) {
        return 1;
    }
    store::Database& db = *access->db;
    const auto found = templateNamed(db, templateId);
    if (!found) {
        return 1;
    }
    const templates::Template& t = *found;
    const auto players = dashboardPlayers(context, db, args);
    if (!players) {
        return 1;
    }
    scope.puuids = players->puuids;
    scope.timeZone = players->timeZone;
    analytics::AnalyticsEngine engine;
    const auto result = dashboards::evaluateTemplate(t, scope, db, engine, nowMs());
    if (!result) {
        return fail(result.error().message);
    }
    int failed = 0;
    for (const auto& widget : result->widgets) {
        if (!widget.result) {
            if (widget.result.error().kind == ErrorKind::Validation) { // a --where the widgets cannot take
                throw UsageError("widget " + widget.id + ": " + widget.result.error().message);
            }
            ++failed;
        }
    }
    if (format == Format::Json) {
        std::cout << orderedJsonText(dashboards::templateResultJson(t, scope, result.value()), 2) << '\n';
    } else if (format == Format::Csv) {
        writeTable(std::cout, longTable(result.value()), Format::Csv);
    } else {
        std::cout << printable(t.name) << '\n';
        for (const auto& widget : result->widgets) {
            const auto* w = t.widget(widget.id);
            std::cout << "\n== " << printable(w != nullptr && !w->title.empty() ? w->title : widget.id) << " ("
                      << printable(widget.id) << ")\n";
            if (!widget.result) {
                std::cout << "error: " << printable(widget.result.error().message) << '\n';
                continue;
            }
            writeTable(std::cout, tableDataOf(dashboards::resultTable(widget.result.value()), Format::Table),
                       Format::Table);
        }
    }
    for (const auto& widget : result->widgets) {
        if (!widget.result) {
            std::cerr << "herald-cli dashboard: widget " << widget.id << ": " << widget.result.error().message << '\n';
        }
    }
    return failed == 0 ? 0 : 1;
}

} // namespace herald::cli
