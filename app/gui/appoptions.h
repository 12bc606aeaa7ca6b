// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The app's command line (--data-dir, --view, --screenshot, ...), what main() reads first.
#pragma once

#include <QSize>
#include <QString>
#include <optional>
#include <string>

class QApplication;
class QIcon;

namespace herald::app {

struct AppOptions {
    std::optional<std::string> dataDir;
    QString screenshot;
    QString view = QStringLiteral("dashboard");
    QString templateId;
    QString lang;
    QString restore;      // a backup to restore before the store opens (Settings > Backups restarts with it)
    bool recover = false; // the store was found damaged while running: offer the recovery before opening it
    QSize size{1280, 800};
};

// Parses the command line; prints the mistake and exits with 2 on a wrong --view, --lang or --size.
AppOptions parseAppOptions(QApplication& app);

// Says a fatal start-up problem on stderr and, outside --screenshot, in a message box; returns 1.
int reportFatal(const AppOptions& options, const QString& title, const QString& message);

// The process's resident memory in KB (-1 where unknown): what --screenshot's "ready" line reports.
long residentKb();

// The icon at each size rendered into the binary (tools/icons): the window's, whatever the desktop's theme holds.
QIcon appIcon();

} // namespace herald::app
