// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The charts Qt Charts has no counterpart for, painted with QPainter: the heatmap (weekday x hour, ...) and the
// KPI tile. Colours come from the palette, so they follow the theme. Line, bar and donut charts are Qt Charts
// views (charts.h).
#pragma once

#include <QColor>
#include <QStringList>
#include <QWidget>
#include <functional>
#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace herald::ui {

// The colour of series i (fixed order, readable on dark and light backgrounds).
QColor seriesColor(int index);
// A chart's secondary text (axis labels) and its grid lines, from the widget's palette (so, its theme).
QColor chartMutedColor(const QWidget& widget);
QColor chartGridColor(const QWidget& widget);

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

class HeatmapChart : public ChartBase {
    Q_OBJECT
public:
    using ChartBase::ChartBase;
    // values[row][column]
    void setData(QStringList rows, QStringList columns, std::vector<std::vector<std::optional<double>>> values,
                 std::function<QString(double)> format);
    // The games behind a cell's value, for its hover ("· 3 games").
    void setGames(int row, int column, int games);
    QString tipAt(int row, int column) const;
    // The cell under a point of the widget, if any (row, column).
    std::optional<std::pair<int, int>> cellAt(const QPoint& pos) const;
    QRectF cellRect(int row, int column) const;

signals:
    // A click on a cell: the dashboard narrows to it (weekday x hour, ...).
    void cellClicked(int row, int column);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    QString hoverText(const QPoint& pos) const override;

private:
    QStringList m_rows;
    QStringList m_columns;
    std::vector<std::vector<std::optional<double>>> m_values;
    std::function<QString(double)> m_format;
    std::map<std::pair<int, int>, int> m_games;
};

// A goal: the current period's value against the target, how many periods met it, and one bar per period
// coloured by whether it met the target, with the target as a line across.
class GoalChart : public ChartBase {
    Q_OBJECT
public:
    struct Bar {
        QString label; // the period, as shown
        std::optional<double> value;
        qint64 games = 0;
        bool met = false;
    };
    using ChartBase::ChartBase;
    // headline: "6.4 this week"; summary: "Target at least 7.0 · met in 7 of 12 weeks".
    void setData(std::vector<Bar> bars, double target, QString headline, QString summary, std::optional<bool> metNow,
                 std::function<QString(double)> format);
    QSize minimumSizeHint() const override { return {200, 140}; }
    QRectF barRect(int index) const;

protected:
    void paintEvent(QPaintEvent* event) override;
    QString hoverText(const QPoint& pos) const override;

private:
    QRectF plotArea() const;
    double scaleTop() const;

    std::vector<Bar> m_bars;
    double m_target = 0;
    QString m_headline;
    QString m_summary;
    std::optional<bool> m_metNow;
    std::function<QString(double)> m_format;
};

// Where the player stands, one line per (role, metric): the population's middle half as a band (p25 to p75), its
// median as a tick, the player's value as a dot coloured by whether they beat half of them, and the sentence.
class StandingChart : public ChartBase {
    Q_OBJECT
public:
    struct Row {
        QString label;    // "Middle · CS/min"
        QString sentence; // standingText(): "6.40 over 120 games — better than 71 % of …"
        std::optional<double> p25, p50, p75, you;
        bool aboveHalf = false;
    };
    using ChartBase::ChartBase;
    void setRows(std::vector<Row> rows);
    const std::vector<Row>& rows() const { return m_rows; }
    // Paper: only the lines that fit in heightPx are drawn, the last line saying how many are left out (a report's
    // frame has the grid's height; the app's grows with the lines).
    void fitTo(double heightPx);
    int shownRows() const;
    QSize minimumSizeHint() const override { return {240, 60}; }
    QRectF trackRect(int index) const;
    // Where a value sits on row index's track (its scale: the band and the player's value, with a margin).
    double xOf(int index, double value) const;

protected:
    void paintEvent(QPaintEvent* event) override;
    QString hoverText(const QPoint& pos) const override;

private:
    double rowHeight() const;
    std::vector<Row> m_rows;
    int m_fit = -1; // lines drawn when fitted to paper; -1: all
};

class KpiTile : public QWidget {
    Q_OBJECT
public:
    explicit KpiTile(QWidget* parent = nullptr);
    // delta: "+2.1 % vs previous 90 days"; better: whether the change is good (colour); empty delta hides it.
    void setValue(const QString& value, const QString& delta, std::optional<bool> better);
    // A muted last line ("as Middle: 7.10 · lobby median 6.90"), empty hides it; detail: what the tooltip adds.
    void setNote(const QString& note, const QString& detail = {});
    QString value() const { return m_value; }
    QString note() const { return m_note; }
    std::optional<bool> better() const { return m_better; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_value;
    QString m_delta;
    QString m_note;
    std::optional<bool> m_better;
};

} // namespace herald::ui
