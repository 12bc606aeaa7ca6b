// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardloader.h"

#include "analytics/engine.h"
#include "common/clock.h"
#include "common/errortext.h"
#include "dashboards/evaluate.h"
#include "store/database.h"
#include "store/matchhistory.h"

#include <QElapsedTimer>
#include <chrono>

namespace herald::ui {

DashboardLoader::DashboardLoader(std::filesystem::path databasePath) : m_path(std::move(databasePath)) {
    qRegisterMetaType<herald::ui::DashboardRequest>();
    qRegisterMetaType<herald::ui::WidgetDataPtr>();
}

DashboardLoader::~DashboardLoader() = default;

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
    const dashboards::Scope scope{request.puuids, request.extra, request.timeZone, request.fromToday,
                                  request.dataVersion};
    const std::int64_t now = herald::nowMs();
    auto resolved = dashboards::resolvePeriod(*m_db, request.dashboard, scope, now);
    if (!resolved) { // the widgets read the same store and say what failed; periods count from now
        m_storeFailed = true;
    }
    const dashboards::Period period = resolved ? resolved.value() : dashboards::Period{now, false, std::nullopt};
    emit periodResolved(generation, period.nowMs, period.anchored);
    dashboards::expectBuilds(request.dashboard, scope, *m_engine);
    for (const auto* widget : dashboards::readingOrder(request.dashboard)) {
        if (generation != m_latest.load()) {
            return;
        }
        auto data = std::make_shared<WidgetData>();
        try {
            auto result = dashboards::evaluate(request.dashboard, *widget, scope, period, *m_db, *m_engine);
            if (result) {
                data->result = std::move(result).value();
            } else {
                data->error = errorText(result.error());
                m_storeFailed = m_storeFailed || result.error().kind == ErrorKind::Storage ||
                                result.error().kind == ErrorKind::Busy;
            }
        } catch (const std::exception& e) {
            data->error = QString::fromUtf8(e.what());
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

    // The champions of the current scope (players, filters but the champion, period) and the players' patches.
    // Choices are a convenience: when they cannot be read, the filter bar still takes typed values.
    templates::Filters scopeFilters = request.extra;
    scopeFilters.erase("champion");
    std::string choicesKey = request.dashboard.id + "|" + std::to_string(request.dataVersion) + "|" +
                             std::to_string(period.nowMs / 60'000) + "|" + request.timeZone;
    for (const auto& puuid : request.puuids) {
        choicesKey += "|" + puuid;
    }
    for (const auto& [name, values] : scopeFilters) {
        for (const auto& value : values) {
            choicesKey += "|" + name + "=" + value;
        }
    }
    if (choicesKey != m_choicesFor) {
        m_choicesFor = choicesKey;
        QStringList champions;
        QStringList patches;
        if (auto inScope = dashboards::championsInScope(request.dashboard, scope, period, *m_db, *m_engine)) {
            for (const auto& champion : inScope.value()) {
                champions.append(QString::fromStdString(champion));
            }
        }
        if (auto choices = store::filterChoices(*m_db, request.puuids); choices) {
            for (const auto& patch : choices->patches) {
                patches.append(QString::fromStdString(patch));
            }
        }
        emit choicesReady(champions, patches);
    }
}

} // namespace herald::ui
