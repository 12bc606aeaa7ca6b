// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// SignInDialog: email and password for the Herald account. The password goes to the server once and is kept
// nowhere; the session that comes back is kept in the system keychain by HeraldSession.
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace herald::ui {

class HeraldSession;

class SignInDialog : public QDialog {
    Q_OBJECT
public:
    SignInDialog(HeraldSession& session, QWidget* parent = nullptr);

    QLineEdit* email() const { return m_email; }
    QLineEdit* password() const { return m_password; }
    QLabel* error() const { return m_error; }

    void accept() override; // signs in; closes once the server said yes, shows its message otherwise

private:
    HeraldSession& m_session;
    QLineEdit* m_email;
    QLineEdit* m_password;
    QLabel* m_error;
    QPushButton* m_signIn;
};

} // namespace herald::ui
