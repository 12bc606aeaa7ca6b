// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// WelcomeDialog: the first run's choice among the three ways to get matches (import files, a Herald account, an
// own Riot key: Add account asks for the Riot ID, the server and the key next), or the demo history that was just
// prepared (Demo#HRLD).
#pragma once

#include <QDialog>

namespace herald::ui {

class WelcomeDialog : public QDialog {
    Q_OBJECT
public:
    explicit WelcomeDialog(QWidget* parent = nullptr);

    enum class Choice { ExploreDemo, AddAccount, ImportFiles, HeraldAccount };
    Choice choice() const { return m_choice; }

private:
    Choice m_choice = Choice::ExploreDemo;
};

} // namespace herald::ui
