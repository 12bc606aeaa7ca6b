// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Offline analysis without a key: the import of match files (the toolbar's "Import files…", the dashboard's
// button, files and folders dropped on the window) and "Which player are you?", whose choice becomes a local
// account that every view follows.
#pragma once

namespace herald::store {
class Store;
}
namespace herald::ui {
class ImportRunner;
class MainWindow;
class MatchListModel;
class PlayerPicker;
} // namespace herald::ui

namespace herald::app {

void wireImport(ui::MainWindow& window, store::Store& store, ui::ImportRunner& runner, ui::MatchListModel& matches);

// Opens "Which player are you?" (window-modal, deleted when closed). Accepting follows the chosen player as a
// local account; the views then show their games.
ui::PlayerPicker* askWhichPlayer(ui::MainWindow& window, store::Store& store, ui::MatchListModel& matches);

} // namespace herald::app
