// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importwiring.h"

#include "adapters/importrunner.h"
#include "common/backgroundwrite.h"
#include "common/dialogs.h"
#include "common/errortext.h"
#include "dashboard/dashboardview.h"
#include "ingest/localaccount.h"
#include "itemmodels/matchlistmodel.h"
#include "store/store.h"
#include "views/mainwindow.h"
#include "views/playerpicker.h"

#include <QAction>
#include <QCoreApplication>
#include <QMessageBox>

namespace herald::app {

namespace {

// lupdate reads ImportWiring::tr("…") under the context the translator looks up at run time.
struct ImportWiring {
    Q_DECLARE_TR_FUNCTIONS(ImportWiring)
};

} // namespace

ui::PlayerPicker* askWhichPlayer(ui::MainWindow& window, store::Store& store, ui::MatchListModel& matches) {
    auto* picker = new ui::PlayerPicker(store, &window);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setWindowModality(Qt::WindowModal);
    QObject::connect(picker, &QDialog::accepted, &window, [picker, &window, &store, &matches] {
        const QString riotId = picker->chosenRiotId();
        const auto hash = riotId.lastIndexOf(QLatin1Char('#'));
        if (hash < 0) {
            return;
        }
        const std::string name = riotId.left(hash).toStdString();
        const std::string tag = riotId.mid(hash + 1).toStdString();
        window.setStatus(ImportWiring::tr("Following %1…").arg(riotId));
        ui::writeInBackground<store::AccountRow>(
            store, &window, [name, tag](store::Database& db) { return ingest::followLocalPlayer(db, name, tag); },
            [&window](const Result<store::AccountRow>& followed) {
                if (!followed) {
                    window.setStatus(ui::errorText(followed.error()));
                    return;
                }
                // The views follow the new account through the store's data-changed notice (followOverview).
                window.setStatus(ImportWiring::tr("%1 is your local account: every view shows their games.")
                                     .arg(QString::fromStdString(followed->riotId())));
            });
    });
    picker->open();
    return picker;
}

void wireImport(ui::MainWindow& window, store::Store& store, ui::ImportRunner& runner, ui::MatchListModel& matches) {
    auto start = [&window, &runner](const QStringList& paths) {
        if (runner.isRunning()) {
            window.setStatus(ImportWiring::tr("An import is running: drop the files again when it is done."));
            return;
        }
        window.setStatus(ImportWiring::tr("Importing…"));
        runner.start(paths);
    };
    auto chooseFiles = [&window, start] {
        const QStringList files = ui::Dialogs::askOpenFiles(&window, ImportWiring::tr("Import match files"),
                                                            ImportWiring::tr("Match-V5 files (*.json);;All files (*)"));
        if (!files.isEmpty()) {
            start(files);
        }
    };
    QObject::connect(window.importAction(), &QAction::triggered, &window, chooseFiles);
    QObject::connect(window.dashboard(), &ui::DashboardView::importFilesRequested, &window, chooseFiles);
    QObject::connect(&window, &ui::MainWindow::filesDropped, &window, start);
    QObject::connect(window.choosePlayerAction(), &QAction::triggered, &window,
                     [&window, &store, &matches] { askWhichPlayer(window, store, matches); });
    QObject::connect(window.dashboard(), &ui::DashboardView::choosePlayerRequested, window.choosePlayerAction(),
                     &QAction::trigger);
    QObject::connect(window.dashboard(), &ui::DashboardView::addAccountRequested, window.addAccountAction(),
                     &QAction::trigger);
    QObject::connect(&runner, &ui::ImportRunner::progress, &window, [&window](int done, int total) {
        window.setStatus(ImportWiring::tr("Importing: %1 of %2 files…").arg(done).arg(total));
    });
    QObject::connect(
        &runner, &ui::ImportRunner::finished, &window,
        [&window, &matches](const ingest::ImportReport& report, bool newPlayersOnly) {
            const QString summary = ui::ImportRunner::summaryText(report);
            window.setStatus(ImportWiring::tr("Import: %1.").arg(summary));
            if (!report.failed.empty()) {
                auto* box = new QMessageBox(QMessageBox::Warning, ImportWiring::tr("Import"),
                                            ImportWiring::tr("Import: %1.").arg(summary), QMessageBox::Ok, &window);
                box->setObjectName(QStringLiteral("importReport"));
                box->setInformativeText(ImportWiring::tr("These files were not imported; the others were kept."));
                box->setDetailedText(ui::ImportRunner::failureText(report));
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            }
            if (newPlayersOnly) {
                // No followed account plays in these matches: which of their players is you?
                window.choosePlayerAction()->trigger();
            }
        });
}

} // namespace herald::app
