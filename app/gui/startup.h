// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The app's start, step by step: the data folder, the store opened (a backup restored first, a damaged store
// recovered), what to say once the window shows, the restarts Settings asks for, and the first run's welcome.
#pragma once

#include "appoptions.h"

#include <QString>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>

namespace herald::store {
class Store;
}
namespace herald::ui {
class BackupsPanel;
class MainWindow;
} // namespace herald::ui

namespace herald::app {

class SingleInstance;

// --data-dir, else the folder chosen in Settings (QSettings), else $HERALD_DATA_DIR / the platform's.
std::filesystem::path chooseDataDir(const AppOptions& options);

struct StoreAtStart {
    std::unique_ptr<store::Store> store; // null: exit with exitCode
    int exitCode = 0;
    QString status; // said in the status bar once the window shows (a restore, a recovery, debris removed)
};

// Restores the backup of --restore, opens the store (showing an upgrade's progress), and offers the recovery of
// a damaged one. Under --screenshot, the recovery dialog is saved instead of asked.
StoreAtStart openStoreAtStart(const AppOptions& options, const std::filesystem::path& dataDir);

// Settings > Backups: a restore, or a backup that found damage, restarts the app with --restore / --recover
// (the new process needs the store to itself: this one stops listening and quits).
void wireRestarts(ui::MainWindow& window, ui::BackupsPanel& backups, const std::filesystem::path& dataDir,
                  std::optional<SingleInstance>& instance);

// The daily backup: a few minutes after start (not in the way of the first dashboard), then hourly.
void scheduleDailyBackup(ui::MainWindow& window, ui::BackupsPanel& backups);

// The first run with demo data: follow your own account now, or look around the demo first.
void welcomeFirstRun(ui::MainWindow& window);

} // namespace herald::app
