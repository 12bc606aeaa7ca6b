// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// WidgetFrame: one dashboard widget on the grid: its title (the metric's definition as tooltip), a loading
// state, then the chart, table or number, or the error.
#pragma once

#include "dashboardloader.h"
#include "templates/template.h"

#include <QFrame>

class QLabel;
class QStackedWidget;

namespace herald::ui {

class WidgetFrame : public QFrame {
    Q_OBJECT
public:
    WidgetFrame(const templates::Widget& widget, QWidget* parent = nullptr);

    const templates::Widget& widget() const { return m_widget; }

    enum class Edit { MoveLeft, MoveRight, MoveUp, MoveDown, Narrower, Wider, Shorter, Taller, Configure, Remove };
    // Shows or hides the edit bar (move, resize, configure, remove).
    void setEditing(bool editing);
    void showLoading();
    void setData(const WidgetData& result, const QString& periodText);
    bool hasData() const { return m_hasData; }
    QWidget* content() const { return m_content; }

signals:
    void editRequested(const QString& widgetId, herald::ui::WidgetFrame::Edit edit);

private:
    QWidget* buildContent(const WidgetData& result, const QString& periodText);

    templates::Widget m_widget;
    QLabel* m_title;
    QWidget* m_editBar;
    QStackedWidget* m_stack;
    QLabel* m_loading;
    QWidget* m_content = nullptr;
    bool m_hasData = false;
};

} // namespace herald::ui
