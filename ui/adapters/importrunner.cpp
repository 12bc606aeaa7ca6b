// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "adapters/importrunner.h"

#include "store/accounts.h"
#include "store/store.h"

#include <QDir>
#include <QMetaObject>
#include <QThreadPool>
#include <exception>

namespace herald::ui {

ImportRunner::ImportRunner(store::Store& store, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_pool(std::make_unique<QThreadPool>()) {
    m_pool->setMaxThreadCount(1);
}

ImportRunner::~ImportRunner() {
    m_pool->waitForDone();
}

bool ImportRunner::start(const QStringList& paths) {
    if (m_running || paths.isEmpty()) {
        return false;
    }
    m_running = true;
    std::vector<std::filesystem::path> files;
    for (const QString& path : paths) {
        files.emplace_back(path.toStdString());
    }
    m_pool->start([this, files = std::move(files)] {
        ingest::ImportReport report;
        bool newPlayersOnly = false;
        try {
            std::int64_t before = 0;
            if (auto reader = m_store.openReader()) {
                const auto newest = store::newestMatchRef(reader.value());
                before = newest ? newest.value() : 0;
            }
            ingest::Importer importer(m_store.writer());
            importer.setProgressCallback([this](std::size_t done, std::size_t total) {
                QMetaObject::invokeMethod(
                    this, [this, done, total] { emit progress(static_cast<int>(done), static_cast<int>(total)); });
            });
            report = importer.importPaths(files);
            if (report.imported > 0) {
                if (auto reader = m_store.openReader()) {
                    const auto followed = store::followedInMatchesAfter(reader.value(), before);
                    newPlayersOnly = followed && !followed.value();
                }
            }
        } catch (const std::exception& e) { // nothing escapes the worker: the failure is the report
            report.failed.push_back({QObject::tr("import").toStdString(), e.what()});
        }
        QMetaObject::invokeMethod(this, [this, report, newPlayersOnly] {
            m_running = false;
            emit finished(report, newPlayersOnly);
        });
    });
    return true;
}

QString ImportRunner::summaryText(const ingest::ImportReport& report) {
    QStringList parts;
    parts << tr("%n match(es) imported", nullptr, report.imported);
    if (report.updated > 0) {
        parts << tr("%n replaced", nullptr, report.updated);
    }
    if (report.timelines > 0) {
        parts << tr("%n timeline(s)", nullptr, report.timelines);
    }
    if (report.duplicates > 0) {
        parts << tr("%n already stored", nullptr, report.duplicates);
    }
    if (report.pending > 0) {
        parts << tr("%n timeline(s) waiting for their match", nullptr, report.pending);
    }
    if (report.kept > 0) {
        parts << tr("%n poorer copy(ies) left out", nullptr, report.kept);
    }
    if (report.skipped > 0) {
        parts << tr("%n skipped (not a file)", nullptr, report.skipped);
    }
    if (!report.failed.empty()) {
        parts << tr("%n file(s) failed", nullptr, static_cast<int>(report.failed.size()));
    }
    return parts.join(QStringLiteral(", "));
}

QString ImportRunner::failureText(const ingest::ImportReport& report) {
    QStringList lines;
    for (const auto& failure : report.failed) {
        lines << QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(QString::fromStdString(failure.source)),
                                              QString::fromStdString(failure.error));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace herald::ui
