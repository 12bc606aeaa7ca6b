// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// AccountSwitcher: the toolbar's account picker: each followed account, and "All accounts" to look at them
// merged (a coach's or a smurf owner's view).
#pragma once

#include "store/accounts.h"

#include <QComboBox>
#include <vector>

namespace herald::ui {

class AccountSwitcher : public QComboBox {
    Q_OBJECT
public:
    explicit AccountSwitcher(QWidget* parent = nullptr);

    // Selects the current account, or keeps "All accounts" when that was chosen.
    void setAccounts(const std::vector<store::AccountRow>& accounts, const QString& currentPuuid);
    QStringList puuids() const; // every listed account

signals:
    void accountChosen(const QString& puuid);
    void allChosen(const QStringList& puuids);
};

} // namespace herald::ui
