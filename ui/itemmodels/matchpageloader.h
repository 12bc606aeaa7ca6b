// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// MatchPageLoader: lives on a worker thread and owns that thread's read connection. The GUI asks for pages
// with queued calls and gets them back as signals, so no query ever runs on the GUI thread.
#pragma once

#include "store/matchhistory.h"

#include <QList>
#include <QObject>
#include <QString>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace herald::store {
class Database;
}

namespace herald::ui {

using MatchPage = std::vector<store::MatchSummary>;

struct AccountOverview {
    QString puuid;  // empty when the store has no current account
    QString riotId; // "Name#TAG"
    QString platform;
    qint64 matchCount = 0;
    QList<int> queues; // the queues of the stored matches, most played first (the history's queue filter)
};

class MatchPageLoader : public QObject {
    Q_OBJECT
public:
    explicit MatchPageLoader(std::filesystem::path databasePath);
    ~MatchPageLoader() override;

public slots:
    void loadOverview();
    // `generation` is echoed back so the model can drop answers to requests it no longer wants.
    void loadPage(quint64 generation, const store::HistoryFilter& filter,
                  const std::optional<store::HistoryCursor>& after, int limit);

signals:
    void overviewLoaded(const herald::ui::AccountOverview& overview);
    void pageLoaded(quint64 generation, const herald::ui::MatchPage& page, bool atEnd);
    void failed(const QString& message);

private:
    void guarded(const std::function<void()>& read);
    void readOverview();
    void readPage(quint64 generation, const store::HistoryFilter& filter,
                  const std::optional<store::HistoryCursor>& after, int limit);
    store::Database* connection();
    std::filesystem::path m_path;
    std::unique_ptr<store::Database> m_db;
};

} // namespace herald::ui

Q_DECLARE_METATYPE(herald::ui::MatchPage)
Q_DECLARE_METATYPE(herald::ui::AccountOverview)
