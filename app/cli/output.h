// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Tabular output for data commands: an aligned table, JSON {"columns":[...],"rows":[[...]]} or CSV.
#pragma once

#include "analytics/query.h"

#include <cstdint>
#include <iosfwd>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace herald::cli {

enum class Format { Table, Json, Csv };

// Parses --format; throws UsageError for anything but table, json or csv.
Format parseFormat(const std::string& text);

struct TableData {
    std::vector<std::string> columns;
    std::vector<std::vector<nlohmann::json>> rows; // null prints as blank (CSV) / "—" (table)
};

void writeTable(std::ostream& out, const TableData& data, Format format);

// Text as it may reach a terminal: control characters (ESC, BEL, CR, ... and the C1 range) written as \xNN, so a
// name in a payload can never drive the terminal.
std::string printable(const std::string& text);

// A CSV cell, quoted when needed; a cell starting with = + - @ tab or CR is prefixed with ' so a spreadsheet
// never runs it as a formula.
std::string csvCell(const std::string& text);

// A JSON document as text. Strings we echo (file names, paths, payload text) may hold invalid UTF-8: each bad byte
// becomes U+FFFD instead of failing the whole report. indent -1: one line.
std::string jsonText(const nlohmann::json& doc, int indent = -1);
std::string orderedJsonText(const nlohmann::ordered_json& doc, int indent = -1); // fields in the order written

// A real number as a cell: four decimals in a table (for eyes), full precision in JSON and CSV.
nlohmann::json realCell(double value, Format format);

// An analytics table as cells: integers and text as they are, reals by realCell, null as null.
TableData tableDataOf(const analytics::ResultTable& table, Format format);

// ms since epoch -> "2024-03-01 21:05" in local time, or "2024-03-01T20:05:00Z" (UTC, ISO 8601).
std::string formatTime(std::int64_t ms, bool local);

} // namespace herald::cli
