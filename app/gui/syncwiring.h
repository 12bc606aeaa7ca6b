// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Wires the sync into the window: the toolbar's actions, the key in the keychain, the account dialog, the
// progress panel. New matches reach the views through the store's data-changed notice (followOverview).
#pragma once

namespace herald::ui {
class ApiKeyStore;
class HeraldSession;
class MainWindow;
class SyncRunner;
} // namespace herald::ui

namespace herald::app {

// herald: the Herald session (relay accounts, the account dialog's second source); may be nullptr.
void wireSync(ui::MainWindow& window, ui::SyncRunner& runner, ui::ApiKeyStore& keys,
              ui::HeraldSession* herald = nullptr);

} // namespace herald::app
