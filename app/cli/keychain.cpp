// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The command line's keychain (QtKeychain, as the app's): the Herald session's refresh token in the system
// keychain when there is one (Secret Service, KWallet, macOS Keychain, Windows Credential Store). Each call waits
// for its job on a local event loop, at most a few seconds; a machine without a keychain gets nullptr and the
// credentials file instead.
#include "commands.h"
#include "herald/credentials.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>

namespace herald::cli {

namespace {

constexpr const char* kService = "Herald";
constexpr const char* kEntry = "herald-refresh-token";

// Runs a keychain job to its end (or a timeout): true when it finished, with its error in `error`.
bool runJob(QKeychain::Job& job, QKeychain::Error& error) {
    QEventLoop loop;
    bool done = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(QString::fromLatin1(kEntry));
    job.start();
    if (!done) {
        loop.exec();
    }
    error = done ? job.error() : QKeychain::OtherError;
    return done;
}

class KeychainCredentialStore final : public sync::server::CredentialStore {
public:
    explicit KeychainCredentialStore(std::optional<std::string> token) : m_token(std::move(token)) {}

    std::optional<std::string> refreshToken() override { return m_token; }

    Status save(const std::string& token) override {
        QKeychain::WritePasswordJob job(QString::fromLatin1(kService));
        job.setTextData(QString::fromStdString(token));
        QKeychain::Error error = QKeychain::NoError;
        if (!runJob(job, error) || error != QKeychain::NoError) {
            return makeError(ErrorKind::Io, "the system keychain did not keep the Herald session");
        }
        m_token = token;
        return Ok{};
    }

    Status clear() override {
        QKeychain::DeletePasswordJob job(QString::fromLatin1(kService));
        QKeychain::Error error = QKeychain::NoError;
        runJob(job, error);
        m_token.reset();
        if (error != QKeychain::NoError && error != QKeychain::EntryNotFound) {
            return makeError(ErrorKind::Io, "the system keychain did not forget the Herald session");
        }
        return Ok{};
    }

    std::string where() const override { return "the system keychain"; }

private:
    std::optional<std::string> m_token;
};

} // namespace

std::unique_ptr<sync::server::CredentialStore> keychainCredentials() {
    if (QCoreApplication::instance() == nullptr) {
        static int argc = 1;
        static char name[] = "herald-cli";
        static char* argv[] = {name, nullptr};
        static QCoreApplication app(argc, argv); // the keychain's D-Bus calls need one; it lives until exit
    }
    QKeychain::ReadPasswordJob job(QString::fromLatin1(kService));
    QKeychain::Error error = QKeychain::NoError;
    if (!runJob(job, error)) {
        return nullptr; // no answer: treated as no keychain
    }
    if (error == QKeychain::NoError) {
        return std::make_unique<KeychainCredentialStore>(job.textData().toStdString());
    }
    if (error == QKeychain::EntryNotFound) {
        return std::make_unique<KeychainCredentialStore>(std::nullopt);
    }
    return nullptr; // NoBackendAvailable, access denied, ...: the credentials file serves
}

} // namespace herald::cli
