// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// WelcomeDialog: the first run's choice: follow your own Riot account, or explore the demo history that was
// just prepared (Demo#HRLD). Following an account asks for the Riot ID, the server and the API key next.
#pragma once

#include <QDialog>

namespace herald::ui {

class WelcomeDialog : public QDialog {
    Q_OBJECT
public:
    explicit WelcomeDialog(QWidget* parent = nullptr);

    enum class Choice { ExploreDemo, AddAccount };
    Choice choice() const { return m_choice; }

private:
    Choice m_choice = Choice::ExploreDemo;
};

} // namespace herald::ui
