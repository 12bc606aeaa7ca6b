// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <deque>

namespace herald::ui {

namespace {

std::deque<QVariant>& answers() {
    static std::deque<QVariant> queue;
    return queue;
}

} // namespace

void Dialogs::setNextAnswer(const QVariant& answer) {
    answers().push_back(answer);
}

int Dialogs::pendingAnswers() {
    return static_cast<int>(answers().size());
}

void Dialogs::clearAnswers() {
    answers().clear();
}

std::optional<QVariant> Dialogs::takeAnswer() {
    if (answers().empty()) {
        return std::nullopt;
    }
    QVariant answer = answers().front();
    answers().pop_front();
    return answer;
}

bool Dialogs::askYes(QWidget* parent, const QString& title, const QString& text, Ask ask) {
    if (const auto answer = takeAnswer()) {
        return answer->toBool();
    }
    switch (ask) {
    case Ask::Confirm:
        return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    case Ask::Choice:
        return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No) == QMessageBox::Yes;
    case Ask::Warning:
        return QMessageBox::warning(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) ==
               QMessageBox::Yes;
    }
    return false;
}

std::optional<QString> Dialogs::askText(QWidget* parent, const QString& title, const QString& label,
                                        const QString& value) {
    if (const auto answer = takeAnswer()) {
        const QString text = answer->toString();
        return text.isEmpty() ? std::nullopt : std::optional(text);
    }
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, value, &ok);
    return ok && !text.isEmpty() ? std::optional(text) : std::nullopt;
}

std::optional<QString> Dialogs::askSecret(QWidget* parent, const QString& title, const QString& label) {
    if (const auto answer = takeAnswer()) {
        const QString text = answer->toString();
        return text.trimmed().isEmpty() ? std::nullopt : std::optional(text);
    }
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Password, QString(), &ok);
    return ok && !text.trimmed().isEmpty() ? std::optional(text) : std::nullopt;
}

QString Dialogs::askOpenFile(QWidget* parent, const QString& title, const QString& filter) {
    if (const auto answer = takeAnswer()) {
        return answer->toString();
    }
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QStringList Dialogs::askOpenFiles(QWidget* parent, const QString& title, const QString& filter) {
    if (const auto answer = takeAnswer()) {
        return answer->toStringList();
    }
    return QFileDialog::getOpenFileNames(parent, title, QString(), filter);
}

QString Dialogs::askSaveFile(QWidget* parent, const QString& title, const QString& suggested, const QString& filter) {
    if (const auto answer = takeAnswer()) {
        return answer->toString();
    }
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

QString Dialogs::askFolder(QWidget* parent, const QString& title, const QString& start) {
    if (const auto answer = takeAnswer()) {
        return answer->toString();
    }
    return QFileDialog::getExistingDirectory(parent, title, start);
}

} // namespace herald::ui
