// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "templateactions.h"

#include "common/backgroundwrite.h"
#include "common/dialogs.h"
#include "common/errortext.h"
#include "store/store.h"
#include "templates/templatestore.h"

#include <QCoreApplication>
#include <QFile>
#include <QHBoxLayout>
#include <QSaveFile>
#include <QToolButton>

namespace herald::ui {

TemplateActions::TemplateActions(QWidget* parent) : QWidget(parent) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const std::pair<Action, QString> actions[] = {
        {Action::Duplicate, tr("Duplicate")}, {Action::Rename, tr("Rename…")}, {Action::Delete, tr("Delete")},
        {Action::Import, tr("Import…")},      {Action::Export, tr("Export…")}, {Action::Publish, tr("Publish…")}};
    for (const auto& [action, label] : actions) {
        auto* button = new QToolButton(this);
        button->setText(label);
        if (action == Action::Rename || action == Action::Delete || action == Action::Publish) {
            button->setObjectName(QStringLiteral("userTemplateOnly"));
        }
        m_buttons[static_cast<int>(action)] = button;
        layout->addWidget(button);
    }
    connect(button(Action::Duplicate), &QToolButton::clicked, this, [this] { duplicate(false); });
    connect(button(Action::Rename), &QToolButton::clicked, this, &TemplateActions::rename);
    button(Action::Publish)
        ->setToolTip(tr("Send this dashboard to your Herald account: kept in step on your devices, "
                        "and shared with other players if you wish"));
    connect(button(Action::Publish), &QToolButton::clicked, this, [this] {
        if (!m_current) {
            return;
        }
        const bool shared = Dialogs::askYes(this, tr("Publish the dashboard"),
                                            tr("Share “%1” with other players? (No: private to your own devices.)")
                                                .arg(QString::fromStdString(m_current->name)),
                                            Dialogs::Ask::Choice);
        emit publishRequested(QString::fromStdString(m_current->id), shared);
    });
    connect(button(Action::Delete), &QToolButton::clicked, this, &TemplateActions::remove);
    connect(button(Action::Import), &QToolButton::clicked, this, [this] {
        if (const QString path =
                Dialogs::askOpenFile(this, tr("Import a dashboard template"), tr("Dashboard templates (*.json)"));
            !path.isEmpty()) {
            importFile(path);
        }
    });
    connect(button(Action::Export), &QToolButton::clicked, this, [this] {
        const QString suggested = QString::fromStdString(m_current ? m_current->id : std::string("dashboard"));
        if (const QString path =
                Dialogs::askSaveFile(this, tr("Export the dashboard template"), suggested + QStringLiteral(".json"),
                                     tr("Dashboard templates (*.json)"));
            !path.isEmpty()) {
            exportFile(path);
        }
    });
    setEnabled(false);
}

QToolButton* TemplateActions::button(Action action) const {
    return m_buttons[static_cast<int>(action)];
}

void TemplateActions::setStore(store::Store* store) {
    m_store = store;
    setEnabled(store != nullptr && store->writable());
}

void TemplateActions::setTemplate(const templates::Template* current, bool builtin) {
    m_current = current != nullptr ? std::optional(*current) : std::nullopt;
    for (Action action : {Action::Rename, Action::Delete, Action::Publish}) {
        button(action)->setEnabled(current != nullptr && !builtin);
        button(action)->setToolTip(builtin ? tr("Built-in dashboards cannot change: duplicate one to make it yours")
                                           : QString());
    }
}

void TemplateActions::write(std::function<Result<std::string>(store::Database&)> job,
                            std::function<void(const Result<std::string>&)> then) {
    if (m_store == nullptr || !m_store->writable()) {
        return;
    }
    writeInBackground<std::string>(*m_store, this, std::move(job), std::move(then));
}

QString TemplateActions::copyName(const templates::Template& t) {
    return tr("%1 (copy)").arg(QCoreApplication::translate("BuiltinTemplates", t.name.c_str()));
}

void TemplateActions::duplicate(bool thenEdit) {
    if (!m_current) {
        return;
    }
    write(
        [id = m_current->id, name = copyName(*m_current).toStdString()](store::Database& db) -> Result<std::string> {
            auto copy = templates::duplicateTemplate(db, id, name);
            if (!copy) {
                return copy.error();
            }
            return copy->id;
        },
        [this, thenEdit](const Result<std::string>& result) {
            if (!result) {
                emit message(errorText(result.error()));
                return;
            }
            emit templatesChanged(QString::fromStdString(result.value()));
            emit message(thenEdit ? tr("Built-in dashboards stay as they are: you are editing a copy.")
                                  : tr("Dashboard duplicated."));
            if (thenEdit) {
                emit editCopy(QString::fromStdString(result.value()));
            }
        });
}

void TemplateActions::rename() {
    if (!m_current) {
        return;
    }
    const auto name =
        Dialogs::askText(this, tr("Rename the dashboard"), tr("Name"), QString::fromStdString(m_current->name));
    if (!name || name->trimmed().isEmpty()) {
        return;
    }
    write(
        [id = m_current->id, n = name->trimmed().toStdString()](store::Database& db) -> Result<std::string> {
            if (auto renamed = templates::renameTemplate(db, id, n); !renamed) {
                return renamed.error();
            }
            return id;
        },
        [this](const Result<std::string>& result) {
            if (!result) {
                emit message(errorText(result.error()));
                return;
            }
            emit templatesChanged(QString::fromStdString(result.value()));
            emit message(tr("Dashboard renamed.")); // every action says its own word, never an older one's
        });
}

void TemplateActions::remove() {
    if (!m_current) {
        return;
    }
    if (!Dialogs::askYes(this, tr("Delete the dashboard"),
                         tr("Delete “%1”? This cannot be undone.").arg(QString::fromStdString(m_current->name)))) {
        return;
    }
    // A published one may be deleted on the server too: asked, never assumed.
    std::optional<std::string> remoteId;
    if (m_store != nullptr) {
        if (auto reader = m_store->openReader()) {
            remoteId = templates::remoteIdOf(reader.value(), m_current->id);
        }
    }
    const bool onServer = remoteId && Dialogs::askYes(this, tr("Delete the dashboard"),
                                                      tr("“%1” is published on your Herald account. Delete it there "
                                                         "too (on all your devices)?")
                                                          .arg(QString::fromStdString(m_current->name)),
                                                      Dialogs::Ask::Choice);
    write(
        [id = m_current->id](store::Database& db) -> Result<std::string> {
            if (auto removed = templates::deleteTemplate(db, id); !removed) {
                return removed.error();
            }
            return id;
        },
        [this, onServer, remoteId, name = QString::fromStdString(m_current->name)](const Result<std::string>& result) {
            if (!result) {
                emit message(errorText(result.error()));
                return;
            }
            if (onServer) {
                emit deleteOnServerRequested(QString::fromStdString(*remoteId));
            }
            emit templatesChanged(QString());
            emit message(tr("Dashboard “%1” deleted.").arg(name));
        });
}

void TemplateActions::importFile(const QString& path) {
    QFile file(path);
    QString error;
    QByteArray bytes;
    if (file.size() > static_cast<qint64>(templates::kMaxBytes)) {
        error = tr("%1: the file is over the 1 MiB limit").arg(path);
    } else if (!file.open(QIODevice::ReadOnly)) {
        error = tr("%1: %2").arg(path, file.errorString());
    } else {
        bytes = file.readAll();
    }
    if (!error.isEmpty()) {
        emit message(error);
        emit imported(QString(), error);
        return;
    }
    write(
        [text = bytes.toStdString(), source = path.toStdString()](store::Database& db) -> Result<std::string> {
            auto t = templates::importTemplate(db, text, source);
            if (!t) {
                return t.error();
            }
            return t->id;
        },
        [this](const Result<std::string>& result) {
            if (!result) {
                const QString text = errorText(result.error());
                emit message(text);
                emit imported(QString(), text);
                return;
            }
            emit templatesChanged(QString::fromStdString(result.value()));
            emit imported(QString::fromStdString(result.value()), QString());
        });
}

bool TemplateActions::exportFile(const QString& path) {
    if (!m_current) {
        return false;
    }
    QSaveFile file(path);
    const std::string text = templates::serializeTemplate(*m_current);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(text.data(), static_cast<qint64>(text.size())) != static_cast<qint64>(text.size()) ||
        !file.commit()) {
        emit message(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    emit message(tr("Exported to %1.").arg(path));
    return true;
}

} // namespace herald::ui
