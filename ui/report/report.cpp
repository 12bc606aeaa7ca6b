// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report.h"

#include "analytics/engine.h"
#include "common/clock.h"
#include "common/errortext.h"
#include "common/files.h"
#include "dashboard/charts.h"
#include "dashboard/dashboardgrid.h"
#include "dashboard/format.h"
#include "dashboard/paintedcharts.h"
#include "dashboard/widgetframe.h"
#include "dashboards/evaluate.h"
#include "store/database.h"
#include "theme/theme.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSvgGenerator>
#include <QTableView>
#include <QTimeZone>

namespace herald::ui {

namespace {

// lupdate reads Report::tr("…") under the context the translator looks up at run time.
struct Report {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

constexpr int kTitleHeight = 164; // logical pixels, on the first page / at the top of the image
constexpr int kFooterHeight = 28; // page numbers
constexpr int kPdfRowHeight = 64; // a grid row on paper, as on screen
constexpr int kBandGap = 12;      // between bands, as the grid's spacing

// A widget's title as the dashboard shows it (a built-in's translated).
QString widgetTitle(const templates::Widget& widget) {
    return QCoreApplication::translate("BuiltinTemplates", widget.title.c_str());
}

// The title block's lines.
struct TitleBlock {
    QString title;
    QStringList lines;
};

TitleBlock titleOf(const ReportData& data) {
    const auto& t = data.request.dashboard;
    TitleBlock block;
    block.title = QCoreApplication::translate("BuiltinTemplates", t.name.c_str()); // a built-in's, translated
    const QString players = data.request.playerNames.isEmpty() ? Report::tr("(no player named)")
                                                               : data.request.playerNames.join(QStringLiteral(", "));
    block.lines << Report::tr("Players: %1").arg(players);
    const QString filters = filtersTitle(&t, data.request.extra);
    block.lines << Report::tr("Filters: %1").arg(filters.isEmpty() ? Report::tr("none") : filters);
    block.lines << Report::tr("Period: %1").arg(periodTitle(&t, data.request.extra, data.anchoredTo));
    // Widgets whose scope is not the report's: say so here as well as in their titles.
    for (const auto& w : t.widgets) {
        if (w.type == templates::WidgetType::Insights) {
            block.lines << Report::tr("“%1” reads the whole history (every period)").arg(widgetTitle(w));
        }
    }
    block.lines << Report::tr("Generated %1 by Herald %2")
                       .arg(QLocale().toString(data.generatedAt, QLocale::ShortFormat), // the locale's style
                            QStringLiteral(HERALD_VERSION));
    return block;
}

void paintTitle(QPainter& painter, const QRectF& rect, const TitleBlock& block, const QPalette& palette) {
    painter.save();
    painter.setPen(palette.color(QPalette::WindowText));
    QFont title = painter.font();
    title.setPixelSize(26);
    title.setBold(true);
    painter.setFont(title);
    const QRectF titleRect(rect.left(), rect.top(), rect.width(), 36);
    painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, block.title);
    QFont body = painter.font();
    body.setPixelSize(13);
    body.setBold(false);
    painter.setFont(body);
    painter.setPen(palette.color(QPalette::PlaceholderText));
    qreal y = titleRect.bottom() + 6;
    for (const QString& line : block.lines) {
        painter.drawText(QRectF(rect.left(), y, rect.width(), 18), Qt::AlignLeft | Qt::AlignVCenter, line);
        y += 18;
    }
    painter.setPen(QPen(QColor(0xc8, 0x9b, 0x3c), 2));
    painter.drawLine(QPointF(rect.left(), rect.bottom() - 2), QPointF(rect.right(), rect.bottom() - 2));
    painter.restore();
}

// Reports are drawn in the light palette whatever the app's theme. With the app's style sheet a widget's own
// palette does not reach its children, so the application's palette is light while a report is drawn (no
// repaint happens meanwhile: the events that would show it are handled after it is put back).
class LightPaletteScope {
public:
    LightPaletteScope() : m_saved(QApplication::palette()) {
        const QPalette light = lightPalette();
        m_changed = !(m_saved == light);
        if (m_changed) {
            QApplication::setPalette(light);
        }
    }
    ~LightPaletteScope() {
        if (m_changed) {
            QApplication::setPalette(m_saved);
        }
    }
    LightPaletteScope(const LightPaletteScope&) = delete;
    LightPaletteScope& operator=(const LightPaletteScope&) = delete;

private:
    QPalette m_saved;
    bool m_changed = false;
};

// The grid filled with the report's results, in the light palette, laid out at a width.
class FilledGrid {
public:
    FilledGrid(const ReportData& data, int width, int rowHeight) {
        m_grid.setPalette(lightPalette());
        m_grid.setAutoFillBackground(true);
        m_grid.setTemplate(&data.request.dashboard);
        const QString period = periodText(&data.request.dashboard, data.request.extra);
        for (const auto& [id, result] : data.widgets) {
            m_grid.setResult(QString::fromStdString(id), *result, period);
        }
        // Paper does not scroll: tables show the rows that fit, without scroll bars.
        for (auto* area : m_grid.findChildren<QAbstractScrollArea*>()) {
            area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
            area->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        }
        const int rows = std::max(1, m_grid.rows());
        const QSize size(width, rows * rowHeight + 12 * (rows - 1));
        m_grid.layOut(size);
        // Shown (never on screen: layOut says so) so that every child gets its resize and layout events as in a
        // window; charts lay their legends out on posted events: let them, then settle the geometry again.
        m_grid.show();
        QCoreApplication::sendPostedEvents();
        m_grid.layOut(size);
        QCoreApplication::sendPostedEvents();
        showWholeRowsOnly();
    }
    DashboardGrid& grid() { return m_grid; }

private:
    // A table on paper lists the rows that fit whole: a row the frame's edge would cut is left out. So does a
    // benchmark's lines, saying how many are left out.
    void showWholeRowsOnly() {
        for (auto* frame : m_grid.findChildren<WidgetFrame*>()) {
            for (auto* chart : frame->findChildren<StandingChart*>()) {
                const int top = chart->mapTo(frame, QPoint(0, 0)).y();
                const int margin = frame->layout() != nullptr ? frame->layout()->contentsMargins().bottom() : 0;
                chart->fitTo(frame->contentsRect().bottom() - top - margin);
            }
        }
        // The grid has been shown (off screen): each viewport has its settled height.
        for (auto* table : m_grid.findChildren<QTableView*>()) {
            const int room = table->viewport()->height();
            bool full = false; // the rows after the first one left out are left out too
            for (int row = 0; row < table->model()->rowCount(); ++row) {
                full = full || table->rowViewportPosition(row) + table->rowHeight(row) > room;
                table->setRowHidden(row, full);
            }
        }
    }

    LightPaletteScope m_light; // first: the grid is built and drawn in it, and destroyed before it ends
    DashboardGrid m_grid;
};

// A widget onto a vector painter (PDF, SVG). Qt Charts' views are drawn from their scenes: through the view's
// own paint event, a legend's entries after the first are clipped away on vector devices.
void renderFrame(QPainter& painter, WidgetFrame* frame) {
    const auto views = frame->findChildren<QGraphicsView*>();
    std::vector<QGraphicsView*> hidden;
    for (QGraphicsView* view : views) {
        if (view->isVisibleTo(frame)) {
            view->setVisible(false);
            hidden.push_back(view);
        }
    }
    frame->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren | QWidget::DrawWindowBackground);
    for (QGraphicsView* view : hidden) {
        view->setVisible(true);
        const QPoint at = view->mapTo(frame, QPoint(0, 0));
        const QRectF source = view->mapToScene(view->viewport()->rect()).boundingRect();
        view->scene()->render(&painter, QRectF(at, view->size()), source, Qt::IgnoreAspectRatio);
        if (const auto* chart = qobject_cast<const ChartView*>(view); chart != nullptr && chart->isEmpty()) {
            chart->paintEmptyText(painter, QRectF(at, view->size())); // drawn by its view, not its scene
        }
    }
}

// Rows of widgets that overlap vertically: a page ends only between two bands, so no widget is ever cut.
struct Band {
    int top = 0; // pixels in the grid
    int bottom = 0;
    std::vector<WidgetFrame*> frames;
};

std::vector<Band> bandsOf(DashboardGrid& grid) {
    std::vector<WidgetFrame*> frames = grid.frames();
    std::sort(frames.begin(), frames.end(),
              [](const WidgetFrame* a, const WidgetFrame* b) { return a->widget().y < b->widget().y; });
    std::vector<Band> bands;
    int bandEndRow = -1;
    for (WidgetFrame* frame : frames) {
        const auto& w = frame->widget();
        const QRect g = frame->geometry();
        if (bands.empty() || w.y >= bandEndRow) {
            bands.push_back({g.top(), g.bottom() + 1, {}});
        }
        Band& band = bands.back();
        band.top = std::min(band.top, g.top());
        band.bottom = std::max(band.bottom, g.bottom() + 1);
        band.frames.push_back(frame);
        bandEndRow = std::max(bandEndRow, w.y + w.h);
    }
    return bands;
}

struct PlacedBand {
    const Band* band;
    qreal y;     // top on the page, logical
    qreal scale; // < 1 when the band alone is taller than a page
};

// Pages of bands: the first page starts below the title block.
std::vector<std::vector<PlacedBand>> paginate(const std::vector<Band>& bands, qreal pageHeight) {
    std::vector<std::vector<PlacedBand>> pages(1);
    qreal y = kTitleHeight;
    for (const Band& band : bands) {
        const qreal height = band.bottom - band.top;
        qreal scale = 1.0;
        if (y + height > pageHeight && !pages.back().empty()) {
            pages.emplace_back();
            y = 0;
        }
        const qreal room = pageHeight - y;
        if (height > room) { // taller than a whole page: drawn smaller, never cut
            scale = room / height;
        }
        pages.back().push_back({&band, y, scale});
        y += height * scale + kBandGap;
    }
    return pages;
}

void paintFooter(QPainter& painter, const QRectF& rect, const QString& name, int page, int pages,
                 const QPalette& palette) {
    painter.save();
    QFont font = painter.font();
    font.setPixelSize(11);
    font.setBold(false);
    painter.setFont(font);
    painter.setPen(palette.color(QPalette::PlaceholderText));
    painter.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, name + QStringLiteral(" · Herald"));
    painter.drawText(rect, Qt::AlignRight | Qt::AlignVCenter, Report::tr("Page %1 of %2").arg(page).arg(pages));
    painter.restore();
}

// Paints page `index` (0-based) of the report: logical coordinates, width `width`, scaled by the caller.
void paintPage(QPainter& painter, const std::vector<PlacedBand>& page, int index, int pages, qreal width,
               qreal pageHeight, const TitleBlock& title, const QPalette& palette) {
    if (index == 0) {
        paintTitle(painter, QRectF(0, 0, width, kTitleHeight - 8), title, palette);
    }
    for (const PlacedBand& placed : page) {
        for (WidgetFrame* frame : placed.band->frames) {
            painter.save();
            painter.translate(0, placed.y);
            painter.scale(placed.scale, placed.scale);
            painter.translate(frame->x(), frame->y() - placed.band->top);
            renderFrame(painter, frame);
            painter.restore();
        }
    }
    paintFooter(painter, QRectF(0, pageHeight, width, kFooterHeight), title.title, index + 1, pages, palette);
}

// The logical width a page is laid out at: wide enough for the widgets' contents, scaled to the paper.
int logicalWidth(const ReportOptions& options) {
    return options.orientation == QPageLayout::Landscape ? 1600 : 1200;
}

Result<RenderedReport> renderPdf(const ReportData& data, const ReportOptions& options) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    int pageCount = 0;
    {
        QPdfWriter pdf(&buffer);
        const QPageLayout layout(QPageSize(options.page), options.orientation, QMarginsF(12, 12, 12, 12),
                                 QPageLayout::Millimeter);
        pdf.setPageLayout(layout);
        // One device pixel per logical pixel: the widgets paint at the size they were laid out at (Qt Charts
        // clips its legend wrongly under a scaled painter). The output is vector all the same.
        const qreal inches = layout.paintRect(QPageLayout::Inch).width();
        pdf.setResolution(std::max(72, static_cast<int>(std::lround(logicalWidth(options) / inches))));
        pdf.setTitle(QString::fromStdString(data.request.dashboard.name));
        pdf.setCreator(QStringLiteral("Herald " HERALD_VERSION));
        const QRect paint = pdf.pageLayout().paintRectPixels(pdf.resolution());
        const int width = logicalWidth(options);
        const qreal scale = static_cast<qreal>(paint.width()) / width;
        const qreal pageHeight = paint.height() / scale - kFooterHeight;
        FilledGrid filled(data, width, kPdfRowHeight);
        const auto bands = bandsOf(filled.grid());
        const auto pages = paginate(bands, pageHeight);
        pageCount = static_cast<int>(pages.size());
        const TitleBlock title = titleOf(data);
        const QPalette palette = lightPalette();
        QPainter painter;
        if (!painter.begin(&pdf)) {
            return makeError(ErrorKind::Io, "cannot start the PDF");
        }
        for (int i = 0; i < pageCount; ++i) {
            if (i > 0) {
                pdf.newPage();
            }
            painter.save();
            painter.scale(scale, scale);
            paintPage(painter, pages[static_cast<std::size_t>(i)], i, pageCount, width, pageHeight, title, palette);
            painter.restore();
        }
        painter.end();
    }
    return RenderedReport{bytes, pageCount};
}

QImage renderImage(const ReportData& data, QSize size, qreal dpr) {
    QImage image(size * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    const QPalette palette = lightPalette();
    image.fill(palette.color(QPalette::Window));
    const int margin = 24;
    const QSize gridSize(size.width() - 2 * margin, size.height() - kTitleHeight - 2 * margin);
    FilledGrid filled(data, gridSize.width(), DashboardGrid::kRowHeight);
    const QImage grid = filled.grid().renderImage(gridSize, dpr);
    QPainter painter(&image);
    paintTitle(painter, QRectF(margin, margin, size.width() - 2 * margin, kTitleHeight - 8), titleOf(data), palette);
    painter.drawImage(QPointF(margin, margin + kTitleHeight), grid);
    painter.end();
    return image;
}

Result<RenderedReport> renderPng(const ReportData& data, const ReportOptions& options) {
    if (options.imageSize.width() < 320 || options.imageSize.height() < 240 || options.imageSize.width() > 8000 ||
        options.imageSize.height() > 8000 || options.devicePixelRatio < 0.5 || options.devicePixelRatio > 4) {
        return makeError(ErrorKind::Validation, "a PNG report is 320x240 to 8000x8000 pixels, at a ratio of 0.5 to 4");
    }
    const QImage image = renderImage(data, options.imageSize, options.devicePixelRatio);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        return makeError(ErrorKind::Io, "cannot encode the PNG image");
    }
    return RenderedReport{bytes, 1};
}

// One widget drawn into SVG, ready to inline: no XML prolog, sized by its container.
QString svgOf(WidgetFrame* frame) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(frame->size());
    svg.setViewBox(QRect(QPoint(0, 0), frame->size()));
    // QSvgGenerator writes the title as it is given: escaped here, or a title could close the SVG in the HTML.
    svg.setTitle(widgetTitle(frame->widget()).toHtmlEscaped());
    QPainter painter(&svg);
    renderFrame(painter, frame);
    painter.end();
    QString text = QString::fromUtf8(bytes);
    const auto start = text.indexOf(QLatin1String("<svg"));
    text = start < 0 ? QString() : text.mid(start);
    // The root's fixed size (in mm) gives way to the container's; the view box keeps the proportions.
    static const QRegularExpression size(QStringLiteral(R"(^<svg([^>]*?)\s(width|height)="[^"]*")"));
    while (text.contains(size)) {
        text.replace(size, QStringLiteral("<svg\\1"));
    }
    text.replace(0, 4, QStringLiteral("<svg role=\"img\" preserveAspectRatio=\"xMidYMid meet\""));
    return text;
}

QString cellText(const std::string& column, const analytics::Column& spec, const analytics::Value& value) {
    return spec.kind == analytics::ColumnKind::Dimension ? formatDimension(column, value) : formatMetric(column, value);
}

QString rawValue(const analytics::Value& value) {
    return QString::fromStdString(analytics::valueText(value));
}

// The numbers behind a widget, as a table: shown text, and the engine's value in data-value (full precision).
QString dataTable(const templates::Widget& widget, const WidgetData& data) {
    // The recent games are a list of games, not numbers of the period; findings are sentences.
    if (!data.result || std::holds_alternative<dashboards::RecentGames>(*data.result) ||
        std::holds_alternative<dashboards::Findings>(*data.result)) {
        return {};
    }
    const analytics::ResultTable table = dashboards::resultTable(*data.result);
    if (table.rows.empty()) {
        return {};
    }
    QString html =
        QStringLiteral("<details><summary>%1</summary><table><thead><tr>").arg(widgetTitle(widget).toHtmlEscaped());
    for (const auto& column : table.columns) {
        const QString label =
            column.kind == analytics::ColumnKind::Dimension ? dimensionLabel(column.name) : metricLabel(column.name);
        html += QStringLiteral("<th data-column=\"%1\">%2</th>")
                    .arg(QString::fromStdString(column.name).toHtmlEscaped(), label.toHtmlEscaped());
    }
    html += QStringLiteral("</tr></thead><tbody>");
    for (const auto& row : table.rows) {
        html += QStringLiteral("<tr>");
        for (std::size_t c = 0; c < row.size() && c < table.columns.size(); ++c) {
            const auto& column = table.columns[c];
            html += QStringLiteral("<td data-value=\"%1\">%2</td>")
                        .arg(rawValue(row[c]).toHtmlEscaped(), cellText(column.name, column, row[c]).toHtmlEscaped());
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</tbody></table></details>\n");
}

Result<RenderedReport> renderHtml(const ReportData& data) {
    const auto& t = data.request.dashboard;
    FilledGrid filled(data, 1200, DashboardGrid::kRowHeight);
    const TitleBlock title = titleOf(data);
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">")
                .arg(QLocale().name().left(2).toHtmlEscaped());
    html += QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    html += QStringLiteral("<meta name=\"generator\" content=\"Herald %1\">").arg(QStringLiteral(HERALD_VERSION));
    html += QStringLiteral("<title>%1</title>").arg(title.title.toHtmlEscaped());
    html += QStringLiteral("<style>"
                           "body{margin:0;padding:24px 32px;background:#f4f5f7;color:#1d2330;"
                           "font:14px/1.4 system-ui,-apple-system,'Segoe UI','DejaVu Sans',sans-serif}"
                           "header{border-bottom:2px solid #c89b3c;margin-bottom:20px;padding-bottom:10px}"
                           "h1{font-size:26px;margin:0 0 6px}header p{margin:2px 0;color:#5b6475}"
                           ".grid{display:grid;gap:12px;grid-auto-rows:64px}"
                           ".widget{overflow:hidden}"
                           ".widget svg{display:block;width:100%;height:100%}"
                           "h2{font-size:18px;margin:28px 0 8px}details{margin:6px 0;background:#fff;border-radius:6px;"
                           "padding:6px 12px}summary{cursor:pointer;font-weight:600}"
                           "table{border-collapse:collapse;margin:8px 0}th,td{padding:3px 10px;text-align:left;"
                           "border-bottom:1px solid #e3e6ec}td[data-value]{font-variant-numeric:tabular-nums}"
                           "footer{margin-top:24px;color:#5b6475;font-size:12px}"
                           "@media print{body{background:#fff}}"
                           "</style></head><body>\n");
    html += QStringLiteral("<header><h1>%1</h1>").arg(title.title.toHtmlEscaped());
    for (const QString& line : title.lines) {
        html += QStringLiteral("<p>%1</p>").arg(line.toHtmlEscaped());
    }
    html += QStringLiteral("</header>\n<main class=\"grid\" style=\"grid-template-columns:repeat(%1,1fr)\">\n")
                .arg(t.columns);
    for (WidgetFrame* frame : filled.grid().frames()) {
        const auto& w = frame->widget();
        html += QStringLiteral("<section class=\"widget\" style=\"grid-column:%1/span %2;grid-row:%3/span %4\" "
                               "aria-label=\"%5\">")
                    .arg(w.x + 1)
                    .arg(w.w)
                    .arg(w.y + 1)
                    .arg(w.h)
                    .arg(widgetTitle(w).toHtmlEscaped());
        html += svgOf(frame);
        html += QStringLiteral("</section>\n");
    }
    html += QStringLiteral("</main>\n<h2>%1</h2>\n").arg(Report::tr("The numbers").toHtmlEscaped());
    for (const auto& w : t.widgets) {
        if (const auto it = data.widgets.find(w.id); it != data.widgets.end()) {
            html += dataTable(w, *it->second);
        }
    }
    html += QStringLiteral("<footer>%1</footer>\n</body></html>\n")
                .arg(Report::tr("Made with Herald %1. This file needs no network and runs no script.")
                         .arg(QStringLiteral(HERALD_VERSION))
                         .toHtmlEscaped());
    return RenderedReport{html.toUtf8(), 1};
}

} // namespace

std::optional<ReportFormat> parseReportFormat(const QString& name) {
    const QString lower = name.toLower();
    if (lower == QLatin1String("pdf")) {
        return ReportFormat::Pdf;
    }
    if (lower == QLatin1String("png")) {
        return ReportFormat::Png;
    }
    if (lower == QLatin1String("html")) {
        return ReportFormat::Html;
    }
    return std::nullopt;
}

QString reportFormatName(ReportFormat format) {
    switch (format) {
    case ReportFormat::Pdf:
        return QStringLiteral("pdf");
    case ReportFormat::Png:
        return QStringLiteral("png");
    case ReportFormat::Html:
        return QStringLiteral("html");
    }
    return {};
}

Result<ReportData> computeReport(const ReportRequest& request) {
    if (request.puuids.empty()) {
        return makeError(ErrorKind::Validation, "a report needs a player: name an account");
    }
    auto db = store::Database::open(request.databasePath, store::Database::Mode::ReadOnly);
    if (!db) {
        return db.error();
    }
    ReportData data;
    data.request = request;
    data.generatedAt =
        request.timeZone.empty()
            ? QDateTime::currentDateTime()
            : QDateTime::currentDateTime().toTimeZone(QTimeZone(QByteArray::fromStdString(request.timeZone)));
    // Every widget in the dashboard's own computation (models/dashboards), on this thread: no QObject, no loop.
    analytics::AnalyticsEngine engine;
    const dashboards::Scope scope{request.puuids, request.extra, request.timeZone, request.fromToday, 0};
    auto evaluated = dashboards::evaluateTemplate(request.dashboard, scope, db.value(), engine, herald::nowMs());
    if (!evaluated) {
        return evaluated.error();
    }
    for (auto& widget : evaluated->widgets) {
        auto outcome = std::make_shared<WidgetData>();
        if (widget.result) {
            outcome->result = std::move(widget.result).value();
        } else {
            outcome->error = errorText(widget.result.error());
        }
        data.widgets[widget.id] = std::move(outcome);
    }
    if (evaluated->period.anchored) { // the day the latest game ended, in the report's time zone as every date
        data.anchoredTo =
            QDateTime::fromMSecsSinceEpoch(evaluated->period.nowMs).toTimeZone(data.generatedAt.timeZone()).date();
    }
    data.period = periodTitle(&request.dashboard, request.extra, data.anchoredTo);
    return data;
}

Result<RenderedReport> renderReport(const ReportData& data, const ReportOptions& options) {
    switch (options.format) {
    case ReportFormat::Pdf:
        return renderPdf(data, options);
    case ReportFormat::Png:
        return renderPng(data, options);
    case ReportFormat::Html:
        return renderHtml(data);
    }
    return makeError(ErrorKind::Validation, "unknown report format");
}

QImage previewFirstPage(const ReportData& data, const ReportOptions& options, int width) {
    if (options.format != ReportFormat::Pdf) {
        const QSize size = options.format == ReportFormat::Png ? options.imageSize : QSize(1200, 900);
        return renderImage(data, size, 1.0).scaledToWidth(width, Qt::SmoothTransformation);
    }
    const QPageLayout layout(QPageSize(options.page), options.orientation, QMarginsF(12, 12, 12, 12),
                             QPageLayout::Millimeter);
    const QRectF full = layout.fullRect(QPageLayout::Point);
    const QRectF paint = layout.paintRect(QPageLayout::Point);
    const int logical = logicalWidth(options);
    const qreal pointScale = paint.width() / logical; // logical px -> points
    const qreal imageScale = width / full.width();    // points -> image px
    QImage image(QSize(width, static_cast<int>(full.height() * imageScale)), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    const qreal pageHeight = paint.height() / pointScale - kFooterHeight;
    FilledGrid filled(data, logical, kPdfRowHeight);
    const auto bands = bandsOf(filled.grid());
    const auto pages = paginate(bands, pageHeight);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(imageScale, imageScale);
    painter.translate(paint.topLeft());
    painter.scale(pointScale, pointScale);
    paintPage(painter, pages.front(), 0, static_cast<int>(pages.size()), logical, pageHeight, titleOf(data),
              lightPalette());
    painter.end();
    return image;
}

Result<ReportOutcome> saveReport(const ReportData& data, const ReportOptions& options,
                                 const std::filesystem::path& output, bool overwrite) {
    auto file = AtomicFile::create(output, overwrite ? AtomicFile::Existing::Replace : AtomicFile::Existing::Refuse);
    if (!file) {
        return file.error();
    }
    for (const auto& [id, result] : data.widgets) {
        if (!result->result) {
            return makeError(ErrorKind::Storage, "widget " + id + ": " + result->error.toStdString());
        }
    }
    auto rendered = renderReport(data, options);
    if (!rendered) {
        return rendered.error();
    }
    if (Status written = file.value()->write(
            std::string_view(rendered->bytes.constData(), static_cast<std::size_t>(rendered->bytes.size())));
        !written) {
        return written.error();
    }
    if (Status committed = file.value()->commit(); !committed) {
        return committed.error();
    }
    return ReportOutcome{rendered->pages, static_cast<int>(data.widgets.size())};
}

Result<ReportOutcome> writeReport(const ReportRequest& request, const ReportOptions& options,
                                  const std::filesystem::path& output, bool overwrite) {
    if (!overwrite && std::filesystem::exists(output)) { // before the work; saveReport checks again
        return makeError(ErrorKind::Conflict, output.string() + " already exists (overwrite it with --force)");
    }
    auto data = computeReport(request);
    if (!data) {
        return data.error();
    }
    return saveReport(data.value(), options, output, overwrite);
}

} // namespace herald::ui
