// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "startup.h"

#include "common/dialogs.h"
#include "common/errortext.h"
#include "datasafety.h"
#include "store/store.h"
#include "storeopening.h"
#include "views/backupspanel.h"
#include "views/mainwindow.h"
#include "views/settingsview.h"
#include "views/welcomedialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QTimer>
#include <QToolButton>

namespace herald::app {

std::filesystem::path chooseDataDir(const AppOptions& options) {
    std::optional<std::string> chosen = options.dataDir;
    if (!chosen) {
        const QString saved = QSettings().value(ui::SettingsView::dataFolderSetting()).toString();
        if (!saved.isEmpty() && qEnvironmentVariableIsEmpty("HERALD_DATA_DIR")) {
            chosen = saved.toStdString();
        }
    }
    return store::resolveDataDir(chosen);
}

StoreAtStart openStoreAtStart(const AppOptions& options, const std::filesystem::path& dataDir) {
    StoreAtStart start;
    if (!options.restore.isEmpty()) {
        auto restored = restoreWithProgress(dataDir, options.restore);
        if (!restored) {
            reportFatal(options, QCoreApplication::translate("main", "The backup was not restored"),
                        ui::errorText(restored.error()) + QStringLiteral("\n\n") +
                            QCoreApplication::translate("main", "Your store was not changed."));
        } else {
            start.status = QCoreApplication::translate("main", "Backup restored; the store as it was is kept in %1.")
                               .arg(QString::fromStdString(restored->previous.string()));
        }
    }
    auto opened = options.recover
                      ? Result<std::unique_ptr<store::Store>>(makeError(
                            ErrorKind::Storage,
                            QCoreApplication::translate("main", "damage found while Herald was running (a backup's "
                                                                "integrity check failed)")
                                .toStdString(),
                            "store.damaged"))
                      : openStoreShowingProgress(dataDir);
    if (!opened && (opened.error().code == "store.damaged" || opened.error().code == "store.foreign_schema")) {
        // Damage, or objects someone else put in the schema: the player decides: the latest good backup, or an empty
        // store; the damaged files are kept aside.
        const RecoveryQuestion ask = [&options](const RecoveryOffer& offer) {
            if (options.screenshot.isEmpty()) {
                return askAboutDamage(offer);
            }
            std::unique_ptr<QMessageBox> box(makeRecoveryDialog(offer));
            box->show();
            QCoreApplication::processEvents();
            box->grab().save(options.screenshot, "PNG");
            return RecoveryChoice::Quit;
        };
        auto recovered = recoverDamagedStore(dataDir, opened.error(), ask);
        if (!recovered) {
            start.exitCode = reportFatal(options, QCoreApplication::translate("main", "Herald cannot open its data"),
                                         ui::errorText(recovered.error()));
            return start;
        }
        if (!recovered.value()) {
            start.exitCode = options.screenshot.isEmpty() ? 1 : 0;
            return start;
        }
        start.status = *recovered.value();
        opened = openStoreShowingProgress(dataDir);
    }
    if (!opened) {
        const bool busy = opened.error().kind == ErrorKind::Busy;
        start.exitCode = reportFatal(options,
                                     busy ? QCoreApplication::translate("main", "Herald is already running")
                                          : QCoreApplication::translate("main", "Herald cannot open its data"),
                                     ui::errorText(opened.error()));
        return start;
    }
    start.store = std::move(opened).value();
    if (const auto& debris = start.store->debrisRemoved(); debris.files > 0 && start.status.isEmpty()) {
        start.status = QCoreApplication::translate("main",
                                                   "Removed %n file(s) left by an interrupted restore or backup "
                                                   "(%1 freed).",
                                                   nullptr, debris.files)
                           .arg(QLocale().formattedDataSize(debris.bytes));
    }
    return start;
}

void wireRestarts(ui::MainWindow& window, ui::BackupsPanel& backups, const std::filesystem::path& dataDir,
                  std::optional<SingleInstance>& instance) {
    const auto restartWith = [&window, dataDir, &instance](const QStringList& extra) {
        instance.reset();
        const QStringList args =
            QStringList{QStringLiteral("--data-dir"), QString::fromStdString(dataDir.string())} + extra;
        if (QProcess::startDetached(QCoreApplication::applicationFilePath(), args)) {
            window.close();
            QCoreApplication::quit();
        }
    };
    QObject::connect(&backups, &ui::BackupsPanel::restoreRequested, &window, [restartWith](const QString& file) {
        restartWith({QStringLiteral("--restore"), file});
    });
    // A backup's copy failed its integrity check: the store is damaged; recovered (--recover) if the player agrees.
    QObject::connect(&backups, &ui::BackupsPanel::storeDamaged, &window, [&window, restartWith](const QString& found) {
        if (ui::Dialogs::askYes(&window, QCoreApplication::translate("main", "Herald's data is damaged"),
                                QCoreApplication::translate("main", "Taking a backup, Herald found damage in the file "
                                                                    "that holds your matches:\n\n%1\n\nRestart now "
                                                                    "to recover it from your latest good backup?")
                                    .arg(found),
                                ui::Dialogs::Ask::Warning)) {
            restartWith({QStringLiteral("--recover")});
        }
    });
}

void scheduleDailyBackup(ui::MainWindow& window, ui::BackupsPanel& backups) {
    auto* daily = new QTimer(&window);
    daily->setInterval(std::chrono::hours(1));
    QObject::connect(daily, &QTimer::timeout, &backups, &ui::BackupsPanel::backUpIfDue);
    daily->start();
    QTimer::singleShot(std::chrono::minutes(2), &backups, &ui::BackupsPanel::backUpIfDue);
}

void welcomeFirstRun(ui::MainWindow& window) {
    QTimer::singleShot(0, &window, [&window] {
        ui::WelcomeDialog welcome(&window);
        if (welcome.exec() != QDialog::Accepted) {
            return;
        }
        switch (welcome.choice()) {
        case ui::WelcomeDialog::Choice::ImportFiles:
            window.importAction()->trigger();
            break;
        case ui::WelcomeDialog::Choice::HeraldAccount:
            // The Herald account's menu starts with "Sign in…" while signed out.
            if (QMenu* menu = window.heraldButton()->menu(); menu != nullptr && !menu->actions().isEmpty()) {
                menu->actions().constFirst()->trigger();
            }
            break;
        case ui::WelcomeDialog::Choice::AddAccount:
            window.addAccountAction()->trigger();
            break;
        case ui::WelcomeDialog::Choice::ExploreDemo:
            break;
        }
    });
}

} // namespace herald::app
