// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardloader.h"

#include "analytics/compiler.h"
#include "analytics/engine.h"
#include "analytics/insights.h"
#include "common/clock.h"
#include "common/errortext.h"
#include "store/database.h"
#include "store/matchhistory.h"
#include "templates/template.h"

#include <QElapsedTimer>
#include <chrono>

namespace herald::ui {

DashboardLoader::DashboardLoader(std::filesystem::path databasePath) : m_path(std::move(databasePath)) {
    qRegisterMetaType<herald::ui::DashboardRequest>();
    qRegisterMetaType<herald::ui::WidgetDataPtr>();
}

DashboardLoader::~DashboardLoader() = default;

WidgetDataPtr DashboardLoader::compute(const DashboardRequest& request, const templates::Widget& widget) {
    auto data = std::make_shared<WidgetData>();
    auto query = templates::widgetQuery(request.dashboard, widget, request.puuids, request.extra);
    query.timeZone = request.timeZone;
    if (widget.type == templates::WidgetType::Matches) {
        // The newest games under the same players, filters and period as the other widgets (remakes included).
        auto selection = analytics::compileSelection(*m_db, query, m_now, true);
        if (!selection) {
            data->error = errorText(selection.error());
            return data;
        }
        auto page = store::newestSelected(
            *m_db, selection->sql, static_cast<int>(selection->params.size()),
            [&selection](store::Statement& stmt) { analytics::bindParams(stmt, selection->params); },
            widget.limit.value_or(10));
        if (!page) {
            data->error = errorText(page.error());
            m_storeFailed = true;
            return data;
        }
        data->matches = std::move(page).value();
        return data;
    }
    if (widget.type == templates::WidgetType::Insights) {
        auto findings = analytics::findFindings(*m_engine, *m_db, query, request.dataVersion,
                                                static_cast<std::size_t>(widget.limit.value_or(3)));
        if (!findings) {
            data->error = errorText(findings.error());
            m_storeFailed = m_storeFailed || findings.error().kind == ErrorKind::Storage ||
                            findings.error().kind == ErrorKind::Busy;
        } else {
            data->findings = std::move(findings).value();
        }
        return data;
    }
    // Charts say how many games stand behind each value when hovered ("Garen · 100 % · 2 games").
    const bool chart = widget.type == templates::WidgetType::Bar || widget.type == templates::WidgetType::Pie ||
                       widget.type == templates::WidgetType::Line || widget.type == templates::WidgetType::Heatmap;
    // KPIs say it under their value ("128 games"), unless the number is the games.
    const bool kpi = widget.type == templates::WidgetType::Kpi;
    if ((chart || kpi) && query.metrics != std::vector<std::string>{"lp"} &&
        std::find(query.metrics.begin(), query.metrics.end(), "games") == query.metrics.end()) {
        query.metrics.push_back("games");
    }
    // A goal's own window (its last 12 weeks) follows the rule of periods anchored on play: with none of the
    // players' games in it, it counts back from their latest (the Habits goals of a history from earlier years).
    std::int64_t now = m_now;
    if (widget.type == templates::WidgetType::Goal && query.filters.count("since") != 0 &&
        query.filters.at("since").size() == 1) {
        now = templates::anchorPeriod(query.filters.at("since").front(), m_lastPlayed, m_now).nowMs;
    }
    auto result = m_engine->run(*m_db, query, request.dataVersion, now);
    if (!result) {
        data->error = errorText(result.error());
        m_storeFailed =
            m_storeFailed || result.error().kind == ErrorKind::Storage || result.error().kind == ErrorKind::Busy;
        return data;
    }
    data->table = result.value();
    if (widget.type == templates::WidgetType::Kpi) {
        if (!data->table->rows.empty() && !data->table->rows[0].empty()) {
            data->current = analytics::numberOf(data->table->rows[0][0]);
            if (data->table->rows[0].size() > 1) {
                const auto* games = std::get_if<std::int64_t>(&data->table->rows[0][1]);
                data->games = games != nullptr ? *games : 0; // null: no games
            }
        }
        if (widget.comparePrevious) {
            if (const auto previous = templates::previousPeriod(query)) {
                data->compared = true;
                auto before = m_engine->run(*m_db, *previous, request.dataVersion, m_now);
                if (before && !before.value()->rows.empty() && !before.value()->rows[0].empty()) {
                    data->previous = analytics::numberOf(before.value()->rows[0][0]);
                }
            }
        }
    }
    return data;
}

void DashboardLoader::load(quint64 generation, const DashboardRequest& request) {
    if (generation != m_latest.load()) {
        return; // a newer request is queued behind this one
    }
    QElapsedTimer timer;
    timer.start();
    if (!m_db) {
        auto db = store::Database::open(m_path, store::Database::Mode::ReadOnly);
        if (!db) {
            for (const auto& widget : request.dashboard.widgets) {
                auto data = std::make_shared<WidgetData>();
                data->error = errorText(db.error());
                emit widgetReady(generation, QString::fromStdString(widget.id), data);
            }
            emit loaded(generation, timer.elapsed());
            return;
        }
        m_db = std::make_unique<store::Database>(std::move(db).value());
        m_engine = std::make_unique<analytics::AnalyticsEngine>();
    }
    // Periods anchored on play: a relative period with none of the players' games counts back from their last.
    m_now = herald::nowMs();
    m_lastPlayed.reset();
    bool anchored = false;
    if (!request.fromToday) {
        if (auto latest = store::latestGameEnd(*m_db, request.puuids)) {
            m_lastPlayed = latest.value();
            const std::string since = templates::dashboardSince(request.dashboard, request.extra);
            if (templates::relativeSpanDays(since)) {
                const auto anchor = templates::anchorPeriod(since, m_lastPlayed, m_now);
                m_now = anchor.nowMs;
                anchored = anchor.anchored;
            }
        }
    }
    emit periodResolved(generation, m_now, anchored);
    // Top to bottom, left to right: what the player sees first comes first.
    std::vector<const templates::Widget*> order;
    for (const auto& widget : request.dashboard.widgets) {
        order.push_back(&widget);
    }
    std::stable_sort(order.begin(), order.end(),
                     [](const auto* a, const auto* b) { return std::tie(a->y, a->x) < std::tie(b->y, b->x); });
    for (const auto* widget : order) {
        if (generation != m_latest.load()) {
            return;
        }
        WidgetDataPtr data;
        try {
            data = compute(request, *widget);
        } catch (const std::exception& e) {
            auto failed = std::make_shared<WidgetData>();
            failed->error = QString::fromUtf8(e.what());
            data = failed;
        }
        emit widgetReady(generation, QString::fromStdString(widget->id), data);
    }
    emit loaded(generation, timer.elapsed());
    const auto stats = m_engine->stats();
    emit cacheStats(stats.hits, stats.misses, stats.entries);
    if (m_storeFailed) { // a busy or damaged store: the next request starts with a fresh connection and cache
        m_storeFailed = false;
        m_db.reset();
        m_engine.reset();
        m_choicesFor.clear();
        return;
    }

    if (request.puuids != m_choicesFor) {
        m_choicesFor = request.puuids;
        QStringList champions;
        QStringList patches;
        // Choices are a convenience: when they cannot be read, the filter bar still takes typed values.
        if (auto choices = store::filterChoices(*m_db, request.puuids); choices) {
            for (const auto& champion : choices->champions) {
                champions.append(QString::fromStdString(champion));
            }
            for (const auto& patch : choices->patches) {
                patches.append(QString::fromStdString(patch));
            }
        }
        emit choicesReady(champions, patches);
    }
}

} // namespace herald::ui
