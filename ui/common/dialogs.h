// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every question the app asks a player (a confirmation, a name, a file or a folder) goes through here, so tests
// answer them ahead and then press the real buttons, in the manner of KeePassXC's MessageBox::setNextAnswer.
// Without an answer set ahead, the question is asked with Qt's own dialog. GUI thread only.
#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>
#include <optional>

class QWidget;

namespace herald::ui {

class Dialogs {
public:
    // The next question's answer: a bool for a confirmation, a string for a name, a file or a folder (empty:
    // cancelled), a string list for several files. Answers are used in the order they were set.
    static void setNextAnswer(const QVariant& answer);
    static int pendingAnswers();
    static void clearAnswers();

    enum class Ask {
        Confirm, // a step to confirm: Yes / Cancel, Cancel by default (Enter does nothing)
        Choice,  // one of two ways: Yes / No
        Warning, // a problem's way out: Yes / No with the warning icon, Yes by default
    };
    static bool askYes(QWidget* parent, const QString& title, const QString& text, Ask ask = Ask::Confirm);
    // A line of text; nullopt when cancelled or left empty.
    static std::optional<QString> askText(QWidget* parent, const QString& title, const QString& label,
                                          const QString& value = {});
    // A secret (an API key), typed without echo; nullopt when cancelled or left blank.
    static std::optional<QString> askSecret(QWidget* parent, const QString& title, const QString& label);
    // A file to read, files to read, a file to write (the dialog asks before replacing one), a folder; empty
    // when cancelled.
    static QString askOpenFile(QWidget* parent, const QString& title, const QString& filter);
    static QStringList askOpenFiles(QWidget* parent, const QString& title, const QString& filter);
    static QString askSaveFile(QWidget* parent, const QString& title, const QString& suggested, const QString& filter);
    static QString askFolder(QWidget* parent, const QString& title, const QString& start);

private:
    static std::optional<QVariant> takeAnswer();
};

} // namespace herald::ui
