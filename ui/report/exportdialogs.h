// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI's exports: "Export report…" (format, paper, a preview of the first page), "Export data…" (datasets
// and format, with progress, time left and Cancel), and the tables of a widget or of the history. Each export is
// recorded in the audit log, which Diagnostics shows.
#pragma once

#include "export/exporter.h"
#include "report/report.h"
#include "store/auditlog.h"

#include <QDialog>
#include <QFutureWatcher>
#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace herald::store {
class Store;
}

namespace herald::ui {

// Records an export in the audit log, through the writer, never waiting for it.
void recordExport(store::Store& store, QObject* context, store::AuditEntry entry);

// Whether streamer mode is on (the store's setting).
bool streamerModeOn(store::Store& store);

class ReportDialog : public QDialog {
    Q_OBJECT
public:
    ReportDialog(store::Store& store, ReportRequest request, QWidget* parent = nullptr);
    ~ReportDialog() override;

    ReportOptions options() const;
    // Writes the report (the Export… button asks for the path first, and for leave to replace a file).
    Result<ReportOutcome> exportTo(const QString& path, bool overwrite);
    bool isReady() const { return m_data != nullptr; }
    QLabel* preview() const { return m_preview; }

signals:
    void ready(); // the data is computed, the preview shown
    void exported(const QString& path, const QString& error);

private:
    void updatePreview();
    void chooseAndExport();

    store::Store& m_store;
    std::unique_ptr<ReportData> m_data;
    QFutureWatcher<Result<ReportData>> m_watcher;
    QComboBox* m_format;
    QComboBox* m_page;
    QComboBox* m_orientation;
    QSpinBox* m_width;
    QSpinBox* m_height;
    QLabel* m_preview;
    QLabel* m_status;
    QPushButton* m_export;
};

class DataExportDialog : public QDialog {
    Q_OBJECT
public:
    DataExportDialog(store::Store& store, exporting::Selection selection, QStringList playerNames,
                     QWidget* parent = nullptr);
    ~DataExportDialog() override;

    void setDatasets(const std::vector<exporting::Dataset>& datasets);
    void setFormat(exporting::FileFormat format);
    // Starts the export in the background; finished() tells how it went. The Export… button asks for the path.
    void startExport(const QString& path, bool overwrite);
    void cancel();
    bool isRunning() const { return m_running; }
    QProgressBar* progress() const { return m_progress; }
    QLabel* status() const { return m_status; }

signals:
    void finished(const QString& path, qint64 rows, const QString& error);

private:
    void chooseAndExport();
    void onProgress(const QString& table, qint64 done, qint64 total);
    void onFinished(const Result<exporting::ExportOutcome>& outcome, exporting::FileFormat format, const QString& path);

    store::Store& m_store;
    exporting::Selection m_selection;
    QStringList m_players;
    std::vector<std::pair<exporting::Dataset, QCheckBox*>> m_datasets;
    QComboBox* m_format;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPushButton* m_export;
    QPushButton* m_cancel;
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
    bool m_running = false;
    qint64 m_startedMs = 0;
    QString m_table;
};

// Writes tables already in memory (a widget's, the history's) to a file; the format from the file name
// (.csv, .json, .xlsx). Records the export. Returns the error's text, empty when written.
QString exportTablesTo(store::Store& store, QObject* context, const std::vector<exporting::MemoryTable>& tables,
                       const QString& path, const std::string& what, const std::string& timeZone);

// Asks for a file (CSV, JSON or XLSX) and writes the tables there; a message box tells a failure.
void askAndExportTables(store::Store& store, QWidget* parent, const std::vector<exporting::MemoryTable>& tables,
                        const QString& suggestedName, const std::string& what, const std::string& timeZone);

} // namespace herald::ui
