// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Reports (ui/report): the engine's figures in PDF, PNG and HTML, pages that never cut a widget, HTML that needs
// nothing from the network, and the player's own text escaped.
#include "analytics/engine.h"
#include "analytics/insights.h"
#include "common/longjobs.h"
#include "dashboard/format.h"
#include "demo/demohistory.h"
#include "report/exportdialogs.h"
#include "report/report.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "templates/template.h"
#include "testsupport.h"
#include "theme/language.h"
#include "theme/theme.h"
#include "views/diagnosticsview.h"

#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QProcess>
#include <QProgressBar>
#include <QRegularExpression>
#include <QTableWidget>
#include <QThreadPool>
#include <QtTest>
#include <map>

using namespace herald;

namespace {

QString run(const QString& program, const QStringList& args) {
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(60'000) || process.exitCode() != 0) {
        return QStringLiteral("<%1 failed: %2>").arg(program, QString::fromUtf8(process.readAllStandardError()));
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

const templates::Template& builtin(const std::string& id) {
    for (const auto& t : templates::builtinTemplates()) {
        if (t.id == id) {
            return t;
        }
    }
    qFatal("no built-in template %s", id.c_str());
}

std::size_t columnIndex(const std::vector<analytics::Column>& columns, const std::string& name) {
    std::size_t at = 0;
    while (at < columns.size() && columns[at].name != name) {
        ++at;
    }
    return at;
}

QString rawValue(const analytics::Value& value) {
    return QString::fromStdString(analytics::valueText(value));
}

} // namespace

class TestReport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void figuresAreTheEnginesInEveryFormat();
    void pdfPagesNeverCutAWidget();
    void pdfTablesShowWholeRowsOnly();
    void emptyChartsSayWhyOnPaper();
    void htmlIsSelfContainedAndEscaped();
    void dialogsExportWithPreviewProgressAndCancel();
    void reportsStayLightInTheDarkTheme(); // last: it gives the application the dark theme

private:
    ui::ReportRequest request(const templates::Template& t) const {
        ui::ReportRequest r;
        r.databasePath = m_store->store->databasePath();
        r.dashboard = t;
        r.puuids = {demo::demoAccount().puuid};
        r.playerNames = {QStringLiteral("Demo#HRLD")};
        r.timeZone = "UTC";
        return r;
    }
    std::unique_ptr<test::TempStore> m_store;
};

void TestReport::initTestCase() {
    QVERIFY(ui::installLanguage(*qApp, QStringLiteral("en")));
    m_store = std::make_unique<test::TempStore>();
    demo::DemoOptions options;
    options.matches = 300;
    QVERIFY(demo::createDemoHistory(m_store->store->writer(), options).ok());
}

// Every widget's table in the report is what the engine returns for the widget's query; the HTML carries those
// values at full precision; the PDF's text holds the title block, every widget title and each KPI's figure.
void TestReport::figuresAreTheEnginesInEveryFormat() {
    const auto& overview = builtin("overview");
    const auto data = ui::computeReport(request(overview));
    QVERIFY2(data.ok(), data.ok() ? "" : data.error().message.c_str());
    auto db = store::Database::open(m_store->store->databasePath(), store::Database::Mode::ReadOnly);
    QVERIFY(db.ok());
    analytics::AnalyticsEngine engine;
    int compared = 0;
    for (const auto& widget : overview.widgets) {
        const auto& result = data->widgets.at(widget.id);
        QVERIFY2(result->result, qPrintable(result->error));
        if (widget.type == templates::WidgetType::Matches) {
            continue;
        }
        auto query = templates::widgetQuery(overview, widget, {demo::demoAccount().puuid});
        query.timeZone = "UTC";
        if (widget.type == templates::WidgetType::Insights) { // the findings, not a table
            const auto findings = analytics::findFindings(engine, db.value(), query, 0);
            QVERIFY(findings.ok());
            const auto& mine = std::get<dashboards::Findings>(*result->result).findings;
            QCOMPARE(mine.size(), findings.value().size());
            for (std::size_t i = 0; i < findings.value().size(); ++i) {
                QCOMPARE(mine[i].games, findings.value()[i].games);
                QCOMPARE(mine[i].otherWins, findings.value()[i].otherWins);
            }
            ++compared;
            continue;
        }
        const auto expected = engine.run(db.value(), query, 0);
        QVERIFY(expected.ok());
        // Each row of the typed result is the engine's row with the same dimension values, metric by metric.
        const auto mine = dashboards::resultTable(*result->result);
        QVERIFY(!mine.rows.empty());
        for (const auto& row : mine.rows) {
            const auto& columns = expected.value()->columns;
            const auto same =
                std::find_if(expected.value()->rows.begin(), expected.value()->rows.end(), [&](const auto& engineRow) {
                    for (std::size_t c = 0; c < mine.columns.size(); ++c) {
                        if (mine.columns[c].kind == analytics::ColumnKind::Dimension &&
                            engineRow[columnIndex(columns, mine.columns[c].name)] != row[c]) {
                            return false;
                        }
                    }
                    return true;
                });
            QVERIFY2(same != expected.value()->rows.end(), widget.id.c_str());
            for (std::size_t c = 0; c < mine.columns.size(); ++c) {
                const auto at = columnIndex(columns, mine.columns[c].name);
                if (mine.columns[c].kind == analytics::ColumnKind::Metric && at < columns.size()) {
                    QCOMPARE(analytics::numberOf(row[c]), analytics::numberOf((*same)[at]));
                    ++compared;
                }
            }
        }
    }
    QVERIFY(compared > 30);

    // HTML: each table's data-value cells, in order, are the values above.
    const auto html = ui::renderReport(data.value(), {ui::ReportFormat::Html});
    QVERIFY(html.ok());
    const QString text = QString::fromUtf8(html->bytes);
    for (const auto& widget : overview.widgets) {
        const auto& result = data->widgets.at(widget.id)->result;
        if (!result || std::holds_alternative<dashboards::RecentGames>(*result) ||
            std::holds_alternative<dashboards::Findings>(*result)) {
            continue;
        }
        const auto table = dashboards::resultTable(*result);
        if (table.rows.empty()) {
            continue;
        }
        const QString summary = QStringLiteral("<summary>%1</summary>").arg(QString::fromStdString(widget.title));
        const auto start = text.indexOf(summary);
        QVERIFY2(start >= 0, widget.title.c_str());
        const QString block = text.mid(start, text.indexOf(QLatin1String("</table>"), start) - start);
        static const QRegularExpression cell(QStringLiteral("data-value=\"([^\"]*)\""));
        QStringList found;
        for (auto it = cell.globalMatch(block); it.hasNext();) {
            found << it.next().captured(1).replace(QLatin1String("&amp;"), QLatin1String("&"));
        }
        QStringList expected;
        for (const auto& row : table.rows) {
            for (const auto& value : row) {
                expected << rawValue(value);
            }
        }
        QCOMPARE(found, expected);
    }

    // PDF text: the title block, the widgets' titles, the KPIs' figures as the app formats them.
    QTemporaryDir dir;
    const auto pdfPath = std::filesystem::path(dir.path().toStdString()) / "overview.pdf";
    const auto written = ui::writeReport(request(overview), {ui::ReportFormat::Pdf}, pdfPath, false);
    QVERIFY2(written.ok(), written.ok() ? "" : written.error().message.c_str());
    const QString pdf = run(QStringLiteral("pdftotext"),
                            {QStringLiteral("-layout"), QString::fromStdString(pdfPath.string()), QStringLiteral("-")});
    for (const QString& expected :
         {QStringLiteral("Overview"), QStringLiteral("Players: Demo#HRLD"), QStringLiteral("Period: Last 90 days"),
          QStringLiteral("Herald " HERALD_VERSION), QStringLiteral("Page 1 of %1").arg(written->pages)}) {
        QVERIFY2(pdf.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + pdf));
    }
    for (const auto& widget : overview.widgets) {
        QVERIFY2(pdf.contains(QString::fromStdString(widget.title)), widget.title.c_str());
        if (widget.type == templates::WidgetType::Kpi) {
            const auto& kpi = std::get<dashboards::Kpi>(*data->widgets.at(widget.id)->result);
            const QString figure = ui::formatMetric(kpi.metric, kpi.value);
            QVERIFY2(pdf.contains(figure), qPrintable(figure));
        }
    }
    // Asked again without --force, the file is kept.
    QCOMPARE(ui::writeReport(request(overview), {ui::ReportFormat::Pdf}, pdfPath, false).error().kind,
             ErrorKind::Conflict);

    // PNG: the asked size at the asked ratio.
    ui::ReportOptions png;
    png.format = ui::ReportFormat::Png;
    png.imageSize = QSize(900, 700);
    png.devicePixelRatio = 1.5;
    const auto pngPath = std::filesystem::path(dir.path().toStdString()) / "overview.png";
    QVERIFY(ui::writeReport(request(overview), png, pngPath, false).ok());
    const QImage image(QString::fromStdString(pngPath.string()));
    QCOMPARE(image.size(), QSize(1350, 1050));
}

// A template taller than a page: several pages, page numbers, each widget whole on one page (its title and its
// figure together), none twice.
void TestReport::pdfPagesNeverCutAWidget() {
    templates::Template tall = builtin("overview");
    tall.id = "tall";
    tall.name = "Tall report";
    const auto base = tall.widgets;
    int rows = 0;
    for (const auto& w : base) {
        rows = std::max(rows, w.y + w.h);
    }
    for (int copy = 1; copy < 3; ++copy) {
        for (auto w : base) {
            if (w.type != templates::WidgetType::Kpi) {
                continue;
            }
            w.id += "_" + std::to_string(copy);
            w.title += " #" + std::to_string(copy);
            w.y += rows + (copy - 1) * 2;
            tall.widgets.push_back(w);
        }
    }
    for (auto w : base) {
        if (w.type == templates::WidgetType::Heatmap || w.type == templates::WidgetType::Line) {
            w.id += "_big";
            w.title += " (again)";
            w.x = 0;
            w.w = tall.columns;
            w.h = 6;
            w.y = rows + 4 + (w.type == templates::WidgetType::Line ? 0 : 6);
            tall.widgets.push_back(w);
        }
    }
    QVERIFY(templates::validateTemplate(tall, "test").ok());
    QTemporaryDir dir;
    ui::ReportOptions options;
    options.page = QPageSize::Letter;
    options.orientation = QPageLayout::Landscape;
    const auto path = std::filesystem::path(dir.path().toStdString()) / "tall.pdf";
    const auto written = ui::writeReport(request(tall), options, path, false);
    QVERIFY(written.ok());
    QVERIFY2(written->pages >= 3, qPrintable(QString::number(written->pages)));
    const QString info = run(QStringLiteral("pdfinfo"), {QString::fromStdString(path.string())});
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\b").arg(written->pages))),
             qPrintable(info));
    QVERIFY(info.contains(QStringLiteral("792 x 612 pts"))); // Letter, landscape
    // The copies' titles are unique ("Games #1", "Roles (again)"): each is on exactly one page, whole.
    std::map<QString, int> seen;
    for (int page = 1; page <= written->pages; ++page) {
        const QString text = run(QStringLiteral("pdftotext"),
                                 {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                  QString::number(page), QString::fromStdString(path.string()), QStringLiteral("-")});
        QVERIFY(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(written->pages)));
        for (const auto& w : tall.widgets) {
            const QString title = QString::fromStdString(w.title);
            if (title.contains(QLatin1Char('#')) || title.contains(QLatin1String("(again)"))) {
                seen[title] += static_cast<int>(text.count(title));
            }
        }
    }
    QCOMPARE(seen.size(), std::size_t(10));
    for (const auto& [title, count] : seen) {
        QVERIFY2(count == 1, qPrintable(title + QStringLiteral(": ") + QString::number(count)));
    }
}

// A table on paper lists the rows that fit whole: the last row listed ends inside the table's frame, above the
// widget under it, at every frame height (before, the row the frame's edge cut was printed half).
void TestReport::pdfTablesShowWholeRowsOnly() {
    const templates::Template& pool = builtin("champion-pool");
    const auto table = std::find_if(pool.widgets.begin(), pool.widgets.end(),
                                    [](const auto& w) { return w.type == templates::WidgetType::Table; });
    QVERIFY(table != pool.widgets.end());
    const auto kpi = builtin("overview").widgets.front();
    QCOMPARE(kpi.type, templates::WidgetType::Kpi);
    QTemporaryDir dir;
    for (int height = 2; height <= 6; ++height) {
        templates::Template t = pool;
        t.id = "rows";
        t.widgets = {*table, kpi};
        t.widgets[0].x = 0;
        t.widgets[0].y = 0;
        t.widgets[0].w = t.columns;
        t.widgets[0].h = height;
        t.widgets[1].id = "below";
        t.widgets[1].title = "Under the table";
        t.widgets[1].x = 0;
        t.widgets[1].y = height;
        QVERIFY(templates::validateTemplate(t, "test").ok());
        const auto path = std::filesystem::path(dir.path().toStdString()) / ("rows" + std::to_string(height) + ".pdf");
        QVERIFY(ui::writeReport(request(t), ui::ReportOptions{}, path, false).ok());
        // Words with their boxes, in points from the page's top.
        const QString boxes =
            run(QStringLiteral("pdftotext"),
                {QStringLiteral("-bbox"), QString::fromStdString(path.string()), QStringLiteral("-")});
        struct Word {
            QString text;
            double xMin, yMin, yMax;
        };
        std::vector<Word> words;
        static const QRegularExpression word(QStringLiteral(
            R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>)re"));
        for (auto it = word.globalMatch(boxes); it.hasNext();) {
            const auto m = it.next();
            words.push_back(
                {m.captured(4), m.captured(1).toDouble(), m.captured(2).toDouble(), m.captured(3).toDouble()});
        }
        const auto find = [&](const QString& text) {
            return std::find_if(words.begin(), words.end(), [&](const Word& w) { return w.text == text; });
        };
        const auto under = find(QStringLiteral("Under"));
        QVERIFY(under != words.end());
        // The column header "Champion": the last word so spelt above the next widget (the report's and the
        // widget's titles come before it, the page's footer after).
        auto header = words.end();
        for (auto it = words.begin(); it != under; ++it) {
            if (it->text == QLatin1String("Champion")) {
                header = it;
            }
        }
        static const QRegularExpression page(QStringLiteral(R"re(<page width="([\d.]+)")re"));
        const double pageWidth = page.match(boxes).captured(1).toDouble();
        QVERIFY2(under != words.end() && header != words.end() && pageWidth > 0, qPrintable(boxes.left(400)));
        // The frame ends its contents margin (10) and the grid's gap (12) above the next title, at the page's
        // scale: 1,200 logical pixels across the paper inside 12 mm margins.
        const double scale = (pageWidth - 2 * 12 / 25.4 * 72) / 1200;
        const double frameBottom = under->yMin - (10 + 12) * scale;
        // Each row's first word stands where the first row's does: every one printed ends above the frame's bottom.
        const auto first = std::find_if(header, words.end(), [&](const Word& w) { return w.yMin > header->yMax; });
        QVERIFY(first != words.end());
        int listed = 0;
        for (const Word& w : words) {
            if (std::abs(w.xMin - first->xMin) < 1 && w.yMin > header->yMax && w.yMin < under->yMin) {
                QVERIFY2(w.yMax <= frameBottom,
                         qPrintable(QStringLiteral("height %1: %2 ends at %3 pt, the frame at %4")
                                        .arg(height)
                                        .arg(w.text)
                                        .arg(w.yMax)
                                        .arg(frameBottom)));
                ++listed;
            }
        }
        const auto data = ui::computeReport(request(t));
        QVERIFY(data.ok());
        const std::size_t all = std::get<dashboards::Table>(*data->widgets.at(table->id)->result).rows.size();
        QVERIFY2(listed >= 1 && static_cast<std::size_t>(listed) < all,
                 qPrintable(QStringLiteral("height %1: %2 of %3 rows").arg(height).arg(listed).arg(all)));
    }
}

// A chart with nothing to show says so on paper as on screen (its view draws the sentence, not its scene).
void TestReport::emptyChartsSayWhyOnPaper() {
    ui::ReportRequest r = request(builtin("overview"));
    r.extra["champion"] = {"Teemo"}; // the demo player never plays him
    QTemporaryDir dir;
    const auto path = std::filesystem::path(dir.path().toStdString()) / "empty.pdf";
    QVERIFY(ui::writeReport(r, ui::ReportOptions{}, path, false).ok());
    const QString text = run(QStringLiteral("pdftotext"), {QString::fromStdString(path.string()), QStringLiteral("-")});
    // The line chart, the donut and the bar chart of the Overview: each says it.
    QVERIFY2(text.count(QStringLiteral("No games in this period")) >= 3, qPrintable(text));
}

// One file with everything in it: no script, no reference outside the file; the player's text is escaped.
void TestReport::htmlIsSelfContainedAndEscaped() {
    templates::Template t = builtin("overview");
    t.name = "<script>alert('x')</script> & \"friends\"";
    t.widgets[0].title = "<img src=x onerror=alert(1)>";
    const auto data = ui::computeReport(request(t));
    QVERIFY(data.ok());
    const auto html = ui::renderReport(data.value(), {ui::ReportFormat::Html});
    QVERIFY(html.ok());
    const QString text = QString::fromUtf8(html->bytes);
    QVERIFY(text.startsWith(QLatin1String("<!DOCTYPE html>")));
    QVERIFY(!text.contains(QLatin1String("<script"), Qt::CaseInsensitive));
    QVERIFY(!text.contains(QLatin1String("<img src=x"), Qt::CaseInsensitive));
    QVERIFY(
        text.contains(QLatin1String("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;friends&quot;")) ||
        text.contains(QLatin1String("&lt;script&gt;alert('x')&lt;/script&gt; &amp; &quot;friends&quot;")));
    for (const char* tag : {"<link", "<iframe", "<object", "<embed", "@import", "javascript:"}) {
        QVERIFY2(!text.contains(QLatin1String(tag), Qt::CaseInsensitive), tag);
    }
    // Every src / href / url() is inside the file (data: or #fragment).
    static const QRegularExpression reference(
        QStringLiteral(R"((?:\s(?:src|href|xlink:href)\s*=\s*["']([^"']*)["'])|url\(\s*['"]?([^'")]*))"));
    int references = 0;
    for (auto it = reference.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const QString target = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
        QVERIFY2(target.startsWith(QLatin1String("data:")) || target.startsWith(QLatin1Char('#')), qPrintable(target));
        ++references;
    }
    QCOMPARE(text.count(QLatin1String("<svg")), static_cast<int>(t.widgets.size()));
    Q_UNUSED(references);
}

// The GUI's dialogs: the report's preview and file, the data export's progress, its Cancel (no file), a widget's
// table, and the audit log in Diagnostics.
void TestReport::dialogsExportWithPreviewProgressAndCancel() {
    QTemporaryDir dir;
    ui::ReportDialog report(*m_store->store, request(builtin("overview")));
    QTRY_VERIFY_WITH_TIMEOUT(report.isReady(), 30'000);
    QVERIFY(!report.preview()->pixmap().isNull());
    QVERIFY(report.preview()->pixmap().width() > 200);
    const QString pdf = dir.filePath(QStringLiteral("dialog.pdf"));
    const auto written = report.exportTo(pdf, false);
    QVERIFY(written.ok());
    QVERIFY(test::readFile(pdf.toStdString()).rfind("%PDF-", 0) == 0);

    exporting::Selection selection;
    selection.puuids = {demo::demoAccount().puuid};
    ui::DataExportDialog data(*m_store->store, selection, {QStringLiteral("Demo#HRLD")});
    data.setDatasets({exporting::Dataset::Matches, exporting::Dataset::Participants});
    data.setFormat(exporting::FileFormat::Xlsx);
    QSignalSpy finished(&data, &ui::DataExportDialog::finished);
    const QString xlsx = dir.filePath(QStringLiteral("data.xlsx"));
    data.startExport(xlsx, false);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60'000);
    QCOMPARE(finished[0][2].toString(), QString());
    QCOMPARE(finished[0][1].toLongLong(), 300 + 3000);
    QVERIFY(QFile::exists(xlsx));
    QCOMPARE(data.progress()->value(), data.progress()->maximum());

    // Cancelled at once: no file at all in the folder, and the dialog says so.
    QTemporaryDir empty;
    data.setDatasets({exporting::Dataset::Participants, exporting::Dataset::Frames, exporting::Dataset::Events});
    data.startExport(empty.filePath(QStringLiteral("big.xlsx")), false);
    data.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60'000);
    QVERIFY(!finished[1][2].toString().isEmpty());
    QVERIFY(QDir(empty.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());

    // A widget's table, by the file's extension.
    const auto computed = ui::computeReport(request(builtin("overview")));
    QVERIFY(computed.ok());
    const auto byChampion = dashboards::resultTable(*computed->widgets.begin()->second->result);
    QVERIFY(!byChampion.rows.empty());
    const QString csv = dir.filePath(QStringLiteral("widget.csv"));
    QCOMPARE(
        ui::exportTablesTo(*m_store->store, this, {exporting::tableOfResult(byChampion, "w")}, csv, "widget w", "UTC"),
        QString());
    const std::string text = test::readFile(csv.toStdString());
    QCOMPARE(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')), byChampion.rows.size() + 1);
    QVERIFY(!ui::exportTablesTo(*m_store->store, this, {}, dir.filePath(QStringLiteral("x.txt")), "w", "").isEmpty());

    // Three exports written (the cancelled one is not), all in the audit log and in Diagnostics.
    auto reader = m_store->store->openReader();
    QVERIFY(reader.ok());
    QTRY_COMPARE_WITH_TIMEOUT(store::recentAudit(reader.value(), 10).value().size(), std::size_t(3), 10'000);
    ui::DiagnosticsView diagnostics(*m_store->store);
    QSignalSpy refreshed(&diagnostics, &ui::DiagnosticsView::refreshed);
    diagnostics.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, 10'000);
    bool shown = false;
    for (auto* table : diagnostics.findChildren<QTableWidget*>()) {
        if (table->columnCount() == 5 && table->rowCount() == 3) {
            shown = table->item(0, 4)->text() == csv;
        }
    }
    QVERIFY(shown);
}

// A report made from the app in its dark theme is the light, printable one; the app's palette is put back.
void TestReport::reportsStayLightInTheDarkTheme() {
    ui::applyTheme(*qobject_cast<QApplication*>(QCoreApplication::instance()), ui::Theme::Dark);
    const QColor darkWindow = QApplication::palette().color(QPalette::Window);
    QVERIFY(darkWindow.lightness() < 60);
    const auto data = ui::computeReport(request(builtin("overview")));
    QVERIFY(data.ok());
    ui::ReportOptions png;
    png.format = ui::ReportFormat::Png;
    png.imageSize = QSize(1200, 900);
    png.devicePixelRatio = 1;
    const auto rendered = ui::renderReport(data.value(), png);
    QVERIFY(rendered.ok());
    const QImage image = QImage::fromData(rendered->bytes, "PNG");
    // The middle of the first KPI card (below the 140 px title block, 24 px margin), and the page itself.
    for (const QPoint at : {QPoint(60, 200), QPoint(600, 890), QPoint(5, 5)}) {
        QVERIFY2(image.pixelColor(at).lightness() > 180,
                 qPrintable(QStringLiteral("(%1,%2) is %3").arg(at.x()).arg(at.y()).arg(image.pixelColor(at).name())));
    }
    const QImage preview = ui::previewFirstPage(data.value(), {}, 600);
    QVERIFY(preview.pixelColor(QPoint(preview.width() / 2, preview.height() / 5)).lightness() > 180);
    QCOMPARE(QApplication::palette().color(QPalette::Window), darkWindow);
}

void TestReport::cleanupTestCase() {
    // No pool thread left when the process exits: LeakSanitizer stops every thread to scan for leaks, and once (CI,
    // after every test had passed) its tracer crashed on one that was going away.
    QThreadPool::globalInstance()->waitForDone();
    ui::longJobs().waitForDone();
}

QTEST_MAIN(TestReport)
#include "test_report.moc"
