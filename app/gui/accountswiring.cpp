#include "accountswiring.h"

#include "dashboard/dashboardview.h"
#include "itemmodels/matchlistmodel.h"
#include "store/accounts.h"
#include "store/settings.h"
#include "store/store.h"
#include "sync/syncrunner.h"
#include "views/accountswitcher.h"
#include "views/mainwindow.h"
#include "views/matchhistoryview.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>
#include <future>
#include <memory>

namespace herald::app {

void wireAccounts(ui::MainWindow& window, store::Store& store, ui::MatchListModel& matches, ui::SyncRunner& sync) {
    ui::AccountSwitcher* switcher = window.accountSwitcher();
    auto refresh = [switcher, &store] {
        auto reader = store.openReader(); // two tiny reads
        if (!reader) {
            return;
        }
        const auto current = store::getSetting(reader.value(), store::kCurrentAccountSetting).value_or("");
        switcher->setAccounts(store::listAccounts(reader.value()), QString::fromStdString(current));
    };
    QObject::connect(&matches, &ui::MatchListModel::overviewLoaded, switcher, refresh);
    QObject::connect(&sync, &ui::SyncRunner::finished, switcher, refresh);

    QObject::connect(switcher, &ui::AccountSwitcher::accountChosen, &window, [&store, &matches](const QString& puuid) {
        // The choice becomes the current account (kept for the next start), then the views follow it. The GUI
        // does not wait for the writer: a pool thread does, then asks for the overview.
        auto pending = std::make_shared<std::future<Result<Ok>>>(
            store.writer().submit<Ok>([id = puuid.toStdString()](store::Database& db) -> Result<Ok> {
                store::setSetting(db, store::kCurrentAccountSetting, id);
                return Ok{};
            }));
        QPointer<ui::MatchListModel> model(&matches);
        QThreadPool::globalInstance()->start([pending, model] {
            (void)pending->get(); // a failed write leaves the previous account current: the overview says which
            QMetaObject::invokeMethod(model, [model] {
                if (model) {
                    model->loadOverview();
                }
            });
        });
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

} // namespace herald::app
