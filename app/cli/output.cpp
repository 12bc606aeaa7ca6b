// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "output.h"

#include "args.h"
#include "export/table.h"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <ostream>
#include <sstream>

namespace herald::cli {

namespace {

std::string plain(const nlohmann::json& value, const char* nullText) {
    if (value.is_null()) {
        return nullText;
    }
    if (value.is_string()) {
        return printable(value.get<std::string>());
    }
    return jsonText(value);
}

// Display width in terminal columns: count UTF-8 code points (wide CJK cells count as two).
std::size_t displayWidth(const std::string& text) {
    std::size_t width = 0;
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        const std::size_t length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        width += length >= 3 ? 2 : 1;
        i += length;
    }
    return width;
}

} // namespace

std::string printable(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        // C0 controls and DEL, and the C1 controls (U+0080..U+009F, UTF-8 C2 80..C2 9F): shown, never obeyed.
        const bool c1 = c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
                        static_cast<unsigned char>(text[i + 1]) <= 0x9F;
        // Bidirectional controls (U+200E/F, U+202A..U+202E, U+2066..U+2069, U+061C) reorder what follows them on
        // screen: a name must not turn the rest of a line around.
        const auto next = [&text, i](std::size_t k) {
            return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0;
        };
        const bool bidi = (c == 0xE2 && next(1) == 0x80 &&
                           (next(2) == 0x8E || next(2) == 0x8F || (next(2) >= 0xAA && next(2) <= 0xAE))) ||
                          (c == 0xE2 && next(1) == 0x81 && next(2) >= 0xA6 && next(2) <= 0xA9) ||
                          (c == 0xD8 && next(1) == 0x9C);
        if (bidi) {
            const unsigned code = c == 0xD8 ? 0x061C : ((c & 0x0F) << 12) | ((next(1) & 0x3F) << 6) | (next(2) & 0x3F);
            char escaped[10];
            std::snprintf(escaped, sizeof escaped, "\\u%04X", code);
            out += escaped;
            i += c == 0xD8 ? 1 : 2;
            continue;
        }
        if (c < 0x20 || c == 0x7F || c1) {
            const unsigned code = c1 ? static_cast<unsigned char>(text[++i]) : c;
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\x%02X", code);
            out += escaped;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

std::string jsonText(const nlohmann::json& doc, int indent) {
    return doc.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string orderedJsonText(const nlohmann::ordered_json& doc, int indent) {
    return doc.dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

Format parseFormat(const std::string& text) {
    if (text == "table") {
        return Format::Table;
    }
    if (text == "json") {
        return Format::Json;
    }
    if (text == "csv") {
        return Format::Csv;
    }
    throw UsageError("--format takes table, json or csv, not '" + text + "'");
}

std::string csvCell(const std::string& text) {
    return exporting::csvField(text);
}

void writeTable(std::ostream& out, const TableData& data, Format format) {
    if (format == Format::Json) {
        nlohmann::json doc;
        doc["columns"] = data.columns;
        doc["rows"] = nlohmann::json::array();
        for (const auto& row : data.rows) {
            doc["rows"].push_back(row);
        }
        out << jsonText(doc) << '\n';
        return;
    }
    if (format == Format::Csv) {
        for (std::size_t c = 0; c < data.columns.size(); ++c) {
            out << (c ? "," : "") << csvCell(printable(data.columns[c]));
        }
        out << "\r\n";
        for (const auto& row : data.rows) {
            for (std::size_t c = 0; c < row.size(); ++c) {
                // Numbers are data, not formulas: a negative number keeps its sign.
                out << (c ? "," : "") << (row[c].is_number() ? jsonText(row[c]) : csvCell(plain(row[c], "")));
            }
            out << "\r\n";
        }
        return;
    }
    std::vector<std::size_t> widths;
    for (const auto& column : data.columns) {
        widths.push_back(displayWidth(column));
    }
    std::vector<std::vector<std::string>> cells;
    for (const auto& row : data.rows) {
        auto& line = cells.emplace_back();
        for (std::size_t c = 0; c < row.size(); ++c) {
            line.push_back(plain(row[c], "—"));
            widths[c] = std::max(widths[c], displayWidth(line.back()));
        }
    }
    auto print = [&](const std::vector<std::string>& line) {
        for (std::size_t c = 0; c < line.size(); ++c) {
            out << line[c];
            if (c + 1 < line.size()) {
                out << std::string(widths[c] - displayWidth(line[c]) + 2, ' ');
            }
        }
        out << '\n';
    };
    print(data.columns);
    for (const auto& line : cells) {
        print(line);
    }
}

std::string formatTime(std::int64_t ms, bool local) {
    const std::time_t seconds = static_cast<std::time_t>(ms / 1000);
    std::tm parts{};
#ifdef _WIN32
    local ? localtime_s(&parts, &seconds) : gmtime_s(&parts, &seconds);
#else
    local ? localtime_r(&seconds, &parts) : gmtime_r(&seconds, &parts);
#endif
    char buffer[32];
    std::strftime(buffer, sizeof buffer, local ? "%Y-%m-%d %H:%M" : "%Y-%m-%dT%H:%M:%SZ", &parts);
    return buffer;
}

TableData tableDataOf(const analytics::ResultTable& table, Format format) {
    TableData data;
    for (const auto& column : table.columns) {
        data.columns.push_back(column.name);
    }
    for (const auto& row : table.rows) {
        auto& out = data.rows.emplace_back();
        for (const auto& value : row) {
            if (const auto* i = std::get_if<std::int64_t>(&value)) {
                out.emplace_back(*i);
            } else if (const auto* d = std::get_if<double>(&value)) {
                out.push_back(realCell(*d, format));
            } else if (const auto* s = std::get_if<std::string>(&value)) {
                out.emplace_back(*s);
            } else {
                out.emplace_back(nullptr);
            }
        }
    }
    return data;
}

nlohmann::json realCell(double value, Format format) {
    if (format != Format::Table) {
        return value;
    }
    std::ostringstream text;
    text.precision(4);
    text << std::fixed << value;
    return text.str();
}

} // namespace herald::cli
