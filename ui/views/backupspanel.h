// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// BackupsPanel (Settings > Data): the store's backups listed newest first; create, verify and restore one, with
// progress; how many are kept and whether one is taken every day while Herald runs. Copies and checks run on a
// pool thread with a reader's connection (a sync keeps writing meanwhile). Restoring needs the store to itself:
// the panel asks, then emits restoreRequested and the app restarts to do it before it opens the store.
#pragma once

#include <QGroupBox>
#include <QString>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace herald::store {
class Store;
}

namespace herald::ui {

class BackupsPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit BackupsPanel(store::Store& store, QWidget* parent = nullptr);

    // A backup's kind as the list says it: "By you", "Daily", "Before a restore", … (translated).
    static QString kindText(const std::string& reason);

    static constexpr const char* kDailySetting = "backups_daily"; // "1" (default) or "0"

    void refresh(); // lists DATA_DIR/backups again
    // Takes a backup ("manual" or "daily"); finished() tells how it went. Ignored while another one runs.
    void createBackup(const QString& reason = QStringLiteral("manual"));
    void verify(const QString& file);
    // Asks the player (unless confirm is false), then emits restoreRequested(file).
    void requestRestore(const QString& file); // asks first (ui::Dialogs)
    // The daily backup: taken when daily backups are on and the newest backup is a day old or more.
    void backUpIfDue();

    QTableWidget* table() const { return m_table; }
    QString statusText() const;
    bool busy() const { return m_busy; }

signals:
    void finished(bool ok, const QString& message);
    void restoreRequested(const QString& file);
    // A backup's fresh copy failed its integrity check: the store itself is damaged (detail: what the check said).
    void storeDamaged(const QString& detail);

private:
    QString selectedFile() const;
    void setBusy(bool busy);
    void saveSetting(const char* key, const QString& value);

    store::Store& m_store;
    QTableWidget* m_table;
    QProgressBar* m_progress;
    QLabel* m_status;
    QSpinBox* m_keep;
    QCheckBox* m_daily;
    QPushButton* m_create;
    QPushButton* m_verify;
    QPushButton* m_restore;
    bool m_busy = false;
};

} // namespace herald::ui
