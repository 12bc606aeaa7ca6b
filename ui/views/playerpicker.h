// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// PlayerPicker: "Which player are you?" for a store with imported matches and no account. It lists the Riot IDs
// of the stored matches, most games first, with a search field; the choice becomes a local account (no key, no
// sync). The players are read on a worker thread; the dialog never waits on the store.
#pragma once

#include "store/accounts.h"

#include <QDialog>
#include <vector>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace herald::store {
class Store;
}

namespace herald::ui {

class PlayerPicker : public QDialog {
    Q_OBJECT
public:
    explicit PlayerPicker(store::Store& store, QWidget* parent = nullptr);

    // The Riot ID chosen ("Name#TAG"), empty before a choice.
    QString chosenRiotId() const;
    // The players listed now, in order (tests).
    QStringList listedRiotIds() const;
    void setSearch(const QString& text);
    // Chooses the listed player with that Riot ID (tests); false when it is not listed.
    bool choose(const QString& riotId);

signals:
    // The list arrived (after the dialog opened, or a search).
    void playersListed();

private:
    void load(const QString& search);
    void show(const QString& search, const std::vector<store::PlayerSeen>& players, const QString& error);

    store::Store& m_store;
    QLineEdit* m_search;
    QListWidget* m_list;
    QLabel* m_hint;
    QDialogButtonBox* m_buttons;
    quint64 m_generation = 0;
};

} // namespace herald::ui
