// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// herald-cli export data: datasets and stats tables to CSV, JSON or XLSX files (models/export).
#include "analytics/query.h"
#include "args.h"
#include "commands.h"
#include "common/clock.h"
#include "export/exporter.h"
#include "store/accounts.h"
#include "store/auditlog.h"
#include "store/settings.h"
#include "store/store.h"

#include <algorithm>
#include <chrono>
#include <iostream>

namespace herald::cli {

namespace {

// "\rExporting participants: 1200 / 10000 matches, about 3 s left" on a terminal.
class ExportProgressLine {
public:
    explicit ExportProgressLine(const Context& context) : m_terminal(context.stdoutIsTerminal) {}

    void operator()(const std::string& table, std::int64_t done, std::int64_t total) {
        if (!m_terminal) {
            return;
        }
        const auto now = std::chrono::steady_clock::now();
        if (table != m_table) {
            m_table = table;
            m_started = now;
        }
        std::string eta;
        const double elapsed = std::chrono::duration<double>(now - m_started).count();
        if (done > 0 && done < total && elapsed > 0.5) {
            const double left = elapsed * static_cast<double>(total - done) / static_cast<double>(done);
            eta = ", about " + std::to_string(static_cast<long long>(left + 0.5)) + " s left";
        }
        std::cout << "\rExporting " << table << ": " << done << " / " << total
                  << (table == "ranking" ? " rows" : " matches") << eta << "        " << std::flush;
        m_shown = true;
    }

    void finish() const {
        if (m_shown) {
            std::cout << '\n';
        }
    }

private:
    bool m_terminal;
    bool m_shown = false;
    std::string m_table;
    std::chrono::steady_clock::time_point m_started;
};

// The request the options describe (datasets, format, file, filters, the stats query), checked before any file
// is opened (UsageError); the players of --account are resolved later, from the store.
exporting::ExportRequest exportRequestOf(const Args& args) {
    exporting::ExportRequest request;
    for (const auto& name : splitList(args.value("dataset").value_or(""))) {
        const auto dataset = exporting::parseDataset(name);
        if (!dataset) {
            throw UsageError("unknown dataset '" + name + "'; datasets: " + exporting::datasetNames());
        }
        request.datasets.push_back(*dataset);
    }
    if (request.datasets.empty()) {
        throw UsageError("--dataset is required: " + exporting::datasetNames());
    }
    const std::string formatName = args.value("format").value_or("");
    const auto format = exporting::parseFileFormat(formatName);
    if (!format) {
        throw UsageError(formatName.empty() ? "--format is required: csv, json or xlsx"
                                            : "--format takes csv, json or xlsx, not '" + formatName + "'");
    }
    request.format = *format;
    const auto output = args.value("o") ? args.value("o") : args.value("output");
    if (!output || output->empty()) {
        throw UsageError("-o FILE is required");
    }
    request.output = *output;
    request.overwrite = args.has("force");
    const bool wantsStats = std::find(request.datasets.begin(), request.datasets.end(), exporting::Dataset::Stats) !=
                            request.datasets.end();
    if (wantsStats) {
        request.stats = statsQueryOf(args);
    } else {
        for (const char* option : {"metrics", "by", "sort", "limit", "min-games", "include-remakes"}) {
            if (args.has(option)) {
                throw UsageError(std::string("--") + option + " belongs to --dataset stats");
            }
        }
    }
    request.selection.filters = whereFilters(args);
    request.selection.timeZone = args.value("tz").value_or("");
    request.selection.nowMs = nowMs();
    request.selection.puuids = puuidOptions(args);

    return request;
}

// The rest of the request from the store: the followed accounts when no player is named (filters and stats are
// about players), the stats query's players and filters, the app's time zone, streamer mode.
Status completeFromStore(store::Database& db, const Args& args, exporting::ExportRequest& request) {
    const bool wantsStats = request.stats.has_value();
    if (request.selection.puuids.empty() && (!request.selection.filters.empty() || wantsStats)) {
        // Filters and stats are about players: the followed accounts, when none is named.
        const auto accounts = store::listAccounts(db);
        if (!accounts) {
            return accounts.error();
        }
        for (const auto& account : accounts.value()) {
            request.selection.puuids.push_back(account.puuid);
            request.playerNames.push_back(account.riotId());
        }
        if (request.selection.puuids.empty()) {
            throw UsageError("name the player with --account \"Name#TAG\": no account is followed");
        }
    }
    if (request.stats) {
        request.stats->puuids = request.selection.puuids;
        for (const auto& [name, values] : request.selection.filters) {
            request.stats->filters[name] = values;
        }
        request.selection.filters = request.stats->filters;
    }
    if (request.selection.timeZone.empty()) { // the app's time zone setting, else the system's
        const auto zone = store::getSetting(db, store::kTimeZoneSetting);
        request.selection.timeZone = zone && zone.value() ? *zone.value() : "";
        if (request.stats && request.stats->timeZone.empty()) {
            request.stats->timeZone = request.selection.timeZone;
        }
    }
    const auto streamer = store::getSetting(db, store::kStreamerModeSetting);
    request.selection.hideOtherPlayers =
        args.has("streamer") || (streamer && streamer.value() && *streamer.value() == "1");

    return Ok{};
}

int runExportData(const Context& context, const std::vector<std::string>& words) {
    const Args args(words, {{"dataset"},
                            {"format"},
                            {"o"},
                            {"output"},
                            {"account"},
                            {"puuid"},
                            {"where"},
                            {"force", false},
                            {"streamer", false},
                            {"metrics"},
                            {"by"},
                            {"sort"},
                            {"limit"},
                            {"min-games"},
                            {"include-remakes", false},
                            {"tz"}});
    if (!args.positional().empty()) {
        throw UsageError("unexpected argument '" + args.positional().front() + "'");
    }
    exporting::ExportRequest request = exportRequestOf(args);
    const std::vector<std::string> riotIds = riotIdOptions(args);

    auto access = openForReading(context);
    if (!access) {
        return 1;
    }
    store::Database& db = *access->db;
    const auto players = puuidsOfRiotIds(context, db, riotIds);
    if (!players) {
        return 1;
    }
    request.selection.puuids.insert(request.selection.puuids.end(), players->begin(), players->end());
    request.playerNames = riotIds;
    if (Status completed = completeFromStore(db, args, request); !completed) {
        return fail(completed.error().message);
    }

    ExportProgressLine progress(context);
    auto outcome =
        exporting::exportData(db, request, [&](const std::string& table, std::int64_t done, std::int64_t total) {
            progress(table, done, total);
        });
    progress.finish();
    if (!outcome) {
        return failOrUsage(outcome.error());
    }
    std::string what;
    for (const auto& [name, rows] : outcome->tables) {
        what += (what.empty() ? "" : ",") + name;
        std::cout << "Exported " << rows << " row(s) of " << name << '\n';
    }
    std::cout << "Wrote " << request.output.string() << '\n';
    const store::AuditEntry entry{"export data",
                                  what,
                                  exporting::fileFormatName(request.format),
                                  outcome->rows,
                                  std::filesystem::absolute(request.output).string(),
                                  outcome->details,
                                  nowMs()};
    if (Status audited = store::appendAuditTo(access->store->databasePath(), entry); !audited) {
        std::cerr << "herald-cli: the export is written, but not recorded in the audit log: " << audited.error().message
                  << '\n';
    }
    return 0;
}

} // namespace

int runExport(const Context& context, const std::vector<std::string>& words) {
    if (words.empty()) {
        throw UsageError("export what? 'export data' (CSV, JSON, XLSX) or 'export report' (PDF, PNG, HTML)");
    }
    const std::vector<std::string> rest(words.begin() + 1, words.end());
    if (words[0] == "data") {
        return runExportData(context, rest);
    }
    if (words[0] == "report") {
        return runExportReport(context, rest);
    }
    throw UsageError("unknown export '" + words[0] + "': data or report");
}

} // namespace herald::cli
