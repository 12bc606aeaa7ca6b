// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apikeystore.h"

#include <qt6keychain/keychain.h>

namespace herald::ui {

namespace {

QString describe(const QKeychain::Job& job) {
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
        return ApiKeyStore::tr("No system keychain is available (Secret Service, KWallet, Keychain or Credential "
                               "Store): Herald does not keep the API key anywhere else. Set HERALD_RIOT_API_KEY "
                               "instead.");
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return ApiKeyStore::tr("The system keychain refused access to the API key.");
    default:
        return ApiKeyStore::tr("The system keychain failed: %1").arg(job.errorString());
    }
}

} // namespace

ApiKeyStore::ApiKeyStore(QObject* parent) : QObject(parent) {}

ApiKeyStore::ApiKeyStore(QString entry, QByteArray environmentVariable, QObject* parent)
    : QObject(parent)
    , m_entry(std::move(entry))
    , m_environment(std::move(environmentVariable)) {}

void ApiKeyStore::read() {
    const QByteArray fromEnvironment = qgetenv(m_environment.constData());
    if (!fromEnvironment.isEmpty()) {
        emit keyRead(QString::fromUtf8(fromEnvironment), QString());
        return;
    }
    auto* job = new QKeychain::ReadPasswordJob(service(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(m_entry);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() == QKeychain::NoError) {
            emit keyRead(job->textData(), QString());
        } else if (job->error() == QKeychain::EntryNotFound) {
            emit keyRead(QString(), QString());
        } else {
            emit keyRead(QString(), describe(*job));
        }
    });
    job->start();
}

void ApiKeyStore::write(const QString& key) {
    auto* job = new QKeychain::WritePasswordJob(service(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(m_entry);
    job->setTextData(key.trimmed());
    connect(job, &QKeychain::Job::finished, this,
            [this, job] { emit keyWritten(job->error() == QKeychain::NoError ? QString() : describe(*job)); });
    job->start();
}

void ApiKeyStore::remove() {
    auto* job = new QKeychain::DeletePasswordJob(service(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(m_entry);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        const bool gone = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        emit keyRemoved(gone ? QString() : describe(*job));
    });
    job->start();
}

} // namespace herald::ui
