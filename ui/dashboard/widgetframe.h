// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// WidgetFrame: one dashboard widget on the grid: its title (the metric's definition as tooltip), a loading
// state, then the chart, table or number, or the error.
#pragma once

#include "dashboardloader.h"
#include "renderers/renderers.h"
#include "templates/template.h"

#include <QFrame>

class QAction;
class QLabel;
class QStackedWidget;

namespace herald::ui {

// One action of a widget's edit bar.
enum class WidgetEdit { MoveLeft, MoveRight, MoveUp, MoveDown, Narrower, Wider, Shorter, Taller, Configure, Remove };

class WidgetFrame : public QFrame {
    Q_OBJECT
public:
    WidgetFrame(const templates::Widget& widget, QWidget* parent = nullptr);

    const templates::Widget& widget() const { return m_widget; }

    // Shows or hides the edit bar (move, resize, configure, remove).
    void setEditing(bool editing);
    void showLoading();
    void setData(const WidgetData& result, const QString& periodText);
    // Where tables find item icons (DATA_DIR/cache/item-icons); unset: none.
    void setItemIconRoot(std::filesystem::path root) { m_itemIconRoot = std::move(root); }
    bool hasData() const { return m_hasData; }
    QWidget* content() const { return m_content; }
    // The result shown, for "Export data…".
    const WidgetData& data() const { return m_data; }

signals:
    void editRequested(const QString& widgetId, herald::ui::WidgetEdit edit);
    // A bar, a slice or a heatmap cell was clicked: narrow the dashboard to it (one filter, two for a cell).
    void drillDown(const QList<herald::ui::DrillFilter>& filters);
    // "Export data…" from the widget's context menu: its table to a file.
    void exportRequested(const QString& widgetId);

private:
    QWidget* buildContent(const WidgetData& result, const QString& periodText);

public:
    // The sentence of a finding, with its numbers and sample sizes (also what tests read).
    static QString findingText(const analytics::Finding& finding);

private:
    templates::Widget m_widget;
    QLabel* m_title;
    QWidget* m_editBar;
    QStackedWidget* m_stack;
    QLabel* m_loading;
    QWidget* m_content = nullptr;
    bool m_hasData = false;
    WidgetData m_data;
    QAction* m_export;
    std::filesystem::path m_itemIconRoot;
};

} // namespace herald::ui
