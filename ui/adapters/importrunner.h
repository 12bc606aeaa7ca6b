// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ImportRunner: the GUI's import of Match-V5 files and folders (a menu entry, or files dropped on the window).
// The import runs on a worker thread through the store's writer, as `herald-cli import` does; progress and the
// report (imported, duplicates, each failed file with its reason) come back as signals on the GUI thread.
#pragma once

#include "ingest/importer.h"

#include <QObject>
#include <QStringList>
#include <memory>

class QThreadPool;

namespace herald::store {
class Store;
}

namespace herald::ui {

class ImportRunner : public QObject {
    Q_OBJECT
public:
    explicit ImportRunner(store::Store& store, QObject* parent = nullptr);
    ~ImportRunner() override; // waits for a running import: its batches are committed or not, never half

    // False (and nothing starts) while an import runs.
    bool start(const QStringList& paths);
    bool isRunning() const { return m_running; }

    // "12 matches imported, 3 timelines, 2 already stored, 1 file failed" (translated).
    static QString summaryText(const ingest::ImportReport& report);
    // One line per failed file: "name: reason".
    static QString failureText(const ingest::ImportReport& report);

signals:
    void progress(int done, int total);
    // newPlayersOnly: the import stored matches and none of them names a followed account (the demo aside), so
    // the player is likely among the players they name and no account shows their games yet.
    void finished(const ingest::ImportReport& report, bool newPlayersOnly);

private:
    store::Store& m_store;
    std::unique_ptr<QThreadPool> m_pool;
    bool m_running = false;
};

} // namespace herald::ui

Q_DECLARE_METATYPE(herald::ingest::ImportReport)
