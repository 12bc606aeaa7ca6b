// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// DashboardView: the dashboard page. It composes the template picker and its TemplateActions, the FilterBar
// over every widget, the DashboardGrid of the current template, and the edit mode; queries run on the
// DashboardLoader's thread and each widget's result goes to the grid as it comes. Without an account it shows
// what to do instead.
#pragma once

#include "dashboardloader.h"
#include "templates/template.h"
#include "widgetframe.h"

#include <QElapsedTimer>
#include <QWidget>
#include <filesystem>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QThread;

namespace herald::store {
class Store;
}

namespace herald::ui {

class DashboardGrid;
class FilterBar;
class TemplateActions;

class DashboardView : public QWidget {
    Q_OBJECT
public:
    explicit DashboardView(const std::filesystem::path& databasePath, QWidget* parent = nullptr);
    ~DashboardView() override;

    // Template management (duplicate, rename, delete, import, export, edit) writes through the store.
    void setStore(store::Store* store);
    // Re-reads the templates from the store (built-ins and the player's), keeping the selection.
    void reloadTemplates();
    void setTemplates(std::vector<templates::Template> list);
    bool selectTemplate(const QString& id);
    const templates::Template* currentTemplate() const;
    void setPlayers(const QStringList& puuids);
    // No account to analyse: the dashboard says what to do (import files, say which player you are, add a Riot
    // account) instead of loading, and emits loaded(0). storedMatches: the matches the store holds.
    void showNoAccount(qint64 storedMatches);
    bool isShowingNoAccount() const;
    // Reloads every widget (new data, other filters, another template).
    void reload(std::uint64_t dataVersion);

    // The filter bar's filters, as the queries take them.
    templates::Filters barFilters() const;
    // Sets a filter bar control by key (queue, since, role, champion, patch); "" clears it. Tests and links.
    void setBarFilter(const QString& key, const QString& value);
    // The period line under the header: "Last 90 days", or "Last 90 days of play, to 12 Mar 2024" when the period
    // counts back from the latest game (templates::anchorPeriod); its button switches between the two.
    QString periodLine() const;
    bool isPeriodAnchored() const { return m_anchored; }
    // Count this template's relative periods from today (true) or from the latest game when today's holds none
    // (false, the default); remembered per template.
    void setCountFromToday(bool fromToday);
    // A chart click narrows the dashboard (champion, role, queue, patch, weekday x hour, ...): each filter shows
    // as a chip in the filter bar, whose click undoes it. Not in edit mode.
    void drillInto(const QList<DrillFilter>& filters);
    QStringList chipTexts() const;
    const std::vector<WidgetFrame*>& frames() const;
    bool isLoading() const { return m_pending > 0; }
    FilterBar* filterBar() const { return m_filterBar; }
    TemplateActions* templateActions() const { return m_actions; }
    DashboardGrid* grid() const { return m_grid; }

    // Edit mode: the current template (a built-in is duplicated first) can get, lose, move, resize and
    // reconfigure widgets; save() stores it, cancelEditing() drops the changes.
    bool isEditing() const { return m_editing; }
    bool startEditing();
    void cancelEditing();
    // Adds a widget at the first free place; false with the validation's message when it cannot be.
    bool addWidget(templates::Widget widget);
    // Applies one edit bar action; false (with a message) when the grid refuses it.
    bool applyEdit(const QString& widgetId, WidgetEdit edit);
    void save();
    // Import / export of template files (1 MiB at most), as the Import… and Export… buttons do.
    void importFile(const QString& path);
    bool exportFile(const QString& path);
    // The players and time zone the dashboard shows (reports and exports use the same).
    const std::vector<std::string>& players() const { return m_puuids; }
    const std::string& timeZone() const { return m_timeZone; }
    // Queries use this IANA time zone for days, weeks and hours ("" = the system's).
    void setTimeZone(const QString& zone);

signals:
    // Every widget of the current request has its result; ms since the request.
    void loaded(qint64 ms);
    void requestLoad(quint64 generation, const herald::ui::DashboardRequest& request);
    void cacheStats(quint64 hits, quint64 misses, quint64 entries);
    // Something to tell the player (saved, refused, failed).
    void message(const QString& text);
    void saved(const QString& templateId);
    void imported(const QString& templateId, const QString& error);
    // A widget's "Export data…".
    void exportWidgetRequested(const QString& widgetId);
    // The no-account page's buttons.
    void importFilesRequested();
    void choosePlayerRequested();
    void addAccountRequested();

private:
    void showTemplate(); // the grid, the description and the actions for the current template
    templates::Template* editable();
    void setEditingUi(bool editing);
    bool isBuiltin(const templates::Template* t) const;
    void onWidgetReady(quint64 generation, const QString& widgetId, const WidgetDataPtr& result);
    QString periodText() const;
    void showPeriod();              // the description or the period line, and the count-from button
    void rememberTemplateChoices(); // the period chosen and count-from-today, per template (settings)
    void restoreTemplateChoices();

    DashboardLoader* m_loader;
    QThread* m_thread;
    std::vector<templates::Template> m_templates;
    std::string m_unsavedCopy; // the copy of a built-in made for an edit, deleted on Cancel, kept on Save
    int m_current = -1;
    std::vector<std::string> m_puuids;
    std::uint64_t m_dataVersion = 0;
    std::string m_timeZone;
    quint64 m_generation = 0;
    class QLabel* m_period = nullptr;
    class QPushButton* m_countFrom = nullptr;
    bool m_anchored = false;  // the shown period counts back from the latest game
    qint64 m_anchorMs = 0;    // that game's end
    bool m_fromToday = false; // the current template's choice
    int m_pending = 0;
    QElapsedTimer m_timer;

    QComboBox* m_templatePicker;
    QLabel* m_description;
    TemplateActions* m_actions;
    FilterBar* m_filterBar;
    DashboardGrid* m_grid;
    QStackedWidget* m_body; // the grid, or the no-account page
    QWidget* m_noAccount;
    QLabel* m_noAccountText;
    QPushButton* m_choosePlayer;

    store::Store* m_store = nullptr;
    bool m_editing = false;
    QPushButton* m_edit;
    QPushButton* m_addWidget;
    QPushButton* m_save;
    QPushButton* m_cancel;
};

} // namespace herald::ui
