// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ArchivePanel (Settings): the age past which `archive` drops a match's timeline (a setting, 6 months unless
// changed) and "Archive now…", which says what it would drop, asks, then archives through the store's writer.
// Nothing is archived unless the player asks.
#pragma once

#include "store/archive.h"

#include <QGroupBox>

class QLabel;
class QPushButton;
class QSpinBox;

namespace herald::store {
class Store;
}

namespace herald::ui {

class ArchivePanel : public QGroupBox {
    Q_OBJECT
public:
    explicit ArchivePanel(store::Store& store, QWidget* parent = nullptr);

    int months() const;
    void setMonths(int months);
    // Plans (a reader, a pool thread), asks unless confirm is false, then archives; finished() tells the outcome.
    void archiveNow(); // asks first (ui::Dialogs)
    QString statusText() const;

signals:
    void finished(bool ok, const QString& message);

private:
    void archive(std::int64_t cutoffMs);

    store::Store& m_store;
    QSpinBox* m_months;
    QPushButton* m_run;
    QLabel* m_status;
};

} // namespace herald::ui
