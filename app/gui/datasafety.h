// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The app's side of data safety, before the store opens: one app per data folder (a second start brings the
// first window to the front), a restore asked for in Settings (done at the next start, before the store opens),
// and a damaged store (moved aside, then the latest good backup or a fresh store, as the player chooses).
#pragma once

#include "common/result.h"
#include "store/backups.h"

#include <QObject>
#include <QString>
#include <filesystem>
#include <functional>
#include <optional>

class QLocalServer;
class QMessageBox;
class QWidget;

namespace herald::app {

// A local socket named after the data folder (and the user): the first app listens on it; a later start finds it,
// asks that app to come to the front and exits.
class SingleInstance : public QObject {
    Q_OBJECT
public:
    explicit SingleInstance(const std::filesystem::path& dataDir, QObject* parent = nullptr);
    ~SingleInstance() override;

    // True when an app already has this data folder open (it was asked to show its window).
    bool notifyRunning();
    // Listens for later starts (a socket left by a crashed app is replaced). False when it cannot.
    bool listen();
    static QString serverName(const std::filesystem::path& dataDir);

signals:
    void activationRequested();

private:
    QString m_name;
    QLocalServer* m_server = nullptr;
};

// Restores `file` into dataDir (the previous app may still be closing: waits up to 30 s for it), showing
// progress. Nothing changes when the backup fails its checks.
Result<store::RestoreReport> restoreWithProgress(const std::filesystem::path& dataDir, const QString& file);

enum class RecoveryChoice { RestoreBackup, FreshStore, Quit };

struct RecoveryOffer {
    QString storePath;
    QString reason;                           // what is wrong, in the player's words
    std::optional<store::BackupEntry> backup; // the newest backup that passed its checks
};
using RecoveryQuestion = std::function<RecoveryChoice(const RecoveryOffer&)>;

// The question as a message box: restore the backup (when there is one), start with an empty store, or quit.
QMessageBox* makeRecoveryDialog(const RecoveryOffer& offer, QWidget* parent = nullptr);
RecoveryChoice askAboutDamage(const RecoveryOffer& offer);

// The newest backup of backupDir that passes verifyBackup, or nullopt.
std::optional<store::BackupEntry> latestGoodBackup(const std::filesystem::path& backupDir);

// The store of dataDir cannot be read (damage): finds the latest good backup, asks, moves the damaged files into
// DATA_DIR/damaged-TIMESTAMP/ (never deleted) and restores the backup, or leaves the folder for a fresh store.
// Returns what happened in a sentence for the status bar; nullopt when the player chose to quit.
Result<std::optional<QString>> recoverDamagedStore(const std::filesystem::path& dataDir, const Error& damage,
                                                   const RecoveryQuestion& ask);

} // namespace herald::app
