// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ComparePanel: players side by side (a coach's view, docs/METRICS.md "Players side by side"). 2 to 5 followed
// accounts, the metrics of a template, one queue and period for all of them; one column per player, the best value
// of each row in bold by the metric's direction. The numbers are analytics::comparePlayers', computed off the GUI
// thread on a read connection of their own; Export… asks the app to write them as CSV, JSON or Excel.
#pragma once

#include "analytics/query.h"
#include "store/accounts.h"
#include "templates/template.h"

#include <QFutureWatcher>
#include <QWidget>
#include <filesystem>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace herald::store {
class Store;
}

namespace herald::ui {

class ComparePanel : public QWidget {
    Q_OBJECT
public:
    explicit ComparePanel(store::Store& store, QWidget* parent = nullptr);
    ~ComparePanel() override;

    // Reads the followed accounts and the templates again (each time the page is shown: accounts are added, templates
    // saved elsewhere). Two small reads on the GUI thread, as the account switcher's.
    void refresh();
    // The followed accounts to choose from; the players ticked stay ticked.
    void setAccounts(const std::vector<store::AccountRow>& accounts);
    // The templates whose metrics can be compared (built-ins and the player's).
    void setTemplates(const std::vector<templates::Template>& templates);
    // Ticks exactly these accounts (by puuid) and compares them. Tests and links.
    void choosePlayers(const QStringList& puuids);
    void chooseTemplate(const QString& id);
    void chooseFilter(const QString& key, const QString& value); // "queue" (420, "" for all) or "since"

    // What is shown: the last comparison's table (columns metric, one per player, best); empty before one.
    const analytics::ResultTable& table() const { return m_table; }
    QTableWidget* view() const { return m_view; }
    QLabel* message() const { return m_message; }
    QPushButton* exportButton() const { return m_export; }

signals:
    void compared(); // a comparison (or its error) is shown
    // Export… was clicked with a table shown (the app writes table() where the player chooses).
    void exportRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void compare();
    void show(const Result<analytics::ResultTable>& result);
    std::vector<std::string> chosenPuuids() const;

    store::Store& m_store;
    QListWidget* m_players;
    QComboBox* m_template;
    QComboBox* m_queue;
    QComboBox* m_period;
    QLabel* m_message;
    QTableWidget* m_view;
    QPushButton* m_export;
    std::vector<templates::Template> m_templates;
    analytics::ResultTable m_table;
    QFutureWatcher<Result<analytics::ResultTable>> m_watcher;
    bool m_again = false;   // the choices changed while a comparison ran
    bool m_holding = false; // refresh() sets several choices: one comparison after them
};

} // namespace herald::ui
