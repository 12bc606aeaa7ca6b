// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "signindialog.h"

#include "adapters/heraldsession.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace herald::ui {

SignInDialog::SignInDialog(HeraldSession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_email(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_signIn(new QPushButton(tr("Sign in"), this)) {
    setWindowTitle(tr("Sign in to Herald"));
    auto* intro = new QLabel(tr("With a Herald account, Herald downloads your matches through the Herald server: no "
                                "Riot API key needed. It also keeps your LP history, and your dashboards and settings "
                                "in step on your devices."),
                             this);
    intro->setWordWrap(true);
    m_email->setPlaceholderText(tr("you@example.org"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("errorText"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    auto* server = new QLabel(tr("Server: %1").arg(session.serverUrl().toHtmlEscaped()), this);
    server->setObjectName(QStringLiteral("pageSubtitle"));
    auto* form = new QFormLayout;
    form->addRow(tr("Email"), m_email);
    form->addRow(tr("Password"), m_password);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_signIn, QDialogButtonBox::AcceptRole);
    m_signIn->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(server);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    connect(&m_session, &HeraldSession::signInFailed, this, [this](const QString& error) {
        m_error->setText(error);
        m_error->setVisible(true);
        m_signIn->setEnabled(true);
        m_password->selectAll();
        m_password->setFocus();
    });
    connect(&m_session, &HeraldSession::stateChanged, this, [this] {
        if (m_session.isSignedIn() && !m_signIn->isEnabled()) {
            QDialog::accept();
        }
    });
}

void SignInDialog::accept() {
    if (m_email->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        m_error->setText(tr("Type your email and your password."));
        m_error->setVisible(true);
        return;
    }
    m_error->setVisible(false);
    m_signIn->setEnabled(false);
    m_session.signIn(m_email->text().trimmed(), m_password->text());
}

} // namespace herald::ui
