// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountswitcher.h"

namespace herald::ui {

AccountSwitcher::AccountSwitcher(QWidget* parent) : QComboBox(parent) {
    setToolTip(tr("Whose games to show"));
    setAccessibleName(tr("Account"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(this, &QComboBox::activated, this, [this](int index) {
        const QString puuid = itemData(index).toString();
        if (puuid.isEmpty()) {
            emit allChosen(puuids());
        } else {
            emit accountChosen(puuid);
        }
    });
}

void AccountSwitcher::setAccounts(const std::vector<store::AccountRow>& accounts, const QString& currentPuuid) {
    const bool wasAll = count() > 1 && currentIndex() >= 0 && currentData().toString().isEmpty();
    QSignalBlocker block(this);
    clear();
    for (const auto& account : accounts) {
        addItem(QString::fromStdString(account.riotId() + (account.platform.empty() ? "" : " · " + account.platform)),
                QString::fromStdString(account.puuid));
    }
    if (accounts.size() > 1) {
        addItem(tr("All accounts (%1)").arg(accounts.size()), QString());
    }
    const int index = wasAll && accounts.size() > 1 ? count() - 1 : findData(currentPuuid);
    setCurrentIndex(std::max(0, index));
    setVisible(!accounts.empty());
}

QStringList AccountSwitcher::puuids() const {
    QStringList all;
    for (int i = 0; i < count(); ++i) {
        const QString puuid = itemData(i).toString();
        if (!puuid.isEmpty()) {
            all << puuid;
        }
    }
    return all;
}

} // namespace herald::ui
