// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's and the match page's charts, as Qt Charts views: a line chart (series over time, downsampled
// with M4 to the pixel width, wheel and rubber-band zoom on the time axis, a legend whose entries hide their
// series), a horizontal bar chart and a donut. Colours follow the app's theme (the palette). Hovering says the
// value and the games behind it; clicking a bar or a slice says which, so the dashboard can narrow to it. The
// heatmap and the KPI tile stay painted (paintedcharts.h): Qt Charts has no heatmap.
#pragma once

#include "paintedcharts.h"

#include <QChartView>
#include <QStringList>
#include <functional>
#include <optional>
#include <vector>

class QCategoryAxis;
class QLineSeries;
class QToolButton;

class QPainter;
class QPieSlice;

namespace herald::ui {

struct Series {
    QString name;
    std::vector<std::optional<double>> values; // one per label; nullopt: no value there
    std::function<QString(double)> format;
    std::optional<double> ceiling; // the axis never goes above (rates: 1 = 100 %)
    std::vector<int> games;        // the games behind each value, for the hover; empty when unknown
};

// What every chart view shares: the theme's colours, an empty state, the hover tooltip.
class ChartView : public QChartView {
    Q_OBJECT
public:
    explicit ChartView(QWidget* parent = nullptr);
    QSize minimumSizeHint() const override { return {160, 90}; }
    QSize sizeHint() const override { return {400, 220}; }
    // What an empty chart says ("No games in this period" by default).
    void setEmptyText(const QString& text);
    bool isEmpty() const { return m_empty; }
    // Draws what an empty chart says into rect (its own paint event, and reports that draw its scene).
    void paintEmptyText(QPainter& painter, const QRectF& rect) const;

signals:
    // A bar or a slice was clicked: its index in the labels given to setData.
    void categoryClicked(int index);

protected:
    void setEmpty(bool empty);
    // Colours from the palette: labels, grid, legend; the chart's own background stays transparent.
    void applyTheme();
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void showTip(const QString& html);
    // "value" or "value · 12 games" for point i of a series.
    static QString valueText(const Series& series, std::size_t index);

private:
    QString m_emptyText;
    bool m_empty = true;
};

class LineChart : public ChartView {
    Q_OBJECT
public:
    explicit LineChart(QWidget* parent = nullptr);
    // times: when given (one per label, ms since epoch, increasing), the x axis is a date-time axis and the
    // points stand at their dates, so a week without games is a gap in time, not a step skipped.
    void setData(QStringList labels, std::vector<Series> series, std::vector<qint64> times = {});
    bool isDated() const { return !m_times.empty(); }
    // Points actually drawn for series i after downsampling (tests).
    int drawnPoints(int series) const;
    // The tooltip at label i: the label, then each shown series' value and games.
    QString tipAt(int index) const;
    // The time axis' zoom: the range of labels shown. The wheel zooms around the mouse, a horizontal rubber band
    // zooms on its span, a double click or the reset button shows everything again.
    bool isZoomed() const { return m_zoomed; }
    std::pair<double, double> visibleRange() const { return {m_from, m_to}; }
    void zoomTo(double from, double to);
    void zoomAround(double index, double factor);
    void resetZoom();
    // Every series on one scale (the same unit: each player's gold), instead of one scale each.
    void setSharedScale(bool shared) { m_sharedScale = shared; }
    // A legend click hides or shows its series.
    void setSeriesShown(int series, bool shown);
    bool isSeriesShown(int series) const;

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuild();
    QAbstractAxis* addTimeAxis(double plotWidth);
    QAbstractAxis* addCategoryAxis(double plotWidth, double visiblePoints);
    void addSeries(QAbstractAxis* axisX, int columns, double visiblePoints);
    void buildLegend();
    void onAxisRange(double min, double max); // in label indexes
    // Label index <-> x value (a time when dated); fractional indexes interpolate.
    double xOf(double index) const;
    double indexOf(double x) const;

    QStringList m_labels;
    std::vector<Series> m_series;
    std::vector<int> m_drawn;
    std::vector<bool> m_shown;
    std::vector<std::vector<QLineSeries*>> m_runs; // per series: its runs without gaps
    std::vector<qint64> m_times;
    QCategoryAxis* m_axisX = nullptr;
    QToolButton* m_reset;
    double m_from = 0;
    double m_to = 0;
    bool m_zoomed = false;
    bool m_rebuilding = false;
    bool m_sharedScale = false;
    int m_builtWidth = -1; // the width the series were last built for
};

// One value per category, as horizontal bars (a bar per champion, role, ...), largest first as given.
class BarChart : public ChartView {
    Q_OBJECT
public:
    explicit BarChart(QWidget* parent = nullptr);
    void setData(QStringList labels, Series series);
    QString tipAt(int index) const;

private:
    QStringList m_labels;
    Series m_series;
};

// The share of each category, as a donut.
class PieChart : public ChartView {
    Q_OBJECT
public:
    explicit PieChart(QWidget* parent = nullptr);
    void setData(QStringList labels, Series series);
    QString tipAt(int index) const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    double total() const; // of the positive values: the whole donut
    void fitLegend();     // each entry's name shortened to the legend's room, its share always whole
    QStringList m_labels;
    Series m_series;
    struct Entry {
        QPieSlice* slice;
        QString name;
        QString share; // "19 %"
    };
    std::vector<Entry> m_entries;
};

} // namespace herald::ui
