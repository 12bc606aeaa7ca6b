// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "matchpageloader.h"

#include "common/errortext.h"
#include "store/accounts.h"
#include "store/database.h"
#include "store/settings.h"

namespace herald::ui {

MatchPageLoader::MatchPageLoader(std::filesystem::path databasePath) : m_path(std::move(databasePath)) {
    qRegisterMetaType<herald::ui::MatchPage>();
    qRegisterMetaType<herald::ui::AccountOverview>();
}

MatchPageLoader::~MatchPageLoader() = default;

store::Database* MatchPageLoader::connection() {
    if (!m_db) {
        auto opened = store::Database::open(m_path, store::Database::Mode::ReadOnly);
        if (!opened) {
            emit failed(errorText(opened.error()));
            return nullptr; // tried again at the next request
        }
        m_db = std::make_unique<store::Database>(std::move(opened).value());
    }
    return m_db.get();
}

// The slots run on the reader thread: nothing thrown may leave them (it would end the app). A store error
// (busy, damaged) is reported in the player's words, anything else as it is; either way the next request starts
// with a fresh connection.
void MatchPageLoader::guarded(const std::function<void()>& read) {
    auto reportAndReconnect = [this](const QString& message) {
        m_db.reset();
        emit failed(message);
    };
    try {
        read();
    } catch (const store::StoreFailure& e) {
        reportAndReconnect(errorText(e.error()));
    } catch (const std::exception& e) {
        reportAndReconnect(QString::fromUtf8(e.what()));
    }
}

void MatchPageLoader::loadOverview() {
    guarded([this] { readOverview(); });
}

void MatchPageLoader::loadPage(quint64 generation, const store::HistoryFilter& filter,
                               const std::optional<store::HistoryCursor>& after, int limit) {
    guarded([&] { readPage(generation, filter, after, limit); });
}

void MatchPageLoader::readOverview() {
    store::Database* db = connection();
    if (db == nullptr) {
        return;
    }
    AccountOverview overview;
    if (const auto puuid = store::orThrow(store::getSetting(*db, store::kCurrentAccountSetting))) {
        if (const auto account = store::orThrow(store::findAccount(*db, *puuid))) {
            overview.puuid = QString::fromStdString(*puuid);
            overview.riotId = QString::fromStdString(account->riotId());
            overview.platform = QString::fromStdString(account->platform);
        }
    }
    store::HistoryFilter filter;
    if (!overview.puuid.isEmpty()) {
        filter.puuids.push_back(overview.puuid.toStdString());
    }
    overview.matchCount = store::orThrow(store::historyCount(*db, filter));
    const auto queues = store::orThrow(store::storedQueues(*db));
    overview.queues = QList<int>(queues.begin(), queues.end());
    emit overviewLoaded(overview);
}

void MatchPageLoader::readPage(quint64 generation, const store::HistoryFilter& filter,
                               const std::optional<store::HistoryCursor>& after, int limit) {
    store::Database* db = connection();
    if (db == nullptr) {
        return;
    }
    const auto page = store::orThrow(store::historyPage(*db, filter, after, limit));
    emit pageLoaded(generation, page, static_cast<int>(page.size()) < limit);
}

} // namespace herald::ui
