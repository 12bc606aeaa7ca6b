// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsview.h"

#include "archivepanel.h"
#include "backupspanel.h"
#include "common/backgroundwrite.h"
#include "common/dialogs.h"
#include "common/errortext.h"
#include "store/settings.h"
#include "store/store.h"
#include "theme/language.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

namespace herald::ui {

AppSettings loadAppSettings(store::Store& store) {
    AppSettings s;
    auto reader = store.openReader();
    if (!reader) {
        return s;
    }
    // A setting that cannot be read (a busy or damaged store) keeps its default.
    auto get = [&reader](const char* key) {
        const auto value = store::getSetting(reader.value(), key);
        return value && value.value() ? QString::fromStdString(*value.value()) : QString();
    };
    const QString theme = get(AppSettings::kTheme);
    if (theme == QLatin1String("light") || theme == QLatin1String("dark")) {
        s.theme = theme;
    }
    const QString zone = get(AppSettings::kTimeZone);
    if (!zone.isEmpty() && QTimeZone(zone.toUtf8()).isValid()) {
        s.timeZone = zone;
    }
    s.streamerMode = get(AppSettings::kStreamerMode) == QLatin1String("1");
    const QString language = get(AppSettings::kLanguage);
    if (language == QLatin1String("en") || language == QLatin1String("fr")) {
        s.language = language;
    }
    bool ok = false;
    const int concurrency = get(AppSettings::kSyncConcurrency).toInt(&ok);
    if (ok && concurrency >= 1 && concurrency <= 32) {
        s.syncConcurrency = concurrency;
    }
    return s;
}

SettingsView::SettingsView(store::Store& store, const AppSettings& current, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_settings(current)
    , m_language(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_timeZone(new QComboBox(this))
    , m_streamer(new QCheckBox(tr("Hide other players' Riot IDs (for streaming)"), this))
    , m_concurrency(new QSpinBox(this))
    , m_dataFolder(new QLabel(QString::fromStdString(store.dataDir().string()), this))
    , m_backups(new BackupsPanel(store, this))
    , m_archive(new ArchivePanel(store, this)) {
    qRegisterMetaType<herald::ui::AppSettings>();
    setUpChoices(current);
    layOut();
}

// The language, theme, time zone, streamer mode and sync concurrency, each saved as it changes.
void SettingsView::setUpChoices(const AppSettings& current) {
    // The language the system's locale gives Herald (English for a C or unknown locale), never empty brackets.
    m_language->addItem(
        tr("The system's (%1)")
            .arg(systemLanguage() == QLatin1String("fr") ? QStringLiteral("Français") : QStringLiteral("English")),
        QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(current.language)));
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_settings.language = m_language->currentData().toString();
        save(AppSettings::kLanguage, m_settings.language);
    });
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(current.theme)));
    connect(m_theme, &QComboBox::currentIndexChanged, this, [this] { setTheme(m_theme->currentData().toString()); });

    m_timeZone->addItem(tr("The system's (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())), QString());
    for (const char* zone : {"UTC",
                             "Europe/London",
                             "Europe/Paris",
                             "Europe/Berlin",
                             "Europe/Istanbul",
                             "Europe/Moscow",
                             "America/New_York",
                             "America/Chicago",
                             "America/Los_Angeles",
                             "America/Sao_Paulo",
                             "America/Mexico_City",
                             "Asia/Seoul",
                             "Asia/Tokyo",
                             "Asia/Singapore",
                             "Asia/Manila",
                             "Asia/Bangkok",
                             "Asia/Taipei",
                             "Asia/Ho_Chi_Minh",
                             "Asia/Dubai",
                             "Australia/Sydney"}) {
        m_timeZone->addItem(QString::fromLatin1(zone), QString::fromLatin1(zone));
    }
    m_timeZone->setCurrentIndex(std::max(0, m_timeZone->findData(current.timeZone)));
    m_timeZone->setToolTip(tr("Days, weeks, weekdays and hours of the dashboards are counted in this time zone"));
    connect(m_timeZone, &QComboBox::currentIndexChanged, this, [this] {
        m_settings.timeZone = m_timeZone->currentData().toString();
        save(AppSettings::kTimeZone, m_settings.timeZone);
    });

    m_streamer->setChecked(current.streamerMode);
    connect(m_streamer, &QCheckBox::toggled, this, &SettingsView::setStreamerMode);

    m_concurrency->setRange(1, 32);
    m_concurrency->setValue(current.syncConcurrency);
    m_concurrency->setToolTip(tr("Requests in flight at once while syncing; Riot's rate limits still apply"));
    connect(m_concurrency, &QSpinBox::valueChanged, this, [this](int value) {
        m_settings.syncConcurrency = value;
        save(AppSettings::kSyncConcurrency, QString::number(value));
    });
}

// The data folder (from the next start) and its Change… button.
QHBoxLayout* SettingsView::dataFolderRow() {
    auto* folderRow = new QHBoxLayout;
    m_dataFolder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    folderRow->addWidget(m_dataFolder, 1);
    auto* change = new QPushButton(tr("Change…"), this);
    connect(change, &QPushButton::clicked, this, [this] {
        const QString folder = Dialogs::askFolder(this, tr("Herald's data folder"), m_dataFolder->text());
        if (!folder.isEmpty()) {
            QSettings().setValue(dataFolderSetting(), folder);
            m_dataFolder->setText(tr("%1 (from the next start; the current store stays where it is)").arg(folder));
        }
    });
    folderRow->addWidget(change);

    return folderRow;
}

// Set or remove the Riot API key (the window's keychain does it).
QHBoxLayout* SettingsView::apiKeyRow() {
    auto* keyRow = new QHBoxLayout;
    auto* setKey = new QPushButton(tr("Set API key…"), this);
    auto* removeKey = new QPushButton(tr("Remove the key from the keychain"), this);
    connect(setKey, &QPushButton::clicked, this, &SettingsView::apiKeyRequested);
    connect(removeKey, &QPushButton::clicked, this, &SettingsView::apiKeyRemovalRequested);
    keyRow->addWidget(setKey);
    keyRow->addWidget(removeKey);
    keyRow->addStretch(1);

    return keyRow;
}

// The form, then the backups and the archive, on a page that scrolls.
void SettingsView::layOut() {
    auto* title = new QLabel(tr("Settings"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    auto* form = new QFormLayout;
    auto* languageRow = new QHBoxLayout;
    languageRow->addWidget(m_language);
    languageRow->addWidget(new QLabel(tr("(from the next start)"), this));
    languageRow->addStretch(1);
    form->addRow(tr("Language"), languageRow);
    form->addRow(tr("Theme"), m_theme);
    form->addRow(tr("Time zone"), m_timeZone);
    form->addRow(tr("Streamer mode"), m_streamer);
    form->addRow(tr("Sync concurrency"), m_concurrency);
    form->addRow(tr("Data folder"), dataFolderRow());
    form->addRow(tr("Riot API key"), apiKeyRow());
    auto* formBox = new QWidget(this);
    formBox->setLayout(form);
    formBox->setMaximumWidth(760); // a form reads better narrow than stretched over a wide window
    // The page scrolls: the backups and the archive below the form do not fit a small window.
    auto* page = new QWidget;
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->addWidget(title);
    layout->addWidget(formBox);
    m_backups->setMaximumWidth(760);
    layout->addWidget(m_backups);
    m_archive->setMaximumWidth(760);
    layout->addWidget(m_archive);
    layout->addStretch(1);
}

void SettingsView::setTheme(const QString& theme) {
    if (theme != QLatin1String("dark") && theme != QLatin1String("light")) {
        return;
    }
    m_settings.theme = theme;
    {
        QSignalBlocker block(m_theme);
        m_theme->setCurrentIndex(std::max(0, m_theme->findData(theme)));
    }
    save(AppSettings::kTheme, theme);
}

void SettingsView::setStreamerMode(bool on) {
    m_settings.streamerMode = on;
    {
        QSignalBlocker block(m_streamer);
        m_streamer->setChecked(on);
    }
    save(AppSettings::kStreamerMode, on ? QStringLiteral("1") : QStringLiteral("0"));
}

void SettingsView::save(const char* key, const QString& value) {
    emit changed(m_settings);
    saveSettingInBackground(m_store, this, key, value.toStdString(),
                            [this](const Error& error) { emit saveFailed(errorText(error)); });
}

} // namespace herald::ui
