// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Wires the Settings and Diagnostics pages into the window: settings applied where they matter (theme, time
// zone of the dashboards, streamer mode of the match detail, sync concurrency), the key's removal from the
// keychain, and the dashboard's cache figures into Diagnostics.
#pragma once

class QApplication;

namespace herald::store {
class Store;
}
namespace herald::ui {
class ApiKeyStore;
class DiagnosticsView;
class MainWindow;
class SettingsView;
class SyncRunner;
struct AppSettings;
} // namespace herald::ui

namespace herald::app {

// Applies settings read at start (before the first query).
void applySettings(QApplication& app, ui::MainWindow& window, ui::SyncRunner& sync, const ui::AppSettings& settings);

void wirePages(QApplication& app, ui::MainWindow& window, store::Store& store, ui::SettingsView& settings,
               ui::DiagnosticsView& diagnostics, ui::SyncRunner& sync, ui::ApiKeyStore& keys);

} // namespace herald::app
