// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Exports from the window: File > Export report… and Export data… (the dashboard's players and filters), a
// widget's "Export data…" (its table) and the history's "Export…" (the rows shown).
#pragma once

namespace herald::store {
class Store;
}
namespace herald::ui {
class DataExportDialog;
class MainWindow;
class ReportDialog;
} // namespace herald::ui

namespace herald::app {

void wireExports(ui::MainWindow& window, store::Store& store);

// The dialogs as the menu opens them (window-modal, deleted when closed); nullptr without a player to report on.
ui::ReportDialog* openReportDialog(ui::MainWindow& window, store::Store& store);
ui::DataExportDialog* openDataExportDialog(ui::MainWindow& window, store::Store& store);

} // namespace herald::app
