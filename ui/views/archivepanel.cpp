// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "archivepanel.h"

#include "common/backgroundwrite.h"
#include "common/clock.h"
#include "common/dialogs.h"
#include "common/errortext.h"
#include "common/longjobs.h"
#include "store/store.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QThreadPool>
#include <QVBoxLayout>

namespace herald::ui {

namespace {

int storedMonths(store::Store& store) {
    auto reader = store.openReader();
    return reader ? store::archiveMonths(reader.value()) : store::kDefaultArchiveMonths;
}

QString megabytes(std::int64_t bytes) {
    return QLocale().formattedDataSize(bytes);
}

} // namespace

ArchivePanel::ArchivePanel(store::Store& store, QWidget* parent)
    : QGroupBox(tr("Archive"), parent)
    , m_store(store)
    , m_months(new QSpinBox(this))
    , m_run(new QPushButton(tr("Archive now…"), this))
    , m_status(new QLabel(this)) {
    m_months->setRange(1, 1200);
    m_months->setValue(storedMonths(store));
    m_months->setSuffix(tr(" months"));
    connect(m_months, &QSpinBox::valueChanged, this, [this](int value) {
        saveSettingInBackground(m_store, this, store::kArchiveMonthsSetting, std::to_string(value),
                                [this](const Error& error) { m_status->setText(errorText(error)); });
    });
    connect(m_run, &QPushButton::clicked, this, [this] { archiveNow(); });
    m_run->setEnabled(store.writable());
    m_status->setWordWrap(true);
    auto* explain = new QLabel(tr("Frees space: the timelines of older matches are dropped. Every match, player and "
                                  "statistic is kept; their minute-by-minute curves and events are not."),
                               this);
    explain->setWordWrap(true);
    explain->setObjectName(QStringLiteral("muted"));
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Matches older than"), this));
    row->addWidget(m_months);
    row->addWidget(m_run);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addLayout(row);
    layout->addWidget(m_status);
}

int ArchivePanel::months() const {
    return m_months->value();
}

void ArchivePanel::setMonths(int months) {
    m_months->setValue(months);
}

QString ArchivePanel::statusText() const {
    return m_status->text();
}

void ArchivePanel::archiveNow() {
    const std::int64_t cutoff = store::archiveCutoffMs(m_months->value(), nowMs());
    m_run->setEnabled(false);
    m_status->setText(tr("Looking for old timelines…"));
    QPointer<ArchivePanel> self(this);
    store::Store* target = &m_store;
    longJobs().start([self, target, cutoff] {
        Result<store::ArchiveReport> plan = makeError(ErrorKind::Io, "no reader");
        if (auto reader = target->openReader()) {
            plan = store::planArchive(reader.value(), cutoff);
        } else {
            plan = reader.error();
        }
        auto result = std::make_shared<Result<store::ArchiveReport>>(std::move(plan));
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, result, cutoff] {
            ArchivePanel* panel = self.data();
            if (panel == nullptr) {
                return;
            }
            if (!*result || (*result)->matches == 0) {
                const QString message = *result ? tr("No match older than that has a timeline left to archive.")
                                                : errorText(result->error());
                panel->m_status->setText(message);
                panel->m_run->setEnabled(true);
                emit panel->finished(result->ok(), message);
                return;
            }
            const QString what =
                tr("%n match(es) older than %1: %2 of timelines.", nullptr, static_cast<int>((*result)->matches))
                    .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(cutoff).date(), QLocale::ShortFormat),
                         megabytes((*result)->timelineBytes));
            if (!Dialogs::askYes(panel, tr("Archive old timelines"),
                                 what + QStringLiteral("\n\n") + tr("Archive them? Their statistics are kept."))) {
                panel->m_status->clear();
                panel->m_run->setEnabled(true);
                return;
            }
            panel->archive(cutoff);
        });
    });
}

void ArchivePanel::archive(std::int64_t cutoffMs) {
    m_status->setText(tr("Archiving…"));
    writeInBackground<store::ArchiveReport>(
        m_store, this, [cutoffMs](store::Database& db) { return store::archiveTimelines(db, cutoffMs); },
        [this](const Result<store::ArchiveReport>& done) {
            m_run->setEnabled(true);
            const QString message = done
                                        ? tr("Archived the timelines of %n match(es); the database went from %1 to %2.",
                                             nullptr, static_cast<int>(done->matches))
                                              .arg(megabytes(done->fileBytesBefore), megabytes(done->fileBytesAfter))
                                        : errorText(done.error());
            m_status->setText(message);
            emit finished(done.ok(), message);
        });
}

} // namespace herald::ui
