// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "args.h"
#include "commands.h"
#include "ingest/importer.h"
#include "ingest/rebuild.h"
#include "output.h"
#include "store/store.h"

#include <iostream>
#include <nlohmann/json.hpp>

namespace herald::cli {

int runImport(const Context& context, const std::vector<std::string>& words) {
    const Args args(words, {{"format"}});
    const Format format = parseFormat(args.value("format").value_or("table"));
    if (format == Format::Csv) {
        throw UsageError("import prints table or json");
    }
    if (args.positional().empty()) {
        throw UsageError("name at least one file or folder to import");
    }
    auto store = openForWriting(context);
    if (!store) {
        return 1;
    }
    std::vector<std::filesystem::path> paths(args.positional().begin(), args.positional().end());
    ingest::Importer importer(store->writer());
    const ingest::ImportReport report = importer.importPaths(paths);

    if (format == Format::Json) {
        nlohmann::json doc = {{"imported", report.imported},     {"updated", report.updated},
                              {"timelines", report.timelines},   {"pending", report.pending},
                              {"duplicates", report.duplicates}, {"kept", report.kept},
                              {"skipped", report.skipped},       {"failed", nlohmann::json::array()}};
        for (const auto& failure : report.failed) {
            doc["failed"].push_back({{"file", failure.source}, {"error", failure.error}});
        }
        std::cout << jsonText(doc) << '\n';
    } else {
        std::cout << "Imported " << report.imported << " new match(es), " << report.timelines << " timeline(s); "
                  << report.updated << " replaced, " << report.pending << " timeline(s) waiting for their match, "
                  << report.duplicates << " duplicate(s), "
                  << (report.kept > 0 ? std::to_string(report.kept) + " kept (a more complete copy is stored), " : "")
                  << (report.skipped > 0
                          ? std::to_string(report.skipped) + " skipped (links to folders or devices, not files), "
                          : "")
                  << report.failed.size() << " failed.\n";
    }
    for (const auto& failure : report.failed) {
        std::cerr << "herald-cli import: " << failure.source << ": " << failure.error << '\n';
    }
    return report.failed.empty() ? 0 : 1;
}

} // namespace herald::cli
