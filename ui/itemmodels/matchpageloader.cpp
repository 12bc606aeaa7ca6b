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

// The slots run on the reader thread: nothing thrown may leave them (it would end the app), so anything
// unexpected is reported like a store error, and the next request starts with a fresh connection.
void MatchPageLoader::loadOverview() {
    try {
        readOverview();
    } catch (const std::exception& e) {
        m_db.reset();
        emit failed(QString::fromUtf8(e.what()));
    }
}

void MatchPageLoader::loadPage(quint64 generation, const store::HistoryFilter& filter,
                               const std::optional<store::HistoryCursor>& after, int limit) {
    try {
        readPage(generation, filter, after, limit);
    } catch (const std::exception& e) {
        m_db.reset();
        emit failed(QString::fromUtf8(e.what()));
    }
}

void MatchPageLoader::readOverview() {
    store::Database* db = connection();
    if (db == nullptr) {
        return;
    }
    AccountOverview overview;
    const auto current = store::getSetting(*db, store::kCurrentAccountSetting);
    if (!current) {
        emit failed(errorText(current.error()));
        m_db.reset(); // busy or damaged: the next request opens a fresh connection
        return;
    }
    if (const auto& puuid = current.value()) {
        const auto account = store::findAccount(*db, *puuid);
        if (!account) {
            emit failed(errorText(account.error()));
            m_db.reset(); // busy or damaged: the next request opens a fresh connection
            return;
        }
        if (account.value()) {
            overview.puuid = QString::fromStdString(*puuid);
            overview.riotId = QString::fromStdString(account.value()->riotId());
            overview.platform = QString::fromStdString(account.value()->platform);
        }
    }
    store::HistoryFilter filter;
    if (!overview.puuid.isEmpty()) {
        filter.puuids.push_back(overview.puuid.toStdString());
    }
    const auto count = store::historyCount(*db, filter);
    if (!count) {
        emit failed(errorText(count.error()));
        m_db.reset(); // busy or damaged: the next request opens a fresh connection
        return;
    }
    overview.matchCount = count.value();
    auto queues = store::storedQueues(*db);
    if (!queues) {
        emit failed(errorText(queues.error()));
        m_db.reset(); // busy or damaged: the next request opens a fresh connection
        return;
    }
    overview.queues = QList<int>(queues->begin(), queues->end());
    emit overviewLoaded(overview);
}

void MatchPageLoader::readPage(quint64 generation, const store::HistoryFilter& filter,
                               const std::optional<store::HistoryCursor>& after, int limit) {
    store::Database* db = connection();
    if (db == nullptr) {
        return;
    }
    auto page = store::historyPage(*db, filter, after, limit);
    if (!page) {
        emit failed(errorText(page.error()));
        m_db.reset(); // busy or damaged: the next request opens a fresh connection
        return;
    }
    const bool atEnd = static_cast<int>(page->size()) < limit;
    emit pageLoaded(generation, page.value(), atEnd);
}

} // namespace herald::ui
