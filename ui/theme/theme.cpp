// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

#include <QApplication>
#include <QColor>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace herald::ui {

void applyTheme(QApplication& app, Theme theme) {
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    if (theme == Theme::Dark) {
        const QColor window(0x14, 0x17, 0x1f);
        const QColor base(0x1a, 0x1e, 0x28);
        const QColor alternate(0x1f, 0x24, 0x30);
        const QColor text(0xe6, 0xe9, 0xef);
        const QColor muted(0x8a, 0x93, 0xa6);
        const QColor accent(0xc8, 0x9b, 0x3c); // Herald gold
        p.setColor(QPalette::Window, window);
        p.setColor(QPalette::WindowText, text);
        p.setColor(QPalette::Base, base);
        p.setColor(QPalette::AlternateBase, alternate);
        p.setColor(QPalette::ToolTipBase, base);
        p.setColor(QPalette::ToolTipText, text);
        p.setColor(QPalette::Text, text);
        p.setColor(QPalette::PlaceholderText, muted);
        p.setColor(QPalette::Button, alternate);
        p.setColor(QPalette::ButtonText, text);
        p.setColor(QPalette::BrightText, Qt::white);
        // Bright enough that Fusion's focus frame (drawn from the highlight) shows on every control.
        p.setColor(QPalette::Highlight, QColor(0x3a, 0x6e, 0xc8));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::Link, accent);
        p.setColor(QPalette::Disabled, QPalette::Text, muted);
        p.setColor(QPalette::Disabled, QPalette::WindowText, muted);
        p.setColor(QPalette::Disabled, QPalette::ButtonText, muted);
        p.setColor(QPalette::Mid, QColor(0x2a, 0x30, 0x3d));
        p.setColor(QPalette::Dark, QColor(0x0e, 0x10, 0x16));
    } else {
        p = lightPalette();
    }
    app.setPalette(p);
    app.setStyleSheet(
        QStringLiteral("QHeaderView::section { padding: 6px 8px; border: none; font-weight: 600; }"
                       "QTableView { border: none; gridline-color: transparent; }"
                       "QLineEdit { padding: 6px 10px; border-radius: 6px; border: 1px solid palette(mid); }"
                       "QLabel#pageTitle { font-size: 20pt; font-weight: 700; }"
                       "QLabel#pageSubtitle { color: palette(placeholder-text); }"
                       "QLabel#emptyState { color: palette(placeholder-text); font-size: 12pt; }"));
}

QPalette lightPalette() {
    static QStyle* const fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    const QPalette standard = fusion->standardPalette();
    // Every colour set explicitly: a widget given this palette inside a dark-themed app (a report drawn from
    // the app) must not take the roles the standard palette leaves unresolved from the application's.
    QPalette p;
    for (int group = 0; group < QPalette::NColorGroups; ++group) {
        for (int role = 0; role < QPalette::NColorRoles; ++role) {
            const auto g = static_cast<QPalette::ColorGroup>(group);
            const auto r = static_cast<QPalette::ColorRole>(role);
            p.setColor(g, r, standard.color(g, r));
        }
    }
    p.setColor(QPalette::Link, QColor(0x9a, 0x6b, 0x10));
    return p;
}

QColor outcomeColor(const QString& outcome) {
    if (outcome == QLatin1String("Win")) {
        return QColor(0x4e, 0x9c, 0xff);
    }
    if (outcome == QLatin1String("Loss")) {
        return QColor(0xff, 0x5d, 0x6c);
    }
    return QColor(0x8a, 0x93, 0xa6);
}

} // namespace herald::ui
