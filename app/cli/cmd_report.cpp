// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// herald-cli export report: a dashboard template rendered by the app's widgets (offscreen) into PDF, PNG or HTML.
#include "args.h"
#include "commands.h"
#include "common/clock.h"
#include "report/report.h"
#include "store/auditlog.h"
#include "store/store.h"
#include "templates/template.h"

#include <QApplication>
#include <cstdlib>
#include <iostream>
#include <memory>

namespace herald::cli {

namespace {

// Qt's own notes (no XDG_RUNTIME_DIR, what the offscreen platform cannot do) are not the user's business here;
// its critical messages still reach stderr.
void quietQtMessages(QtMsgType type, const QMessageLogContext&, const QString& message) {
    if (type == QtCriticalMsg || type == QtFatalMsg) {
        std::cerr << "herald-cli: " << message.toStdString() << '\n';
    }
}

// Widgets need a QApplication; a command line has no screen, so it draws offscreen unless told otherwise.
std::unique_ptr<QApplication> ensureApplication() {
    if (QCoreApplication::instance() != nullptr) {
        return nullptr;
    }
    qInstallMessageHandler(quietQtMessages);
    if (std::getenv("QT_QPA_PLATFORM") == nullptr) {
        setenv("QT_QPA_PLATFORM", "offscreen", 1);
    }
    static int argc = 1;
    static char name[] = "herald-cli";
    static char* argv[] = {name, nullptr};
    return std::make_unique<QApplication>(argc, argv);
}

QSize parseSize(const std::string& text) {
    const auto x = text.find('x');
    if (x == std::string::npos) {
        throw UsageError("--size takes WIDTHxHEIGHT, e.g. 1600x1000, not '" + text + "'");
    }
    try {
        return QSize(std::stoi(text.substr(0, x)), std::stoi(text.substr(x + 1)));
    } catch (const std::exception&) {
        throw UsageError("--size takes WIDTHxHEIGHT, e.g. 1600x1000, not '" + text + "'");
    }
}

} // namespace

int runExportReport(const Context& context, const std::vector<std::string>& words) {
    const Args args(words, {{"template"},
                            {"format"},
                            {"o"},
                            {"output"},
                            {"account"},
                            {"where"},
                            {"size"},
                            {"dpr"},
                            {"page"},
                            {"orientation"},
                            {"tz"},
                            {"streamer", false},
                            {"from-today", false},
                            {"force", false}});
    if (!args.positional().empty()) {
        throw UsageError("unexpected argument '" + args.positional().front() + "'");
    }
    const std::string templateId = args.value("template").value_or("");
    if (templateId.empty()) {
        throw UsageError("--template ID is required (see herald-cli templates list)");
    }
    const std::string formatName = args.value("format").value_or("");
    const auto format = ui::parseReportFormat(QString::fromStdString(formatName));
    if (!format) {
        throw UsageError(formatName.empty() ? "--format is required: pdf, png or html"
                                            : "--format takes pdf, png or html, not '" + formatName + "'");
    }
    const auto output = args.value("o") ? args.value("o") : args.value("output");
    if (!output || output->empty()) {
        throw UsageError("-o FILE is required");
    }
    ui::ReportOptions options;
    options.format = *format;
    const std::string page = args.value("page").value_or("a4");
    if (page == "a4") {
        options.page = QPageSize::A4;
    } else if (page == "letter") {
        options.page = QPageSize::Letter;
    } else {
        throw UsageError("--page takes a4 or letter, not '" + page + "'");
    }
    const std::string orientation = args.value("orientation").value_or("portrait");
    if (orientation == "portrait" || orientation == "landscape") {
        options.orientation = orientation == "portrait" ? QPageLayout::Portrait : QPageLayout::Landscape;
    } else {
        throw UsageError("--orientation takes portrait or landscape, not '" + orientation + "'");
    }
    if (auto size = args.value("size")) {
        options.imageSize = parseSize(*size);
    }
    if (auto dpr = args.value("dpr")) {
        try {
            options.devicePixelRatio = std::stod(*dpr);
        } catch (const std::exception&) {
            throw UsageError("--dpr takes a number, e.g. 2, not '" + *dpr + "'");
        }
    }
    const templates::Filters extra = whereFilters(args);

    auto access = openForReading(context);
    if (!access) {
        return 1;
    }
    store::Database& db = *access->db;
    const auto found = templateNamed(db, templateId);
    if (!found) {
        return 1;
    }
    ui::ReportRequest request;
    request.databasePath = access->store->databasePath();
    request.dashboard = *found;
    request.extra = extra;
    request.fromToday = args.has("from-today");
    const auto players = dashboardPlayers(context, db, args);
    if (!players) {
        return 1;
    }
    request.puuids = players->puuids;
    for (const auto& name : players->names) {
        request.playerNames << QString::fromStdString(name);
    }
    request.timeZone = players->timeZone;
    // Reports show the players' own games: no other player's Riot ID appears in any widget, so streamer mode
    // (--streamer or the setting) has nothing to hide in them today; it is accepted for scripts that always pass it.

    const auto app = ensureApplication();
    auto outcome = ui::writeReport(request, options, *output, args.has("force"));
    if (!outcome) {
        return failOrUsage(outcome.error());
    }
    std::cout << "Wrote " << *output << " (" << outcome->widgets << " widget(s)";
    if (options.format == ui::ReportFormat::Pdf) {
        std::cout << ", " << outcome->pages << " page(s)";
    }
    std::cout << ")\n";
    const auto now = nowMs();
    std::string details = "players: ";
    for (const auto& name : request.playerNames) {
        details += name.toStdString() + " ";
    }
    const store::AuditEntry entry{"export report",
                                  templateId,
                                  ui::reportFormatName(options.format).toStdString(),
                                  outcome->widgets,
                                  std::filesystem::absolute(*output).string(),
                                  details,
                                  now};
    if (Status audited = store::appendAuditTo(access->store->databasePath(), entry); !audited) {
        std::cerr << "herald-cli: the report is written, but not recorded in the audit log: " << audited.error().message
                  << '\n';
    }
    return 0;
}

} // namespace herald::cli
