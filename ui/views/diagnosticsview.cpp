// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnosticsview.h"

#include "common/errortext.h"
#include "store/accounts.h"
#include "store/auditlog.h"
#include "store/store.h"
#include "store/storecheck.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <memory>

namespace herald::ui {

namespace {

struct Snapshot {
    QString error;
    store::StoreCheck check;
    std::vector<store::AccountSummary> accounts;
    std::vector<store::AuditEntry> exports;
};

QTableWidget* makeTable(QWidget* parent, const QStringList& headers) {
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setTabKeyNavigation(false); // Tab leaves the table (arrows move in it)
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setShowGrid(false);
    return table;
}

QString bytes(std::int64_t n) {
    return QLocale().formattedDataSize(n);
}

} // namespace

DiagnosticsView::DiagnosticsView(store::Store& store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_facts(new QLabel(this))
    , m_cache(new QLabel(tr("Analytics cache: no dashboard shown yet"), this))
    , m_counts(makeTable(this, {tr("Table"), tr("Rows")}))
    , m_syncs(makeTable(this, {tr("Account"), tr("Matches"), tr("Queued"), tr("Last sync"), tr("New"), tr("Requests"),
                               tr("Last error")}))
    , m_exports(makeTable(this, {tr("When"), tr("What"), tr("Format"), tr("Rows"), tr("Saved to")}))
    , m_check(new QPushButton(tr("Check integrity"), this))
    , m_checkResult(new QLabel(this)) {
    auto* title = new QLabel(tr("Diagnostics"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setWordWrap(true);
    auto* refresh = new QPushButton(tr("Refresh"), this);
    connect(refresh, &QPushButton::clicked, this, &DiagnosticsView::refresh);
    connect(m_check, &QPushButton::clicked, this, &DiagnosticsView::runIntegrityCheck);
    m_check->setToolTip(tr("PRAGMA integrity_check and foreign_key_check over the whole store (reads every page)"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(refresh);
    buttons->addWidget(m_check);
    buttons->addWidget(m_checkResult, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->addWidget(title);
    layout->addWidget(m_facts);
    layout->addWidget(m_cache);
    layout->addLayout(buttons);
    auto* countsTitle = new QLabel(tr("Rows"), this);
    countsTitle->setObjectName(QStringLiteral("cardTitle"));
    layout->addWidget(countsTitle);
    layout->addWidget(m_counts, 2);
    auto* syncTitle = new QLabel(tr("Accounts and their last sync"), this);
    syncTitle->setObjectName(QStringLiteral("cardTitle"));
    layout->addWidget(syncTitle);
    layout->addWidget(m_syncs, 1);
    auto* exportsTitle = new QLabel(tr("Recent exports"), this);
    exportsTitle->setObjectName(QStringLiteral("cardTitle"));
    layout->addWidget(exportsTitle);
    layout->addWidget(m_exports, 1);
}

QString DiagnosticsView::summaryText() const {
    return m_facts->text() + QLatin1Char('\n') + m_cache->text();
}

void DiagnosticsView::setCacheStats(quint64 hits, quint64 misses, quint64 entries) {
    const double rate = hits + misses == 0 ? 0.0 : static_cast<double>(hits) / static_cast<double>(hits + misses);
    m_cache->setText(tr("Analytics cache: %1 % hits (%2 hits, %3 misses), %4 results kept")
                         .arg(QLocale().toString(rate * 100.0, 'f', 1))
                         .arg(hits)
                         .arg(misses)
                         .arg(entries));
}

void DiagnosticsView::refresh() {
    auto* watcher = new QFutureWatcher<std::shared_ptr<Snapshot>>(this);
    connect(watcher, &QFutureWatcher<std::shared_ptr<Snapshot>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const auto snapshot = watcher->result();
        const QString path = QString::fromStdString(m_store.databasePath().string());
        if (!snapshot->error.isEmpty()) {
            m_facts->setText(tr("Store: %1\n%2").arg(path, snapshot->error));
            emit refreshed();
            return;
        }
        const auto& c = snapshot->check;
        m_facts->setText(tr("Store: %1\nSize: %2 (write-ahead log %3) · schema version %4 (this Herald: %5) · "
                            "journal mode %6 · Herald %7")
                             .arg(path, bytes(c.fileBytes), bytes(snapshot->check.walBytes))
                             .arg(c.schemaVersion)
                             .arg(c.latestSchemaVersion)
                             .arg(QString::fromStdString(c.journalMode), QStringLiteral(HERALD_VERSION)));
        m_counts->setRowCount(static_cast<int>(c.rowCounts.size()));
        for (int r = 0; r < static_cast<int>(c.rowCounts.size()); ++r) {
            const auto& [table, count] = c.rowCounts[static_cast<std::size_t>(r)];
            m_counts->setItem(r, 0, new QTableWidgetItem(QString::fromStdString(table)));
            auto* n = new QTableWidgetItem(QLocale().toString(static_cast<qlonglong>(count)));
            n->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_counts->setItem(r, 1, n);
        }
        m_syncs->setRowCount(static_cast<int>(snapshot->accounts.size()));
        for (int r = 0; r < static_cast<int>(snapshot->accounts.size()); ++r) {
            const auto& a = snapshot->accounts[static_cast<std::size_t>(r)];
            const QStringList cells = {
                QString::fromStdString(a.account.riotId()),
                QLocale().toString(static_cast<qlonglong>(a.matches)),
                QLocale().toString(static_cast<qlonglong>(a.queued)),
                a.lastSyncFinishedAt
                    ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(*a.lastSyncFinishedAt), QLocale::ShortFormat)
                    : tr("never"),
                QLocale().toString(static_cast<qlonglong>(a.lastNewMatches)),
                QLocale().toString(static_cast<qlonglong>(a.lastRequests)),
                QString::fromStdString(a.lastError)};
            for (int col = 0; col < cells.size(); ++col) {
                m_syncs->setItem(r, col, new QTableWidgetItem(cells[col]));
            }
        }
        m_exports->setRowCount(static_cast<int>(snapshot->exports.size()));
        for (int r = 0; r < static_cast<int>(snapshot->exports.size()); ++r) {
            const auto& e = snapshot->exports[static_cast<std::size_t>(r)];
            const QStringList cells = {
                QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.createdAt), QLocale::ShortFormat),
                QString::fromStdString(e.action + ": " + e.what), QString::fromStdString(e.format),
                QLocale().toString(static_cast<qlonglong>(e.rows)), QString::fromStdString(e.path)};
            for (int col = 0; col < cells.size(); ++col) {
                m_exports->setItem(r, col, new QTableWidgetItem(cells[col]));
            }
        }
        emit refreshed();
    });
    watcher->setFuture(QtConcurrent::run([&store = m_store]() {
        auto snapshot = std::make_shared<Snapshot>();
        auto reader = store.openReader();
        if (!reader) {
            snapshot->error = errorText(reader.error());
            return snapshot;
        }
        try {
            // Facts and counts without the full integrity pass (that one is on demand).
            auto& db = reader.value();
            auto described = store::describeStore(db);
            if (!described) {
                snapshot->error = errorText(described.error());
                return snapshot;
            }
            snapshot->check = std::move(described).value();
            auto accounts = store::summarizeAccounts(db);
            if (!accounts) {
                snapshot->error = errorText(accounts.error());
                return snapshot;
            }
            snapshot->accounts = std::move(accounts).value();
            // The audit log is a convenience here: a store without it (being upgraded) still shows the rest.
            if (auto exports = store::recentAudit(db, 50); exports) {
                snapshot->exports = std::move(exports).value();
            }
        } catch (const std::exception& e) {
            snapshot->error = QString::fromUtf8(e.what());
        }
        return snapshot;
    }));
}

void DiagnosticsView::runIntegrityCheck() {
    m_check->setEnabled(false);
    m_checkResult->setText(tr("Checking…"));
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const QString result = watcher->result();
        m_check->setEnabled(true);
        const bool healthy = result.isEmpty();
        m_checkResult->setText(healthy ? tr("Integrity: ok") : result);
        m_checkResult->setObjectName(healthy ? QString() : QStringLiteral("errorText"));
        emit integrityChecked(healthy);
    });
    watcher->setFuture(QtConcurrent::run([&store = m_store]() -> QString {
        auto reader = store.openReader();
        if (!reader) {
            return errorText(reader.error());
        }
        auto check = [&reader]() -> Result<store::StoreCheck> {
            try {
                return store::checkStore(reader.value());
            } catch (const std::exception& e) { // never through the watcher to the GUI thread
                return makeError(ErrorKind::Storage, e.what());
            }
        }();
        if (!check) {
            return errorText(check.error());
        }
        QStringList problems;
        for (const auto& problem : check->problems) {
            problems << QString::fromStdString(problem);
        }
        return problems.join(QLatin1Char('\n'));
    }));
}

} // namespace herald::ui
