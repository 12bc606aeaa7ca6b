// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncrunner.h"

#include "common/errortext.h"
#include "engine/syncaccounts.h"
#include "heraldsession.h"
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
    // Game data, every account, icons: the same steps as herald-cli sync (sync::syncAccounts).
    sync::SyncAccountsSetup setup;
    setup.ownKey = config;
    setup.options = options;
    // Relay accounts go through the Herald server with a fresh token; the others use the player's key.
    if (m_herald != nullptr) {
        if (std::any_of(accounts.begin(), accounts.end(), [](const auto& a) { return a.viaRelay(); })) {
            setup.relay = m_herald->relayConfig();
            if (setup.relay) {
                setup.relay->maxConcurrent = config.maxConcurrent;
            }
        }
        setup.mergeRanking = [this](const std::string& puuid) { return m_herald->mergeRanking(puuid); };
        setup.championsFromServer = [this] { return m_herald->championsFromServer(); };
    }
    setup.progress = [this](const sync::SyncProgress& p) {
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
    };
    setup.running = [this](sync::SyncEngine* engine) {
        std::lock_guard lock(m_engineMutex);
        m_engine = engine;
    };
    setup.stopRequested = [this] { return m_cancelled.load(); };
    const sync::SyncAccountsReport report = sync::syncAccounts(m_store, accounts, setup);

    if (report.gameDataError) {
        result.errors
            << (report.mirroredChampions.empty()
                    ? tr("Game data: %1 (the bundled snapshot serves meanwhile)").arg(errorText(*report.gameDataError))
                    : tr("Game data: %1 (champions from the Herald server instead: %2)")
                          .arg(errorText(*report.gameDataError), QString::fromStdString(report.mirroredChampions)));
    }
    for (const auto& outcome : report.accounts) {
        const QString riotId = QString::fromStdString(outcome.account.riotId());
        result.accounts << riotId;
        if (!outcome.summary) {
            result.errors
                << (outcome.summary.error().code == "sync.relay_signed_out"
                        ? tr("%1: sign in to your Herald account to sync it through the Herald server.").arg(riotId)
                        : QStringLiteral("%1: %2").arg(riotId, errorText(outcome.summary.error())));
            continue;
        }
        result.newMatches += outcome.summary->newMatches;
        for (const auto& issue : outcome.summary->errors) {
            result.errors << QStringLiteral("%1: %2").arg(QString::fromStdString(outcome.summary->account),
                                                          syncIssueText(issue));
        }
        if (outcome.ranking && !*outcome.ranking) {
            result.errors << tr("%1: LP history: %2").arg(riotId, errorText(outcome.ranking->error()));
        }
    }
    result.cancelled = report.cancelled;
    if (report.iconsError) {
        result.errors << tr("Game data: %1 (names are there; icons next time)").arg(errorText(*report.iconsError));
    }
}

} // namespace herald::ui
