// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The three file formats of an export. Every value goes through the same typed Cell, so a number is a number,
// a date a date and a name the same text, whatever the format.
#include "common/files.h"
#include "export/table.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <ctime>
#include <nlohmann/json.hpp>
#include <xlsxwriter.h>

namespace herald::exporting {

namespace {

void check(Status status) {
    if (!status) {
        throw ExportFailure(status.error());
    }
}

std::string number(double value) {
    if (!std::isfinite(value)) {
        return {};
    }
    char buffer[32];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return error == std::errc() ? std::string(buffer, end) : std::string();
}

std::string jsonString(const std::string& text) {
    return nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

class CsvWriter final : public TableWriter {
public:
    CsvWriter(AtomicFile& file, LocalOffset offset) : m_file(file), m_offset(std::move(offset)) {}

    void beginTable(const std::string& name, const std::vector<ColumnSpec>& columns) override {
        if (m_tables++ > 0) {
            throw ExportFailure(makeError(ErrorKind::Validation, "a CSV file holds one table, not also '" + name +
                                                                     "': use one file per dataset, or json / xlsx"));
        }
        std::string line;
        for (std::size_t i = 0; i < columns.size(); ++i) {
            line += (i ? "," : "") + csvField(columns[i].name);
        }
        check(m_file.write(line + "\r\n"));
    }

    void row(const std::vector<Cell>& cells) override {
        m_line.clear();
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (i) {
                m_line += ',';
            }
            const Cell& cell = cells[i];
            if (const auto* integer = std::get_if<std::int64_t>(&cell)) {
                m_line += std::to_string(*integer);
            } else if (const auto* real = std::get_if<double>(&cell)) {
                m_line += number(*real);
            } else if (const auto* text = std::get_if<std::string>(&cell)) {
                m_line += csvField(*text);
            } else if (const auto* flag = std::get_if<bool>(&cell)) {
                m_line += *flag ? "true" : "false";
            } else if (const auto* instant = std::get_if<Instant>(&cell)) {
                m_line += isoLocalTime(instant->ms, m_offset(instant->ms));
            }
        }
        m_line += "\r\n";
        check(m_file.write(m_line));
    }

    void endTable() override {}
    void finish(const AboutExport&) override {}

private:
    AtomicFile& m_file;
    LocalOffset m_offset;
    int m_tables = 0;
    std::string m_line;
};

class JsonWriter final : public TableWriter {
public:
    JsonWriter(AtomicFile& file, LocalOffset offset, bool several)
        : m_file(file)
        , m_offset(std::move(offset))
        , m_several(several) {
        if (m_several) {
            check(m_file.write("{"));
        }
    }

    void beginTable(const std::string& name, const std::vector<ColumnSpec>& columns) override {
        std::string head;
        if (m_several) {
            head = (m_tables ? ",\n" : "\n") + jsonString(name) + ": ";
        }
        ++m_tables;
        check(m_file.write(head + "["));
        m_keys.clear();
        for (const auto& column : columns) {
            m_keys.push_back(jsonString(column.name) + ":");
        }
        m_rows = 0;
    }

    void row(const std::vector<Cell>& cells) override {
        m_line = m_rows++ ? ",\n{" : "\n{";
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (i) {
                m_line += ',';
            }
            m_line += m_keys[i];
            const Cell& cell = cells[i];
            if (const auto* integer = std::get_if<std::int64_t>(&cell)) {
                m_line += std::to_string(*integer);
            } else if (const auto* real = std::get_if<double>(&cell)) {
                const std::string text = number(*real);
                m_line += text.empty() ? "null" : text;
            } else if (const auto* text = std::get_if<std::string>(&cell)) {
                m_line += jsonString(*text);
            } else if (const auto* flag = std::get_if<bool>(&cell)) {
                m_line += *flag ? "true" : "false";
            } else if (const auto* instant = std::get_if<Instant>(&cell)) {
                m_line += '"' + isoLocalTime(instant->ms, m_offset(instant->ms)) + '"';
            } else {
                m_line += "null";
            }
        }
        m_line += '}';
        check(m_file.write(m_line));
    }

    void endTable() override { check(m_file.write(m_rows ? "\n]" : "]")); }

    void finish(const AboutExport&) override { check(m_file.write(m_several ? "\n}\n" : "\n")); }

private:
    AtomicFile& m_file;
    LocalOffset m_offset;
    bool m_several;
    int m_tables = 0;
    std::int64_t m_rows = 0;
    std::vector<std::string> m_keys;
    std::string m_line;
};

// libxlsxwriter in constant_memory mode: each row goes to a temporary file as it is written, so memory stays
// flat however many rows there are (rows must come in order, which they do).
class XlsxWriter final : public TableWriter {
public:
    XlsxWriter(AtomicFile& file, LocalOffset offset) : m_file(file), m_offset(std::move(offset)) {
        lxw_workbook_options options{};
        options.constant_memory = LXW_TRUE;
        options.use_zip64 = LXW_TRUE;
        m_path = m_file.writablePath();
        m_book = workbook_new_opt(m_path.c_str(), &options);
        if (m_book == nullptr) {
            throw ExportFailure(makeError(ErrorKind::Io, "cannot write " + m_file.target().string()));
        }
        m_quoted = workbook_add_format(m_book);
        // The Text number format (built-in 49, "@"): the cell shows the player's text as it is, and editing it
        // keeps it text, never a formula. (Debian 12's libxlsxwriter 1.1.4 has no format_set_quote_prefix.)
        format_set_num_format_index(m_quoted, 49);
        m_bold = workbook_add_format(m_book);
        format_set_bold(m_bold);
        format_set_bg_color(m_bold, 0xE8EDF3);
        format_set_bottom(m_bold, LXW_BORDER_THIN);
        m_date = workbook_add_format(m_book);
        format_set_num_format(m_date, "yyyy-mm-dd hh:mm");
        m_real = workbook_add_format(m_book);
        format_set_num_format(m_real, "0.00##");
        m_properties.title = m_title.data();
        m_properties.author = m_author.data();
        workbook_set_properties(m_book, &m_properties);
    }

    ~XlsxWriter() override {
        if (m_book != nullptr) { // never finished: the (unnamed) file is discarded by its owner
            workbook_close(m_book);
        }
    }

    void beginTable(const std::string& name, const std::vector<ColumnSpec>& columns) override {
        m_name = name;
        m_columns = columns;
        m_part = 0;
        openSheet();
    }

    void row(const std::vector<Cell>& cells) override {
        if (m_row >= kMaxRows) { // Excel's limit: the table goes on in the next sheet
            closeSheet();
            openSheet();
        }
        for (std::size_t i = 0; i < cells.size(); ++i) {
            const auto col = static_cast<lxw_col_t>(i);
            const Cell& cell = cells[i];
            lxw_error error = LXW_NO_ERROR;
            if (const auto* integer = std::get_if<std::int64_t>(&cell)) {
                error = worksheet_write_number(m_sheet, m_row, col, static_cast<double>(*integer), nullptr);
            } else if (const auto* real = std::get_if<double>(&cell)) {
                if (std::isfinite(*real)) {
                    error = worksheet_write_number(m_sheet, m_row, col, *real, m_real);
                }
            } else if (const auto* text = std::get_if<std::string>(&cell)) {
                if (!text->empty()) {
                    error = worksheet_write_string(m_sheet, m_row, col, cellText(*text).c_str(), quoted(*text));
                }
            } else if (const auto* flag = std::get_if<bool>(&cell)) {
                error = worksheet_write_boolean(m_sheet, m_row, col, *flag ? 1 : 0, nullptr);
            } else if (const auto* instant = std::get_if<Instant>(&cell)) {
                const std::int64_t local = instant->ms + m_offset(instant->ms);
                error = worksheet_write_unixtime(m_sheet, m_row, col, local / 1000, m_date);
            }
            if (error != LXW_NO_ERROR) {
                throw ExportFailure(
                    makeError(ErrorKind::Io, "cannot write " + m_file.target().string() + ": " + lxw_strerror(error)));
            }
        }
        ++m_row;
    }

    void endTable() override { closeSheet(); }

    void finish(const AboutExport& about) override {
        lxw_worksheet* sheet = workbook_add_worksheet(m_book, "About");
        worksheet_set_column(sheet, 0, 0, 22, m_bold);
        worksheet_set_column(sheet, 1, 1, 60, nullptr);
        lxw_row_t row = 0;
        for (const auto& [label, value] : about.lines) {
            worksheet_write_string(sheet, row, 0, cellText(label).c_str(), m_bold);
            worksheet_write_string(sheet, row, 1, cellText(value).c_str(), quoted(value));
            ++row;
        }
        const lxw_error error = workbook_close(m_book);
        m_book = nullptr;
        if (error != LXW_NO_ERROR) {
            throw ExportFailure(
                makeError(ErrorKind::Io, "cannot write " + m_file.target().string() + ": " + lxw_strerror(error)));
        }
    }

private:
    static constexpr lxw_row_t kMaxRows = 1'048'576;
    static constexpr std::size_t kMaxText = 32'767; // Excel's limit for one cell

    // Control characters made visible, cut to what a cell holds (at a UTF-8 character boundary). A formula-like
    // text is written with the Text format (quoted()): the cell reads as the text, with no apostrophe.
    static std::string cellText(const std::string& text) {
        std::string out = controlsVisible(text);
        if (out.size() > kMaxText) {
            std::size_t end = kMaxText;
            while (end > 0 && (static_cast<unsigned char>(out[end]) & 0xC0) == 0x80) {
                --end;
            }
            out.resize(end);
        }
        return out;
    }

    lxw_format* quoted(const std::string& text) const { return formulaLike(text) ? m_quoted : nullptr; }

    void openSheet() {
        std::string title = m_part == 0 ? m_name : m_name + " " + std::to_string(m_part + 1);
        ++m_part;
        m_sheet = workbook_add_worksheet(m_book, title.substr(0, 31).c_str());
        if (m_sheet == nullptr) {
            throw ExportFailure(makeError(ErrorKind::Io, "cannot add the sheet '" + title + "'"));
        }
        for (std::size_t i = 0; i < m_columns.size(); ++i) {
            const ColumnSpec& column = m_columns[i];
            double width = static_cast<double>(column.name.size()) + 4; // room for the filter button
            switch (column.type) {
            case CellType::Time:
                width = std::max(width, 17.0);
                break;
            case CellType::Text:
                width = std::max(width, 16.0);
                break;
            case CellType::Real:
                width = std::max(width, 9.0);
                break;
            default:
                width = std::max(width, 8.0);
                break;
            }
            const auto col = static_cast<lxw_col_t>(i);
            worksheet_set_column(m_sheet, col, col, width, nullptr);
            worksheet_write_string(m_sheet, 0, col, column.name.c_str(), m_bold);
        }
        worksheet_freeze_panes(m_sheet, 1, 0);
        m_row = 1;
    }

    void closeSheet() {
        if (m_sheet != nullptr && !m_columns.empty()) {
            worksheet_autofilter(m_sheet, 0, 0, std::max<lxw_row_t>(m_row - 1, 1),
                                 static_cast<lxw_col_t>(m_columns.size() - 1));
        }
        m_sheet = nullptr;
    }

    AtomicFile& m_file;
    LocalOffset m_offset;
    std::string m_path;
    lxw_workbook* m_book = nullptr;
    lxw_worksheet* m_sheet = nullptr;
    lxw_format* m_bold = nullptr;
    lxw_format* m_quoted = nullptr;
    lxw_format* m_date = nullptr;
    lxw_format* m_real = nullptr;
    lxw_doc_properties m_properties{};
    std::string m_title = "Herald export";
    std::string m_author = "Herald";
    std::string m_name;
    std::vector<ColumnSpec> m_columns;
    int m_part = 0;
    lxw_row_t m_row = 0;
};

} // namespace

std::optional<FileFormat> parseFileFormat(const std::string& text) {
    std::string lower = text;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    if (lower == "csv") {
        return FileFormat::Csv;
    }
    if (lower == "json") {
        return FileFormat::Json;
    }
    if (lower == "xlsx") {
        return FileFormat::Xlsx;
    }
    return std::nullopt;
}

const char* fileFormatName(FileFormat format) {
    switch (format) {
    case FileFormat::Csv:
        return "csv";
    case FileFormat::Json:
        return "json";
    case FileFormat::Xlsx:
        return "xlsx";
    }
    return "";
}

std::unique_ptr<TableWriter> makeWriter(FileFormat format, AtomicFile& file, LocalOffset offset, std::size_t tables) {
    switch (format) {
    case FileFormat::Csv:
        return std::make_unique<CsvWriter>(file, std::move(offset));
    case FileFormat::Json:
        return std::make_unique<JsonWriter>(file, std::move(offset), tables > 1);
    case FileFormat::Xlsx:
        return std::make_unique<XlsxWriter>(file, std::move(offset));
    }
    return nullptr;
}

bool formulaLike(std::string_view text) {
    if (text.empty()) {
        return false;
    }
    const char first = text[0];
    if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
        return true;
    }
    // The full-width forms (U+FF1D ＝, U+FF0B ＋, U+FF0D －, U+FF20 ＠), which some spreadsheets read as the ASCII
    // ones.
    for (const std::string_view wide : {"\xEF\xBC\x9D", "\xEF\xBC\x8B", "\xEF\xBC\x8D", "\xEF\xBC\xA0"}) {
        if (text.substr(0, wide.size()) == wide) {
            return true;
        }
    }
    return false;
}

std::string controlsVisible(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && c != '\t' && c != '\n' && c != '\r') || byte == 0x7F) {
            static constexpr char kHex[] = "0123456789ABCDEF";
            out += "\\x";
            out += kHex[byte >> 4];
            out += kHex[byte & 0xF];
        } else {
            out += c;
        }
    }
    return out;
}

std::string neutralised(const std::string& text) {
    std::string out = controlsVisible(text);
    return formulaLike(out) ? '\'' + out : out;
}

std::string csvField(const std::string& text) {
    std::string cell = neutralised(text);
    if (cell.find_first_of(",\"\r\n") == std::string::npos) {
        return cell;
    }
    std::string quoted = "\"";
    for (const char c : cell) {
        quoted += c;
        if (c == '"') {
            quoted += '"';
        }
    }
    return quoted + "\"";
}

std::string isoLocalTime(std::int64_t utcMs, std::int64_t offsetMs) {
    const std::int64_t localMs = utcMs + offsetMs;
    const auto seconds = static_cast<std::time_t>(localMs >= 0 ? localMs / 1000 : (localMs - 999) / 1000);
    std::tm parts{};
    gmtime_r(&seconds, &parts);
    char buffer[48];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%S", &parts);
    std::string out = buffer;
    if (offsetMs == 0) {
        return out + "Z";
    }
    const std::int64_t minutes = (offsetMs < 0 ? -offsetMs : offsetMs) / 60000;
    std::snprintf(buffer, sizeof buffer, "%c%02d:%02d", offsetMs < 0 ? '-' : '+', static_cast<int>(minutes / 60),
                  static_cast<int>(minutes % 60));
    return out + buffer;
}

} // namespace herald::exporting
