// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "datachangenotifier.h"

#include "store/storewriter.h"

namespace herald::ui {

namespace {
// A lone change is told quickly; the next ones wait for the interval since the last telling.
constexpr std::chrono::milliseconds kFirstDelay{150};
} // namespace

DataChangeNotifier::DataChangeNotifier(store::StoreWriter& writer, std::chrono::milliseconds interval, QObject* parent)
    : QObject(parent)
    , m_writer(writer)
    , m_interval(interval) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DataChangeNotifier::emitNow);
    m_writer.setDataChangedListener([this](std::uint64_t version) {
        // Writer thread: remember the newest version; the GUI thread is told once per burst.
        if (m_pending.exchange(version) == 0) {
            QMetaObject::invokeMethod(this, &DataChangeNotifier::onWriterChange, Qt::QueuedConnection);
        }
    });
}

DataChangeNotifier::~DataChangeNotifier() {
    m_writer.setDataChangedListener({}); // waits for a call in progress (the writer holds the same lock)
}

void DataChangeNotifier::onWriterChange() {
    if (m_timer.isActive()) {
        return;
    }
    auto delay = kFirstDelay;
    if (m_sinceLast.isValid()) {
        const auto left = m_interval - std::chrono::milliseconds(m_sinceLast.elapsed());
        delay = std::max(delay, left);
    }
    m_timer.start(delay);
}

void DataChangeNotifier::emitNow() {
    const quint64 version = m_pending.exchange(0);
    if (version == 0) {
        return;
    }
    m_notified = version;
    m_sinceLast.restart();
    emit dataChanged(version);
}

} // namespace herald::ui
