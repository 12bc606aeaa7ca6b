// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exporter.h"

#include "analytics/engine.h"
#include "analytics/timezone.h"
#include "common/clock.h"
#include "common/files.h"
#include "store/database.h"
#include "store/matchhistory.h"
#include "store/migrations.h"

#include <algorithm>

namespace herald::exporting {

namespace {

CellType cellTypeOf(analytics::ValueType type) {
    switch (type) {
    case analytics::ValueType::Integer:
        return CellType::Integer;
    case analytics::ValueType::Real:
        return CellType::Real;
    case analytics::ValueType::Text:
        return CellType::Text;
    }
    return CellType::Text;
}

Cell cellOf(const analytics::Value& value) {
    if (const auto* i = std::get_if<std::int64_t>(&value)) {
        return *i;
    }
    if (const auto* d = std::get_if<double>(&value)) {
        return *d;
    }
    if (const auto* s = std::get_if<std::string>(&value)) {
        return *s;
    }
    return {};
}

std::string filtersText(const std::map<std::string, std::vector<std::string>>& filters) {
    std::string out;
    for (const auto& [name, values] : filters) {
        std::string joined;
        for (const auto& value : values) {
            joined += (joined.empty() ? "" : ",") + value;
        }
        out += (out.empty() ? "" : "; ") + name + "=" + joined;
    }
    return out.empty() ? "none" : out;
}

std::string joined(const std::vector<std::string>& parts, const char* separator) {
    std::string out;
    for (const auto& part : parts) {
        out += (out.empty() ? "" : separator) + part;
    }
    return out;
}

Status validateRequest(const ExportRequest& request) {
    if (request.datasets.empty()) {
        return makeError(ErrorKind::Validation, "no dataset to export; datasets: " + datasetNames());
    }
    for (std::size_t i = 0; i < request.datasets.size(); ++i) {
        for (std::size_t j = 0; j < i; ++j) {
            if (request.datasets[i] == request.datasets[j]) {
                return makeError(ErrorKind::Validation,
                                 std::string("dataset '") + datasetName(request.datasets[i]) + "' named twice");
            }
        }
    }
    if (request.format == FileFormat::Csv && request.datasets.size() > 1) {
        return makeError(ErrorKind::Validation,
                         "a CSV file holds one dataset: export each to its own file, or use --format xlsx or json");
    }
    if (!request.selection.filters.empty() && request.selection.puuids.empty()) {
        return makeError(ErrorKind::Validation, "filters need a player: name one with --account, or follow one");
    }
    const bool wantsStats =
        std::find(request.datasets.begin(), request.datasets.end(), Dataset::Stats) != request.datasets.end();
    if (wantsStats && !request.stats) {
        return makeError(ErrorKind::Validation, "the stats dataset needs a query (--metrics ...)");
    }
    return Ok{};
}

// Writes through the format's writer into a new file, and names the file only when all went well.
template <class Body>
Result<ExportOutcome> writeFile(FileFormat format, const std::filesystem::path& output, bool overwrite,
                                std::size_t tables, const LocalOffset& offset, Body&& body) {
    auto file = AtomicFile::create(output, overwrite ? AtomicFile::Existing::Replace : AtomicFile::Existing::Refuse);
    if (!file) {
        return file.error();
    }
    ExportOutcome outcome;
    try {
        auto writer = makeWriter(format, *file.value(), offset, tables);
        body(*writer, outcome);
    } catch (const ExportFailure& e) {
        return e.error();
    } catch (const store::StoreError& e) {
        return store::toError(e, "reading the data to export");
    } catch (const std::exception& e) {
        return makeError(ErrorKind::Io, std::string("cannot export: ") + e.what());
    }
    if (Status committed = file.value()->commit(); !committed) {
        return committed.error();
    }
    for (const auto& [name, rows] : outcome.tables) {
        outcome.rows += rows;
    }
    return outcome;
}

} // namespace

LocalOffset localOffsetOf(const std::string& timeZone) {
    auto segments = analytics::offsetSegments(timeZone, 0, nowMs() + 20LL * 365 * 86'400'000);
    if (!segments || segments->empty()) {
        return [](std::int64_t) { return std::int64_t{0}; };
    }
    return [segments = std::move(segments).value()](std::int64_t utcMs) {
        const auto it =
            std::upper_bound(segments.begin(), segments.end(), utcMs,
                             [](std::int64_t ms, const analytics::OffsetSegment& s) { return ms < s.untilMs; });
        return it == segments.end() ? segments.back().offsetMs : it->offsetMs;
    };
}

std::string extensionOf(FileFormat format) {
    return std::string(".") + fileFormatName(format);
}

MemoryTable tableOfResult(const analytics::ResultTable& result, std::string name) {
    MemoryTable table;
    table.name = std::move(name);
    for (const auto& column : result.columns) {
        table.columns.push_back({column.name, cellTypeOf(column.type)});
    }
    for (const auto& row : result.rows) {
        auto& out = table.rows.emplace_back();
        for (const auto& value : row) {
            out.push_back(cellOf(value));
        }
    }
    return table;
}

Result<ExportOutcome> exportData(store::Database& db, const ExportRequest& request, const ExportProgress& progress,
                                 const std::atomic<bool>* cancel) {
    if (Status valid = validateRequest(request); !valid) {
        return valid.error();
    }
    const LocalOffset offset = localOffsetOf(request.selection.timeZone);
    AboutExport about;
    const std::int64_t exportedAt = nowMs();
    about.lines.emplace_back("Exported by", std::string("Herald ") + HERALD_VERSION);
    about.lines.emplace_back("Exported at", isoLocalTime(exportedAt, offset(exportedAt)));
    std::vector<std::string> names;
    for (const Dataset dataset : request.datasets) {
        names.emplace_back(datasetName(dataset));
    }
    about.lines.emplace_back("Datasets", joined(names, ", "));
    const std::string players = request.playerNames.empty()
                                    ? (request.selection.puuids.empty() ? "every stored match (followed accounts)"
                                                                        : joined(request.selection.puuids, ", "))
                                    : joined(request.playerNames, ", ");
    about.lines.emplace_back("Players", players);
    about.lines.emplace_back("Filters", filtersText(request.selection.filters));
    if (request.stats) {
        about.lines.emplace_back("Stats metrics", joined(request.stats->metrics, ", "));
        about.lines.emplace_back("Stats grouped by",
                                 request.stats->groupBy.empty() ? "nothing" : joined(request.stats->groupBy, ", "));
        about.lines.emplace_back("Stats filters", filtersText(request.stats->filters));
    }
    about.lines.emplace_back("Time zone", request.selection.timeZone.empty() ? "system" : request.selection.timeZone);
    about.lines.emplace_back("Streamer mode", request.selection.hideOtherPlayers ? "on (other players hidden)" : "off");
    about.lines.emplace_back("Schema version", std::to_string(db.userVersion()));

    auto outcome = writeFile(request.format, request.output, request.overwrite, request.datasets.size(), offset,
                             [&](TableWriter& writer, ExportOutcome& out) {
                                 for (const Dataset dataset : request.datasets) {
                                     const std::string name = datasetName(dataset);
                                     DatasetProgress report;
                                     report.cancel = cancel;
                                     if (progress) {
                                         report.report = [&](std::int64_t done, std::int64_t total) {
                                             progress(name, done, total);
                                         };
                                     }
                                     std::int64_t rows = 0;
                                     if (dataset == Dataset::Stats) {
                                         analytics::AnalyticsEngine engine(1);
                                         auto result = engine.run(db, *request.stats, 0, request.selection.nowMs);
                                         if (!result) {
                                             throw ExportFailure(result.error());
                                         }
                                         const MemoryTable table = tableOfResult(*result.value(), name);
                                         writer.beginTable(name, table.columns);
                                         for (const auto& row : table.rows) {
                                             writer.row(row);
                                         }
                                         rows = static_cast<std::int64_t>(table.rows.size());
                                     } else {
                                         writer.beginTable(name, columnsOf(dataset));
                                         rows = writeDataset(db, dataset, request.selection, writer, report);
                                     }
                                     writer.endTable();
                                     out.tables.emplace_back(name, rows);
                                 }
                                 for (const auto& [name, rows] : out.tables) {
                                     about.lines.emplace_back("Rows: " + name, std::to_string(rows));
                                 }
                                 writer.finish(about);
                             });
    if (outcome) {
        outcome->details = "players: " + players + "; filters: " + filtersText(request.selection.filters);
    }
    return outcome;
}

MemoryTable summaryTable(const std::vector<store::MatchSummary>& matches) {
    using C = CellType;
    MemoryTable table;
    table.name = "matches";
    table.columns = {{"match_id", C::Text},      {"played_at", C::Time},   {"queue_id", C::Integer},
                     {"game_mode", C::Text},     {"result", C::Text},      {"champion", C::Text},
                     {"position", C::Text},      {"kills", C::Integer},    {"deaths", C::Integer},
                     {"assists", C::Integer},    {"cs", C::Integer},       {"cs_per_min", C::Real},
                     {"duration_s", C::Integer}, {"placement", C::Integer}};
    for (const auto& m : matches) {
        const std::string result = m.resultLabel();
        auto number = [&m](std::int64_t value) { return m.hasPlayer ? Cell(value) : Cell(); };
        table.rows.push_back(
            {m.matchId, Instant{m.gameCreation}, m.queueUnknown() ? Cell() : Cell(static_cast<std::int64_t>(m.queueId)),
             m.gameMode, result.empty() ? Cell() : Cell(result), m.hasPlayer ? Cell(m.championName) : Cell(),
             m.hasPlayer && !m.position.empty() ? Cell(m.position) : Cell(), number(m.kills), number(m.deaths),
             number(m.assists), number(m.cs), m.hasPlayer ? Cell(m.csPerMinute()) : Cell(), m.durationSeconds,
             m.placement ? Cell(static_cast<std::int64_t>(*m.placement)) : Cell()});
    }
    return table;
}

Result<MemoryTable> historyTable(store::Database& db, const store::HistoryFilter& filter) {
    std::vector<store::MatchSummary> all;
    std::optional<store::HistoryCursor> cursor;
    for (;;) {
        auto page = store::historyPage(db, filter, cursor, 1000);
        if (!page) {
            return page.error();
        }
        for (auto& m : page.value()) {
            cursor = store::HistoryCursor{m.gameCreation, m.matchRef};
            all.push_back(std::move(m));
        }
        if (page->size() < 1000) {
            break;
        }
    }
    return summaryTable(all);
}

Result<ExportOutcome> exportTables(const std::vector<MemoryTable>& tables, FileFormat format,
                                   const std::filesystem::path& output, bool overwrite, const AboutExport& about,
                                   const std::string& timeZone) {
    if (format == FileFormat::Csv && tables.size() > 1) {
        return makeError(ErrorKind::Validation, "a CSV file holds one table");
    }
    return writeFile(format, output, overwrite, tables.size(), localOffsetOf(timeZone),
                     [&](TableWriter& writer, ExportOutcome& out) {
                         for (const auto& table : tables) {
                             writer.beginTable(table.name, table.columns);
                             for (const auto& row : table.rows) {
                                 writer.row(row);
                             }
                             writer.endTable();
                             out.tables.emplace_back(table.name, static_cast<std::int64_t>(table.rows.size()));
                         }
                         writer.finish(about);
                     });
}

} // namespace herald::exporting
