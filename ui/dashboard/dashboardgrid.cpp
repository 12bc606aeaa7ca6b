// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardgrid.h"

#include <QGridLayout>
#include <QPainter>
#include <algorithm>
#include <utility>

namespace herald::ui {

DashboardGrid::DashboardGrid(QWidget* parent) : QWidget(parent), m_grid(new QGridLayout(this)) {
    m_grid->setSpacing(12);
    m_grid->setContentsMargins(0, 0, 0, 0);
}

void DashboardGrid::setTemplate(const templates::Template* t) {
    for (WidgetFrame* frame : m_frames) {
        m_grid->removeWidget(frame);
        frame->hide();
        frame->deleteLater();
    }
    m_frames.clear();
    for (int r = 0; r < m_rows; ++r) {
        m_grid->setRowMinimumHeight(r, 0);
    }
    m_rows = 0;
    m_columns = t != nullptr ? t->columns : 0;
    if (t == nullptr) {
        return;
    }
    for (const auto& w : t->widgets) {
        auto* frame = new WidgetFrame(w, this);
        // Columns share the width the window gives, never more: a chart's or an edit bar's wish for width does
        // not push the last column out of sight (its content squeezes instead).
        frame->setSizePolicy(QSizePolicy::Ignored, frame->sizePolicy().verticalPolicy());
        frame->setEditing(m_editing);
        frame->setItemIconRoot(m_itemIconRoot);
        connect(frame, &WidgetFrame::editRequested, this, &DashboardGrid::editRequested);
        connect(frame, &WidgetFrame::drillDown, this, &DashboardGrid::drillDown);
        connect(frame, &WidgetFrame::exportRequested, this, &DashboardGrid::exportRequested);
        m_grid->addWidget(frame, w.y, w.x, w.h, w.w);
        m_frames.push_back(frame);
        m_rows = std::max(m_rows, w.y + w.h);
    }
    for (int c = 0; c < t->columns; ++c) {
        m_grid->setColumnStretch(c, 1);
    }
    setRowHeight(kRowHeight);
}

void DashboardGrid::setRowHeight(int pixels) {
    for (int r = 0; r < m_rows; ++r) {
        m_grid->setRowMinimumHeight(r, pixels);
        m_grid->setRowStretch(r, 0);
    }
}

void DashboardGrid::setEditing(bool editing) {
    m_editing = editing;
    for (WidgetFrame* frame : m_frames) {
        frame->setEditing(editing);
    }
}

void DashboardGrid::showLoading() {
    for (WidgetFrame* frame : m_frames) {
        if (!frame->hasData()) {
            frame->showLoading();
        }
    }
}

bool DashboardGrid::setResult(const QString& widgetId, const WidgetData& result, const QString& periodText) {
    bool found = false;
    for (WidgetFrame* frame : m_frames) {
        if (QString::fromStdString(frame->widget().id) == widgetId) {
            frame->setData(result, periodText);
            found = true;
        }
    }
    if (found) {
        orderTabs(); // the new content joined the focus chain at its end
    }
    return found;
}

void DashboardGrid::orderTabs() {
    // Tab reads the grid as the eye does: row by row, left to right, whatever order the template lists them in
    // and the results came in.
    std::vector<WidgetFrame*> frames = m_frames;
    std::stable_sort(frames.begin(), frames.end(), [](const WidgetFrame* a, const WidgetFrame* b) {
        return std::pair(a->widget().y, a->widget().x) < std::pair(b->widget().y, b->widget().x);
    });
    QWidget* previous = nullptr;
    for (WidgetFrame* frame : frames) {
        for (QWidget* child : frame->findChildren<QWidget*>()) {
            if ((child->focusPolicy() & Qt::TabFocus) == 0) {
                continue;
            }
            if (previous != nullptr) {
                QWidget::setTabOrder(previous, child);
            }
            previous = child;
        }
    }
}

QImage DashboardGrid::renderImage(const QSize& size, qreal devicePixelRatio) {
    layOut(size);
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(palette().color(QPalette::Window));
    render(&image, QPoint(), QRegion(), QWidget::DrawChildren);
    return image;
}

void DashboardGrid::layOut(const QSize& size) {
    // Rows share the height (less the spacing between them), so a page of any size holds the whole template.
    const int spacing = m_grid->spacing();
    if (m_rows > 0) {
        setRowHeight(std::max(8, (size.height() - spacing * (m_rows - 1)) / m_rows));
    }
    setAttribute(Qt::WA_DontShowOnScreen);
    resize(size);
    ensurePolished();
    for (WidgetFrame* frame : m_frames) {
        frame->ensurePolished();
    }
    m_grid->activate();
    m_grid->setGeometry(QRect(QPoint(0, 0), size));
}

} // namespace herald::ui
