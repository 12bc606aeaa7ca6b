// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The app's look: Fusion with a dark (default) or light palette and a few style rules.
#pragma once

class QApplication;
class QColor;
class QPalette;
class QString;

namespace herald::ui {

enum class Theme { Dark, Light };

void applyTheme(QApplication& app, Theme theme);

// The light palette (the light theme, and reports, which are made to be printed whatever the theme).
QPalette lightPalette();

// Outcome colours shared by every view: victory blue, defeat red, remake / aborted grey.
QColor outcomeColor(const QString& outcome);

} // namespace herald::ui
