// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncrunner.h"

#include "common/errortext.h"
#include "engine/datadragon.h"
#include "heraldsession.h"
#include "http/httpclient.h"
#include "store/accounts.h"
#include "store/settings.h"
#include "store/store.h"

#include <QThreadPool>

namespace herald::ui {

SyncRunner::SyncRunner(store::Store& store, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_pool(std::make_unique<QThreadPool>()) {
    qRegisterMetaType<herald::ui::SyncStatus>();
    qRegisterMetaType<herald::ui::SyncResult>();
    m_pool->setMaxThreadCount(1);
    // An unsafe HERALD_RIOT_BASE_URL is refused: the key then goes nowhere but Riot (and the status bar says why).
    if (auto baseUrl = sync::riotBaseUrl()) {
        m_config.baseUrl = baseUrl.value();
    } else {
        m_configError = errorText(baseUrl.error());
    }
}

SyncRunner::~SyncRunner() {
    cancel();
    m_pool->waitForDone();
}

void SyncRunner::setApiKey(const QString& key) {
    m_config.apiKey = key.trimmed().toStdString();
}

void SyncRunner::cancel() {
    m_cancelled = true;
    std::lock_guard lock(m_engineMutex);
    if (m_engine != nullptr) {
        m_engine->cancel();
    }
}

bool SyncRunner::begin() {
    if (m_running) {
        return false;
    }
    m_running = true;
    m_cancelled = false;
    emit started();
    return true;
}

void SyncRunner::addAccount(const QString& riotId, const QString& platformName, bool viaHerald) {
    if (!begin()) {
        emit accountAdded(riotId, tr("A sync is running: add the account when it is done."));
        return;
    }
    const auto config = m_config;
    m_pool->start([this, config, riotId, platformName, viaHerald] {
        QString error;
        QString added = riotId;
        const auto* platform = sync::riot::findPlatform(platformName.toStdString());
        auto id = sync::riot::parseRiotId(riotId.toStdString());
        if (platform == nullptr) {
            error = tr("Unknown platform %1.").arg(platformName);
        } else if (!id) {
            error = errorText(id.error());
        } else {
            try {
                std::optional<sync::riot::RiotConfig> chosen = config;
                if (viaHerald) {
                    // Registered with the server (which then records its LP), then resolved through the relay.
                    auto registered =
                        m_herald != nullptr
                            ? m_herald->registerAccount(id->gameName, id->tagLine, std::string(platform->id))
                            : Result<sync::server::RemoteAccount>(makeError(ErrorKind::Validation,
                                                                            "sign in to your Herald account first",
                                                                            "server.not_signed_in"));
                    chosen = registered && m_herald != nullptr ? m_herald->relayConfig() : std::nullopt;
                    if (!registered) {
                        error = errorText(registered.error());
                    } else if (!chosen) {
                        error = tr("Sign in to your Herald account first.");
                    }
                }
                auto result = chosen ? sync::SyncEngine(m_store, *chosen).addAccount(id.value(), *platform)
                                     : Result<store::AccountRow>(makeError(ErrorKind::Validation, ""));
                if (result) {
                    added = QString::fromStdString(result->riotId());
                } else if (error.isEmpty()) {
                    error = errorText(result.error());
                }
            } catch (const std::exception& e) { // no exception leaves the pool thread: it is reported instead
                error = QString::fromUtf8(e.what());
            }
        }
        QMetaObject::invokeMethod(this, [this, added, error] {
            m_running = false;
            emit accountAdded(added, error);
        });
    });
}

void SyncRunner::syncAll() {
    sync::SyncOptions options;
    options.concurrency = m_concurrency;
    syncAll(options);
}

void SyncRunner::syncAll(const sync::SyncOptions& options) {
    if (!m_configError.isEmpty()) {
        SyncResult refused;
        refused.errors << m_configError;
        emit finished(refused);
        return;
    }
    if (!begin()) {
        return;
    }
    const auto config = m_config;
    m_pool->start([this, config, options] {
        SyncResult result;
        // No exception leaves the pool thread: a store that cannot be read (busy, damaged) or anything else that
        // throws ends this sync with a message, and the next one starts afresh.
        try {
            runSync(config, options, result);
        } catch (const store::StoreError& e) {
            result.errors << errorText(store::toError(e, "syncing"));
        } catch (const std::exception& e) {
            result.errors << QString::fromUtf8(e.what());
        }
        {
            std::lock_guard lock(m_engineMutex);
            m_engine = nullptr;
        }
        QMetaObject::invokeMethod(this, [this, result] {
            m_running = false;
            emit finished(result);
        });
    });
}

SyncRunner::Needs SyncRunner::needs() const {
    auto reader = m_store.openReader();
    auto followed =
        reader ? store::listAccounts(reader.value()) : Result<std::vector<store::AccountRow>>(reader.error());
    if (!followed) {
        return Needs::Key; // unknown: the sync itself will say what is wrong
    }
    bool relay = false;
    for (const auto& account : followed.value()) {
        if (!account.syncable()) {
            continue;
        }
        if (!account.viaRelay()) {
            return Needs::Key;
        }
        relay = true;
    }
    return relay ? Needs::RelayOnly : Needs::NothingToSync;
}

void SyncRunner::runSync(const sync::riot::RiotConfig& config, const sync::SyncOptions& options, SyncResult& result) {
    // Game data (names) before the matches, icons after them for the champions the games use: one line at most.
    sync::HttpClient http(8);
    sync::DataDragon dragon(m_store, http);
    auto gameData = dragon.refresh(false);
    if (!gameData) {
        result.errors << tr("Game data: %1 (the bundled snapshot serves meanwhile)").arg(errorText(gameData.error()));
    }
    runAccounts(config, options, result);
    if (gameData && !result.cancelled) {
        if (Status icons = dragon.fetchIcons(gameData.value()); !icons) {
            result.errors << tr("Game data: %1 (names are there; icons next time)").arg(errorText(icons.error()));
        }
    }
}

void SyncRunner::runAccounts(const sync::riot::RiotConfig& config, const sync::SyncOptions& options,
                             SyncResult& result) {
    std::vector<store::AccountRow> accounts;
    auto reader = m_store.openReader();
    auto followed =
        reader ? store::listAccounts(reader.value()) : Result<std::vector<store::AccountRow>>(reader.error());
    if (!followed) {
        result.errors << errorText(followed.error());
        return;
    }
    for (auto& account : followed.value()) {
        if (account.syncable()) {
            accounts.push_back(std::move(account));
        }
    }
    // Relay accounts go through the Herald server with a fresh token; the others use the player's key.
    std::optional<sync::riot::RiotConfig> relay;
    const bool anyRelay =
        std::any_of(accounts.begin(), accounts.end(), [](const store::AccountRow& a) { return a.viaRelay(); });
    if (anyRelay && m_herald != nullptr) {
        relay = m_herald->relayConfig();
    }
    for (const auto& account : accounts) {
        if (m_cancelled) {
            result.cancelled = true;
            break;
        }
        const bool viaRelay = account.viaRelay();
        result.accounts << QString::fromStdString(account.riotId());
        if (viaRelay && !relay) {
            result.errors << tr("%1: sign in to your Herald account to sync it through the Herald server.")
                                 .arg(QString::fromStdString(account.riotId()));
            continue;
        }
        sync::riot::RiotConfig accountConfig = viaRelay ? *relay : config;
        accountConfig.maxConcurrent = config.maxConcurrent;
        sync::SyncEngine engine(m_store, accountConfig);
        engine.setProgressCallback([this](const sync::SyncProgress& p) {
            SyncStatus status;
            status.account = QString::fromStdString(p.account);
            status.phase = p.phase;
            status.done = p.done;
            status.total = p.total;
            status.etaSeconds = p.etaSeconds;
            if (p.waitingUntil) {
                status.waitingUntil = QDateTime::fromMSecsSinceEpoch(
                    std::chrono::duration_cast<std::chrono::milliseconds>(p.waitingUntil->time_since_epoch()).count());
            }
            QMetaObject::invokeMethod(this, [this, status] { emit progress(status); });
        });
        {
            std::lock_guard lock(m_engineMutex);
            m_engine = &engine;
        }
        auto synced = engine.sync(account.puuid, options);
        {
            std::lock_guard lock(m_engineMutex);
            m_engine = nullptr;
        }
        if (!synced) {
            result.errors << QStringLiteral("%1: %2").arg(QString::fromStdString(account.riotId()),
                                                          errorText(synced.error()));
            continue;
        }
        result.newMatches += synced->newMatches;
        for (const auto& issue : synced->errors) {
            result.errors << QStringLiteral("%1: %2").arg(QString::fromStdString(synced->account),
                                                          syncIssueText(issue));
        }
        if (viaRelay && m_herald != nullptr) {
            if (auto merged = m_herald->mergeRanking(account.puuid); !merged) {
                result.errors << tr("%1: LP history: %2")
                                     .arg(QString::fromStdString(account.riotId()), errorText(merged.error()));
            }
        }
        if (synced->cancelled) {
            result.cancelled = true;
            break;
        }
    }
}

} // namespace herald::ui
