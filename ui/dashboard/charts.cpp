// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts.h"

#include "theme/theme.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace herald::ui {

namespace {

constexpr double kMargin = 8;

QColor muted(const QWidget& w) {
    QColor c = w.palette().color(QPalette::WindowText);
    c.setAlphaF(0.55f);
    return c;
}

QColor gridColor(const QWidget& w) {
    QColor c = w.palette().color(QPalette::WindowText);
    c.setAlphaF(0.12f);
    return c;
}

// Nice bounds for an axis: min/max with a little room, zero included for non-negative data.
std::pair<double, double> bounds(double low, double high) {
    if (low > 0) {
        low = 0;
    }
    if (high < 0) {
        high = 0;
    }
    if (high - low < 1e-9) {
        high = low + 1;
    }
    const double pad = (high - low) * 0.08;
    return {low < 0 ? low - pad : low, high + pad};
}

QString defaultFormat(const std::function<QString(double)>& format, double value) {
    return format ? format(value) : QString::number(value, 'f', 2);
}

} // namespace

QColor seriesColor(int index) {
    static const QColor kColors[] = {QColor(0x4c, 0x9a, 0xff), QColor(0xf5, 0xa6, 0x23), QColor(0x3e, 0xc7, 0x8f),
                                     QColor(0xe8, 0x5d, 0x75), QColor(0xa7, 0x8b, 0xfa), QColor(0x2d, 0xd4, 0xd9),
                                     QColor(0xf9, 0x73, 0x16), QColor(0x94, 0xa3, 0xb8)};
    return kColors[static_cast<std::size_t>(index) % std::size(kColors)];
}

ChartBase::ChartBase(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ChartBase::mouseMoveEvent(QMouseEvent* event) {
    const QString text = hoverText(event->position().toPoint());
    if (text.isEmpty()) {
        QToolTip::hideText();
    } else {
        QToolTip::showText(event->globalPosition().toPoint(), text, this);
    }
}

void ChartBase::leaveEvent(QEvent* event) {
    QToolTip::hideText();
    QWidget::leaveEvent(event);
}

void ChartBase::paintEmpty(QPainter& painter) {
    painter.setPen(muted(*this));
    painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                     m_emptyText.isEmpty() ? tr("No games in this period") : m_emptyText);
}

// ---- line

void LineChart::setData(QStringList labels, std::vector<Series> series) {
    m_labels = std::move(labels);
    m_series = std::move(series);
    update();
}

int LineChart::drawnPoints(int series) const {
    return series < static_cast<int>(m_drawn.size()) ? m_drawn[static_cast<std::size_t>(series)] : 0;
}

QRectF LineChart::plotArea() const {
    const double legend = m_series.size() > 1 ? 20 : 4;
    const double right = m_series.size() > 1 ? 44 : 4; // room for the second series' scale
    return QRectF(kMargin + 52, kMargin + legend, width() - 2 * kMargin - 52 - right,
                  height() - 2 * kMargin - legend - 18);
}

void LineChart::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const bool any = std::any_of(m_series.begin(), m_series.end(), [](const Series& s) {
        return std::any_of(s.values.begin(), s.values.end(), [](const auto& v) { return v.has_value(); });
    });
    m_drawn.assign(m_series.size(), 0);
    if (!any || m_labels.isEmpty()) {
        paintEmpty(p);
        return;
    }
    // Each series has its own scale when the units differ (KDA and CS/min): the axis shows the first one's.
    const QRectF area = plotArea();
    const int n = static_cast<int>(m_labels.size());
    auto xOf = [&](int i) { return area.left() + (n == 1 ? area.width() / 2 : area.width() * i / (n - 1)); };
    p.setPen(gridColor(*this));
    for (int k = 0; k <= 3; ++k) {
        const double y = area.top() + area.height() * k / 3;
        p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    }
    // x labels: as many as fit
    p.setPen(muted(*this));
    const QFontMetrics fm(font());
    const int every = std::max(
        1, static_cast<int>(std::ceil(n * (fm.horizontalAdvance(m_labels.last()) + 12) / std::max(1.0, area.width()))));
    for (int i = 0; i < n; i += every) {
        p.drawText(QRectF(xOf(i) - 40, area.bottom() + 2, 80, 16), Qt::AlignHCenter | Qt::AlignTop, m_labels[i]);
    }
    for (std::size_t s = 0; s < m_series.size(); ++s) {
        const auto& series = m_series[s];
        double sLow = 0;
        double sHigh = 0;
        bool sAny = false;
        for (const auto& v : series.values) {
            if (v) {
                sLow = sAny ? std::min(sLow, *v) : *v;
                sHigh = sAny ? std::max(sHigh, *v) : *v;
                sAny = true;
            }
        }
        if (!sAny) {
            continue;
        }
        auto [lo, hi] = bounds(sLow, sHigh);
        if (series.ceiling && hi > *series.ceiling && sHigh <= *series.ceiling) {
            hi = *series.ceiling;
        }
        auto yOf = [&, lo = lo, hi = hi](double v) { return area.bottom() - (v - lo) / (hi - lo) * area.height(); };
        if (s <= 1) { // the first series' scale on the left, the second's on the right, in its colour
            p.setPen(s == 0 ? muted(*this) : seriesColor(1));
            for (int k = 0; k <= 3; ++k) {
                const double v = hi - (hi - lo) * k / 3;
                const QRectF box = s == 0 ? QRectF(0, area.top() + area.height() * k / 3 - 8, area.left() - 6, 16)
                                          : QRectF(area.right() + 4, area.top() + area.height() * k / 3 - 8,
                                                   width() - area.right() - 4, 16);
                p.drawText(box, (s == 0 ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                           defaultFormat(series.format, v));
            }
        }
        // Downsample to the pixel width: per pixel column, keep the first, min, max and last points (M4), so
        // the drawn line looks the same as the full series and never has more points than pixels x 4.
        QPainterPath path;
        bool open = false;
        int drawn = 0;
        const int columns = std::max(1, static_cast<int>(area.width()));
        int column = -1;
        std::vector<QPointF> bucket;
        auto flush = [&] {
            if (bucket.empty()) {
                return;
            }
            std::vector<QPointF> keep = {bucket.front()};
            const auto [mn, mx] = std::minmax_element(bucket.begin(), bucket.end(),
                                                      [](const QPointF& a, const QPointF& b) { return a.y() < b.y(); });
            keep.push_back(*mn);
            keep.push_back(*mx);
            keep.push_back(bucket.back());
            std::stable_sort(keep.begin(), keep.end(),
                             [](const QPointF& a, const QPointF& b) { return a.x() < b.x(); });
            keep.erase(std::unique(keep.begin(), keep.end()), keep.end());
            for (const QPointF& point : keep) {
                open ? path.lineTo(point) : path.moveTo(point);
                open = true;
                ++drawn;
            }
            bucket.clear();
        };
        for (int i = 0; i < n && i < static_cast<int>(series.values.size()); ++i) {
            const auto& v = series.values[static_cast<std::size_t>(i)];
            if (!v) {
                flush();
                open = false; // a gap where there were no games
                continue;
            }
            const QPointF point(xOf(i), yOf(*v));
            const int c = std::min(columns - 1, static_cast<int>((point.x() - area.left()) * columns / area.width()));
            if (c != column) {
                flush();
                column = c;
            }
            bucket.push_back(point);
        }
        flush();
        m_drawn[s] = drawn;
        QPen pen(seriesColor(static_cast<int>(s)), 2);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        if (n <= 60) {
            p.setBrush(seriesColor(static_cast<int>(s)));
            for (int i = 0; i < n && i < static_cast<int>(series.values.size()); ++i) {
                if (const auto& v = series.values[static_cast<std::size_t>(i)]) {
                    p.drawEllipse(QPointF(xOf(i), yOf(*v)), 2.5, 2.5);
                }
            }
        }
        if (m_series.size() > 1) { // the legend: each name as wide as it needs (French names are longer)
            double x = area.left();
            for (std::size_t before = 0; before < s; ++before) {
                x += 14 + fm.horizontalAdvance(m_series[before].name) + 16;
            }
            p.setPen(Qt::NoPen);
            p.setBrush(seriesColor(static_cast<int>(s)));
            p.drawRoundedRect(QRectF(x, kMargin + 4, 10, 10), 2, 2);
            p.setPen(palette().color(QPalette::WindowText));
            p.drawText(QRectF(x + 14, kMargin, fm.horizontalAdvance(series.name) + 4, 18),
                       Qt::AlignLeft | Qt::AlignVCenter, series.name);
        }
    }
}

QString LineChart::hoverText(const QPoint& pos) const {
    const QRectF area = plotArea();
    const int n = static_cast<int>(m_labels.size());
    if (n == 0 || !area.adjusted(-6, -6, 6, 6).contains(pos)) {
        return {};
    }
    const int i =
        n == 1 ? 0
               : std::clamp(static_cast<int>(std::lround((pos.x() - area.left()) * (n - 1) / area.width())), 0, n - 1);
    QString text = QStringLiteral("<b>%1</b>").arg(m_labels[i].toHtmlEscaped());
    for (const auto& s : m_series) {
        const auto& v = i < static_cast<int>(s.values.size()) ? s.values[static_cast<std::size_t>(i)] : std::nullopt;
        text += QStringLiteral("<br>%1: %2")
                    .arg(s.name.toHtmlEscaped(), v ? defaultFormat(s.format, *v) : QStringLiteral("—"));
    }
    return text;
}

// ---- bar

void CategoryChart::setData(QStringList labels, Series series) {
    m_labels = std::move(labels);
    m_series = std::move(series);
    update();
}

QRectF BarChart::barRect(int index) const {
    const int n = static_cast<int>(m_labels.size());
    const double labelWidth = std::min(120.0, width() * 0.35);
    const double rowHeight = std::min(26.0, (height() - 2 * kMargin) / std::max(1, n));
    return QRectF(kMargin + labelWidth, kMargin + rowHeight * index + 3, width() - 2 * kMargin - labelWidth - 60,
                  rowHeight - 6);
}

void BarChart::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    double low = 0;
    double high = 0;
    bool any = false;
    for (const auto& v : m_series.values) {
        if (v) {
            low = std::min(low, *v);
            high = std::max(high, *v);
            any = true;
        }
    }
    if (!any) {
        paintEmpty(p);
        return;
    }
    const auto [lo, hi] = bounds(low, high);
    for (int i = 0; i < static_cast<int>(m_labels.size()); ++i) {
        const QRectF slot = barRect(i);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(
            QRectF(kMargin, slot.top() - 3, slot.left() - kMargin - 6, slot.height() + 6),
            Qt::AlignRight | Qt::AlignVCenter,
            QFontMetrics(font()).elidedText(m_labels[i], Qt::ElideRight, static_cast<int>(slot.left() - kMargin - 6)));
        const auto& v =
            i < static_cast<int>(m_series.values.size()) ? m_series.values[static_cast<std::size_t>(i)] : std::nullopt;
        if (!v) {
            continue;
        }
        const double zero = slot.left() + (0 - lo) / (hi - lo) * slot.width();
        const double end = slot.left() + (*v - lo) / (hi - lo) * slot.width();
        p.setPen(Qt::NoPen);
        p.setBrush(*v >= 0 ? seriesColor(0) : seriesColor(3));
        p.drawRoundedRect(QRectF(std::min(zero, end), slot.top(), std::abs(end - zero), slot.height()), 3, 3);
        p.setPen(muted(*this));
        p.drawText(QRectF(slot.right() + 4, slot.top() - 3, 56, slot.height() + 6), Qt::AlignLeft | Qt::AlignVCenter,
                   defaultFormat(m_series.format, *v));
    }
}

QString BarChart::hoverText(const QPoint& pos) const {
    for (int i = 0; i < static_cast<int>(m_labels.size()); ++i) {
        QRectF row = barRect(i);
        row.setLeft(0);
        row.setRight(width());
        if (row.contains(pos) && i < static_cast<int>(m_series.values.size()) &&
            m_series.values[static_cast<std::size_t>(i)]) {
            return QStringLiteral("<b>%1</b><br>%2: %3")
                .arg(m_labels[i].toHtmlEscaped(), m_series.name.toHtmlEscaped(),
                     defaultFormat(m_series.format, *m_series.values[static_cast<std::size_t>(i)]));
        }
    }
    return {};
}

// ---- pie

double PieChart::total() const {
    double sum = 0;
    for (const auto& v : m_series.values) {
        sum += v && *v > 0 ? *v : 0;
    }
    return sum;
}

QRectF PieChart::pieRect() const {
    const double side = std::max(10.0, std::min(height() - 2 * kMargin, width() * 0.55 - 2 * kMargin));
    return QRectF(kMargin, (height() - side) / 2, side, side);
}

void PieChart::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const double total = this->total();
    if (total <= 0) {
        paintEmpty(p);
        return;
    }
    const QRectF pie = pieRect();
    double angle = 90 * 16;
    const double legendX = pie.right() + 14;
    for (int i = 0; i < static_cast<int>(m_series.values.size()); ++i) {
        const auto& v = m_series.values[static_cast<std::size_t>(i)];
        const double value = v && *v > 0 ? *v : 0;
        const double span = -value / total * 360 * 16;
        p.setPen(QPen(palette().color(QPalette::Base), 2));
        p.setBrush(seriesColor(i));
        p.drawPie(pie, static_cast<int>(angle), static_cast<int>(span));
        angle += span;
        const double y = kMargin + 20.0 * i;
        if (y + 18 < height()) {
            p.setPen(Qt::NoPen);
            p.drawRoundedRect(QRectF(legendX, y + 4, 10, 10), 2, 2);
            p.setPen(palette().color(QPalette::WindowText));
            const QString label = m_labels.value(i) + QStringLiteral("  ") +
                                  QString::number(value / total * 100.0, 'f', 0) + QStringLiteral(" %");
            p.drawText(
                QRectF(legendX + 16, y, width() - legendX - 16, 18), Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetrics(font()).elidedText(label, Qt::ElideRight, static_cast<int>(width() - legendX - 16)));
        }
    }
    // A donut reads better than a full disc.
    p.setPen(Qt::NoPen);
    p.setBrush(palette().color(QPalette::Base));
    p.drawEllipse(pie.center(), pie.width() * 0.28, pie.height() * 0.28);
}

QString PieChart::hoverText(const QPoint& pos) const {
    const QRectF pie = pieRect();
    const QPointF d = QPointF(pos) - pie.center();
    const double r = std::hypot(d.x(), d.y());
    if (r > pie.width() / 2 || r < pie.width() * 0.28) {
        return {};
    }
    const double total = this->total();
    // Angle from 12 o'clock, clockwise, in degrees.
    double a = std::atan2(d.x(), -d.y()) * 180 / M_PI;
    if (a < 0) {
        a += 360;
    }
    double at = 0;
    for (int i = 0; i < static_cast<int>(m_series.values.size()); ++i) {
        const auto& v = m_series.values[static_cast<std::size_t>(i)];
        const double value = v && *v > 0 ? *v : 0;
        at += value / total * 360;
        if (a <= at) {
            return QStringLiteral("<b>%1</b><br>%2: %3 (%4 %)")
                .arg(m_labels.value(i).toHtmlEscaped(), m_series.name.toHtmlEscaped(),
                     defaultFormat(m_series.format, value), QString::number(value / total * 100.0, 'f', 1));
        }
    }
    return {};
}

// ---- heatmap

void HeatmapChart::setData(QStringList rows, QStringList columns,
                           std::vector<std::vector<std::optional<double>>> values,
                           std::function<QString(double)> format) {
    m_rows = std::move(rows);
    m_columns = std::move(columns);
    m_values = std::move(values);
    m_format = std::move(format);
    update();
}

QRectF HeatmapChart::cellRect(int row, int column) const {
    const double left = kMargin + 40;
    const double top = kMargin;
    const double w = (width() - left - kMargin) / std::max<qsizetype>(1, m_columns.size());
    const double h = (height() - top - kMargin - 16) / std::max<qsizetype>(1, m_rows.size());
    return QRectF(left + w * column, top + h * row, w, h);
}

void HeatmapChart::paintEvent(QPaintEvent*) {
    QPainter p(this);
    double low = 0;
    double high = 0;
    bool any = false;
    for (const auto& row : m_values) {
        for (const auto& v : row) {
            if (v) {
                low = any ? std::min(low, *v) : *v;
                high = any ? std::max(high, *v) : *v;
                any = true;
            }
        }
    }
    if (!any) {
        paintEmpty(p);
        return;
    }
    const QColor coldColor = seriesColor(3);
    const QColor hotColor = seriesColor(2);
    for (int r = 0; r < static_cast<int>(m_rows.size()); ++r) {
        const QRectF first = cellRect(r, 0);
        p.setPen(muted(*this));
        p.drawText(QRectF(0, first.top(), first.left() - 4, first.height()), Qt::AlignRight | Qt::AlignVCenter,
                   m_rows[r]);
        for (int c = 0; c < static_cast<int>(m_columns.size()); ++c) {
            const QRectF cell = cellRect(r, c).adjusted(1, 1, -1, -1);
            const auto& v = r < static_cast<int>(m_values.size()) &&
                                    c < static_cast<int>(m_values[static_cast<std::size_t>(r)].size())
                                ? m_values[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)]
                                : std::nullopt;
            if (!v) {
                p.fillRect(cell, gridColor(*this));
                continue;
            }
            const double t = high > low ? (*v - low) / (high - low) : 0.5;
            QColor color(static_cast<int>(coldColor.red() + (hotColor.red() - coldColor.red()) * t),
                         static_cast<int>(coldColor.green() + (hotColor.green() - coldColor.green()) * t),
                         static_cast<int>(coldColor.blue() + (hotColor.blue() - coldColor.blue()) * t));
            color.setAlphaF(static_cast<float>(0.35 + 0.65 * std::abs(t - 0.5) * 2));
            p.fillRect(cell, color);
        }
    }
    p.setPen(muted(*this));
    const int every =
        std::max(1, static_cast<int>(
                        std::ceil(m_columns.size() * 22.0 / std::max(1.0, cellRect(0, 0).width() * m_columns.size()))));
    for (int c = 0; c < static_cast<int>(m_columns.size()); c += every) {
        const QRectF cell = cellRect(static_cast<int>(m_rows.size()), c);
        p.drawText(QRectF(cell.left() - 10, cell.top(), cell.width() + 20, 16), Qt::AlignHCenter | Qt::AlignTop,
                   m_columns[c]);
    }
}

QString HeatmapChart::hoverText(const QPoint& pos) const {
    for (int r = 0; r < static_cast<int>(m_rows.size()); ++r) {
        for (int c = 0; c < static_cast<int>(m_columns.size()); ++c) {
            if (cellRect(r, c).contains(pos)) {
                const auto& v = r < static_cast<int>(m_values.size()) &&
                                        c < static_cast<int>(m_values[static_cast<std::size_t>(r)].size())
                                    ? m_values[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)]
                                    : std::nullopt;
                return QStringLiteral("<b>%1 %2</b><br>%3")
                    .arg(m_rows[r].toHtmlEscaped(), m_columns[c].toHtmlEscaped(),
                         v ? defaultFormat(m_format, *v) : tr("no games"));
            }
        }
    }
    return {};
}

// ---- kpi

KpiTile::KpiTile(QWidget* parent) : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void KpiTile::setValue(const QString& value, const QString& delta, std::optional<bool> better) {
    m_value = value;
    m_delta = delta;
    m_better = better;
    update();
}

void KpiTile::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::TextAntialiasing);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 2.4);
    big.setBold(true);
    p.setFont(big);
    p.setPen(palette().color(QPalette::WindowText));
    const QRectF valueRect(kMargin, kMargin, width() - 2 * kMargin, height() * 0.6);
    p.drawText(valueRect, Qt::AlignLeft | Qt::AlignVCenter, m_value);
    if (!m_delta.isEmpty()) {
        p.setFont(font());
        p.setPen(m_better ? outcomeColor(*m_better ? QStringLiteral("Win") : QStringLiteral("Loss")) : muted(*this));
        p.drawText(QRectF(kMargin, valueRect.bottom(), width() - 2 * kMargin, height() - valueRect.bottom()),
                   Qt::AlignLeft | Qt::AlignTop, m_delta);
    }
}

} // namespace herald::ui
