// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts.h"

#include "dashboard/downsample.h"
#include "theme/theme.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsLayout>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QToolButton>
#include <QToolTip>
#include <QValueAxis>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace herald::ui {

namespace {

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

// Round tick values (steps of 1, 2, 2.5 or 5 times a power of ten) covering [low, high], about four of them.
std::vector<double> niceTicks(double low, double high) {
    const double raw = std::max(1e-9, (high - low) / 3);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double fraction = raw / magnitude;
    const double step = (fraction <= 1     ? 1
                         : fraction <= 2   ? 2
                         : fraction <= 2.5 ? 2.5
                         : fraction <= 5   ? 5
                                           : 10) *
                        magnitude;
    std::vector<double> ticks;
    for (double v = std::floor(low / step) * step; v < high + step * 0.999 && ticks.size() < 12; v += step) {
        ticks.push_back(std::abs(v) < step * 1e-9 ? 0.0 : v);
    }
    return ticks;
}

QString formatted(const std::function<QString(double)>& format, double value) {
    return format ? format(value) : QString::number(value, 'f', 2);
}

// A category axis label must be unique: equal texts (rounded values) get an invisible difference.
void appendUnique(QCategoryAxis* axis, QString label, double at) {
    while (axis->categoriesLabels().contains(label)) {
        label += QChar(0x200B); // zero width space
    }
    axis->append(label, at);
}

} // namespace

// ---- ChartView

ChartView::ChartView(QWidget* parent) : QChartView(parent) {
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setBackgroundBrush(Qt::NoBrush);
    setStyleSheet(QStringLiteral("background: transparent"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setMouseTracking(true);
    chart()->setBackgroundVisible(false);
    chart()->setPlotAreaBackgroundVisible(false);
    chart()->setMargins(QMargins(2, 8, 2, 2)); // room for the top axis label
    chart()->layout()->setContentsMargins(0, 0, 0, 0);
    chart()->setAnimationOptions(QChart::NoAnimation);
    chart()->legend()->hide();
}

void ChartView::setEmptyText(const QString& text) {
    m_emptyText = text;
    viewport()->update();
}

void ChartView::setEmpty(bool empty) {
    m_empty = empty;
    viewport()->update();
}

void ChartView::applyTheme() {
    const QColor text = palette().color(QPalette::WindowText);
    chart()->legend()->setLabelColor(text);
    chart()->setTitleBrush(text);
    for (QAbstractAxis* axis : chart()->axes()) {
        axis->setLabelsColor(chartMutedColor(*this));
        axis->setGridLineColor(chartGridColor(*this));
        axis->setLinePenColor(chartGridColor(*this));
        axis->setShadesVisible(false);
    }
}

void ChartView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange) {
        applyTheme(); // the dark and light themes
    }
    QChartView::changeEvent(event);
}

void ChartView::paintEvent(QPaintEvent* event) {
    QChartView::paintEvent(event);
    QPainter p(viewport());
    if (m_empty) {
        paintEmptyText(p, viewport()->rect());
    }
    if (hasFocus()) { // reached with Tab: a frame in the theme's highlight, as Fusion draws around a button
        p.setPen(QPen(palette().color(QPalette::Highlight), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(viewport()->rect()).adjusted(1, 1, -1, -1));
    }
}

void ChartView::paintEmptyText(QPainter& painter, const QRectF& rect) const {
    painter.save();
    painter.setPen(chartMutedColor(*this));
    QFont pixels = font(); // in the screen's pixels: a PDF's painter would scale points to its own resolution
    pixels.setPixelSize(QFontInfo(font()).pixelSize());
    painter.setFont(pixels);
    painter.drawText(rect.adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap,
                     m_emptyText.isEmpty() ? tr("No games in this period") : m_emptyText);
    painter.restore();
}

void ChartView::focusInEvent(QFocusEvent* event) {
    QChartView::focusInEvent(event);
    viewport()->update();
}

void ChartView::focusOutEvent(QFocusEvent* event) {
    QChartView::focusOutEvent(event);
    viewport()->update();
}

void ChartView::showTip(const QString& html) {
    if (html.isEmpty()) {
        QToolTip::hideText();
    } else {
        QToolTip::showText(QCursor::pos(), html, this);
    }
}

QString ChartView::valueText(const Series& series, std::size_t index) {
    const auto& v = index < series.values.size() ? series.values[index] : std::nullopt;
    if (!v) {
        return QStringLiteral("—");
    }
    QString text = formatted(series.format, *v);
    if (index < series.games.size()) {
        text += QStringLiteral(" · ") + tr("%n game(s)", nullptr, series.games[index]);
    }
    return text;
}

// ---- LineChart

LineChart::LineChart(QWidget* parent) : ChartView(parent), m_reset(new QToolButton(this)) {
    setRubberBand(QChartView::HorizontalRubberBand);
    m_reset->setText(tr("Reset zoom"));
    m_reset->setObjectName(QStringLiteral("resetZoom"));
    m_reset->hide();
    connect(m_reset, &QToolButton::clicked, this, &LineChart::resetZoom);
    chart()->legend()->setAlignment(Qt::AlignTop);
}

void LineChart::setData(QStringList labels, std::vector<Series> series, std::vector<qint64> times) {
    m_labels = std::move(labels);
    m_series = std::move(series);
    m_times = times.size() == static_cast<std::size_t>(m_labels.size()) ? std::move(times) : std::vector<qint64>{};
    m_shown.assign(m_series.size(), true);
    m_from = 0;
    m_to = std::max(0, static_cast<int>(m_labels.size()) - 1);
    m_zoomed = false;
    m_reset->hide();
    rebuild();
}

int LineChart::drawnPoints(int series) const {
    return series >= 0 && series < static_cast<int>(m_drawn.size()) ? m_drawn[static_cast<std::size_t>(series)] : 0;
}

QString LineChart::tipAt(int index) const {
    if (index < 0 || index >= m_labels.size()) {
        return {};
    }
    QString text = QStringLiteral("<b>%1</b>").arg(m_labels[index].toHtmlEscaped());
    for (std::size_t s = 0; s < m_series.size(); ++s) {
        if (m_shown[s]) {
            text += QStringLiteral("<br>%1: %2")
                        .arg(m_series[s].name.toHtmlEscaped(),
                             valueText(m_series[s], static_cast<std::size_t>(index)).toHtmlEscaped());
        }
    }
    return text;
}

void LineChart::setSeriesShown(int series, bool shown) {
    if (series < 0 || series >= static_cast<int>(m_shown.size())) {
        return;
    }
    m_shown[static_cast<std::size_t>(series)] = shown;
    for (QLineSeries* run : m_runs[static_cast<std::size_t>(series)]) {
        run->setVisible(shown);
    }
    // The legend entry stays, dimmed, so it can bring the series back.
    const auto markers = chart()->legend()->markers();
    for (QLegendMarker* marker : markers) {
        if (!m_runs[static_cast<std::size_t>(series)].empty() &&
            marker->series() == m_runs[static_cast<std::size_t>(series)].front()) {
            marker->setVisible(true);
            QColor label = palette().color(QPalette::WindowText);
            label.setAlphaF(shown ? 1.0f : 0.35f);
            marker->setLabelBrush(label);
            QColor swatch = seriesColor(series);
            swatch.setAlphaF(shown ? 1.0f : 0.25f);
            marker->setBrush(swatch);
        }
    }
}

bool LineChart::isSeriesShown(int series) const {
    return series >= 0 && series < static_cast<int>(m_shown.size()) && m_shown[static_cast<std::size_t>(series)];
}

double LineChart::xOf(double index) const {
    if (m_times.empty()) {
        return index;
    }
    const double last = static_cast<double>(m_times.size() - 1);
    index = std::clamp(index, 0.0, last);
    const auto low = static_cast<std::size_t>(std::floor(index));
    const auto high = std::min(low + 1, m_times.size() - 1);
    const double t = index - static_cast<double>(low);
    return static_cast<double>(m_times[low]) + t * static_cast<double>(m_times[high] - m_times[low]);
}

double LineChart::indexOf(double x) const {
    if (m_times.empty()) {
        return x;
    }
    const auto after = std::lower_bound(m_times.begin(), m_times.end(), static_cast<qint64>(x));
    if (after == m_times.begin()) {
        return 0;
    }
    if (after == m_times.end()) {
        return static_cast<double>(m_times.size() - 1);
    }
    const auto high = static_cast<std::size_t>(after - m_times.begin());
    const double span = static_cast<double>(m_times[high] - m_times[high - 1]);
    return static_cast<double>(high - 1) + (span > 0 ? (x - static_cast<double>(m_times[high - 1])) / span : 0.0);
}

void LineChart::zoomTo(double from, double to) {
    const double last = std::max(0, static_cast<int>(m_labels.size()) - 1);
    from = std::clamp(from, 0.0, last);
    to = std::clamp(to, 0.0, last);
    if (to - from < 1.0) { // at least two labels
        const double middle = (from + to) / 2;
        from = std::max(0.0, middle - 0.5);
        to = std::min(last, from + 1.0);
    }
    m_from = from;
    m_to = to;
    m_zoomed = from > 0.0 || to < last;
    m_reset->setVisible(m_zoomed);
    rebuild();
}

void LineChart::zoomAround(double index, double factor) {
    const double span = (m_to - m_from) * factor;
    const double ratio = m_to > m_from ? (index - m_from) / (m_to - m_from) : 0.5;
    zoomTo(index - span * ratio, index + span * (1 - ratio));
}

void LineChart::resetZoom() {
    zoomTo(0, std::max(0, static_cast<int>(m_labels.size()) - 1));
}

void LineChart::wheelEvent(QWheelEvent* event) {
    if (m_labels.size() < 3 || event->angleDelta().y() == 0) {
        QChartView::wheelEvent(event);
        return;
    }
    const QPointF value =
        chart()->mapToValue(chart()->mapFromScene(mapToScene(event->position().toPoint())),
                            m_runs.empty() || m_runs.front().empty() ? nullptr : m_runs.front().front());
    zoomAround(indexOf(value.x()), event->angleDelta().y() > 0 ? 0.8 : 1.25);
    event->accept();
}

void LineChart::mouseDoubleClickEvent(QMouseEvent* event) {
    resetZoom();
    event->accept();
}

void LineChart::resizeEvent(QResizeEvent* event) {
    ChartView::resizeEvent(event);
    m_reset->adjustSize();
    m_reset->move(width() - m_reset->width() - 4, 4);
    if (width() != m_builtWidth) {
        rebuild(); // the downsampling and the axis labels follow the width (not the height)
    }
}

void LineChart::onAxisRange(double min, double max) {
    if (m_rebuilding) {
        return;
    }
    // A rubber band zoomed the time axis: draw that span again at full resolution.
    QMetaObject::invokeMethod(
        this, [this, min, max] { zoomTo(min, max); }, Qt::QueuedConnection);
}

// Dates on a time scale: "14 Aug" within a few months, "Aug 2026" beyond.
QAbstractAxis* LineChart::addTimeAxis(double plotWidth) {
    auto* dates = new QDateTimeAxis;
    const double days = (xOf(m_to) - xOf(m_from)) / 86'400'000.0;
    dates->setFormat(days <= 120 ? QStringLiteral("d MMM") : QStringLiteral("MMM yyyy"));
    dates->setTickCount(std::clamp(static_cast<int>(plotWidth / 90), 2, 8));
    // A single point gets half a week either side: a range of zero width draws nothing at all.
    const double pad = m_from == m_to ? 3.5 * 86'400'000.0 : 0.0;
    dates->setRange(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(xOf(m_from) - pad)),
                    QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(xOf(m_to) + pad)));
    dates->setGridLineVisible(false);
    dates->setTruncateLabels(false);
    chart()->addAxis(dates, Qt::AlignBottom);
    connect(dates, &QDateTimeAxis::rangeChanged, this, [this](const QDateTime& min, const QDateTime& max) {
        onAxisRange(indexOf(static_cast<double>(min.toMSecsSinceEpoch())),
                    indexOf(static_cast<double>(max.toMSecsSinceEpoch())));
    });
    return dates;
}

// Labels on a category scale, as many as fit without overlapping.
QAbstractAxis* LineChart::addCategoryAxis(double plotWidth, double visiblePoints) {
    const int n = static_cast<int>(m_labels.size());
    m_axisX = new QCategoryAxis;
    m_axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const QFontMetrics fm(font());
    int widest = 0;
    for (const QString& label : m_labels) {
        widest = std::max(widest, fm.horizontalAdvance(label));
    }
    const int every = std::max(1, static_cast<int>(std::ceil(visiblePoints * (widest + 14) / plotWidth)));
    for (int i = 0; i < n; i += every) {
        appendUnique(m_axisX, m_labels[i], i);
    }
    m_axisX->setRange(m_from == m_to ? m_from - 0.5 : m_from, m_from == m_to ? m_to + 0.5 : m_to);
    m_axisX->setGridLineVisible(false);
    m_axisX->setTruncateLabels(false);
    chart()->addAxis(m_axisX, Qt::AlignBottom);
    connect(m_axisX, &QCategoryAxis::rangeChanged, this, &LineChart::onAxisRange);
    return m_axisX;
}

// Each series as the runs of its downsampled points (a gap splits it), on its own scale or a shared one.
void LineChart::addSeries(QAbstractAxis* axisX, int columns, double visiblePoints) {
    // The range of one series' values, or of all of them (a shared scale).
    auto rangeOf = [this](std::size_t from, std::size_t to) -> std::optional<std::pair<double, double>> {
        std::optional<std::pair<double, double>> range;
        for (std::size_t s = from; s < to; ++s) {
            for (const auto& v : m_series[s].values) {
                if (v) {
                    range = range ? std::make_pair(std::min(range->first, *v), std::max(range->second, *v))
                                  : std::make_pair(*v, *v);
                }
            }
        }
        return range;
    };
    QCategoryAxis* shared = nullptr;
    for (std::size_t s = 0; s < m_series.size(); ++s) {
        const Series& series = m_series[s];
        // Each series has its own scale when the units differ (KDA and CS/min): the first on the left, the
        // second on the right in its colour; more share the right one's room, unlabelled. Series of one unit
        // (every player's gold) share the left one.
        const auto range = m_sharedScale ? rangeOf(0, m_series.size()) : rangeOf(s, s + 1);
        if (!range || !rangeOf(s, s + 1)) {
            continue;
        }
        auto [lo, hi] = bounds(range->first, range->second);
        if (series.ceiling && hi > *series.ceiling && range->second <= *series.ceiling) {
            hi = *series.ceiling;
        }
        QCategoryAxis* axisY = shared;
        if (axisY == nullptr) {
            axisY = new QCategoryAxis;
            axisY->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
            const auto ticks = niceTicks(lo, hi);
            for (const double v : ticks) {
                appendUnique(axisY, formatted(series.format, v), v);
            }
            axisY->setRange(ticks.front(), ticks.back());
            axisY->setTruncateLabels(false);
            axisY->setVisible(s <= 1);
            axisY->setGridLineVisible(s == 0);
            chart()->addAxis(axisY, s == 0 ? Qt::AlignLeft : Qt::AlignRight);
            shared = m_sharedScale ? axisY : nullptr;
        }

        const QColor color = seriesColor(static_cast<int>(s));
        const auto runs = downsampleM4(series.values, columns);
        const bool points = visiblePoints <= 60;
        for (const auto& run : runs) {
            auto* line = new QLineSeries;
            line->setName(series.name);
            QPen pen(color, 2);
            line->setPen(pen);
            line->setColor(color);
            line->setPointsVisible(points || run.size() == 1);
            line->setMarkerSize(5);
            for (const SamplePoint& point : run) {
                line->append(xOf(point.index), point.value);
            }
            m_drawn[s] += static_cast<int>(run.size());
            chart()->addSeries(line);
            line->attachAxis(axisX);
            line->attachAxis(axisY);
            line->setVisible(m_shown[s]);
            connect(line, &QLineSeries::hovered, this, [this](const QPointF& point, bool state) {
                showTip(state ? tipAt(static_cast<int>(std::lround(indexOf(point.x())))) : QString());
            });
            m_runs[s].push_back(line);
        }
    }
}

// The legend: one entry per series (its first run), which a click hides or shows.
void LineChart::buildLegend() {
    const bool legend = m_series.size() > 1;
    chart()->legend()->setVisible(legend);
    if (legend) {
        for (QLegendMarker* marker : chart()->legend()->markers()) {
            marker->setVisible(false);
        }
        for (std::size_t s = 0; s < m_runs.size(); ++s) {
            if (m_runs[s].empty()) {
                continue;
            }
            for (QLegendMarker* marker : chart()->legend()->markers(m_runs[s].front())) {
                marker->setVisible(true);
                connect(marker, &QLegendMarker::clicked, this,
                        [this, s] { setSeriesShown(static_cast<int>(s), !isSeriesShown(static_cast<int>(s))); });
            }
        }
    }
}

void LineChart::rebuild() {
    m_rebuilding = true;
    m_builtWidth = width();
    chart()->removeAllSeries();
    for (QAbstractAxis* axis : chart()->axes()) {
        chart()->removeAxis(axis);
        delete axis;
    }
    m_axisX = nullptr;
    m_runs.assign(m_series.size(), {});
    m_drawn.assign(m_series.size(), 0);
    const int n = static_cast<int>(m_labels.size());
    const bool any = std::any_of(m_series.begin(), m_series.end(), [](const Series& s) {
        return std::any_of(s.values.begin(), s.values.end(), [](const auto& v) { return v.has_value(); });
    });
    setEmpty(!any || n == 0);
    if (!any || n == 0) {
        m_rebuilding = false;
        return;
    }
    const double plotWidth = std::max(40.0, width() - 110.0);
    const double span = std::max(1.0, m_to - m_from);
    // Pixel columns over the whole series: the visible span gets one per pixel, zoomed or not.
    const int columns = static_cast<int>(plotWidth * std::max(1, n - 1) / span);
    const double visiblePoints = span + 1;

    QAbstractAxis* axisX = !m_times.empty() ? addTimeAxis(plotWidth) : addCategoryAxis(plotWidth, visiblePoints);
    addSeries(axisX, columns, visiblePoints);
    buildLegend();
    applyTheme();
    for (std::size_t s = 0; s < m_series.size(); ++s) {
        if (!m_shown[s]) {
            setSeriesShown(static_cast<int>(s), false);
        }
    }
    // The right axis in the second series' colour, so the two scales read apart.
    const auto vertical = chart()->axes(Qt::Vertical);
    if (vertical.size() > 1) {
        vertical[1]->setLabelsColor(seriesColor(1));
    }
    m_rebuilding = false;
}

// ---- BarChart

BarChart::BarChart(QWidget* parent) : ChartView(parent) {}

void BarChart::setData(QStringList labels, Series series) {
    m_labels = std::move(labels);
    m_series = std::move(series);
    chart()->removeAllSeries();
    for (QAbstractAxis* axis : chart()->axes()) {
        chart()->removeAxis(axis);
        delete axis;
    }
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
    setEmpty(!any);
    if (!any) {
        return;
    }
    // Horizontal bars list the first category at the bottom: the categories go in reversed, so the first given
    // (the largest, when sorted) reads first, at the top.
    const int n = static_cast<int>(m_labels.size());
    auto* set = new QBarSet(m_series.name);
    set->setColor(seriesColor(0));
    set->setBorderColor(Qt::transparent);
    QStringList categories;
    const QFontMetrics fm(font());
    for (int i = n - 1; i >= 0; --i) {
        const auto& v =
            i < static_cast<int>(m_series.values.size()) ? m_series.values[static_cast<std::size_t>(i)] : std::nullopt;
        set->append(v ? *v : 0.0);
        const QString value = v ? formatted(m_series.format, *v) : QStringLiteral("—");
        categories << fm.elidedText(m_labels[i], Qt::ElideRight, 110) + QStringLiteral("  ") + value;
    }
    auto* bars = new QHorizontalBarSeries;
    bars->append(set);
    bars->setBarWidth(0.7);
    chart()->addSeries(bars);
    auto* axisY = new QBarCategoryAxis;
    axisY->append(categories);
    axisY->setGridLineVisible(false);
    axisY->setTruncateLabels(false); // the labels are elided above, to a width that leaves room for the bars
    chart()->addAxis(axisY, Qt::AlignLeft);
    bars->attachAxis(axisY);
    auto [lo, hi] = bounds(low, high);
    if (m_series.ceiling && hi > *m_series.ceiling && high <= *m_series.ceiling) {
        hi = *m_series.ceiling;
    }
    auto* axisX = new QValueAxis;
    axisX->setRange(lo, hi);
    axisX->setLabelsVisible(false); // each bar's value is in its label
    axisX->setTickCount(3);
    chart()->addAxis(axisX, Qt::AlignBottom);
    bars->attachAxis(axisX);
    connect(set, &QBarSet::clicked, this, [this, n](int reversed) { emit categoryClicked(n - 1 - reversed); });
    connect(set, &QBarSet::hovered, this,
            [this, n](bool status, int reversed) { showTip(status ? tipAt(n - 1 - reversed) : QString()); });
    applyTheme();
    axisY->setLabelsColor(palette().color(QPalette::WindowText));
}

QString BarChart::tipAt(int index) const {
    if (index < 0 || index >= m_labels.size()) {
        return {};
    }
    return QStringLiteral("<b>%1</b><br>%2: %3")
        .arg(m_labels[index].toHtmlEscaped(), m_series.name.toHtmlEscaped(),
             valueText(m_series, static_cast<std::size_t>(index)).toHtmlEscaped());
}

// ---- PieChart

PieChart::PieChart(QWidget* parent) : ChartView(parent) {
    chart()->legend()->setAlignment(Qt::AlignRight);
}

double PieChart::total() const {
    double sum = 0;
    for (const auto& v : m_series.values) {
        sum += v && *v > 0 ? *v : 0;
    }
    return sum;
}

void PieChart::setData(QStringList labels, Series series) {
    m_labels = std::move(labels);
    m_series = std::move(series);
    chart()->removeAllSeries();
    const double sum = total();
    setEmpty(sum <= 0);
    chart()->legend()->setVisible(sum > 0);
    if (sum <= 0) {
        return;
    }
    auto* donut = new QPieSeries;
    donut->setHoleSize(0.5);
    donut->setPieSize(0.9);
    m_entries.clear();
    for (int i = 0; i < static_cast<int>(m_series.values.size()) && i < m_labels.size(); ++i) {
        const auto& v = m_series.values[static_cast<std::size_t>(i)];
        const double value = v && *v > 0 ? *v : 0;
        if (value <= 0) {
            continue;
        }
        auto* slice = donut->append(m_labels[i], value);
        m_entries.push_back({slice, m_labels[i], QStringLiteral("%1 %").arg(value / sum * 100.0, 0, 'f', 0)});
        slice->setColor(seriesColor(i));
        slice->setBorderColor(palette().color(QPalette::Base));
        slice->setLabelVisible(false);
        connect(slice, &QPieSlice::clicked, this, [this, i] { emit categoryClicked(i); });
        connect(slice, &QPieSlice::hovered, this, [this, slice, i](bool state) {
            slice->setExploded(state);
            slice->setExplodeDistanceFactor(0.06);
            showTip(state ? tipAt(i) : QString());
        });
    }
    chart()->addSeries(donut);
    applyTheme();
    fitLegend();
}

void PieChart::resizeEvent(QResizeEvent* event) {
    ChartView::resizeEvent(event);
    fitLegend();
}

void PieChart::fitLegend() {
    // Qt Charts gives a right-hand legend two fifths of the chart and clips what is longer (measured narrower
    // than it draws, it does not elide): the name gives way, "…", the share stays ("ARAM (no la…  19 %").
    const QFontMetrics metrics(chart()->legend()->font());
    const int room = width() * 2 / 5 - 4 * metrics.height(); // less the marker, its spacing and the margins
    for (const Entry& entry : m_entries) {
        const int nameRoom = room - metrics.horizontalAdvance(QStringLiteral("  ") + entry.share);
        entry.slice->setLabel(QStringLiteral("%1  %2").arg(
            metrics.elidedText(entry.name, Qt::ElideRight, std::max(nameRoom, metrics.height())), entry.share));
    }
}

QString PieChart::tipAt(int index) const {
    if (index < 0 || index >= m_labels.size()) {
        return {};
    }
    const double sum = total();
    const auto& v = static_cast<std::size_t>(index) < m_series.values.size()
                        ? m_series.values[static_cast<std::size_t>(index)]
                        : std::nullopt;
    const double share = v && sum > 0 ? std::max(0.0, *v) / sum * 100.0 : 0.0;
    return QStringLiteral("<b>%1</b><br>%2: %3 (%4 %)")
        .arg(m_labels[index].toHtmlEscaped(), m_series.name.toHtmlEscaped(),
             valueText(m_series, static_cast<std::size_t>(index)).toHtmlEscaped(), QString::number(share, 'f', 1));
}

} // namespace herald::ui
