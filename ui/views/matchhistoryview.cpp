// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "matchhistoryview.h"

#include "dashboard/format.h"
#include "itemmodels/matchlistmodel.h"
#include "views/matchrowdelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace herald::ui {

MatchHistoryView::MatchHistoryView(MatchListModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_queue(new QComboBox(this))
    , m_result(new QComboBox(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this)) {
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_title->setText(tr("Match history"));
    m_search->setPlaceholderText(tr("Search champion, match id, note or tag"));
    m_search->setMaxLength(static_cast<int>(store::kMaxHistorySearch));
    m_search->setClearButtonEnabled(true);
    // Wide enough for the whole hint in either language.
    m_search->setMinimumWidth(
        std::max(280, m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 48));
    m_queue->setToolTip(tr("Queue"));
    m_queue->setAccessibleName(tr("Queue"));
    m_queue->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    fillQueues({});
    m_result->setToolTip(tr("Result"));
    m_result->setAccessibleName(tr("Result"));
    m_result->addItem(tr("All results"), static_cast<int>(store::HistoryOutcome::Any));
    m_result->addItem(tr("Wins"), static_cast<int>(store::HistoryOutcome::Win));
    m_result->addItem(tr("Losses"), static_cast<int>(store::HistoryOutcome::Loss));
    m_result->addItem(tr("Remakes"), static_cast<int>(store::HistoryOutcome::Remake));

    m_table->setModel(m_model);
    m_table->setTabKeyNavigation(false); // Tab leaves the list (arrows move in it)
    m_table->setItemDelegate(new MatchRowDelegate(m_table));
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(36);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // no per-row measuring: 10k rows stay cheap
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(MatchListModel::DateColumn, QHeaderView::Interactive);
    m_table->setColumnWidth(MatchListModel::DateColumn, 190);

    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto* header = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    header->addWidget(m_queue, 0, Qt::AlignBottom);
    header->addWidget(m_result, 0, Qt::AlignBottom);
    auto* exportRows = new QPushButton(tr("Export…"), this);
    exportRows->setToolTip(tr("The matches shown (search and filters applied) as a CSV, JSON or Excel file"));
    connect(exportRows, &QPushButton::clicked, this, &MatchHistoryView::exportRequested);
    header->addWidget(exportRows, 0, Qt::AlignBottom);
    header->addWidget(m_search, 0, Qt::AlignBottom);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 12);
    layout->setSpacing(14);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] { m_model->setSearch(m_search->text().trimmed()); });
    connect(m_queue, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant queue = m_queue->currentData();
        m_model->setQueue(queue.isValid() ? std::optional(queue.toInt()) : std::nullopt);
    });
    connect(m_result, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setOutcome(static_cast<store::HistoryOutcome>(m_result->currentData().toInt())); });
    connect(m_model, &MatchListModel::overviewLoaded, this, &MatchHistoryView::applyOverview);
    connect(m_model, &MatchListModel::pageArrived, this, &MatchHistoryView::updateState);
    connect(m_model, &MatchListModel::modelReset, this, &MatchHistoryView::updateState);
    connect(m_model, &MatchListModel::errorOccurred, this, &MatchHistoryView::showMessage);
    showMessage(tr("Loading matches…"));
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QString id = index.data(MatchListModel::MatchIdRole).toString();
        if (!id.isEmpty()) {
            emit matchActivated(id);
        }
    });
    m_table->setToolTip(tr("Double-click a match for its details"));
}

void MatchHistoryView::showMessage(const QString& message) {
    m_pendingMessage = message;
    m_empty->setText(message);
    m_stack->setCurrentWidget(m_empty);
}

void MatchHistoryView::setHeading(const QString& title, const QString& subtitle) {
    m_title->setText(title);
    m_subtitle->setText(subtitle);
}

void MatchHistoryView::fillQueues(const QList<int>& queues) {
    // Keeps the chosen queue, even when it has no match any more, so a filter never changes by itself.
    const QVariant chosen = m_queue->currentData();
    const QSignalBlocker blocker(m_queue);
    m_queue->clear();
    m_queue->addItem(tr("All queues"));
    QList<int> listed = queues;
    if (chosen.isValid() && !listed.contains(chosen.toInt())) {
        listed.push_back(chosen.toInt());
    }
    for (const int queue : listed) {
        m_queue->addItem(queueLabel(queue), queue);
    }
    m_queue->setCurrentIndex(chosen.isValid() ? m_queue->findData(chosen) : 0);
}

bool MatchHistoryView::filtered() const {
    return !m_search->text().trimmed().isEmpty() || m_queue->currentIndex() > 0 || m_result->currentIndex() > 0;
}

void MatchHistoryView::applyOverview(const AccountOverview& overview) {
    if (overview.riotId.isEmpty()) {
        m_title->setText(tr("All matches"));
        m_subtitle->setText(tr("%n match(es) stored", nullptr, static_cast<int>(overview.matchCount)));
    } else {
        m_title->setText(overview.riotId);
        m_subtitle->setText(
            tr("%1 · %n match(es)", nullptr, static_cast<int>(overview.matchCount)).arg(overview.platform));
    }
    fillQueues(overview.queues);
    emit overviewShown(overview);
}

void MatchHistoryView::updateState() {
    if (m_model->rowCount() > 0) {
        m_stack->setCurrentWidget(m_table);
        return;
    }
    if (m_model->isLoading() || !m_model->atEnd()) {
        return; // keep the current message until the first page is in
    }
    if (!m_search->text().trimmed().isEmpty()) {
        showMessage(tr("No match fits “%1”.").arg(m_search->text().trimmed()));
    } else if (filtered()) {
        showMessage(tr("No match fits these filters."));
    } else {
        showMessage(tr("No matches yet.\nAdd your Riot account and press Sync to download them, or import "
                       "Match-V5 files with “herald-cli import”."));
    }
}

} // namespace herald::ui
