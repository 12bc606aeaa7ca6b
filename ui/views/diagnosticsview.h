// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// DiagnosticsView: what a bug report needs: the store's path and size, schema version, row counts, the
// analytics cache's hit rate, each account's last sync, and an integrity check on demand. Everything is read
// off the GUI thread.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace herald::store {
class Store;
}

namespace herald::ui {

class DiagnosticsView : public QWidget {
    Q_OBJECT
public:
    DiagnosticsView(store::Store& store, QWidget* parent = nullptr);

    void refresh();
    void setCacheStats(quint64 hits, quint64 misses, quint64 entries);
    QString summaryText() const; // the facts above as text (tests, "copy to clipboard")

signals:
    void refreshed();
    void integrityChecked(bool healthy);

private:
    void runIntegrityCheck();

    store::Store& m_store;
    QLabel* m_facts;
    QLabel* m_cache;
    QTableWidget* m_counts;
    QTableWidget* m_syncs;
    QTableWidget* m_exports; // the audit log: what was exported, when, where
    QPushButton* m_check;
    QLabel* m_checkResult;
};

} // namespace herald::ui
