// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appoptions.h"

#include "theme/language.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QMessageBox>
#include <cstdio>
#include <cstdlib>

namespace herald::app {

AppOptions parseAppOptions(QApplication& app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Herald keeps your League of Legends matches and analyses them."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QCoreApplication::translate("main", "Data folder (default: $HERALD_DATA_DIR, "
                                                                         "else the platform's app data folder)."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QCoreApplication::translate("main", "Render the window with real data, save "
                                                                            "it as a PNG and exit."),
                                        QStringLiteral("FILE.png"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QCoreApplication::translate("main", "Window size for --screenshot, e.g. 1600x1000."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption view(QStringLiteral("view"),
                                  QCoreApplication::translate("main", "The view to open: dashboard (default), "
                                                                      "matches, match:<id> (one match's details), "
                                                                      "compare (players side by side), "
                                                                      "settings, diagnostics, players (the "
                                                                      "\"Which player are you?\" dialog), or "
                                                                      "export-report (File > Export report…)."),
                                  QStringLiteral("VIEW"));
    const QCommandLineOption templateId(QStringLiteral("template"),
                                        QCoreApplication::translate("main", "The dashboard template to open, by id "
                                                                            "(overview, ranked-progress, ...)."),
                                        QStringLiteral("ID"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QCoreApplication::translate("main", "The interface language: en or fr (default: "
                                                                      "the Settings choice, else the system's)."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption restore(QStringLiteral("restore"),
                                     QCoreApplication::translate("main", "Restore this backup before opening the "
                                                                         "store (it is checked first; the store as "
                                                                         "it is now is kept as a backup)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption recover(QStringLiteral("recover"),
                                     QCoreApplication::translate("main", "Treat the store as damaged: move it "
                                                                         "aside and offer the latest good backup "
                                                                         "or an empty store."));
    parser.addOptions({dataDir, screenshot, size, view, templateId, lang, restore, recover});
    parser.process(app);

    AppOptions options;
    if (parser.isSet(dataDir)) {
        options.dataDir = parser.value(dataDir).toStdString();
    }
    options.screenshot = parser.value(screenshot);
    if (parser.isSet(view)) {
        options.view = parser.value(view);
        const QStringList views = {QStringLiteral("dashboard"),    QStringLiteral("matches"),
                                   QStringLiteral("settings"),     QStringLiteral("diagnostics"),
                                   QStringLiteral("compare"),      QStringLiteral("players"),
                                   QStringLiteral("export-report")};
        if (!views.contains(options.view) &&
            !(options.view.startsWith(QLatin1String("match:")) && options.view.size() > 6)) {
            std::fprintf(stderr,
                         "herald: --view takes dashboard, matches, match:<id>, compare, settings, diagnostics, "
                         "players or "
                         "export-report, not %s\n",
                         qPrintable(options.view));
            std::exit(2);
        }
    }
    options.templateId = parser.value(templateId);
    options.restore = parser.value(restore);
    options.recover = parser.isSet(recover);
    options.lang = parser.value(lang);
    if (!options.lang.isEmpty() && !herald::ui::availableLanguages().contains(options.lang)) {
        std::fprintf(stderr, "herald: --lang takes en or fr, not %s\n", qPrintable(options.lang));
        std::exit(2);
    }
    if (parser.isSet(size)) {
        const QStringList parts = parser.value(size).split(QLatin1Char('x'));
        const int w = parts.value(0).toInt();
        const int h = parts.value(1).toInt();
        if (parts.size() != 2 || w < 320 || h < 240) {
            std::fprintf(stderr, "herald: --size takes WIDTHxHEIGHT, e.g. 1600x1000\n");
            std::exit(2);
        }
        options.size = QSize(w, h);
    }
    return options;
}

int reportFatal(const AppOptions& options, const QString& title, const QString& message) {
    std::fprintf(stderr, "herald: %s\n", qPrintable(message));
    if (options.screenshot.isEmpty()) {
        QMessageBox::critical(nullptr, title, message);
    }
    return 1;
}

long residentKb() {
#ifdef __linux__
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:")) {
                return line.mid(6).trimmed().split(' ').value(0).toLong();
            }
        }
    }
#endif
    return -1;
}

QIcon appIcon() {
    QIcon icon;
    const QDir sizes(QStringLiteral(":/icons"));
    for (const QString& png : sizes.entryList({QStringLiteral("*.png")}, QDir::Files)) {
        icon.addFile(sizes.filePath(png));
    }
    return icon;
}

} // namespace herald::app
