// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncwiring.h"

#include "adapters/apikeystore.h"
#include "adapters/heraldsession.h"
#include "adapters/syncrunner.h"
#include "common/dialogs.h"
#include "itemmodels/matchlistmodel.h"
#include "views/accountdialog.h"
#include "views/mainwindow.h"
#include "views/signindialog.h"
#include "views/syncpanel.h"

#include <QAction>
#include <QCoreApplication>
#include <QMessageBox>
#include <functional>
#include <memory>

namespace herald::app {

namespace {

// The key's own action (Riot API key…) and what the keychain says when it reads or keeps one.
void wireApiKey(ui::MainWindow& window, ui::SyncRunner& runner, ui::ApiKeyStore& keys) {
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
        if (const auto key = ui::Dialogs::askSecret(
                &window, QCoreApplication::translate("SyncWiring", "Riot API key"),
                QCoreApplication::translate("SyncWiring", "Your Riot API key (kept in the system keychain):"))) {
            runner.setApiKey(*key);
            keys.write(*key);
        }
    });
}

// Runs `then` once a key is known: asks for one (and keeps it in the keychain) when there is none. Signed in to
// Herald, relay accounts need no key (own-key ones say what they miss).
using WithKey = std::function<void(std::function<void()>)>;
WithKey withKeyAsking(ui::MainWindow& window, ui::SyncRunner& runner, ui::ApiKeyStore& keys,
                      ui::HeraldSession* herald) {
    return [&window, &runner, &keys, herald](std::function<void()> then) {
        if (runner.hasApiKey() || (herald != nullptr && herald->isSignedIn())) {
            then();
            return;
        }
        const auto key = ui::Dialogs::askSecret(
            &window, QCoreApplication::translate("SyncWiring", "Riot API key"),
            QCoreApplication::translate(
                "SyncWiring",
                "Paste your Riot API key (from developer.riotgames.com). Herald keeps it in the system keychain "
                "and nowhere else. Development keys expire every 24 hours."));
        if (!key) {
            return;
        }
        runner.setApiKey(*key);
        keys.write(*key);
        then();
    };
}

// Add account…: a Riot account with a key, through the Herald relay, or a player of imported files.
void wireAddAccount(ui::MainWindow& window, ui::SyncRunner& runner, ui::ApiKeyStore& keys, ui::HeraldSession* herald,
                    const WithKey& withKey) {
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
                         withKey([&runner, riotId, platform] { runner.addAccount(riotId, platform); });
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
}

} // namespace

void wireSync(ui::MainWindow& window, ui::SyncRunner& runner, ui::ApiKeyStore& keys, ui::HeraldSession* herald) {
    auto* panel = new ui::SyncPanel(&runner, &window);
    window.addStatusWidget(panel);
    QObject::connect(panel, &ui::SyncPanel::notify, &window, &ui::MainWindow::setStatus);
    wireApiKey(window, runner, keys);
    const WithKey withKey = withKeyAsking(window, runner, keys, herald);
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
            withKey([&runner] { runner.syncAll(); });
            return;
        }
    });
    wireAddAccount(window, runner, keys, herald, withKey);
    // Matches appear while they download: each batch the writer commits moves the store's data version, and the
    // views read again at most every two seconds (ui::DataChangeNotifier, wired by followOverview). Sync and Add
    // account wait while a sync runs.
    const auto enableActions = [&window](bool enabled) {
        window.syncAction()->setEnabled(enabled);
        window.addAccountAction()->setEnabled(enabled);
    };
    QObject::connect(&runner, &ui::SyncRunner::started, &window, [enableActions] { enableActions(false); });
    QObject::connect(&runner, &ui::SyncRunner::finished, &window, [enableActions] { enableActions(true); });
    QObject::connect(&runner, &ui::SyncRunner::accountAdded, &window, [enableActions] { enableActions(true); });
    keys.read();
}

} // namespace herald::app
