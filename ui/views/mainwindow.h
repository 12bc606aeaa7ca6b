// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: the app's frame: the Dashboard and Matches views as tabs, the toolbar and the status bar. The
// composition root (app/gui) gives it the models and views.
#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QToolButton;
class QStackedWidget;
class QTabWidget;

namespace herald::ui {

class DashboardView;
class MatchDetailView;
class MatchHistoryView;
class MatchListModel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(MatchListModel* matches, DashboardView* dashboard, MatchDetailView* detail, const QString& storePath,
               QWidget* parent = nullptr);

    enum class View { Dashboard, Matches, Compare, Settings, Diagnostics };
    // Adds a page (Compare, Settings, Diagnostics) as a tab.
    void addPage(View view, QWidget* page, const QString& title);
    void showView(View view);
    View currentView() const;
    // The Matches tab with one match's details (back returns to the list).
    void showMatch(const QString& matchId);
    MatchDetailView* matchDetail() const { return m_detail; }
    MatchHistoryView* matchHistory() const { return m_history; }
    DashboardView* dashboard() const { return m_dashboard; }
    void setStatus(const QString& text);
    QString status() const; // the status bar's message
    // Shown at the right of the status bar (the sync's progress).
    void addStatusWidget(QWidget* widget);

    QAction* addAccountAction() const { return m_addAccount; }
    QAction* importAction() const { return m_import; }
    // File > "Which player are you?…": the player picker over the stored matches' players.
    QAction* choosePlayerAction() const { return m_choosePlayer; }
    QAction* exportReportAction() const { return m_exportReport; }
    // The Herald account's menu (sign in, community dashboards, sync templates and settings, sign out).
    QToolButton* heraldButton() const { return m_herald; }
    // A line above the pages (the Herald session ended, ...) with an action; empty text hides it.
    void setBanner(const QString& text, const QString& actionText = {});
    QLabel* banner() const { return m_banner; }
    QAction* exportDataAction() const { return m_exportData; }
    QAction* syncAction() const { return m_sync; }
    QAction* apiKeyAction() const { return m_apiKey; }
    class AccountSwitcher* accountSwitcher() const {
        return m_accounts;
    }

signals:
    // The banner's link was clicked.
    void bannerActivated();
    // Files or folders dropped on the window (local paths), to import.
    void filesDropped(const QStringList& paths);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QTabWidget* m_tabs;
    DashboardView* m_dashboard;
    MatchHistoryView* m_history;
    MatchDetailView* m_detail;
    QStackedWidget* m_matchesPage;
    QWidget* m_comparePage = nullptr;
    QWidget* m_settingsPage = nullptr;
    QWidget* m_diagnosticsPage = nullptr;
    QLabel* m_status;
    QLabel* m_path;
    QAction* m_addAccount;
    QAction* m_import;
    QAction* m_choosePlayer;
    QAction* m_exportReport;
    QAction* m_exportData;
    QToolButton* m_herald;
    QLabel* m_banner;
    QAction* m_sync;
    QAction* m_apiKey;
    class AccountSwitcher* m_accounts;
};

} // namespace herald::ui
