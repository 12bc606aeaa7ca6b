// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// DataChangeNotifier: the app's one "data changed" bus. The store's writer moves its data version after a job
// that changed rows (an import, a sync's batch, a new current account, a saved note); the notifier hears it on
// the writer thread and tells the GUI thread, at most once per interval: a sync that writes a batch every few
// hundred milliseconds makes the views read again every `interval`, not at every batch. Views subscribe to
// dataChanged instead of being told by whoever wrote.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <atomic>
#include <chrono>

namespace herald::store {
class StoreWriter;
}

namespace herald::ui {

class DataChangeNotifier : public QObject {
    Q_OBJECT
public:
    explicit DataChangeNotifier(store::StoreWriter& writer,
                                std::chrono::milliseconds interval = std::chrono::milliseconds(2000),
                                QObject* parent = nullptr);
    ~DataChangeNotifier() override; // stops listening before the writer can call into a dead object

    quint64 notifiedVersion() const { return m_notified; }

signals:
    // The data version moved (the newest one); views read again.
    void dataChanged(quint64 version);

private:
    void onWriterChange(); // GUI thread
    void emitNow();

    store::StoreWriter& m_writer;
    std::chrono::milliseconds m_interval;
    std::atomic<quint64> m_pending{0};
    quint64 m_notified = 0;
    QTimer m_timer;
    QElapsedTimer m_sinceLast;
};

} // namespace herald::ui
