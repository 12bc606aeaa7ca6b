// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasafety.h"

#include "common/errortext.h"
#include "store/datadir.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <thread>

namespace herald::app {

namespace {

constexpr const char* kActivate = "activate\n";

// Runs work on a thread while a progress dialog (shown after 400 ms) follows its fraction; the GUI thread keeps
// painting. No window exists yet when this runs at start.
template <class R>
R runShowingProgress(const QString& label, const std::function<R(std::function<void(double)>)>& work) {
    QProgressDialog dialog;
    dialog.setWindowTitle(QCoreApplication::translate("main", "Herald"));
    dialog.setLabelText(label);
    dialog.setCancelButton(nullptr);
    dialog.setRange(0, 1000);
    dialog.setMinimumDuration(400);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    QPointer<QProgressDialog> guard(&dialog);
    const auto progress = [guard](double fraction) {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, fraction] {
                if (guard) {
                    guard->setValue(static_cast<int>(fraction * 1000));
                }
            },
            Qt::QueuedConnection);
    };
    QEventLoop loop;
    std::optional<R> result;
    std::thread worker([&] {
        result.emplace(work(progress));
        QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
    });
    loop.exec();
    worker.join();
    return std::move(*result);
}

} // namespace

SingleInstance::SingleInstance(const std::filesystem::path& dataDir, QObject* parent)
    : QObject(parent)
    , m_name(serverName(dataDir)) {}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName(const std::filesystem::path& dataDir) {
    // The folder as the file system sees it (a link or a trailing slash is the same folder), and the user: two
    // players on one machine each have their own app.
    std::error_code ec;
    auto canonical = std::filesystem::weakly_canonical(dataDir, ec);
    if (ec) {
        canonical = std::filesystem::absolute(dataDir, ec);
    }
    const QByteArray key = QString::fromStdString(canonical.string()).toUtf8() + '\0' + QDir::homePath().toUtf8();
    return QStringLiteral("herald-") +
           QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
}

bool SingleInstance::notifyRunning() {
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(1000)) {
        return false;
    }
    socket.write(kActivate);
    socket.flush();
    socket.waitForBytesWritten(1000);
    socket.disconnectFromServer();
    return true;
}

bool SingleInstance::listen() {
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // A socket file left by an app that crashed: nobody answered on it (notifyRunning), so it is stale.
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name)) {
            return false;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* client = m_server->nextPendingConnection()) {
            connect(client, &QLocalSocket::disconnected, client, &QObject::deleteLater);
            connect(client, &QLocalSocket::readyRead, this, [this, client] {
                if (client->readAll().contains("activate")) {
                    emit activationRequested();
                }
            });
        }
    });
    return true;
}

Result<store::RestoreReport> restoreWithProgress(const std::filesystem::path& dataDir, const QString& file) {
    const std::function<Result<store::RestoreReport>(std::function<void(double)>)> work =
        [&dataDir, &file](std::function<void(double)> progress) -> Result<store::RestoreReport> {
        std::error_code ec;
        std::filesystem::create_directories(dataDir, ec);
        store::LockWait wait;
        wait.forWriter = std::chrono::seconds(30); // the app that asked is closing
        auto lock = store::InstanceLock::acquire(dataDir, store::InstanceLock::Role::Writer, wait);
        if (!lock) {
            return lock.error();
        }
        return store::restoreBackup(dataDir, file.toStdString(), store::backupsKept(dataDir), progress);
    };
    return runShowingProgress(QCoreApplication::translate("main", "Restoring %1…").arg(QFileInfo(file).fileName()),
                              work);
}

QMessageBox* makeRecoveryDialog(const RecoveryOffer& offer, QWidget* parent) {
    auto* box = new QMessageBox(parent);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(QCoreApplication::translate("main", "Herald's data is damaged"));
    box->setText(QCoreApplication::translate("main", "The file that holds your matches cannot be read."));
    QString details =
        QCoreApplication::translate("main", "%1\n\nDetails: %2\n\nHerald will not change or delete it: it is "
                                            "moved into a folder beside it (damaged-…), where you can keep it.")
            .arg(offer.storePath, offer.reason);
    if (offer.backup) {
        details +=
            QStringLiteral("\n\n") +
            QCoreApplication::translate("main", "Your latest good backup is from %1, with %2 matches. Matches "
                                                "played since then come back with the next sync.")
                .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(offer.backup->modifiedMs), QLocale::ShortFormat),
                     QLocale().toString(offer.backup->manifest ? offer.backup->manifest->rows("matches") : 0));
    } else {
        details += QStringLiteral("\n\n") +
                   QCoreApplication::translate("main", "There is no backup to restore: Herald can start with an empty "
                                                       "store and sync your matches again.");
    }
    box->setInformativeText(details);
    if (offer.backup) {
        auto* restore =
            box->addButton(QCoreApplication::translate("main", "Restore the backup"), QMessageBox::AcceptRole);
        restore->setObjectName(QStringLiteral("restore"));
        box->setDefaultButton(restore);
    }
    box->addButton(QCoreApplication::translate("main", "Start with an empty store"), QMessageBox::DestructiveRole)
        ->setObjectName(QStringLiteral("fresh"));
    box->addButton(QCoreApplication::translate("main", "Quit"), QMessageBox::RejectRole)
        ->setObjectName(QStringLiteral("quit"));
    return box;
}

RecoveryChoice askAboutDamage(const RecoveryOffer& offer) {
    std::unique_ptr<QMessageBox> box(makeRecoveryDialog(offer));
    box->exec();
    const QString chosen = box->clickedButton() ? box->clickedButton()->objectName() : QString();
    if (chosen == QLatin1String("restore")) {
        return RecoveryChoice::RestoreBackup;
    }
    return chosen == QLatin1String("fresh") ? RecoveryChoice::FreshStore : RecoveryChoice::Quit;
}

std::optional<store::BackupEntry> latestGoodBackup(const std::filesystem::path& backupDir) {
    for (const store::BackupEntry& entry : store::listBackups(backupDir)) {
        if (store::verifyBackup(entry.file)) {
            return entry;
        }
    }
    return std::nullopt;
}

Result<std::optional<QString>> recoverDamagedStore(const std::filesystem::path& dataDir, const Error& damage,
                                                   const RecoveryQuestion& ask) {
    RecoveryOffer offer;
    offer.storePath = QString::fromStdString(store::databasePath(dataDir).string());
    offer.reason = QString::fromStdString(damage.message); // the technical detail: which file, what SQLite said
    const std::function<std::optional<store::BackupEntry>(std::function<void(double)>)> find =
        [&dataDir](std::function<void(double)>) { return latestGoodBackup(dataDir / "backups"); };
    offer.backup =
        runShowingProgress(QCoreApplication::translate("main", "Looking for your latest good backup…"), find);
    const RecoveryChoice choice = ask(offer);
    if (choice == RecoveryChoice::Quit) {
        return std::optional<QString>();
    }
    auto lock = store::InstanceLock::acquire(dataDir, store::InstanceLock::Role::Writer);
    if (!lock) {
        return lock.error();
    }
    auto aside = store::moveStoreAside(dataDir);
    if (!aside) {
        return aside.error();
    }
    const QString folder = QString::fromStdString(aside.value().string());
    if (choice == RecoveryChoice::FreshStore || !offer.backup) {
        return std::optional<QString>(
            QCoreApplication::translate("main", "Started with an empty store; the damaged one is in %1.").arg(folder));
    }
    const std::string file = offer.backup->file.string();
    const std::function<Result<store::RestoreReport>(std::function<void(double)>)> work =
        [&dataDir, &file](std::function<void(double)> progress) {
            return store::restoreBackup(dataDir, file, store::backupsKept(dataDir), progress);
        };
    auto restored = runShowingProgress(QCoreApplication::translate("main", "Restoring your latest good backup…"), work);
    if (!restored) {
        return restored.error();
    }
    return std::optional<QString>(
        QCoreApplication::translate("main", "Restored the backup of %1; the damaged store is in %2.")
            .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(offer.backup->modifiedMs), QLocale::ShortFormat),
                 folder));
}

} // namespace herald::app
