#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace herald::ui {

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
        return true; // the source language
    }
    auto* herald = new QTranslator(&app);
    if (!herald->load(QStringLiteral(":/i18n/herald_%1.qm").arg(lang))) {
        delete herald;
        return false;
    }
    QCoreApplication::installTranslator(herald);
    // Qt's own strings (OK, Cancel, file dialogs); absent on a system without the package, which is harmless.
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(lang), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    QLocale::setDefault(QLocale(lang));
    return true;
}

} // namespace herald::ui
