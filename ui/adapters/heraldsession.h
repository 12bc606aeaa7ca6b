// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// HeraldSession: the GUI's side of the Herald server. The refresh token lives in the system keychain (read at
// start, written at each rotation, removed at sign-out; HERALD_TOKEN wins), never in a file or the store. Server
// calls run one at a time on a worker thread; results come back as signals on the GUI thread. The sync's worker
// asks it for the relay's configuration.
#pragma once

#include "herald/credentials.h"
#include "herald/heraldclient.h"
#include "herald/serversync.h"
#include "riot/riotclient.h"

#include <QObject>
#include <QString>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

class QThreadPool;

namespace herald::store {
class Store;
}

namespace herald::ui {

class ApiKeyStore;

class HeraldSession : public QObject {
    Q_OBJECT
public:
    // serverUrl: empty for HERALD_SERVER_URL, else the default.
    HeraldSession(store::Store& store, const QString& serverUrl = {}, QObject* parent = nullptr);
    ~HeraldSession() override;

    // Reads the session from the keychain; stateChanged() tells what was found.
    void start();
    bool isSignedIn() const;
    QString userName() const; // display name, else email; empty when signed out
    QString serverUrl() const;

    void signIn(const QString& email, const QString& password);
    void signOut();
    void browse(const QString& query, int page);
    void pull(const QString& remoteId);
    void publish(const QString& templateId, bool shared);
    // Templates, then settings.
    void syncNow();
    void deleteOnServer(const QString& remoteId);
    // A shared template's document, for the browser's preview.
    void preview(const QString& remoteId);

    // For the sync's worker thread: {server}/api/v1/riot with a fresh token; nullopt (and sessionEnded) when
    // signed out.
    std::optional<sync::riot::RiotConfig> relayConfig();
    // The account registered with the server (the sync's worker, before it resolves it through the relay).
    // The server's LP history of a relay account into the store (the sync's worker).
    Result<int> mergeRanking(const std::string& puuid);
    // Data Dragon out of reach: the champions of the server's mirror into the store ("" when up to date, else
    // its version); an error when signed out (the sync's worker).
    Result<std::string> championsFromServer();
    Result<sync::server::RemoteAccount> registerAccount(const std::string& gameName, const std::string& tagLine,
                                                        const std::string& platform);

signals:
    void stateChanged();
    void signInFailed(const QString& error);
    // The server refused to renew the session: the player must sign in again.
    void sessionEnded(const QString& reason);
    void browsed(const herald::sync::server::TemplatePage& page, const QString& error);
    void pulled(const QString& templateId, const QString& error);
    void published(const QString& templateId, bool pending, const QString& error);
    void synced(const QString& summary, const QString& error);
    void deletedOnServer(const QString& error); // empty: deleted, or queued for when the server answers
    void previewed(const QString& remoteId, const herald::templates::Template& document, const QString& error);

private:
    class KeychainCredentials;
    // Runs on the worker, under the client's mutex; `then` gets the outcome on the GUI thread.
    void run(std::function<void()> work);
    void noteSignedOut(const Error& error);

    store::Store& m_store;
    std::unique_ptr<KeychainCredentials> m_credentials;
    std::unique_ptr<sync::server::HeraldClient> m_client;
    std::mutex m_clientMutex; // the client is used by one thread at a time
    std::unique_ptr<QThreadPool> m_pool;
    ApiKeyStore* m_keychain;
    QString m_userName;
    bool m_known = false; // the keychain has answered
};

} // namespace herald::ui

Q_DECLARE_METATYPE(herald::sync::server::TemplatePage)
Q_DECLARE_METATYPE(herald::templates::Template)
