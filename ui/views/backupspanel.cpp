// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupspanel.h"

#include "common/backgroundwrite.h"
#include "common/clock.h"
#include "common/dialogs.h"
#include "common/errortext.h"
#include "common/longjobs.h"
#include "store/backups.h"
#include "store/settings.h"
#include "store/store.h"

#include <QCheckBox>
#include <QDateTime>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QThreadPool>
#include <QVBoxLayout>

namespace herald::ui {

namespace {

constexpr std::int64_t kDayMs = 86'400'000;

} // namespace

QString BackupsPanel::kindText(const std::string& reason) {
    if (reason == "manual") {
        return tr("By you");
    }
    if (reason == "daily") {
        return tr("Daily");
    }
    if (reason == "before-restore") {
        return tr("Before a restore");
    }
    if (reason == "before-upgrade") {
        return tr("Before an upgrade");
    }
    return tr("Other");
}

BackupsPanel::BackupsPanel(store::Store& store, QWidget* parent)
    : QGroupBox(tr("Backups"), parent)
    , m_store(store)
    , m_table(new QTableWidget(0, 4, this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_keep(new QSpinBox(this))
    , m_daily(new QCheckBox(tr("Back up every day while Herald runs"), this))
    , m_create(new QPushButton(tr("Back up now"), this))
    , m_verify(new QPushButton(tr("Verify"), this))
    , m_restore(new QPushButton(tr("Restore…"), this)) {
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Kind"), tr("Matches"), tr("Size")});
    m_table->setTabKeyNavigation(false); // Tab leaves the table (arrows move in it)
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setMinimumHeight(150);
    m_progress->setRange(0, 1000);
    m_progress->hide();
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_keep->setRange(1, store::kMostBackupsKept);
    // Read on a reader's connection: the GUI thread may read, only the writer writes.
    auto reader = m_store.openReader();
    m_keep->setValue(reader ? store::backupsKept(reader.value()) : store::kDefaultBackupsKept);
    m_keep->setToolTip(tr("Older backups are deleted when a new one is taken"));
    connect(m_keep, &QSpinBox::valueChanged, this,
            [this](int value) { saveSetting(store::kBackupsKeptSetting, QString::number(value)); });
    m_daily->setChecked(!reader || store::intSetting(reader.value(), kDailySetting, 1, 0, 1) == 1);
    connect(m_daily, &QCheckBox::toggled, this, [this](bool on) {
        saveSetting(kDailySetting, on ? QStringLiteral("1") : QStringLiteral("0"));
        if (on) {
            backUpIfDue();
        }
    });

    connect(m_create, &QPushButton::clicked, this, [this] { createBackup(); });
    connect(m_verify, &QPushButton::clicked, this, [this] {
        if (!selectedFile().isEmpty()) {
            verify(selectedFile());
        }
    });
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (!selectedFile().isEmpty()) {
            requestRestore(selectedFile());
        }
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool any = !selectedFile().isEmpty();
        m_verify->setEnabled(any && !m_busy);
        m_restore->setEnabled(any && !m_busy);
    });

    auto* keepRow = new QHBoxLayout;
    keepRow->addWidget(new QLabel(tr("Keep the last"), this));
    keepRow->addWidget(m_keep);
    keepRow->addWidget(new QLabel(tr("backups"), this));
    keepRow->addSpacing(16);
    keepRow->addWidget(m_daily);
    keepRow->addStretch(1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addWidget(m_verify);
    buttons->addWidget(m_restore);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    auto* where = new QLabel(tr("In %1").arg(QString::fromStdString(m_store.backupDir().string())), this);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    where->setObjectName(QStringLiteral("muted"));
    layout->addWidget(where);
    layout->addLayout(keepRow);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    refresh();
}

QString BackupsPanel::statusText() const {
    return m_status->text();
}

QString BackupsPanel::selectedFile() const {
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return {};
    }
    return m_table->item(rows.front().row(), 0)->data(Qt::UserRole).toString();
}

void BackupsPanel::refresh() {
    const QString selected = selectedFile();
    const auto backups = store::listBackups(m_store.backupDir());
    m_table->setRowCount(static_cast<int>(backups.size()));
    int row = 0;
    for (const store::BackupEntry& entry : backups) {
        auto* date = new QTableWidgetItem(
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(entry.modifiedMs), QLocale::ShortFormat));
        date->setData(Qt::UserRole, QString::fromStdString(entry.file.string()));
        date->setToolTip(QString::fromStdString(entry.file.filename().string()));
        m_table->setItem(row, 0, date);
        m_table->setItem(row, 1, new QTableWidgetItem(kindText(entry.reason)));
        auto* matches = new QTableWidgetItem(entry.manifest ? QLocale().toString(entry.manifest->rows("matches"))
                                                            : QStringLiteral("—"));
        matches->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 2, matches);
        auto* size = new QTableWidgetItem(QLocale().formattedDataSize(entry.bytes));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 3, size);
        if (date->data(Qt::UserRole).toString() == selected) {
            m_table->selectRow(row);
        }
        ++row;
    }
    if (backups.empty()) {
        m_status->setText(tr("No backup yet. Herald backs up before every upgrade and, when daily backups are on, "
                             "once a day."));
    }
    const bool any = !selectedFile().isEmpty();
    m_verify->setEnabled(any && !m_busy);
    m_restore->setEnabled(any && !m_busy);
}

void BackupsPanel::setBusy(bool busy) {
    m_busy = busy;
    m_create->setEnabled(!busy);
    m_verify->setEnabled(!busy && !selectedFile().isEmpty());
    m_restore->setEnabled(!busy && !selectedFile().isEmpty());
    m_progress->setVisible(busy);
    m_progress->setValue(0);
}

void BackupsPanel::createBackup(const QString& reason) {
    if (m_busy) {
        return;
    }
    setBusy(true);
    m_status->setText(reason == QLatin1String("daily") ? tr("Taking today's backup…") : tr("Backing up…"));
    QPointer<BackupsPanel> self(this);
    store::Store* target = &m_store;
    const int keep = m_keep->value();
    const std::string why = reason.toStdString();
    longJobs().start([self, target, keep, why] {
        Result<store::BackupEntry> made = makeError(ErrorKind::Io, "no reader");
        if (auto reader = target->openReader()) {
            store::BackupOptions options;
            options.reason = why;
            options.keep = keep;
            options.progress = [self](double fraction) {
                QMetaObject::invokeMethod(QCoreApplication::instance(), [self, fraction] {
                    if (BackupsPanel* panel = self.data()) {
                        panel->m_progress->setValue(static_cast<int>(fraction * 1000));
                    }
                });
            };
            made = store::createBackup(reader.value(), target->backupDir(), options);
        } else {
            made = reader.error();
        }
        auto result = std::make_shared<Result<store::BackupEntry>>(std::move(made));
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, result] {
            BackupsPanel* panel = self.data();
            if (panel == nullptr) {
                return;
            }
            panel->setBusy(false);
            panel->refresh();
            if (!*result) {
                const QString message = tr("The backup failed: %1").arg(errorText(result->error()));
                panel->m_status->setText(message);
                emit panel->finished(false, message);
                if (result->error().code == "backup.source_damaged") {
                    emit panel->storeDamaged(QString::fromStdString(result->error().message));
                }
                return;
            }
            const QString message =
                tr("Backup written and verified: %1 (%2 matches).")
                    .arg(QString::fromStdString((*result)->file.filename().string()))
                    .arg(QLocale().toString((*result)->manifest ? (*result)->manifest->rows("matches") : 0));
            panel->m_status->setText(message);
            emit panel->finished(true, message);
        });
    });
}

void BackupsPanel::verify(const QString& file) {
    if (m_busy) {
        return;
    }
    setBusy(true);
    m_progress->setRange(0, 0); // a check does not say how far it is
    m_status->setText(tr("Checking %1…").arg(QFileInfo(file).fileName()));
    QPointer<BackupsPanel> self(this);
    longJobs().start([self, file] {
        auto result = std::make_shared<Result<store::BackupManifest>>(store::verifyBackup(file.toStdString()));
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, file, result] {
            BackupsPanel* panel = self.data();
            if (panel == nullptr) {
                return;
            }
            panel->m_progress->setRange(0, 1000);
            panel->setBusy(false);
            const QString message = *result ? tr("%1 is good: integrity check passed, %2 matches, schema version %3.")
                                                  .arg(QFileInfo(file).fileName())
                                                  .arg(QLocale().toString((*result)->rows("matches")))
                                                  .arg((*result)->schemaVersion)
                                            : tr("This backup cannot be restored: %1").arg(errorText(result->error()));
            panel->m_status->setText(message);
            emit panel->finished(result->ok(), message);
        });
    });
}

void BackupsPanel::requestRestore(const QString& file) {
    if (!Dialogs::askYes(
            this, tr("Restore a backup"),
            tr("Replace your store with the backup %1?\n\nHerald restarts to do it. The backup is checked first; "
               "the store as it is now is kept as a backup of its own, so nothing is lost.")
                .arg(QFileInfo(file).fileName()))) {
        return;
    }
    emit restoreRequested(file);
}

void BackupsPanel::backUpIfDue() {
    if (!m_daily->isChecked() || m_busy) {
        return;
    }
    const auto backups = store::listBackups(m_store.backupDir());
    if (!backups.empty() && nowMs() - backups.front().modifiedMs < kDayMs) {
        return;
    }
    createBackup(QStringLiteral("daily"));
}

void BackupsPanel::saveSetting(const char* key, const QString& value) {
    saveSettingInBackground(m_store, this, key, value.toStdString(),
                            [this](const Error& error) { m_status->setText(errorText(error)); });
}

} // namespace herald::ui
