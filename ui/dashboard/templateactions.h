// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// TemplateActions: the buttons that manage dashboard templates (duplicate, rename, delete, import, export) and
// their writes through the store's writer, off the GUI thread. Each question they ask (a name, a confirmation,
// a file) goes through ui::Dialogs, which tests answer ahead.
#pragma once

#include "common/result.h"
#include "templates/template.h"

#include <QWidget>
#include <functional>
#include <optional>

class QToolButton;

namespace herald::store {
class Database;
class Store;
} // namespace herald::store

namespace herald::ui {

class TemplateActions : public QWidget {
    Q_OBJECT
public:
    enum class Action { Duplicate, Rename, Delete, Import, Export, Publish };

    explicit TemplateActions(QWidget* parent = nullptr);

    void setStore(store::Store* store);
    // The template the actions apply to (nullptr: none); rename and delete are for the player's own only.
    void setTemplate(const templates::Template* current, bool builtin);
    QToolButton* button(Action action) const;

    void duplicate(bool thenEdit);
    // The name of a copy: "Overview (copy)", "Vue d'ensemble (copie)" (a built-in's name translated).
    static QString copyName(const templates::Template& t);
    void rename();
    void remove();
    // Import / export of template files (1 MiB at most). Import answers with imported (the new template's id,
    // or the file's precise error); both also go to message().
    void importFile(const QString& path);
    bool exportFile(const QString& path);

signals:
    // The stored templates changed: read them again and select this one ("" keeps the selection).
    void templatesChanged(const QString& selectId);
    // A built-in was duplicated to be edited: the copy is selected, edit it.
    void editCopy(const QString& id);
    void message(const QString& text);
    void imported(const QString& templateId, const QString& error);
    // "Publish…": send this template to the Herald server (shared with everyone, or private to the player's
    // devices); the window's Herald session does it.
    void publishRequested(const QString& templateId, bool shared);
    // A published template was deleted here and the player said to delete it on the server too.
    void deleteOnServerRequested(const QString& remoteId);

private:
    // Runs a store write off the GUI thread, then `then` on the GUI thread with its result.
    void write(std::function<Result<std::string>(store::Database&)> job,
               std::function<void(const Result<std::string>&)> then);

    store::Store* m_store = nullptr;
    std::optional<templates::Template> m_current;
    QToolButton* m_buttons[6] = {};
};

} // namespace herald::ui
