// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// MatchListModel: the match history as a lazy table model. Rows arrive a page at a time from a
// MatchPageLoader on its own thread; scrolling near the end asks for the next page (fetchMore).
#pragma once

#include "itemmodels/matchpageloader.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <QThread>

namespace herald::ui {

class MatchListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        QueueColumn,
        ChampionColumn,
        ResultColumn,
        KdaColumn,
        CsPerMinColumn,
        DurationColumn,
        ColumnCount
    };
    enum Role { MatchIdRole = Qt::UserRole + 1, OutcomeRole, GameCreationRole };
    // A game's result as the history says it (Victory, Defeat, Remake, Aborted; an Arena placement): the one word
    // the match list, the dashboard's recent games and the reports use.
    static QString outcomeText(const store::MatchSummary& m);
    // A game's start in the locale's short date and time (the history's, the dashboards' and reports' style).
    static QString dateText(qint64 ms);
    static constexpr int kPageSize = 200;

    explicit MatchListModel(std::filesystem::path databasePath, QObject* parent = nullptr);
    ~MatchListModel() override;

    // Portraits for the champion column (Qt::DecorationRole); none without.
    void setChampionIcons(std::shared_ptr<class ChampionIcons> icons) { m_icons = std::move(icons); }

    // Whose side of each match is shown (empty: every match). Reloads.
    void setPlayers(const QStringList& puuids);
    void setSearch(const QString& text);
    // Only this queue (nullopt: every queue) / only these results. Reload when they change.
    void setQueue(std::optional<int> queueId);
    void setOutcome(store::HistoryOutcome outcome);
    const store::HistoryFilter& filter() const { return m_filter; }
    // Drops the rows and loads the first page again (after new matches were stored). Activates the model.
    void reload();
    void loadOverview();

    bool isLoading() const { return m_loading; }
    bool atEnd() const { return m_atEnd; }
    const store::MatchSummary* summaryAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void overviewLoaded(const herald::ui::AccountOverview& overview);
    void pageArrived(int rowsAdded);
    void loadingChanged(bool loading);
    void errorOccurred(const QString& message);

private:
    void requestPage();
    void onPageLoaded(quint64 generation, const herald::ui::MatchPage& page, bool atEnd);

    QThread m_thread;
    MatchPageLoader* m_loader; // lives on m_thread, deleted when it finishes
    MatchPage m_rows;
    store::HistoryFilter m_filter;
    quint64 m_generation = 1;
    bool m_loading = false;
    bool m_atEnd = false;
    bool m_active = false; // no query before the first setPlayers() / reload(): the store may not be ready
    std::shared_ptr<class ChampionIcons> m_icons;
};

} // namespace herald::ui
