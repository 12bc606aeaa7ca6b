// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Herald account in the window: the toolbar's menu (sign in, community dashboards, sync dashboards and
// settings, sign out), the banner when the session ends, Publish… and the server side of Delete on templates.
#pragma once

namespace herald::store {
class Store;
}
namespace herald::ui {
class CommunityDialog;
class HeraldSession;
class MainWindow;
class SignInDialog;
class SyncRunner;
} // namespace herald::ui

namespace herald::app {

void wireHerald(ui::MainWindow& window, store::Store& store, ui::HeraldSession& session, ui::SyncRunner& sync);

// The dialogs as the menu opens them (window-modal, deleted when closed).
ui::SignInDialog* openSignIn(ui::MainWindow& window, ui::HeraldSession& session);
ui::CommunityDialog* openCommunity(ui::MainWindow& window, ui::HeraldSession& session);

} // namespace herald::app
