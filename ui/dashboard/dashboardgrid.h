// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// DashboardGrid: a template's widgets laid on its grid, each in a WidgetFrame showing a loading state, then its
// result. It needs no window: renderImage() lays it out at any size and paints it into an image, which the
// report renderer uses; the dashboard puts it in a scroll area with rows of 64 px.
#pragma once

#include "dashboardloader.h"
#include "templates/template.h"
#include "widgetframe.h"

#include <QImage>
#include <QWidget>
#include <filesystem>
#include <vector>

class QGridLayout;

namespace herald::ui {

class DashboardGrid : public QWidget {
    Q_OBJECT
public:
    explicit DashboardGrid(QWidget* parent = nullptr);

    static constexpr int kRowHeight = 64; // one grid row on screen, in pixels

    // The widgets of t (nullptr: none), each loading until its result comes.
    void setTemplate(const templates::Template* t);
    void setEditing(bool editing);
    // Where tables find item icons (DATA_DIR/cache/item-icons), for the frames of the next setTemplate.
    void setItemIconRoot(std::filesystem::path root) { m_itemIconRoot = std::move(root); }
    // Frames without a result show their loading state.
    void showLoading();
    // The result of one widget; false when the grid has no widget with that id.
    bool setResult(const QString& widgetId, const WidgetData& result, const QString& periodText);
    const std::vector<WidgetFrame*>& frames() const { return m_frames; }
    int rows() const { return m_rows; }

    // Lays the grid out at that size (rows share the height) and paints it, without showing it. The grid keeps
    // that layout until setTemplate or setRowHeight.
    QImage renderImage(const QSize& size, qreal devicePixelRatio = 1.0);
    // The layout part of renderImage: the frames get their geometry at that size (reports paint them one by one).
    void layOut(const QSize& size);
    void setRowHeight(int pixels);

signals:
    void editRequested(const QString& widgetId, herald::ui::WidgetEdit edit);
    void drillDown(const QList<herald::ui::DrillFilter>& filters);
    void exportRequested(const QString& widgetId);

private:
    void orderTabs();
    QGridLayout* m_grid;
    std::vector<WidgetFrame*> m_frames;
    bool m_editing = false;
    int m_rows = 0;
    int m_columns = 0;
    std::filesystem::path m_itemIconRoot;
};

} // namespace herald::ui
