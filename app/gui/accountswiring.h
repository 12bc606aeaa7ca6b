// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Wires the toolbar's account switcher: one followed account (it becomes the current one) or all of them merged.
#pragma once

class QString;

namespace herald::store {
class Store;
}
namespace herald::ui {
class DashboardView;
class MainWindow;
class MatchListModel;
class SyncRunner;
} // namespace herald::ui

namespace herald::app {

void wireAccounts(ui::MainWindow& window, store::Store& store, ui::MatchListModel& matches, ui::SyncRunner& sync);

// Each time the history's overview is loaded (start, account switch, matches synced): the history and every
// dashboard widget follow the current account (or all accounts), with the templates read again; `templateId`,
// when not empty, is selected (a missing one is reported on stderr).
void followOverview(ui::MatchListModel& matches, ui::DashboardView& dashboard, store::Store& store,
                    const QString& templateId);

} // namespace herald::app
