// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// AccountDialog: a Riot ID, its platform and where its data comes from (the player's own Riot API key, the Herald
// server's relay when signed in), checked before it is accepted; or "a player in my imported files", which hands
// over to the player picker.
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace herald::ui {

class AccountDialog : public QDialog {
    Q_OBJECT
public:
    explicit AccountDialog(QWidget* parent = nullptr);

    QString riotId() const;
    QString platform() const; // euw1, kr, ...
    // Whether a key is already known (keychain or HERALD_RIOT_API_KEY): then the key field may stay empty.
    void setKeyKnown(bool known);
    // The key typed in the dialog (empty: keep the known one). Never stored by the dialog.
    QString apiKey() const;

    // The Herald server as the data source: offered when signed in (name: who), with a sign-in link otherwise.
    void setHeraldSignedIn(bool signedIn, const QString& name = {});
    bool viaHerald() const;
    // "A player in my imported files": no Riot ID here, the app asks which player of the stored matches is you.
    bool fromImportedFiles() const;

    void accept() override; // refuses an invalid Riot ID with the reason

signals:
    void signInRequested();

private:
    QLineEdit* m_riotId;
    QComboBox* m_platform;
    QRadioButton* m_ownKey;
    QRadioButton* m_heraldServer;
    QRadioButton* m_importedFiles;
    QLineEdit* m_apiKey;
    bool m_keyKnown = false;
    QLabel* m_error;
    QLabel* m_signIn;
};

} // namespace herald::ui
