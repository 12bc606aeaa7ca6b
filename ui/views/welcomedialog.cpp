// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomedialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace herald::ui {

WelcomeDialog::WelcomeDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Welcome to Herald"));
    auto* title = new QLabel(tr("Welcome to Herald"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    auto* text = new QLabel(
        tr("Herald keeps your League of Legends games on this computer and turns them into dashboards you can "
           "shape yourself.\n\nBring your games in whichever way suits you: import the match files you have "
           "(Match-V5 JSON, no key needed), sign in to your Herald account (the server fetches them for you), or "
           "follow your account with your own Riot API key (from developer.riotgames.com, kept in the system "
           "keychain). Or look around with the demo history of Demo#HRLD first: all three stay in the toolbar."),
        this);
    text->setWordWrap(true);
    text->setMinimumWidth(520);
    const std::pair<Choice, QString> ways[] = {{Choice::ImportFiles, tr("Import my match files…")},
                                               {Choice::HeraldAccount, tr("Sign in to Herald…")},
                                               {Choice::AddAccount, tr("Use my Riot API key…")},
                                               {Choice::ExploreDemo, tr("Explore the demo")}};
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    for (const auto& [choice, label] : ways) {
        auto* button = new QPushButton(label, this);
        button->setObjectName(QStringLiteral("welcome-%1").arg(static_cast<int>(choice)));
        connect(button, &QPushButton::clicked, this, [this, choice = choice] {
            m_choice = choice;
            accept();
        });
        buttons->addWidget(button);
        if (choice == Choice::ImportFiles) {
            button->setDefault(true); // no account, no key: the way that always works
        }
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(14);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addLayout(buttons);
}

} // namespace herald::ui
