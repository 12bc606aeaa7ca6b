// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storeopening.h"

#include "ingest/rebuild.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>
#include <QProgressDialog>
#include <optional>
#include <thread>

namespace herald::app {

QString upgradePhaseText(store::UpgradePhase phase) {
    switch (phase) {
    case store::UpgradePhase::Backup:
        return QCoreApplication::translate("main", "Backing up your matches before the upgrade…");
    case store::UpgradePhase::Migrate:
        return QCoreApplication::translate("main", "Upgrading the store to this version of Herald…");
    case store::UpgradePhase::Compact:
        return QCoreApplication::translate("main", "Compacting the store (this takes a while once)…");
    case store::UpgradePhase::Rederive:
        return QCoreApplication::translate("main", "Recomputing the statistics of every match…");
    }
    return {};
}

Result<std::unique_ptr<store::Store>> openStoreShowingProgress(const std::filesystem::path& dataDir) {
    QProgressDialog dialog;
    dialog.setWindowTitle(QCoreApplication::translate("main", "Herald"));
    dialog.setCancelButton(nullptr); // an upgrade is not interrupted halfway (it would start again next time)
    dialog.setRange(0, 1000);
    dialog.setMinimumDuration(400); // a store that needs no upgrade opens before anything shows
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    QPointer<QProgressDialog> guard(&dialog);
    const store::UpgradeProgress progress = [guard](store::UpgradePhase phase, double fraction) {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, phase, fraction] {
                if (guard) {
                    guard->setLabelText(upgradePhaseText(phase));
                    guard->setValue(static_cast<int>(fraction * 1000));
                }
            },
            Qt::QueuedConnection);
    };
    QEventLoop loop;
    std::optional<Result<std::unique_ptr<store::Store>>> opened;
    std::thread worker([&] {
        opened.emplace(ingest::openStore(dataDir, store::Store::Access::Write, progress));
        QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
    });
    loop.exec(); // the window is not there yet: only this dialog (when it shows) and the queued updates run
    worker.join();
    return std::move(*opened);
}

} // namespace herald::app
