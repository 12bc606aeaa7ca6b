// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraldsession.h"

#include "apikeystore.h"
#include "common/errortext.h"
#include "store/sessions.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPointer>
#include <QThreadPool>

namespace herald::ui {

// The token in memory for the client's threads; the keychain follows on the GUI thread.
class HeraldSession::KeychainCredentials final : public sync::server::CredentialStore {
public:
    explicit KeychainCredentials(ApiKeyStore* keychain) : m_keychain(keychain) {}

    std::optional<std::string> refreshToken() override {
        std::lock_guard lock(m_mutex);
        return m_token;
    }
    Status save(const std::string& token) override {
        {
            std::lock_guard lock(m_mutex);
            m_token = token;
        }
        QPointer<ApiKeyStore> keychain(m_keychain);
        const QString text = QString::fromStdString(token);
        QMetaObject::invokeMethod(m_keychain, [keychain, text] {
            if (keychain) {
                keychain->write(text);
            }
        });
        return Ok{};
    }
    Status clear() override {
        {
            std::lock_guard lock(m_mutex);
            m_token.reset();
        }
        QPointer<ApiKeyStore> keychain(m_keychain);
        QMetaObject::invokeMethod(m_keychain, [keychain] {
            if (keychain) {
                keychain->remove();
            }
        });
        return Ok{};
    }
    std::string where() const override { return "the system keychain"; }
    // HERALD_TOKEN set for this run: the user's own token for the server the user names.
    bool givenByUser() const override { return qEnvironmentVariableIsSet("HERALD_TOKEN"); }
    void load(const std::optional<std::string>& token) {
        std::lock_guard lock(m_mutex);
        m_token = token;
    }

private:
    ApiKeyStore* m_keychain;
    std::mutex m_mutex;
    std::optional<std::string> m_token;
};

HeraldSession::HeraldSession(store::Store& store, const QString& serverUrl, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_pool(std::make_unique<QThreadPool>())
    , m_keychain(new ApiKeyStore(QStringLiteral("herald-refresh-token"), QByteArrayLiteral("HERALD_TOKEN"), this)) {
    qRegisterMetaType<herald::sync::server::TemplatePage>();
    qRegisterMetaType<herald::templates::Template>();
    m_pool->setMaxThreadCount(1);
    m_credentials = std::make_unique<KeychainCredentials>(m_keychain);
    sync::server::ServerOptions options;
    options.baseUrl = sync::server::serverUrl(serverUrl.toStdString());
    m_client = std::make_unique<sync::server::HeraldClient>(options, *m_credentials);
    connect(m_keychain, &ApiKeyStore::keyRead, this, [this](const QString& token, const QString&) {
        m_credentials->load(token.isEmpty() ? std::nullopt : std::optional<std::string>(token.toStdString()));
        m_known = true;
        if (!token.isEmpty()) {
            // The name the last sign-in recorded (the store keeps who, never the token).
            if (auto reader = m_store.openReader()) {
                if (auto session = store::currentSession(reader.value()); session && session.value()) {
                    m_userName = QString::fromStdString(
                        session.value()->displayName.empty() ? session.value()->email : session.value()->displayName);
                }
            }
        }
        emit stateChanged();
    });
}

HeraldSession::~HeraldSession() {
    m_pool->waitForDone();
}

void HeraldSession::start() {
    m_keychain->read();
}

bool HeraldSession::isSignedIn() const {
    return m_credentials->refreshToken().has_value();
}

QString HeraldSession::userName() const {
    return isSignedIn() ? m_userName : QString();
}

QString HeraldSession::serverUrl() const {
    return QString::fromStdString(m_client->baseUrl());
}

void HeraldSession::run(std::function<void()> work) {
    m_pool->start([this, work = std::move(work)] {
        std::lock_guard lock(m_clientMutex);
        try {
            work();
        } catch (const std::exception&) {
            // Every call reports through its own signal; an exception here would be a bug, never a crash.
        }
    });
}

void HeraldSession::noteSignedOut(const Error& error) {
    if (error.code != "server.signed_out") {
        return;
    }
    QPointer<HeraldSession> self(this);
    const QString reason = errorText(error);
    QMetaObject::invokeMethod(this, [self, reason] {
        if (HeraldSession* s = self.data()) {
            s->m_userName.clear();
            emit s->sessionEnded(reason);
            emit s->stateChanged();
        }
    });
}

void HeraldSession::signIn(const QString& email, const QString& password) {
    QPointer<HeraldSession> self(this);
    run([this, self, email = email.toStdString(), password = password.toStdString()] {
        auto user = m_client->login(email, password);
        const QString error = user ? QString() : errorText(user.error());
        const QString name =
            user ? QString::fromStdString(user->displayName.empty() ? user->email : user->displayName) : QString();
        auto announce = [self, error, name] {
            QMetaObject::invokeMethod(QCoreApplication::instance(), [self, error, name] {
                HeraldSession* s = self.data();
                if (s == nullptr) {
                    return;
                }
                if (!error.isEmpty()) {
                    emit s->signInFailed(error);
                    return;
                }
                s->m_userName = name;
                emit s->stateChanged();
            });
        };
        if (!user) {
            announce();
            return;
        }
        // Said once the session is recorded; no thread waits for the writer meanwhile.
        const auto now = QDateTime::currentMSecsSinceEpoch();
        const store::UserSession session{user->id, user->email, user->displayName, now, now + 7LL * 86'400'000};
        m_store.writer().submitThen<Ok>(
            [session](store::Database& db) -> Result<Ok> {
                store::recordSession(db, session);
                return Ok{};
            },
            [announce](Result<Ok>) { announce(); });
    });
}

void HeraldSession::signOut() {
    QPointer<HeraldSession> self(this);
    run([this, self] {
        (void)m_client->logout();
        m_store.writer().submitThen<Ok>(
            [](store::Database& db) -> Result<Ok> {
                store::clearSessions(db);
                return Ok{};
            },
            [self](Result<Ok>) {
                QMetaObject::invokeMethod(QCoreApplication::instance(), [self] {
                    if (HeraldSession* s = self.data()) {
                        s->m_userName.clear();
                        emit s->stateChanged();
                    }
                });
            });
    });
}

void HeraldSession::browse(const QString& query, int page) {
    QPointer<HeraldSession> self(this);
    run([this, self, query = query.toStdString(), page] {
        auto found = sync::server::browseTemplates(*m_client, query, page);
        if (!found) {
            noteSignedOut(found.error());
        }
        const QString error = found ? QString() : errorText(found.error());
        const auto result = found ? found.value() : sync::server::TemplatePage{};
        QMetaObject::invokeMethod(this, [self, result, error] {
            if (HeraldSession* s = self.data()) {
                emit s->browsed(result, error);
            }
        });
    });
}

void HeraldSession::pull(const QString& remoteId) {
    QPointer<HeraldSession> self(this);
    run([this, self, id = remoteId.toStdString()] {
        auto pulledTemplate = sync::server::pullTemplate(m_store, *m_client, id);
        if (!pulledTemplate) {
            noteSignedOut(pulledTemplate.error());
        }
        const QString error = pulledTemplate ? QString() : errorText(pulledTemplate.error());
        const QString localId = pulledTemplate ? QString::fromStdString(pulledTemplate->id) : QString();
        QMetaObject::invokeMethod(this, [self, localId, error] {
            if (HeraldSession* s = self.data()) {
                emit s->pulled(localId, error);
            }
        });
    });
}

void HeraldSession::publish(const QString& templateId, bool shared) {
    QPointer<HeraldSession> self(this);
    run([this, self, id = templateId.toStdString(), shared] {
        auto outcome = sync::server::publishTemplate(m_store, *m_client, id, shared);
        if (!outcome) {
            noteSignedOut(outcome.error());
        }
        const QString error = outcome ? QString() : errorText(outcome.error());
        const bool pending = outcome && !outcome->sent;
        QMetaObject::invokeMethod(this, [self, id, pending, error] {
            if (HeraldSession* s = self.data()) {
                emit s->published(QString::fromStdString(id), pending, error);
            }
        });
    });
}

void HeraldSession::syncNow() {
    QPointer<HeraldSession> self(this);
    run([this, self] {
        auto templates = sync::server::syncTemplates(m_store, *m_client);
        auto settings = templates ? sync::server::syncSettings(m_store, *m_client)
                                  : Result<sync::server::SettingsSyncReport>(templates.error());
        QString summary;
        QString error;
        if (!settings) {
            noteSignedOut(settings.error());
            error = errorText(settings.error());
        } else {
            summary =
                tr("Templates: %1 sent, %2 received. Settings in step.").arg(templates->sent).arg(templates->received);
            for (const auto& name : templates->conflicts) {
                summary +=
                    QLatin1Char(' ') +
                    tr("Changed on another device too: yours is kept as “%1”.").arg(QString::fromStdString(name));
            }
        }
        QMetaObject::invokeMethod(this, [self, summary, error] {
            if (HeraldSession* s = self.data()) {
                emit s->synced(summary, error);
            }
        });
    });
}

void HeraldSession::deleteOnServer(const QString& remoteId) {
    QPointer<HeraldSession> self(this);
    run([this, self, id = remoteId.toStdString()] {
        const Status done = sync::server::deleteServerTemplate(m_store, *m_client, id);
        if (!done) {
            noteSignedOut(done.error());
        }
        const QString error = done ? QString() : errorText(done.error());
        QMetaObject::invokeMethod(this, [self, error] {
            if (HeraldSession* s = self.data()) {
                emit s->deletedOnServer(error);
            }
        });
    });
}

void HeraldSession::preview(const QString& remoteId) {
    QPointer<HeraldSession> self(this);
    run([this, self, remoteId] {
        auto fetched = sync::server::fetchTemplate(*m_client, remoteId.toStdString());
        if (!fetched) {
            noteSignedOut(fetched.error());
        }
        const QString error = fetched ? QString() : errorText(fetched.error());
        const templates::Template document = fetched ? fetched.value() : templates::Template{};
        QMetaObject::invokeMethod(this, [self, remoteId, document, error] {
            if (HeraldSession* s = self.data()) {
                emit s->previewed(remoteId, document, error);
            }
        });
    });
}

std::optional<sync::riot::RiotConfig> HeraldSession::relayConfig() {
    std::lock_guard lock(m_clientMutex);
    auto config = m_client->relayConfig(&m_clientMutex);
    if (!config) {
        noteSignedOut(config.error());
        return std::nullopt;
    }
    return std::move(config).value();
}

Result<int> HeraldSession::mergeRanking(const std::string& puuid) {
    std::lock_guard lock(m_clientMutex);
    auto merged = sync::server::mergeServerRanking(m_store, *m_client, puuid);
    if (!merged) {
        noteSignedOut(merged.error());
    }
    return merged;
}

Result<std::string> HeraldSession::championsFromServer() {
    std::lock_guard lock(m_clientMutex);
    if (!m_client->hasSession()) {
        return makeError(ErrorKind::Validation, "not signed in to the Herald server");
    }
    return sync::server::refreshChampionsFromServer(m_store, *m_client);
}

Result<sync::server::RemoteAccount>
HeraldSession::registerAccount(const std::string& gameName, const std::string& tagLine, const std::string& platform) {
    std::lock_guard lock(m_clientMutex);
    auto account = m_client->addAccount(gameName, tagLine, platform);
    if (!account) {
        noteSignedOut(account.error());
    }
    return account;
}

} // namespace herald::ui
