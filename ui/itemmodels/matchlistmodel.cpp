// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "matchlistmodel.h"

#include "dashboard/format.h"
#include "gamedata/gamedata.h"
#include "theme/championicons.h"

#include <QDateTime>
#include <QLocale>

namespace herald::ui {

MatchListModel::MatchListModel(std::filesystem::path databasePath, QObject* parent)
    : QAbstractTableModel(parent)
    , m_loader(new MatchPageLoader(std::move(databasePath))) {
    m_thread.setObjectName(QStringLiteral("herald-match-reader"));
    m_loader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(m_loader, &MatchPageLoader::pageLoaded, this, &MatchListModel::onPageLoaded);
    connect(m_loader, &MatchPageLoader::overviewLoaded, this, &MatchListModel::overviewLoaded);
    connect(m_loader, &MatchPageLoader::failed, this, [this](const QString& message) {
        m_loading = false;
        emit loadingChanged(false);
        emit errorOccurred(message);
    });
    m_thread.start();
}

MatchListModel::~MatchListModel() {
    m_thread.quit();
    m_thread.wait();
}

void MatchListModel::setPlayers(const QStringList& puuids) {
    m_filter.puuids.clear();
    for (const QString& puuid : puuids) {
        m_filter.puuids.push_back(puuid.toStdString());
    }
    reload();
}

void MatchListModel::setSearch(const QString& text) {
    const std::string search = text.toStdString();
    if (search == m_filter.search) {
        return;
    }
    m_filter.search = search;
    reload();
}

void MatchListModel::setQueue(std::optional<int> queueId) {
    if (queueId == m_filter.queueId) {
        return;
    }
    m_filter.queueId = queueId;
    reload();
}

void MatchListModel::setOutcome(store::HistoryOutcome outcome) {
    if (outcome == m_filter.outcome) {
        return;
    }
    m_filter.outcome = outcome;
    reload();
}

void MatchListModel::reload() {
    m_active = true;
    beginResetModel();
    m_rows.clear();
    ++m_generation; // answers to older requests are dropped
    m_loading = false;
    m_atEnd = false;
    endResetModel();
    requestPage();
}

void MatchListModel::loadOverview() {
    QMetaObject::invokeMethod(m_loader, &MatchPageLoader::loadOverview, Qt::QueuedConnection);
}

const store::MatchSummary* MatchListModel::summaryAt(int row) const {
    return row >= 0 && row < static_cast<int>(m_rows.size()) ? &m_rows[static_cast<std::size_t>(row)] : nullptr;
}

void MatchListModel::requestPage() {
    if (!m_active || m_loading || m_atEnd) {
        return;
    }
    m_loading = true;
    emit loadingChanged(true);
    std::optional<store::HistoryCursor> after;
    if (!m_rows.empty()) {
        after = store::HistoryCursor{m_rows.back().gameCreation, m_rows.back().matchRef};
    }
    QMetaObject::invokeMethod(
        m_loader,
        [loader = m_loader, generation = m_generation, filter = m_filter, after] {
            loader->loadPage(generation, filter, after, kPageSize);
        },
        Qt::QueuedConnection);
}

void MatchListModel::onPageLoaded(quint64 generation, const MatchPage& page, bool atEnd) {
    if (generation != m_generation) {
        return;
    }
    // Views may call fetchMore() from inside the insert notifications: the request stays "in flight" until the
    // rows are in, so the next page's cursor is taken from the last row of this one.
    if (!page.empty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
        m_rows.insert(m_rows.end(), page.begin(), page.end());
        endInsertRows();
    }
    m_atEnd = atEnd;
    m_loading = false;
    emit loadingChanged(false);
    emit pageArrived(static_cast<int>(page.size()));
}

int MatchListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MatchListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

bool MatchListModel::canFetchMore(const QModelIndex& parent) const {
    return m_active && !parent.isValid() && !m_atEnd && !m_loading;
}

void MatchListModel::fetchMore(const QModelIndex& parent) {
    if (!parent.isValid()) {
        requestPage();
    }
}

QVariant MatchListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole) {
        return QVariant(section >= KdaColumn ? Qt::AlignCenter : Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case DateColumn:
        return tr("Date");
    case QueueColumn:
        return tr("Queue");
    case ChampionColumn:
        return tr("Champion");
    case ResultColumn:
        return tr("Result");
    case KdaColumn:
        return tr("K / D / A");
    case CsPerMinColumn:
        return tr("CS/min");
    case DurationColumn:
        return tr("Duration");
    default:
        return {};
    }
}

QString MatchListModel::dateText(qint64 ms) {
    const QLocale locale;
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(QStringLiteral(":ss"));
    return locale.toString(when.date(), QLocale::ShortFormat) + QStringLiteral("  ") +
           locale.toString(when.time(), timeFormat);
}

QString MatchListModel::outcomeText(const store::MatchSummary& m) {
    const std::string label = m.resultLabel();
    if (m.placement && (label == "Win" || label == "Loss")) {
        return placementLabel(*m.placement); // Arena ranks the duos: "4th" says more than "Victory"
    }
    if (label == "Win") {
        return MatchListModel::tr("Victory");
    }
    if (label == "Loss") {
        return MatchListModel::tr("Defeat");
    }
    if (label == "Remake") {
        return MatchListModel::tr("Remake");
    }
    if (label == "Aborted") {
        return MatchListModel::tr("Aborted");
    }
    return QStringLiteral("—");
}

QVariant MatchListModel::data(const QModelIndex& index, int role) const {
    const store::MatchSummary* m = index.isValid() ? summaryAt(index.row()) : nullptr;
    if (m == nullptr) {
        return {};
    }
    if (role == Qt::DecorationRole && index.column() == ChampionColumn && m_icons && m->hasPlayer) {
        return m_icons->icon(m->championName, 26);
    }
    if (role == MatchIdRole) {
        return QString::fromStdString(m->matchId);
    }
    if (role == OutcomeRole) {
        return QString::fromStdString(m->resultLabel());
    }
    if (role == GameCreationRole) {
        return QVariant::fromValue<qint64>(m->gameCreation);
    }
    if (role == Qt::TextAlignmentRole) {
        return index.column() >= KdaColumn ? QVariant(Qt::AlignCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && index.column() == ResultColumn) {
        return QString::fromStdString(m->matchId);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    const QLocale locale;
    switch (index.column()) {
    case DateColumn:
        return dateText(m->gameCreation);
    case QueueColumn:
        return m->queueUnknown() ? QStringLiteral("—") : queueLabel(m->queueId);
    case ChampionColumn: {
        if (!m->hasPlayer) {
            return QStringLiteral("—");
        }
        const auto* champion = gamedata::GameData::builtin().championByKey(m->championName);
        return QString::fromStdString(champion ? champion->name : m->championName);
    }
    case ResultColumn:
        return outcomeText(*m);
    case KdaColumn:
        return m->hasPlayer ? QStringLiteral("%1 / %2 / %3").arg(m->kills).arg(m->deaths).arg(m->assists)
                            : QStringLiteral("—");
    case CsPerMinColumn:
        return m->hasPlayer ? locale.toString(m->csPerMinute(), 'f', 1) : QStringLiteral("—");
    case DurationColumn:
        return QStringLiteral("%1:%2")
            .arg(m->durationSeconds / 60)
            .arg(m->durationSeconds % 60, 2, 10, QLatin1Char('0'));
    default:
        return {};
    }
}

} // namespace herald::ui
