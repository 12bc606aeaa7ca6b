// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "args.h"
#include "commands.h"
#include "ingest/rebuild.h"
#include "output.h"
#include "store/store.h"
#include "store/storecheck.h"

#include <iostream>
#include <nlohmann/json.hpp>

namespace herald::cli {

int runCheck(const Context& context, const std::vector<std::string>& words) {
    const Args args(words, {{"format"}});
    const Format format = parseFormat(args.value("format").value_or("table"));
    auto access = openForReading(context);
    if (!access) {
        return 1;
    }
    auto report = store::checkStore(*access->db);
    if (!report) {
        return fail(report.error().message);
    }
    const store::StoreCheck& check = report.value();
    if (format == Format::Json) {
        nlohmann::json doc = {{"healthy", check.healthy},
                              {"database", access->store->databasePath().string()},
                              {"schema_version", check.schemaVersion},
                              {"latest_schema_version", check.latestSchemaVersion},
                              {"journal_mode", check.journalMode},
                              {"file_bytes", check.fileBytes},
                              {"problems", check.problems},
                              {"rows", nlohmann::json::object()}};
        for (const auto& [table, rows] : check.rowCounts) {
            doc["rows"][table] = rows;
        }
        std::cout << jsonText(doc, 2) << '\n';
    } else {
        std::cout << "Database:       " << access->store->databasePath().string() << '\n'
                  << "Integrity:      " << (check.healthy ? "ok" : "DAMAGED") << '\n'
                  << "Schema version: " << check.schemaVersion << " (this Herald: " << check.latestSchemaVersion
                  << ")\n"
                  << "Journal mode:   " << check.journalMode << '\n'
                  << "File size:      " << check.fileBytes << " bytes\n";
        for (const auto& [table, rows] : check.rowCounts) {
            std::cout << "  " << table << std::string(20 - table.size(), ' ') << rows << '\n';
        }
        for (const auto& problem : check.problems) {
            std::cerr << "herald-cli check: " << problem << '\n';
        }
    }
    return check.healthy ? 0 : 1;
}

} // namespace herald::cli
