// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ApiKeyStore: the Riot API key in the system keychain (QtKeychain: Secret Service / KWallet, macOS Keychain,
// Windows Credential Store). Never written anywhere else: no insecure fallback to a settings file, and the key
// never reaches logs or messages. HERALD_RIOT_API_KEY, when set, wins (headless machines, CI).
#pragma once

#include <QObject>
#include <QString>

namespace herald::ui {

class ApiKeyStore : public QObject {
    Q_OBJECT
public:
    explicit ApiKeyStore(QObject* parent = nullptr);
    // Another secret of the same keychain service (the Herald session's refresh token), with the environment
    // variable that wins over it.
    ApiKeyStore(QString entry, QByteArray environmentVariable, QObject* parent = nullptr);

    // Asynchronous; each answers with one signal.
    void read();
    void write(const QString& key);
    void remove();

    static QString service() { return QStringLiteral("Herald"); }
    static QString entry() { return QStringLiteral("riot-api-key"); }
    const QString& entryName() const { return m_entry; }

signals:
    // key is empty when there is none; error is empty on success (a missing entry is not an error).
    void keyRead(const QString& key, const QString& error);
    void keyWritten(const QString& error);
    void keyRemoved(const QString& error);

private:
    QString m_entry = entry();
    QByteArray m_environment = QByteArrayLiteral("HERALD_RIOT_API_KEY");
};

} // namespace herald::ui
