// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncwiring.h"

#include "adapters/apikeystore.h"
#include "adapters/heraldsession.h"
#include "adapters/syncrunner.h"
#include "itemmodels/matchlistmodel.h"
#include "views/accountdialog.h"
#include "views/mainwindow.h"
#include "views/signindialog.h"
#include "views/syncpanel.h"

#include <QAction>
#include <QCoreApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <functional>
#include <memory>

namespace herald::app {

void wireSync(ui::MainWindow& window, ui::SyncRunner& runner, ui::ApiKeyStore& keys, ui::HeraldSession* herald) {
    auto* panel = new ui::SyncPanel(&runner, &window);
    window.addStatusWidget(panel);
    QObject::connect(panel, &ui::SyncPanel::notify, &window, &ui::MainWindow::setStatus);

    // Runs `then` once a key is known: asks for one (and keeps it in the keychain) when there is none.
    auto withKey = std::make_shared<std::function<void(std::function<void()>)>>();
    *withKey = [&window, &runner, &keys, herald](std::function<void()> then) {
        // Signed in to Herald, relay accounts need no key (own-key ones say what they miss).
        if (runner.hasApiKey() || (herald != nullptr && herald->isSignedIn())) {
            then();
            return;
        }
        bool ok = false;
        const QString key = QInputDialog::getText(
            &window, QCoreApplication::translate("SyncWiring", "Riot API key"),
            QCoreApplication::translate(
                "SyncWiring",
                "Paste your Riot API key (from developer.riotgames.com). Herald keeps it in the system keychain "
                "and nowhere else. Development keys expire every 24 hours."),
            QLineEdit::Password, QString(), &ok);
        if (!ok || key.trimmed().isEmpty()) {
            return;
        }
        runner.setApiKey(key);
        keys.write(key);
        then();
    };

    QObject::connect(&keys, &ui::ApiKeyStore::keyRead, &window,
                     [&runner, &window](const QString& key, const QString& error) {
                         if (!key.isEmpty()) {
                             runner.setApiKey(key);
                         }
                         if (!error.isEmpty()) {
                             window.setStatus(error);
                         }
                     });
    QObject::connect(&keys, &ui::ApiKeyStore::keyWritten, &window, [&window](const QString& error) {
        window.setStatus(error.isEmpty()
                             ? QCoreApplication::translate("SyncWiring", "API key saved in the system keychain.")
                             : error + QLatin1Char(' ') +
                                   QCoreApplication::translate("SyncWiring", "The key serves until Herald closes."));
    });

    QObject::connect(window.apiKeyAction(), &QAction::triggered, &window, [&window, &runner, &keys] {
        bool ok = false;
        const QString key = QInputDialog::getText(
            &window, QCoreApplication::translate("SyncWiring", "Riot API key"),
            QCoreApplication::translate("SyncWiring", "Your Riot API key (kept in the system keychain):"),
            QLineEdit::Password, QString(), &ok);
        if (ok && !key.trimmed().isEmpty()) {
            runner.setApiKey(key);
            keys.write(key);
        }
    });
    QObject::connect(window.syncAction(), &QAction::triggered, &window, [withKey, &runner, &window] {
        switch (runner.needs()) {
        case ui::SyncRunner::Needs::NothingToSync:
            // Only the demo or imported players: nothing to fetch, and no key to ask for.
            window.setStatus(QCoreApplication::translate(
                "SyncWiring", "Local accounts (the demo, players of imported files) are not synced: import more "
                              "files, or add an account with a Riot key or your Herald account (Add account…)."));
            return;
        case ui::SyncRunner::Needs::RelayOnly:
            runner.syncAll(); // through the Herald server: no key
            return;
        case ui::SyncRunner::Needs::Key:
            (*withKey)([&runner] { runner.syncAll(); });
            return;
        }
    });
    QObject::connect(window.addAccountAction(), &QAction::triggered, &window,
                     [withKey, &window, &runner, &keys, herald] {
                         ui::AccountDialog dialog(&window);
                         dialog.setKeyKnown(runner.hasApiKey());
                         if (herald != nullptr) {
                             dialog.setHeraldSignedIn(herald->isSignedIn(), herald->userName());
                             QObject::connect(&dialog, &ui::AccountDialog::signInRequested, &dialog, [&dialog, herald] {
                                 ui::SignInDialog signIn(*herald, &dialog);
                                 if (signIn.exec() == QDialog::Accepted) {
                                     dialog.setHeraldSignedIn(herald->isSignedIn(), herald->userName());
                                 }
                             });
                         }
                         if (dialog.exec() != QDialog::Accepted) {
                             return;
                         }
                         if (dialog.fromImportedFiles()) {
                             window.choosePlayerAction()->trigger();
                             return;
                         }
                         if (dialog.viaHerald()) {
                             runner.addAccount(dialog.riotId(), dialog.platform(), true);
                             return;
                         }
                         if (!dialog.apiKey().isEmpty()) {
                             runner.setApiKey(dialog.apiKey());
                             keys.write(dialog.apiKey());
                         }
                         const QString riotId = dialog.riotId();
                         const QString platform = dialog.platform();
                         (*withKey)([&runner, riotId, platform] { runner.addAccount(riotId, platform); });
                     });
    QObject::connect(
        &runner, &ui::SyncRunner::accountAdded, &window,
        [&window, &runner](const QString& riotId, const QString& error) {
            if (!error.isEmpty()) {
                QMessageBox::warning(&window, QCoreApplication::translate("SyncWiring", "Cannot add the account"),
                                     error);
                return;
            }
            window.setStatus(
                QCoreApplication::translate("SyncWiring", "Following %1: downloading its matches…").arg(riotId));
            runner.syncAll();
        });
    // Matches appear while they download: each batch the writer commits moves the store's data version, and the
    // views read again at most every two seconds (ui::DataChangeNotifier, wired by followOverview).
    QObject::connect(&runner, &ui::SyncRunner::started, &window, [&window] {
        window.syncAction()->setEnabled(false);
        window.addAccountAction()->setEnabled(false);
    });
    QObject::connect(&runner, &ui::SyncRunner::finished, &window, [&window] {
        window.syncAction()->setEnabled(true);
        window.addAccountAction()->setEnabled(true);
    });
    QObject::connect(&runner, &ui::SyncRunner::accountAdded, &window, [&window] {
        window.syncAction()->setEnabled(true);
        window.addAccountAction()->setEnabled(true);
    });
    keys.read();
}

} // namespace herald::app
