// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparepanel.h"

#include "analytics/catalog.h"
#include "analytics/compare.h"
#include "analytics/engine.h"
#include "common/clock.h"
#include "common/errortext.h"
#include "dashboard/format.h"
#include "dashboards/evaluate.h"
#include "store/database.h"
#include "store/store.h"
#include "templates/templatestore.h"
#include "theme/theme.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace herald::ui {

namespace {

// One comparison on a connection of its own: the players' games under the same metrics and filters. A relative
// period counts back from the first player's latest game when it holds none of them (as their dashboard would).
Result<analytics::ResultTable> runComparison(const std::filesystem::path& database, analytics::Query scope,
                                             const std::vector<analytics::ComparedPlayer>& players) {
    try {
        auto db = store::Database::open(database, store::Database::Mode::ReadOnly);
        if (!db) {
            return db.error();
        }
        std::int64_t now = nowMs();
        if (const auto since = scope.filters.find("since"); since != scope.filters.end() && since->second.size() == 1) {
            auto anchor = dashboards::anchorOnPlay(db.value(), players.front().puuids, since->second[0], now, false);
            if (anchor) {
                now = anchor->nowMs;
            }
        }
        analytics::AnalyticsEngine engine;
        return analytics::comparePlayers(engine, db.value(), scope, players, 0, now);
    } catch (const std::exception& e) { // nothing escapes the worker thread
        return makeError(ErrorKind::Storage, e.what());
    }
}

} // namespace

ComparePanel::ComparePanel(store::Store& store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_players(new QListWidget(this))
    , m_template(new QComboBox(this))
    , m_queue(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_message(new QLabel(this))
    , m_view(new QTableWidget(this))
    , m_export(new QPushButton(tr("Export…"), this)) {
    m_players->setAccessibleName(tr("Players to compare"));
    m_players->setMaximumHeight(fontMetrics().height() * 7); // five accounts and a margin
    m_template->setAccessibleName(tr("Metrics of"));
    m_queue->setAccessibleName(tr("Queue"));
    m_period->setAccessibleName(tr("Period"));
    m_queue->addItem(tr("All queues"), QString());
    for (const int queue : {420, 440, 400, 430, 490, 450, 1700, 1900}) {
        m_queue->addItem(queueLabel(queue), QString::number(queue));
    }
    m_period->addItem(tr("Last 30 days"), QStringLiteral("-30d"));
    m_period->addItem(tr("Last 90 days"), QStringLiteral("-90d"));
    m_period->addItem(tr("Last 180 days"), QStringLiteral("-180d"));
    m_period->addItem(tr("Last 365 days"), QStringLiteral("-365d"));
    m_period->addItem(tr("All time"), QStringLiteral("all"));
    m_period->setCurrentIndex(1);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("pageSubtitle"));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Players side by side"));
    m_export->setEnabled(false);
    m_export->setToolTip(tr("Write the table as CSV, JSON or Excel"));

    auto* form = new QFormLayout;
    form->addRow(tr("Players (2 to 5)"), m_players);
    form->addRow(tr("Metrics of"), m_template);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_queue);
    filters->addWidget(m_period);
    filters->addStretch();
    filters->addWidget(m_export);
    form->addRow(tr("Games"), filters);
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("Players side by side"), this);
    heading->setObjectName(QStringLiteral("pageTitle"));
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);

    connect(m_players, &QListWidget::itemChanged, this, &ComparePanel::compare);
    connect(m_template, &QComboBox::currentIndexChanged, this, &ComparePanel::compare);
    connect(m_queue, &QComboBox::currentIndexChanged, this, &ComparePanel::compare);
    connect(m_period, &QComboBox::currentIndexChanged, this, &ComparePanel::compare);
    connect(m_export, &QPushButton::clicked, this, [this] {
        if (!m_table.columns.empty()) {
            emit exportRequested();
        }
    });
    connect(&m_watcher, &QFutureWatcher<Result<analytics::ResultTable>>::finished, this, [this] {
        show(m_watcher.result());
        if (m_again) {
            m_again = false;
            compare();
        }
    });
    compare();
}

ComparePanel::~ComparePanel() {
    m_watcher.waitForFinished();
}

void ComparePanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    refresh();
}

void ComparePanel::refresh() {
    auto reader = m_store.openReader();
    if (!reader) {
        m_message->setText(errorText(reader.error()));
        return;
    }
    auto accounts = store::listAccounts(reader.value());
    auto stored = templates::listTemplates(reader.value());
    if (!accounts || !stored) {
        m_message->setText(errorText(!accounts ? accounts.error() : stored.error()));
        return;
    }
    std::vector<templates::Template> all;
    for (auto& t : stored.value()) {
        all.push_back(std::move(t.document));
    }
    m_holding = true; // one comparison for both
    setTemplates(all);
    setAccounts(accounts.value());
    m_holding = false;
    compare();
}

void ComparePanel::setAccounts(const std::vector<store::AccountRow>& accounts) {
    const std::vector<std::string> chosen = chosenPuuids();
    // Without a comparison ticked (the first time, or one account until now), two to five followed accounts are all
    // ticked: a coach sees the team at once.
    const bool everyone = chosen.size() < analytics::kMinCompared && accounts.size() >= analytics::kMinCompared &&
                          accounts.size() <= analytics::kMaxCompared;
    const QSignalBlocker quiet(m_players);
    m_players->clear();
    for (const auto& account : accounts) {
        auto* item = new QListWidgetItem(QString::fromStdString(account.gameName + "#" + account.tagLine), m_players);
        item->setData(Qt::UserRole, QString::fromStdString(account.puuid));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool ticked = everyone || std::find(chosen.begin(), chosen.end(), account.puuid) != chosen.end();
        item->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
    }
    compare();
}

void ComparePanel::setTemplates(const std::vector<templates::Template>& all) {
    const QString current = m_template->currentData().toString();
    m_templates.clear();
    const QSignalBlocker quiet(m_template);
    m_template->clear();
    for (const auto& t : all) {
        std::vector<std::vector<std::string>> widgetMetrics;
        for (const auto& w : t.widgets) {
            widgetMetrics.push_back(w.metrics);
        }
        if (analytics::metricsOfWidgets(widgetMetrics).empty()) {
            continue; // nothing of the games to compare
        }
        m_templates.push_back(t);
        m_template->addItem(QCoreApplication::translate("BuiltinTemplates", t.name.c_str()),
                            QString::fromStdString(t.id));
    }
    // At first the Compared dashboard's metrics (the per-game ones a coach reads), else what was chosen.
    const int at = m_template->findData(current.isEmpty() ? QStringLiteral("compared") : current);
    m_template->setCurrentIndex(std::max(0, at));
    compare();
}

void ComparePanel::choosePlayers(const QStringList& puuids) {
    {
        const QSignalBlocker quiet(m_players);
        for (int i = 0; i < m_players->count(); ++i) {
            QListWidgetItem* item = m_players->item(i);
            item->setCheckState(puuids.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
        }
    }
    compare();
}

void ComparePanel::chooseTemplate(const QString& id) {
    m_template->setCurrentIndex(std::max(0, m_template->findData(id)));
}

void ComparePanel::chooseFilter(const QString& key, const QString& value) {
    QComboBox* box = key == QLatin1String("queue") ? m_queue : m_period;
    box->setCurrentIndex(std::max(0, box->findData(value)));
}

std::vector<std::string> ComparePanel::chosenPuuids() const {
    std::vector<std::string> out;
    for (int i = 0; i < m_players->count(); ++i) {
        if (m_players->item(i)->checkState() == Qt::Checked) {
            out.push_back(m_players->item(i)->data(Qt::UserRole).toString().toStdString());
        }
    }
    return out;
}

void ComparePanel::compare() {
    if (m_holding) {
        return;
    }
    if (m_watcher.isRunning()) {
        m_again = true; // the newest choices run when this one is done
        return;
    }
    std::vector<analytics::ComparedPlayer> players;
    for (int i = 0; i < m_players->count(); ++i) {
        if (m_players->item(i)->checkState() == Qt::Checked) {
            players.push_back({m_players->item(i)->text().toStdString(),
                               {m_players->item(i)->data(Qt::UserRole).toString().toStdString()}});
        }
    }
    const auto chosen = static_cast<std::size_t>(m_template->currentIndex());
    if (players.size() < analytics::kMinCompared || players.size() > analytics::kMaxCompared ||
        chosen >= m_templates.size()) {
        m_table = {};
        m_view->clear();
        m_view->setRowCount(0);
        m_view->setColumnCount(0);
        m_export->setEnabled(false);
        m_message->setText(m_players->count() < 2
                               ? tr("Follow two accounts or more (Add account…) to set them side by side.")
                               : tr("Tick 2 to 5 players: %n ticked.", nullptr, static_cast<int>(players.size())));
        emit compared();
        return;
    }
    analytics::Query scope;
    std::vector<std::vector<std::string>> widgetMetrics;
    for (const auto& w : m_templates[chosen].widgets) {
        widgetMetrics.push_back(w.metrics);
    }
    scope.metrics = analytics::metricsOfWidgets(widgetMetrics);
    if (std::find(scope.metrics.begin(), scope.metrics.end(), "games") == scope.metrics.end()) {
        scope.metrics.insert(scope.metrics.begin(), "games"); // each column's sample first
    }
    scope.filters["since"] = {m_period->currentData().toString().toStdString()};
    if (const QString queue = m_queue->currentData().toString(); !queue.isEmpty()) {
        scope.filters["queue"] = {queue.toStdString()};
    }
    m_message->setText(tr("Comparing…"));
    m_watcher.setFuture(QtConcurrent::run(
        [path = m_store.databasePath(), scope, players] { return runComparison(path, scope, players); }));
}

void ComparePanel::show(const Result<analytics::ResultTable>& result) {
    m_view->clear();
    if (!result) {
        m_table = {};
        m_view->setRowCount(0);
        m_view->setColumnCount(0);
        m_export->setEnabled(false);
        m_message->setText(errorText(result.error()));
        emit compared();
        return;
    }
    m_table = result.value();
    const auto& columns = m_table.columns;
    const int players = static_cast<int>(columns.size()) - 2; // metric, the players, best
    m_view->setColumnCount(static_cast<int>(columns.size()));
    QStringList headers{tr("Metric")};
    for (int p = 0; p < players; ++p) {
        headers << QString::fromStdString(columns[static_cast<std::size_t>(p + 1)].name);
    }
    headers << tr("Best");
    m_view->setHorizontalHeaderLabels(headers);
    m_view->setRowCount(static_cast<int>(m_table.rows.size()));
    for (int r = 0; r < static_cast<int>(m_table.rows.size()); ++r) {
        const auto& row = m_table.rows[static_cast<std::size_t>(r)];
        const std::string metric = analytics::valueText(row[0]);
        auto* name = new QTableWidgetItem(metricLabel(metric));
        if (const auto* m = analytics::findMetric(metric)) {
            name->setToolTip(
                tr("%1 (%2)").arg(QString::fromUtf8(m->summary.data(), static_cast<int>(m->summary.size())),
                                  QString::fromLatin1(analytics::directionName(m->direction).data())));
        }
        m_view->setItem(r, 0, name);
        const std::string best =
            std::holds_alternative<std::string>(row.back()) ? std::get<std::string>(row.back()) : std::string();
        for (int p = 0; p < players; ++p) {
            const auto& value = row[static_cast<std::size_t>(p + 1)];
            auto* cell = new QTableWidgetItem(formatMetric(metric, value));
            cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            const std::string& label = columns[static_cast<std::size_t>(p + 1)].name;
            // The best value of the row (several when tied): bold, and said to a screen reader.
            bool isBest = false;
            for (std::size_t at = best.find(label); at != std::string::npos; at = best.find(label, at + 1)) {
                const bool starts = at == 0 || best.compare(at - 2, 2, ", ") == 0;
                const std::size_t end = at + label.size();
                isBest = isBest || (starts && (end == best.size() || best.compare(end, 2, ", ") == 0));
            }
            if (isBest) {
                QFont bold = cell->font();
                bold.setBold(true);
                cell->setFont(bold);
                cell->setForeground(outcomeColor(QStringLiteral("Win")));
                cell->setData(Qt::AccessibleTextRole, tr("%1, best").arg(cell->text()));
            }
            m_view->setItem(r, p + 1, cell);
        }
        m_view->setItem(r, players + 1, new QTableWidgetItem(QString::fromStdString(best)));
    }
    m_view->resizeColumnsToContents();
    m_export->setEnabled(true);
    m_message->setText(tr("The same games for everyone: %1, %2. The best of each row is in bold (for deaths, the "
                          "fewest).")
                           .arg(m_queue->currentText(), m_period->currentText().toLower()));
    emit compared();
}

} // namespace herald::ui
