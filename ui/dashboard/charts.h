// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Charts painted with QPainter: line (series over time, downsampled to the pixel width), bar, pie, heatmap and
// the KPI tile. Hovering shows the value under the mouse. Colours come from the palette, so they follow the
// theme.
#pragma once

#include <QColor>
#include <QStringList>
#include <QWidget>
#include <functional>
#include <optional>
#include <vector>

namespace herald::ui {

// The colour of series i (fixed order, readable on dark and light backgrounds).
QColor seriesColor(int index);

class ChartBase : public QWidget {
    Q_OBJECT
public:
    explicit ChartBase(QWidget* parent = nullptr);
    QSize minimumSizeHint() const override { return {160, 90}; }
    // What an empty chart says ("No games in this period" by default).
    void setEmptyText(const QString& text) { m_emptyText = text; }

protected:
    // The text for the point under pos, or empty.
    virtual QString hoverText(const QPoint& pos) const = 0;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void paintEmpty(QPainter& painter);

private:
    QString m_emptyText;
};

struct Series {
    QString name;
    std::vector<std::optional<double>> values; // one per label; nullopt: no value there
    std::function<QString(double)> format;
    std::optional<double> ceiling; // the axis never goes above (rates: 1 = 100 %)
};

class LineChart : public ChartBase {
    Q_OBJECT
public:
    using ChartBase::ChartBase;
    void setData(QStringList labels, std::vector<Series> series);
    // Points actually drawn for series i after downsampling (tests).
    int drawnPoints(int series) const;

protected:
    void paintEvent(QPaintEvent* event) override;
    QString hoverText(const QPoint& pos) const override;

private:
    QRectF plotArea() const;
    QStringList m_labels;
    std::vector<Series> m_series;
    mutable std::vector<int> m_drawn;
};

// One series over categories (a bar per champion, a slice per role).
class CategoryChart : public ChartBase {
    Q_OBJECT
public:
    using ChartBase::ChartBase;
    void setData(QStringList labels, Series series);

protected:
    QStringList m_labels;
    Series m_series;
};

class BarChart : public CategoryChart {
    Q_OBJECT
public:
    using CategoryChart::CategoryChart;

protected:
    void paintEvent(QPaintEvent* event) override;
    QString hoverText(const QPoint& pos) const override;

private:
    QRectF barRect(int index) const;
};

class PieChart : public CategoryChart {
    Q_OBJECT
public:
    using CategoryChart::CategoryChart;

protected:
    void paintEvent(QPaintEvent* event) override;
    QString hoverText(const QPoint& pos) const override;

private:
    QRectF pieRect() const;
    double total() const; // of the positive values: the whole pie
};

class HeatmapChart : public ChartBase {
    Q_OBJECT
public:
    using ChartBase::ChartBase;
    // values[row][column]
    void setData(QStringList rows, QStringList columns, std::vector<std::vector<std::optional<double>>> values,
                 std::function<QString(double)> format);

protected:
    void paintEvent(QPaintEvent* event) override;
    QString hoverText(const QPoint& pos) const override;

private:
    QRectF cellRect(int row, int column) const;
    QStringList m_rows;
    QStringList m_columns;
    std::vector<std::vector<std::optional<double>>> m_values;
    std::function<QString(double)> m_format;
};

class KpiTile : public QWidget {
    Q_OBJECT
public:
    explicit KpiTile(QWidget* parent = nullptr);
    // delta: "+2.1 % vs previous 90 days"; better: whether the change is good (colour); empty delta hides it.
    void setValue(const QString& value, const QString& delta, std::optional<bool> better);
    QString value() const { return m_value; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_value;
    QString m_delta;
    std::optional<bool> m_better;
};

} // namespace herald::ui
