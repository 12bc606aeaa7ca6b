// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// SettingsView: theme, time zone, streamer mode, sync concurrency, data folder, backups and the Riot API key. Values
// live in the store's user_settings (never a secret: the key stays in the system keychain); the data folder
// is a per-user QSettings value read at start (it says where the store is).
#pragma once

#include "store/settings.h"

#include <QString>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QSpinBox;

namespace herald::store {
class Store;
}

namespace herald::ui {

class ArchivePanel;
class BackupsPanel;

struct AppSettings {
    QString theme = QStringLiteral("dark"); // dark | light
    QString timeZone;                       // IANA; empty: the system's
    bool streamerMode = false;
    int syncConcurrency = 8;
    QString language; // "en", "fr"; empty: the system's (applies from the next start)

    // user_settings keys
    static constexpr const char* kTheme = "ui.theme";
    static constexpr const char* kTimeZone = store::kTimeZoneSetting.data();
    static constexpr const char* kStreamerMode = store::kStreamerModeSetting.data();
    static constexpr const char* kSyncConcurrency = "sync.concurrency";
    static constexpr const char* kLanguage = "ui.language";
};

// Reads them from the store (defaults for what is missing or invalid).
AppSettings loadAppSettings(store::Store& store);

class SettingsView : public QWidget {
    Q_OBJECT
public:
    SettingsView(store::Store& store, const AppSettings& current, QWidget* parent = nullptr);

    const AppSettings& settings() const { return m_settings; }
    // Changes one setting as the form would (tests); saves it and emits changed().
    void setTheme(const QString& theme);
    void setStreamerMode(bool on);

    static QString dataFolderSetting() { return QStringLiteral("dataDir"); }
    BackupsPanel* backups() const { return m_backups; }
    ArchivePanel* archive() const { return m_archive; }

signals:
    void changed(const herald::ui::AppSettings& settings);
    void apiKeyRequested();
    void apiKeyRemovalRequested();
    void saveFailed(const QString& message);

private:
    void setUpChoices(const AppSettings& current);
    QHBoxLayout* dataFolderRow();
    QHBoxLayout* apiKeyRow();
    void layOut();
    void save(const char* key, const QString& value);

    store::Store& m_store;
    AppSettings m_settings;
    QComboBox* m_language;
    QComboBox* m_theme;
    QComboBox* m_timeZone;
    QCheckBox* m_streamer;
    QSpinBox* m_concurrency;
    QLabel* m_dataFolder;
    BackupsPanel* m_backups;
    ArchivePanel* m_archive;
};

} // namespace herald::ui

Q_DECLARE_METATYPE(herald::ui::AppSettings)
