// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraldwiring.h"

#include "adapters/heraldsession.h"
#include "adapters/syncrunner.h"
#include "dashboard/dashboardview.h"
#include "dashboard/templateactions.h"
#include "views/communitydialog.h"
#include "views/mainwindow.h"
#include "views/signindialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QToolButton>

namespace herald::app {

namespace {

// lupdate reads HeraldWiring::tr("…") under the context the translator looks up at run time.
struct HeraldWiring {
    Q_DECLARE_TR_FUNCTIONS(HeraldWiring)
};

} // namespace

ui::SignInDialog* openSignIn(ui::MainWindow& window, ui::HeraldSession& session) {
    auto* dialog = new ui::SignInDialog(session, &window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

ui::CommunityDialog* openCommunity(ui::MainWindow& window, ui::HeraldSession& session) {
    auto* dialog = new ui::CommunityDialog(session, &window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    ui::DashboardView* dashboard = window.dashboard();
    QObject::connect(dialog, &ui::CommunityDialog::added, dashboard, [dashboard](const QString& id) {
        dashboard->reloadTemplates();
        dashboard->selectTemplate(id);
    });
    dialog->show();
    dialog->search({}, 1);
    return dialog;
}

void wireHerald(ui::MainWindow& window, store::Store&, ui::HeraldSession& session, ui::SyncRunner& sync) {
    sync.setHeraldSession(&session);
    auto* menu = new QMenu(&window);
    window.heraldButton()->setMenu(menu);
    auto rebuild = [&window, &session, menu] {
        menu->clear();
        if (!session.isSignedIn()) {
            window.heraldButton()->setText(HeraldWiring::tr("Herald account"));
            QObject::connect(menu->addAction(HeraldWiring::tr("Sign in…")), &QAction::triggered, &window,
                             [&window, &session] { openSignIn(window, session); });
            return;
        }
        const QString name = session.userName();
        window.heraldButton()->setText(name.isEmpty() ? HeraldWiring::tr("Herald account") : name);
        menu->addAction(name.isEmpty() ? HeraldWiring::tr("Signed in") : HeraldWiring::tr("Signed in as %1").arg(name))
            ->setEnabled(false);
        menu->addSeparator();
        QObject::connect(menu->addAction(HeraldWiring::tr("Community dashboards…")), &QAction::triggered, &window,
                         [&window, &session] { openCommunity(window, session); });
        QObject::connect(menu->addAction(HeraldWiring::tr("Sync dashboards and settings")), &QAction::triggered,
                         &window, [&session] { session.syncNow(); });
        menu->addSeparator();
        QObject::connect(menu->addAction(HeraldWiring::tr("Sign out")), &QAction::triggered, &window,
                         [&session] { session.signOut(); });
    };
    rebuild();
    QObject::connect(&session, &ui::HeraldSession::stateChanged, &window, [rebuild, &window, &session] {
        rebuild();
        if (session.isSignedIn()) {
            window.setBanner({});
        }
    });
    QObject::connect(&session, &ui::HeraldSession::sessionEnded, &window, [&window](const QString&) {
        window.setBanner(
            HeraldWiring::tr("Your Herald session has ended: sign in again to sync through the Herald server."),
            HeraldWiring::tr("Sign in…"));
    });
    QObject::connect(&window, &ui::MainWindow::bannerActivated, &window,
                     [&window, &session] { openSignIn(window, session); });
    QObject::connect(&session, &ui::HeraldSession::synced, &window,
                     [&window](const QString& summary, const QString& error) {
                         window.setStatus(error.isEmpty() ? summary : error);
                     });
    // After a sync of the matches, dashboards and settings follow (signed in only).
    QObject::connect(&sync, &ui::SyncRunner::finished, &window, [&session](const ui::SyncResult& result) {
        if (session.isSignedIn() && !result.cancelled) {
            session.syncNow();
        }
    });
    ui::TemplateActions* actions = window.dashboard()->templateActions();
    QObject::connect(actions, &ui::TemplateActions::publishRequested, &window,
                     [&window, &session](const QString& id, bool shared) {
                         if (!session.isSignedIn()) {
                             openSignIn(window, session);
                             return;
                         }
                         session.publish(id, shared);
                     });
    QObject::connect(&session, &ui::HeraldSession::published, &window,
                     [&window](const QString&, bool pending, const QString& error) {
                         window.setStatus(
                             !error.isEmpty() ? error
                             : pending ? HeraldWiring::tr("The Herald server cannot be reached: the dashboard will be "
                                                          "published with the next sync.")
                                       : HeraldWiring::tr("Dashboard published: it is kept in step on your devices."));
                     });
    QObject::connect(actions, &ui::TemplateActions::deleteOnServerRequested, &window,
                     [&session](const QString& remoteId) { session.deleteOnServer(remoteId); });
    QObject::connect(&session, &ui::HeraldSession::deletedOnServer, &window, [&window](const QString& error) {
        window.setStatus(error.isEmpty() ? HeraldWiring::tr("Deleted on your Herald account too.") : error);
    });
    QObject::connect(&session, &ui::HeraldSession::synced, window.dashboard(),
                     [&window](const QString&, const QString& error) {
                         if (error.isEmpty()) {
                             window.dashboard()->reloadTemplates(); // received templates appear
                         }
                     });
    session.start();
}

} // namespace herald::app
