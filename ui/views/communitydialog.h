// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// CommunityDialog: the dashboards other players share on the Herald server: a search, pages of 20, a preview of
// the chosen one's layout (its widgets on the grid, with their titles), and "Add to my dashboards".
#pragma once

#include "herald/serversync.h"
#include "templates/template.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace herald::ui {

class HeraldSession;

// The layout of a template, painted: each widget a box at its grid place with its title and type.
class TemplatePreview : public QWidget {
    Q_OBJECT
public:
    explicit TemplatePreview(QWidget* parent = nullptr);
    void setTemplate(const templates::Template* t);
    bool hasTemplate() const { return m_template.has_value(); }
    QSize sizeHint() const override { return {360, 300}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::optional<templates::Template> m_template;
};

class CommunityDialog : public QDialog {
    Q_OBJECT
public:
    CommunityDialog(HeraldSession& session, QWidget* parent = nullptr);

    void search(const QString& query, int page = 1);
    QListWidget* list() const { return m_list; }
    QLabel* status() const { return m_status; }
    QPushButton* addButton() const { return m_add; }
    TemplatePreview* preview() const { return m_preview; }

signals:
    // A template was added to the library (its local id).
    void added(const QString& templateId);

private:
    void showPage(const sync::server::TemplatePage& page, const QString& error);

    HeraldSession& m_session;
    QLineEdit* m_query;
    QListWidget* m_list;
    TemplatePreview* m_preview;
    QLabel* m_status;
    QPushButton* m_previous;
    QPushButton* m_next;
    QPushButton* m_add;
    QString m_shownQuery;
    int m_page = 1;
    int m_pages = 1;
};

} // namespace herald::ui
