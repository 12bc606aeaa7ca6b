// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// MatchHistoryView: the player's matches, newest first, with a search box and queue and result filters; scrolls through
// any number of matches because its model fetches pages lazily.
#pragma once

#include "itemmodels/matchpageloader.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;

namespace herald::ui {

class MatchListModel;

class MatchHistoryView : public QWidget {
    Q_OBJECT
public:
    explicit MatchHistoryView(MatchListModel* model, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    MatchListModel* model() const { return m_model; }
    QLineEdit* searchField() const { return m_search; }
    // The queue filter (item data: the queue id, or none for every queue) and the result filter (item data: a
    // store::HistoryOutcome as int).
    QComboBox* queueFilter() const { return m_queue; }
    QComboBox* resultFilter() const { return m_result; }
    // Shown instead of the table while the store is being prepared (first run) or when it is empty.
    void showMessage(const QString& message);
    // The heading when several accounts are shown together.
    void setHeading(const QString& title, const QString& subtitle);

signals:
    void overviewShown(const herald::ui::AccountOverview& overview);
    // A row was activated (double-click, Enter): show that match.
    void matchActivated(const QString& matchId);
    // "Export…": the rows shown, to a file.
    void exportRequested();

private:
    void applyOverview(const AccountOverview& overview);
    void updateState();
    void fillQueues(const QList<int>& queues);
    bool filtered() const;

    MatchListModel* m_model;
    QLabel* m_title;
    QLabel* m_subtitle;
    QLineEdit* m_search;
    QTimer* m_searchDelay;
    QComboBox* m_queue;
    QComboBox* m_result;
    QStackedWidget* m_stack;
    QTableView* m_table;
    QLabel* m_empty;
    QString m_pendingMessage;
};

} // namespace herald::ui
