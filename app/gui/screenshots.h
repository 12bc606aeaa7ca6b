// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// herald --screenshot FILE --view VIEW: the window (or the view's dialog) saved as a PNG once the view has its
// data, with how long that took from the process's start and the memory then (the cold-start budget reads the
// line). It exits 1 when the view never gets its data.
#pragma once

#include "appoptions.h"

#include <QElapsedTimer>

class QApplication;

namespace herald::store {
class Store;
}
namespace herald::ui {
class DashboardView;
class DiagnosticsView;
class MainWindow;
class MatchDetailView;
class MatchListModel;
class PlayerPicker;
} // namespace herald::ui

namespace herald::app {

struct ScreenshotScene {
    QApplication& app;
    ui::MainWindow& window;
    ui::MatchListModel& matches;
    ui::DashboardView& dashboard;
    ui::MatchDetailView& detail;
    ui::DiagnosticsView& diagnostics;
    store::Store& store;
    const QElapsedTimer& sinceStart;
};

// Saves the view named by --view once it is ready (nothing without --screenshot).
void armScreenshot(const AppOptions& options, const ScreenshotScene& scene);

// --view players: the dialog is saved once its list has arrived.
void savePickerWhenListed(const AppOptions& options, ui::PlayerPicker& picker);

} // namespace herald::app
