// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// DashboardLoader: the thread adapter around dashboards::evaluate. It evaluates a dashboard's widgets on its own
// thread with its own read connection and analytics engine (cache keyed by the data version); results come back
// one widget at a time, as signals, and a newer request makes the loader drop what is left of an older one. It
// builds no query and reads no table: models/dashboards does.
#pragma once

#include "dashboards/widgetresult.h"
#include "templates/template.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <atomic>
#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

namespace herald::analytics {
class AnalyticsEngine;
}
namespace herald::store {
class Database;
}

namespace herald::ui {

struct DashboardRequest {
    templates::Template dashboard;
    std::vector<std::string> puuids;
    templates::Filters extra; // the filter bar
    std::uint64_t dataVersion = 0;
    std::string timeZone; // IANA; empty: the system's
    // Relative periods count from now even when they hold none of the players' games (no anchoring on play).
    bool fromToday = false;
};

// One widget's outcome: its typed result, or the error said in the interface's words.
struct WidgetData {
    std::optional<dashboards::WidgetResult> result;
    QString error;
};
using WidgetDataPtr = std::shared_ptr<const WidgetData>;

class DashboardLoader : public QObject {
    Q_OBJECT
public:
    explicit DashboardLoader(std::filesystem::path databasePath);
    ~DashboardLoader() override;

    // The newest generation asked for; a running load stops when it is passed (set from the GUI thread).
    std::atomic<quint64>& latest() { return m_latest; }

public slots:
    void load(quint64 generation, const herald::ui::DashboardRequest& request);

signals:
    void widgetReady(quint64 generation, const QString& widgetId, const herald::ui::WidgetDataPtr& data);
    void loaded(quint64 generation, qint64 elapsedMs);
    // Before the widgets: the moment relative periods count back from (ms since epoch), and whether it is the end
    // of the players' latest game rather than now (templates::anchorPeriod).
    void periodResolved(quint64 generation, qint64 nowMs, bool anchored);
    // The analytics cache after a load (Diagnostics shows the hit rate).
    void cacheStats(quint64 hits, quint64 misses, quint64 entries);
    // Champions and patches the players have games on (the filter bar's choices).
    void choicesReady(const QStringList& champions, const QStringList& patches);

private:
    std::filesystem::path m_path;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<analytics::AnalyticsEngine> m_engine;
    bool m_storeFailed = false; // a read of this request failed for the store's sake (busy, damaged)
    std::atomic<quint64> m_latest{0};
    std::string m_choicesFor; // the scope the filter bar's choices were read for
};

} // namespace herald::ui

Q_DECLARE_METATYPE(herald::ui::DashboardRequest)
Q_DECLARE_METATYPE(herald::ui::WidgetDataPtr)
