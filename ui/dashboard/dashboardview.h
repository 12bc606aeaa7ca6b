// DashboardView: a template rendered on its grid, with the template picker and the filter bar (queue, period,
// role, champion, patch) that applies to every widget. Queries run on the DashboardLoader's thread; widgets
// show a loading state, then their result.
#pragma once

#include "dashboardloader.h"
#include "templates/template.h"

#include <QElapsedTimer>
#include <QWidget>
#include <filesystem>
#include <map>
#include <vector>

class QComboBox;
class QGridLayout;
class QLabel;
class QThread;

namespace herald::ui {

class WidgetFrame;

class DashboardView : public QWidget {
    Q_OBJECT
public:
    explicit DashboardView(const std::filesystem::path& databasePath, QWidget* parent = nullptr);
    ~DashboardView() override;

    void setTemplates(std::vector<templates::Template> list);
    bool selectTemplate(const QString& id);
    const templates::Template* currentTemplate() const;
    void setPlayers(const QStringList& puuids);
    // Reloads every widget (new data, other filters, another template).
    void reload(std::uint64_t dataVersion);

    // The filter bar's filters, as the queries take them.
    templates::Filters barFilters() const;
    // Sets a filter bar control by key (queue, since, role, champion, patch); "" clears it. Tests and links.
    void setBarFilter(const QString& key, const QString& value);
    const std::vector<WidgetFrame*>& frames() const { return m_frames; }
    bool isLoading() const { return m_pending > 0; }
    // Queries use this IANA time zone for days, weeks and hours ("" = the system's).
    void setTimeZone(const QString& zone);

signals:
    // Every widget of the current request has its result; ms since the request.
    void loaded(qint64 ms);
    void requestLoad(quint64 generation, const herald::ui::DashboardRequest& request);
    void cacheStats(quint64 hits, quint64 misses, quint64 entries);

private:
    void rebuildGrid();
    void onWidgetReady(quint64 generation, const QString& widgetId, const WidgetDataPtr& result);
    QString periodText() const;

    DashboardLoader* m_loader;
    QThread* m_thread;
    std::vector<templates::Template> m_templates;
    int m_current = -1;
    std::vector<std::string> m_puuids;
    std::uint64_t m_dataVersion = 0;
    std::string m_timeZone;
    quint64 m_generation = 0;
    int m_pending = 0;
    QElapsedTimer m_timer;

    QComboBox* m_templatePicker;
    QLabel* m_description;
    QComboBox* m_queue;
    QComboBox* m_period;
    QComboBox* m_role;
    QComboBox* m_champion;
    QComboBox* m_patch;
    QWidget* m_canvas;
    QGridLayout* m_grid;
    std::vector<WidgetFrame*> m_frames;
};

} // namespace herald::ui
