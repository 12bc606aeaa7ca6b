// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The interface language: English (the source) or French (resources/translations/herald_fr.ts, compiled into
// the program), with Qt's own strings (dialog buttons, file dialogs) from Debian's qt6-translations-l10n.
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace herald::ui {

QStringList availableLanguages(); // "en", "fr"
// Installs the translators for lang ("fr"; "en": only its plurals), in place of those a previous call installed.
// False when lang is not available (the previous language stays).
bool installLanguage(QCoreApplication& app, const QString& lang);
// "fr" when the system's locale is French, else "en".
QString systemLanguage();

} // namespace herald::ui
