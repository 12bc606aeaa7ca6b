// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <vector>

namespace herald::ui {

namespace {

// English is the source language, so it has no .qm; its plurals are written "%n match(es)". This translator
// resolves them: "(es)" and "(s)" disappear for one and become "es" / "s" otherwise. Other texts are left to
// the source (a null answer).
class EnglishPlurals : public QTranslator {
public:
    using QTranslator::QTranslator;
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* sourceText, const char* disambiguation, int n) const override {
        Q_UNUSED(context)
        Q_UNUSED(disambiguation)
        if (n < 0 || sourceText == nullptr) {
            return {};
        }
        QString text = QString::fromUtf8(sourceText);
        if (!text.contains(QLatin1String("(s)")) && !text.contains(QLatin1String("(es)"))) {
            return {};
        }
        const bool one = n == 1;
        text.replace(QLatin1String("(es)"), one ? QString() : QStringLiteral("es"));
        text.replace(QLatin1String("(s)"), one ? QString() : QStringLiteral("s"));
        return text;
    }
};

// The translators installLanguage put in place (GUI thread only): a later call replaces them, so the app can speak
// the system's language while it opens the store, then the one chosen in Settings.
std::vector<QTranslator*>& installed() {
    static std::vector<QTranslator*> translators;
    return translators;
}

void removeInstalled() {
    for (QTranslator* translator : installed()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installed().clear();
}

} // namespace

QStringList availableLanguages() {
    return {QStringLiteral("en"), QStringLiteral("fr")};
}

QString systemLanguage() {
    return QLocale::system().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
}

bool installLanguage(QCoreApplication& app, const QString& lang) {
    if (!availableLanguages().contains(lang)) {
        return false;
    }
    if (lang == QLatin1String("en")) {
        removeInstalled();
        installed().push_back(new EnglishPlurals(&app)); // the source language, but for plurals
        QCoreApplication::installTranslator(installed().back());
        QLocale::setDefault(QLocale(QLocale::English));
        return true;
    }
    auto* herald = new QTranslator(&app);
    if (!herald->load(QStringLiteral(":/i18n/herald_%1.qm").arg(lang))) {
        delete herald;
        return false;
    }
    removeInstalled();
    installed().push_back(herald);
    QCoreApplication::installTranslator(herald);
    // Qt's own strings (OK, Cancel, file dialogs); absent on a system without the package, which is harmless.
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(lang), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        installed().push_back(qt);
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    QLocale::setDefault(QLocale(lang));
    return true;
}

} // namespace herald::ui
