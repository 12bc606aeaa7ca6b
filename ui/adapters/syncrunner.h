// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// SyncRunner: the GUI's handle on the sync (sync/engine) and the Data Dragon refresh. Jobs run one at a time
// on a worker thread; progress and results come back as signals on the GUI thread, so the GUI never waits on
// the network or the store. The API key lives in memory only (read from the keychain by ApiKeyStore).
#pragma once

#include "engine/syncengine.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>
#include <atomic>
#include <memory>
#include <mutex>

class QThreadPool;

namespace herald::store {
class Store;
}

namespace herald::ui {

class HeraldSession;

struct SyncStatus {
    QString account;
    sync::SyncPhase phase = sync::SyncPhase::Resolving;
    int done = 0;
    int total = 0;
    double etaSeconds = -1;
    QDateTime waitingUntil; // invalid when not waiting for a rate limit
};

struct SyncResult {
    int newMatches = 0;
    QStringList accounts; // Name#TAG of the accounts synced
    QStringList errors;
    bool cancelled = false;
};

class SyncRunner : public QObject {
    Q_OBJECT
public:
    explicit SyncRunner(store::Store& store, QObject* parent = nullptr);
    ~SyncRunner() override; // cancels the running job and waits for it

    void setApiKey(const QString& key);
    void forgetApiKey() { m_config.apiKey.clear(); }
    // Requests in flight at once for the next syncs.
    void setConcurrency(int concurrency) { m_concurrency = std::max(1, concurrency); }
    bool hasApiKey() const { return !m_config.apiKey.empty(); }
    // What a sync of every account needs: nothing to fetch (no account, or only the demo and imported players'
    // local accounts), the Herald relay only, or the player's Riot key for at least one account.
    enum class Needs { NothingToSync, RelayOnly, Key };
    Needs needs() const;
    bool isRunning() const { return m_running; }

    // Looks the Riot ID up and follows the account; answers with accountAdded. viaHerald: registered with the
    // Herald server and resolved through its relay (no key needed; signed in).
    void addAccount(const QString& riotId, const QString& platform, bool viaHerald = false);
    // The Herald session relay accounts are synced with (nullptr: none).
    void setHeraldSession(HeraldSession* session) { m_herald = session; }
    // Game data, then every followed account (not the demo one); answers with progress and finished.
    void syncAll();
    void syncAll(const sync::SyncOptions& options);
    void cancel();

signals:
    void started();
    void progress(const herald::ui::SyncStatus& status);
    void accountAdded(const QString& riotId, const QString& error);
    void finished(const herald::ui::SyncResult& result);

private:
    bool begin();
    // One sync of every followed account, on the pool thread; throws only what syncAll catches at its top.
    void runSync(const sync::riot::RiotConfig& config, const sync::SyncOptions& options, SyncResult& result);

    store::Store& m_store;
    sync::riot::RiotConfig m_config;
    std::unique_ptr<QThreadPool> m_pool;
    std::mutex m_engineMutex; // guards m_engine: cancel() may come while the worker ends a sync
    sync::SyncEngine* m_engine = nullptr;
    std::atomic<bool> m_cancelled{false};
    bool m_running = false;
    int m_concurrency = 8;
    HeraldSession* m_herald = nullptr;
    QString m_configError; // HERALD_RIOT_BASE_URL refused: no sync runs
};

} // namespace herald::ui

Q_DECLARE_METATYPE(herald::ui::SyncStatus)
Q_DECLARE_METATYPE(herald::ui::SyncResult)
