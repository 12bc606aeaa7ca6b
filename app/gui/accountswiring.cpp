// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountswiring.h"

#include "adapters/syncrunner.h"
#include "common/backgroundwrite.h"
#include "common/datachangenotifier.h"
#include "dashboard/dashboardview.h"
#include "itemmodels/matchlistmodel.h"
#include "store/accounts.h"
#include "store/settings.h"
#include "store/store.h"
#include "views/accountswitcher.h"
#include "views/mainwindow.h"
#include "views/matchhistoryview.h"

#include <QCoreApplication>
#include <cstdio>

namespace herald::app {

void wireAccounts(ui::MainWindow& window, store::Store& store, ui::MatchListModel& matches, ui::SyncRunner& sync) {
    ui::AccountSwitcher* switcher = window.accountSwitcher();
    auto refresh = [switcher, &store] {
        auto reader = store.openReader(); // two tiny reads
        if (!reader) {
            return;
        }
        // A store that cannot be read now (busy, damaged) leaves the picker as it was until the next refresh.
        const auto current = store::getSetting(reader.value(), store::kCurrentAccountSetting);
        auto accounts = store::listAccounts(reader.value());
        if (!current || !accounts) {
            return;
        }
        switcher->setAccounts(std::move(accounts).value(), QString::fromStdString(current.value().value_or("")));
    };
    QObject::connect(&matches, &ui::MatchListModel::overviewLoaded, switcher, refresh);
    QObject::connect(&sync, &ui::SyncRunner::finished, switcher, refresh);

    QObject::connect(switcher, &ui::AccountSwitcher::accountChosen, &window, [&store, &matches](const QString& puuid) {
        // The choice becomes the current account (kept for the next start), then the views follow it; a failed
        // write leaves the previous account current, and the overview says which.
        ui::writeInBackground<Ok>(
            store, &matches,
            [id = puuid.toStdString()](store::Database& db) -> Result<Ok> {
                store::setSetting(db, store::kCurrentAccountSetting, id);
                return Ok{};
            },
            [](const Result<Ok>&) {}); // the views follow through the data-changed notice (followOverview)
    });
    QObject::connect(
        switcher, &ui::AccountSwitcher::allChosen, &window, [&window, &store, &matches](const QStringList& puuids) {
            matches.setPlayers(puuids);
            window.matchHistory()->setHeading(QCoreApplication::translate("main", "All accounts"),
                                              QCoreApplication::translate("main", "%n account(s) together", nullptr,
                                                                          static_cast<int>(puuids.size())));
            window.dashboard()->setPlayers(puuids);
            window.dashboard()->reload(store.writer().dataVersion());
        });
}

void followOverview(ui::MatchListModel& matches, ui::DashboardView& dashboard, store::Store& store,
                    const QString& templateId) {
    // The app's one "data changed" bus: any write that changed rows (an import, a sync's batch, a new current
    // account) reads the overview again, and the history, the switcher and the dashboards follow it.
    auto* notifier = new ui::DataChangeNotifier(store.writer(), std::chrono::milliseconds(2000), &matches);
    QObject::connect(notifier, &ui::DataChangeNotifier::dataChanged, &matches,
                     [&matches](quint64) { matches.loadOverview(); });
    QObject::connect(&matches, &ui::MatchListModel::overviewLoaded, &dashboard,
                     [&matches, &store, &dashboard, templateId](const ui::AccountOverview& overview) {
                         const QStringList players =
                             overview.puuid.isEmpty() ? QStringList() : QStringList{overview.puuid};
                         matches.setPlayers(players);
                         dashboard.reloadTemplates(); // built-ins and the player's (a small read)
                         if (!templateId.isEmpty() && !dashboard.selectTemplate(templateId)) {
                             std::fprintf(stderr, "herald: no dashboard template '%s'\n", qPrintable(templateId));
                         }
                         dashboard.setPlayers(players);
                         if (players.isEmpty()) {
                             dashboard.showNoAccount(overview.matchCount);
                             return;
                         }
                         dashboard.reload(store.writer().dataVersion());
                     });
}

} // namespace herald::app
