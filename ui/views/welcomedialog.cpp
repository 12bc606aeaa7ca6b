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
           "shape yourself.\n\nFollow your account to download your games from Riot (you need a Riot API key from "
           "developer.riotgames.com; Herald keeps it in the system keychain), or look around with the demo "
           "history of Demo#HRLD first. You can add your account at any time with “Add account…”."),
        this);
    text->setWordWrap(true);
    text->setMinimumWidth(460);
    auto* follow = new QPushButton(tr("Follow my account…"), this);
    auto* demo = new QPushButton(tr("Explore the demo"), this);
    follow->setDefault(true);
    connect(follow, &QPushButton::clicked, this, [this] {
        m_choice = Choice::AddAccount;
        accept();
    });
    connect(demo, &QPushButton::clicked, this, [this] {
        m_choice = Choice::ExploreDemo;
        accept();
    });
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(demo);
    buttons->addWidget(follow);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(14);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addLayout(buttons);
}

} // namespace herald::ui
