// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Help > About Herald: the version and the git revision it was built from, Herald's licence, and each library it
// uses with the version running and its licence.
#pragma once

#include <QDialog>

namespace herald::ui {

class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);
    QString text() const; // what the dialog shows, as plain text (tests)

private:
    QString m_text;
};

} // namespace herald::ui
