// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The shape every export speaks: named tables of typed columns, streamed row by row into a TableWriter (CSV,
// JSON or XLSX), so a dataset of any size is never held in memory.
#pragma once

#include "common/result.h"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace herald {
class AtomicFile;
}

namespace herald::exporting {

enum class CellType { Integer, Real, Text, Boolean, Time };

struct ColumnSpec {
    std::string name; // the same in every format
    CellType type;
};

struct Instant {
    std::int64_t ms = 0; // ms since epoch (UTC)
};

// A cell's value; monostate is null (blank in CSV and XLSX, null in JSON).
using Cell = std::variant<std::monostate, std::int64_t, double, std::string, bool, Instant>;

enum class FileFormat { Csv, Json, Xlsx };

// "csv", "json", "xlsx" (any case) -> the format; nullopt otherwise.
std::optional<FileFormat> parseFileFormat(const std::string& text);
const char* fileFormatName(FileFormat format);

// Turns instants into local wall time: the offset (ms) in force at an instant.
using LocalOffset = std::function<std::int64_t(std::int64_t utcMs)>;

// What an export was made of, for the XLSX "About" sheet (and the audit log).
struct AboutExport {
    std::vector<std::pair<std::string, std::string>> lines; // label, value
};

// Receives the tables of one export file. Writers report failures (a full disk) by throwing ExportFailure.
class TableWriter {
public:
    virtual ~TableWriter() = default;
    virtual void beginTable(const std::string& name, const std::vector<ColumnSpec>& columns) = 0;
    virtual void row(const std::vector<Cell>& cells) = 0;
    virtual void endTable() = 0;
    // Writes what remains (the About sheet) and closes the file's content; the caller commits the file.
    virtual void finish(const AboutExport& about) = 0;
};

class ExportFailure : public std::runtime_error {
public:
    explicit ExportFailure(Error error) : std::runtime_error(error.message), m_error(std::move(error)) {}
    const Error& error() const { return m_error; }

private:
    Error m_error;
};

// A writer of the format into the file. CSV holds one table; JSON one table is an array of objects, several are
// an object of arrays keyed by table name; XLSX has a sheet per table.
// tables: how many tables the file will hold.
std::unique_ptr<TableWriter> makeWriter(FileFormat format, AtomicFile& file, LocalOffset offset, std::size_t tables);

// OWASP CSV injection: whether a spreadsheet could run the text as a formula (it starts with = + - @ tab or CR,
// or the full-width ＝ ＋ － ＠).
bool formulaLike(std::string_view text);
// Control characters (but tab, line feed and carriage return) as visible "\x01" escapes: never dropped, never a
// NUL that cuts what follows.
std::string controlsVisible(std::string_view text);
// For CSV: controls made visible, and a formula-like text prefixed with an apostrophe, so it shows as the text it
// is. (XLSX gives such a cell the Text format instead, without touching the text.)
std::string neutralised(const std::string& text);

// A CSV field (RFC 4180) of a text: neutralised, then quoted when it holds a comma, a quote or a line break.
std::string csvField(const std::string& text);

// "2024-03-01T21:05:00+01:00": the instant in local time with its offset (Z at offset zero).
std::string isoLocalTime(std::int64_t utcMs, std::int64_t offsetMs);

} // namespace herald::exporting
