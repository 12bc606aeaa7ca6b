// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "paintedcharts.h"

#include "theme/theme.h"

#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace herald::ui {

namespace {

constexpr double kMargin = 8;

QString defaultFormat(const std::function<QString(double)>& format, double value) {
    return format ? format(value) : QString::number(value, 'f', 2);
}

} // namespace

QColor chartMutedColor(const QWidget& widget) {
    QColor c = widget.palette().color(QPalette::WindowText);
    c.setAlphaF(0.6f);
    return c;
}

QColor chartGridColor(const QWidget& widget) {
    QColor c = widget.palette().color(QPalette::WindowText);
    c.setAlphaF(0.12f);
    return c;
}

QColor seriesColor(int index) {
    static const QColor kColors[] = {QColor(0x4c, 0x9a, 0xff), QColor(0xf5, 0xa6, 0x23), QColor(0x3e, 0xc7, 0x8f),
                                     QColor(0xe8, 0x5d, 0x75), QColor(0xa7, 0x8b, 0xfa), QColor(0x2d, 0xd4, 0xd9),
                                     QColor(0xf9, 0x73, 0x16), QColor(0x94, 0xa3, 0xb8), QColor(0xfa, 0xcc, 0x15),
                                     QColor(0xec, 0x48, 0x99)};
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
    painter.setPen(chartMutedColor(*this));
    painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                     m_emptyText.isEmpty() ? tr("No games in this period") : m_emptyText);
}

// ---- standing

void StandingChart::setRows(std::vector<Row> rows) {
    m_rows = std::move(rows);
    m_fit = -1;
    setMinimumHeight(static_cast<int>(static_cast<double>(std::max<std::size_t>(m_rows.size(), 1)) * rowHeight()));
    update();
}

int StandingChart::shownRows() const {
    const int all = static_cast<int>(m_rows.size());
    return m_fit < 0 ? all : std::min(all, m_fit);
}

void StandingChart::fitTo(double heightPx) {
    const int all = static_cast<int>(m_rows.size());
    const double line = QFontMetricsF(font()).height();
    int fit = static_cast<int>(heightPx / rowHeight());
    if (fit < all) { // room for the line that says how many are left out
        fit = std::max(0, static_cast<int>((heightPx - line * 1.4) / rowHeight()));
    }
    m_fit = std::min(fit, all);
    const double needed = m_fit * rowHeight() + (m_fit < all ? line * 1.4 : 0.0);
    setMinimumHeight(static_cast<int>(std::min(needed, heightPx)));
    update();
}

double StandingChart::rowHeight() const {
    return QFontMetricsF(font()).height() * 2.6;
}

QRectF StandingChart::trackRect(int index) const {
    const double line = QFontMetricsF(font()).height();
    const double top = index * rowHeight() + line * 1.3;
    return {kMargin + 6, top, std::max(40.0, width() - 2 * kMargin - 12), line * 0.9};
}

double StandingChart::xOf(int index, double value) const {
    const Row& row = m_rows[static_cast<std::size_t>(index)];
    double lo = value;
    double hi = value;
    for (const auto& v : {row.p25, row.p50, row.p75, row.you}) {
        if (v) {
            lo = std::min(lo, *v);
            hi = std::max(hi, *v);
        }
    }
    // The middle half takes about half the track: room on both sides for where the player may be.
    const double pad = hi > lo ? (hi - lo) * 0.5 : std::max(1.0, std::abs(hi) * 0.1);
    lo -= pad;
    hi += pad;
    const QRectF track = trackRect(index);
    return track.left() + (value - lo) / (hi - lo) * track.width();
}

void StandingChart::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    if (m_rows.empty()) {
        paintEmpty(p);
        return;
    }
    const double line = QFontMetricsF(font()).height();
    p.setClipRect(rect()); // a vector device (a report) does not clip a child to itself
    const int shown = shownRows();
    if (shown < static_cast<int>(m_rows.size())) {
        p.setPen(chartMutedColor(*this));
        p.drawText(QRectF(kMargin, shown * rowHeight(), width() - 2 * kMargin, line * 1.4),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   tr("+%n more line(s): the app and Export data… list them all", nullptr,
                      static_cast<int>(m_rows.size()) - shown));
    }
    for (int i = 0; i < shown; ++i) {
        const Row& row = m_rows[static_cast<std::size_t>(i)];
        const double top = i * rowHeight();
        if (top > height()) {
            break;
        }
        p.setPen(palette().color(QPalette::WindowText));
        const QRectF text(kMargin, top, width() - 2 * kMargin, line * 1.2);
        const QString label = row.label + QStringLiteral("  ");
        p.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, label);
        p.setPen(chartMutedColor(*this));
        const double labelWidth = QFontMetricsF(font()).horizontalAdvance(label);
        p.drawText(text.adjusted(labelWidth, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetricsF(font()).elidedText(row.sentence, Qt::ElideRight, text.width() - labelWidth));
        const QRectF track = trackRect(i);
        p.fillRect(QRectF(track.left(), track.center().y() - 0.5, track.width(), 1), chartGridColor(*this));
        if (row.p25 && row.p75) {
            QColor band = seriesColor(0);
            band.setAlphaF(0.35f);
            const double a = xOf(i, *row.p25);
            const double b = xOf(i, *row.p75);
            p.fillRect(QRectF(a, track.top(), std::max(2.0, b - a), track.height()), band);
        }
        if (row.p50) {
            p.fillRect(QRectF(xOf(i, *row.p50) - 1, track.top() - 2, 2, track.height() + 4),
                       palette().color(QPalette::WindowText));
        }
        if (row.you) {
            p.setPen(Qt::NoPen);
            p.setBrush(outcomeColor(row.aboveHalf ? QStringLiteral("Win") : QStringLiteral("Loss")));
            p.drawEllipse(QPointF(xOf(i, *row.you), track.center().y()), track.height() * 0.55, track.height() * 0.55);
        }
    }
}

QString StandingChart::hoverText(const QPoint& pos) const {
    const int index = static_cast<int>(pos.y() / rowHeight());
    if (index < 0 || index >= static_cast<int>(m_rows.size())) {
        return {};
    }
    const Row& row = m_rows[static_cast<std::size_t>(index)];
    return row.label + QStringLiteral(": ") + row.sentence;
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
        p.setPen(chartMutedColor(*this));
        p.drawText(QRectF(0, first.top(), first.left() - 4, first.height()), Qt::AlignRight | Qt::AlignVCenter,
                   m_rows[r]);
        for (int c = 0; c < static_cast<int>(m_columns.size()); ++c) {
            const QRectF cell = cellRect(r, c).adjusted(1, 1, -1, -1);
            const auto& v = r < static_cast<int>(m_values.size()) &&
                                    c < static_cast<int>(m_values[static_cast<std::size_t>(r)].size())
                                ? m_values[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)]
                                : std::nullopt;
            if (!v) {
                p.fillRect(cell, chartGridColor(*this));
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
    p.setPen(chartMutedColor(*this));
    const int every =
        std::max(1, static_cast<int>(
                        std::ceil(m_columns.size() * 22.0 / std::max(1.0, cellRect(0, 0).width() * m_columns.size()))));
    for (int c = 0; c < static_cast<int>(m_columns.size()); c += every) {
        const QRectF cell = cellRect(static_cast<int>(m_rows.size()), c);
        p.drawText(QRectF(cell.left() - 10, cell.top(), cell.width() + 20, 16), Qt::AlignHCenter | Qt::AlignTop,
                   m_columns[c]);
    }
}

std::optional<std::pair<int, int>> HeatmapChart::cellAt(const QPoint& pos) const {
    for (int r = 0; r < static_cast<int>(m_rows.size()); ++r) {
        for (int c = 0; c < static_cast<int>(m_columns.size()); ++c) {
            if (cellRect(r, c).contains(pos)) {
                return std::make_pair(r, c);
            }
        }
    }
    return std::nullopt;
}

void HeatmapChart::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) {
        if (const auto cell = cellAt(event->position().toPoint())) {
            emit cellClicked(cell->first, cell->second);
        }
    }
    ChartBase::mouseReleaseEvent(event);
}

void HeatmapChart::setGames(int row, int column, int games) {
    m_games[{row, column}] = games;
}

QString HeatmapChart::tipAt(int r, int c) const {
    if (r < 0 || c < 0 || r >= m_rows.size() || c >= m_columns.size()) {
        return {};
    }
    const auto& v =
        r < static_cast<int>(m_values.size()) && c < static_cast<int>(m_values[static_cast<std::size_t>(r)].size())
            ? m_values[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)]
            : std::nullopt;
    QString value = v ? defaultFormat(m_format, *v) : tr("no games");
    if (const auto games = m_games.find({r, c}); v && games != m_games.end()) {
        value += QStringLiteral(" · ") + tr("%n game(s)", nullptr, games->second);
    }
    return QStringLiteral("<b>%1 %2</b><br>%3")
        .arg(m_rows[r].toHtmlEscaped(), m_columns[c].toHtmlEscaped(), value.toHtmlEscaped());
}

QString HeatmapChart::hoverText(const QPoint& pos) const {
    const auto cell = cellAt(pos);
    return cell ? tipAt(cell->first, cell->second) : QString();
}

// ---- kpi

KpiTile::KpiTile(QWidget* parent) : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void KpiTile::setValue(const QString& value, const QString& delta, std::optional<bool> better) {
    m_value = value;
    m_delta = delta;
    m_better = better;
    setToolTip(delta);
    update();
}

void KpiTile::setNote(const QString& note, const QString& detail) {
    m_note = note;
    const QString full = detail.isEmpty() ? note : note + QStringLiteral(" ") + detail;
    setToolTip(m_delta.isEmpty() ? full : m_delta + QLatin1Char('\n') + full);
    update();
}

// ---- goal

void GoalChart::setData(std::vector<Bar> bars, double target, QString headline, QString summary,
                        std::optional<bool> metNow, std::function<QString(double)> format) {
    m_bars = std::move(bars);
    m_target = target;
    m_headline = std::move(headline);
    m_summary = std::move(summary);
    m_metNow = metNow;
    m_format = std::move(format);
    update();
}

QRectF GoalChart::plotArea() const {
    const double header = QFontMetricsF(font()).height() * 3.6;
    return QRectF(kMargin, header, width() - 2 * kMargin, std::max(10.0, height() - header - kMargin - 14));
}

// The value at the top of the plot: the largest bar or the target, with room above (never below zero).
double GoalChart::scaleTop() const {
    double top = std::max(m_target, 0.0);
    for (const auto& bar : m_bars) {
        top = std::max(top, bar.value.value_or(0.0));
    }
    return top <= 0 ? 1.0 : top * 1.15;
}

QRectF GoalChart::barRect(int index) const {
    const QRectF area = plotArea();
    const auto count = static_cast<double>(std::max<std::size_t>(1, m_bars.size()));
    const double slot = area.width() / count;
    const auto& bar = m_bars[static_cast<std::size_t>(index)];
    const double v = std::max(0.0, bar.value.value_or(0.0));
    const double h = area.height() * v / scaleTop();
    return QRectF(area.left() + slot * index + slot * 0.15, area.bottom() - h, slot * 0.7, h);
}

void GoalChart::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    const QFontMetricsF bigMetrics(big);
    p.setFont(big);
    p.setPen(m_metNow ? outcomeColor(*m_metNow ? QStringLiteral("Win") : QStringLiteral("Loss"))
                      : palette().color(QPalette::WindowText));
    p.drawText(QRectF(kMargin, 0, width() - 2 * kMargin, bigMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
               m_headline);
    p.setFont(font());
    p.setPen(chartMutedColor(*this));
    p.drawText(QRectF(kMargin, bigMetrics.height(), width() - 2 * kMargin, QFontMetricsF(font()).height() * 1.4),
               Qt::AlignLeft | Qt::AlignVCenter, m_summary);
    if (m_bars.empty()) {
        const QRectF area = plotArea();
        p.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, tr("No games in this period"));
        return;
    }
    const QRectF area = plotArea();
    p.setPen(chartGridColor(*this));
    p.drawLine(area.bottomLeft(), area.bottomRight());
    for (int i = 0; i < static_cast<int>(m_bars.size()); ++i) {
        const auto& bar = m_bars[static_cast<std::size_t>(i)];
        if (!bar.value) {
            continue;
        }
        QColor colour = outcomeColor(bar.met ? QStringLiteral("Win") : QStringLiteral("Loss"));
        colour.setAlphaF(i + 1 == static_cast<int>(m_bars.size()) ? 1.0f : 0.75f);
        p.fillRect(barRect(i), colour);
    }
    // The target across the bars, labelled at its right end.
    const double y = area.bottom() - area.height() * std::max(0.0, m_target) / scaleTop();
    QPen dashed(palette().color(QPalette::WindowText));
    dashed.setStyle(Qt::DashLine);
    dashed.setWidthF(1.2);
    p.setPen(dashed);
    p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    p.setPen(chartMutedColor(*this));
    const QString targetText = m_format ? m_format(m_target) : QString::number(m_target);
    p.drawText(QRectF(area.left(), y - 16, area.width(), 15), Qt::AlignRight | Qt::AlignBottom, targetText);
    // The first and the last period under the axis.
    const QRectF first = barRect(0);
    const QRectF last = barRect(static_cast<int>(m_bars.size()) - 1);
    p.drawText(QRectF(area.left(), area.bottom() + 1, area.width() / 2, 14), Qt::AlignLeft | Qt::AlignTop,
               m_bars.front().label);
    if (m_bars.size() > 1 && last.right() - first.left() > 120) {
        p.drawText(QRectF(area.center().x(), area.bottom() + 1, area.width() / 2, 14), Qt::AlignRight | Qt::AlignTop,
                   m_bars.back().label);
    }
}

QString GoalChart::hoverText(const QPoint& pos) const {
    const QRectF area = plotArea();
    for (int i = 0; i < static_cast<int>(m_bars.size()); ++i) {
        const QRectF bar = barRect(i);
        if (pos.x() >= bar.left() && pos.x() <= bar.right() && pos.y() >= area.top() && pos.y() <= area.bottom()) {
            const auto& b = m_bars[static_cast<std::size_t>(i)];
            const QString value = b.value && m_format ? m_format(*b.value) : QStringLiteral("—");
            return tr("%1 · %2 · %n game(s) · %3", nullptr, static_cast<int>(b.games))
                .arg(b.label, value, b.met ? tr("target met") : tr("target missed"));
        }
    }
    return {};
}

void KpiTile::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::TextAntialiasing);
    // The value takes 60 % of the tile, less when a short tile (a report's page of many rows) would leave the
    // comparison no whole line; its font shrinks to the room it has.
    const qreal line = QFontMetricsF(font()).height();
    // The note keeps the last line when the tile has room for it beside the value and the comparison.
    const qreal noteHeight = !m_note.isEmpty() && height() >= 2.0 * kMargin + 4.0 * line ? line : 0.0;
    const qreal bottom = height() - noteHeight;
    const qreal valueHeight =
        m_delta.isEmpty() ? bottom - 2.0 * kMargin : std::min(bottom * 0.6, bottom - kMargin - line - 2.0);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 2.4);
    big.setBold(true);
    const qreal fits = valueHeight / QFontMetricsF(big).height();
    if (fits < 1.0 && fits > 0.0) {
        big.setPointSizeF(std::max(font().pointSizeF(), big.pointSizeF() * fits));
    }
    p.setFont(big);
    p.setPen(palette().color(QPalette::WindowText));
    const QRectF valueRect(kMargin, kMargin, width() - 2 * kMargin, std::max(line, valueHeight));
    p.drawText(valueRect, Qt::AlignLeft | Qt::AlignVCenter, m_value);
    if (!m_delta.isEmpty()) {
        p.setFont(font());
        p.setPen(m_better ? outcomeColor(*m_better ? QStringLiteral("Win") : QStringLiteral("Loss"))
                          : chartMutedColor(*this));
        // Never cut mid-word: wrapped when the tile has the height ("+0.29 par rapport aux 90 jours précédents"
        // on two lines), else shortened with an ellipsis (the tooltip and the accessible name keep it whole).
        const QRectF deltaRect(kMargin, valueRect.bottom(), width() - 2 * kMargin, bottom - valueRect.bottom());
        const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
        if (p.boundingRect(deltaRect, flags, m_delta).height() <= deltaRect.height()) {
            p.drawText(deltaRect, flags, m_delta);
        } else {
            p.drawText(deltaRect, Qt::AlignLeft | Qt::AlignTop,
                       p.fontMetrics().elidedText(m_delta, Qt::ElideRight, static_cast<int>(deltaRect.width())));
        }
    }
    if (noteHeight > 0) {
        p.setFont(font());
        p.setPen(chartMutedColor(*this));
        const QRectF noteRect(kMargin, bottom - kMargin * 0.5, width() - 2 * kMargin, noteHeight);
        p.drawText(noteRect, Qt::AlignLeft | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(m_note, Qt::ElideRight, static_cast<int>(noteRect.width())));
    }
}

} // namespace herald::ui
