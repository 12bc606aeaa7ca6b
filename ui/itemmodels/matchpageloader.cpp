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
            return nullptr;
        }
        m_db = std::make_unique<store::Database>(std::move(opened).value());
    }
    return m_db.get();
}

void MatchPageLoader::loadOverview() {
    store::Database* db = connection();
    if (db == nullptr) {
        return;
    }
    try {
        AccountOverview overview;
        if (auto puuid = store::getSetting(*db, store::kCurrentAccountSetting)) {
            if (const auto account = store::findAccount(*db, *puuid)) {
                overview.puuid = QString::fromStdString(*puuid);
                overview.riotId = QString::fromStdString(account->riotId());
                overview.platform = QString::fromStdString(account->platform);
            }
        }
        store::HistoryFilter filter;
        if (!overview.puuid.isEmpty()) {
            filter.puuids.push_back(overview.puuid.toStdString());
        }
        overview.matchCount = store::historyCount(*db, filter);
        auto queues = store::storedQueues(*db);
        if (!queues) {
            emit failed(errorText(queues.error()));
            return;
        }
        overview.queues = QList<int>(queues->begin(), queues->end());
        emit overviewLoaded(overview);
    } catch (const store::StoreError& e) {
        emit failed(errorText(store::toError(e, "reading the store")));
    }
}

void MatchPageLoader::loadPage(quint64 generation, const store::HistoryFilter& filter,
                               const std::optional<store::HistoryCursor>& after, int limit) {
    store::Database* db = connection();
    if (db == nullptr) {
        return;
    }
    try {
        MatchPage page = store::historyPage(*db, filter, after, limit);
        const bool atEnd = static_cast<int>(page.size()) < limit;
        emit pageLoaded(generation, page, atEnd);
    } catch (const store::StoreError& e) {
        emit failed(errorText(store::toError(e, "reading matches")));
    }
}

} // namespace herald::ui
