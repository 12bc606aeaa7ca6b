// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Reports: a dashboard template, computed for some players and filters, drawn by the app's own widgets
// (DashboardGrid, offscreen) into a PDF (vector: the charts are painted straight onto QPdfWriter), a PNG, or one
// self-contained HTML file (charts as inline SVG, no script, nothing fetched). docs/EXPORTS.md describes them.
#pragma once

#include "common/result.h"
#include "dashboard/dashboardloader.h"
#include "templates/template.h"

#include <QDateTime>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QString>
#include <QStringList>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace herald::ui {

enum class ReportFormat { Pdf, Png, Html };
std::optional<ReportFormat> parseReportFormat(const QString& name);
QString reportFormatName(ReportFormat format);

struct ReportRequest {
    std::filesystem::path databasePath;
    templates::Template dashboard;
    std::vector<std::string> puuids;
    QStringList playerNames;  // Riot IDs, for the title block
    templates::Filters extra; // the filter bar's (or --where) filters
    std::string timeZone;     // IANA; empty: the system's
    bool fromToday = false;   // relative periods count from today even with none of the players' games in them
};

struct ReportOptions {
    ReportFormat format = ReportFormat::Pdf;
    QPageSize::PageSizeId page = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    QSize imageSize{1600, 1000}; // PNG, in logical pixels (the title block included)
    qreal devicePixelRatio = 2.0;
};

// Every widget's data, computed as the dashboard computes it (dashboards::evaluateTemplate).
struct ReportData {
    ReportRequest request;
    std::map<std::string, WidgetDataPtr> widgets; // by widget id
    QString period;                               // "Last 90 days", "Whole history"
    QDateTime generatedAt;
    std::optional<QDate> anchoredTo; // the period counts back from the latest game, which ended that day
};

Result<ReportData> computeReport(const ReportRequest& request);

// The report's bytes in the format. pages: the PDF's page count (1 for the others).
struct RenderedReport {
    QByteArray bytes;
    int pages = 1;
};
Result<RenderedReport> renderReport(const ReportData& data, const ReportOptions& options);

// The first page as an image (the export dialog's preview), width in pixels.
QImage previewFirstPage(const ReportData& data, const ReportOptions& options, int width);

// renderReport into the file, written whole or not at all (an existing one only with overwrite).
Result<struct ReportOutcome> saveReport(const ReportData& data, const ReportOptions& options,
                                        const std::filesystem::path& output, bool overwrite);

// computeReport, renderReport, then the file, written whole or not at all (an existing one only with overwrite).
struct ReportOutcome {
    int pages = 1;
    int widgets = 0;
};
Result<ReportOutcome> writeReport(const ReportRequest& request, const ReportOptions& options,
                                  const std::filesystem::path& output, bool overwrite);

} // namespace herald::ui
