// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonerrors.h"

#include <nlohmann/json.hpp>

namespace herald::ingest {

namespace {

using json = nlohmann::json;

// Accepts everything and keeps nothing: only the position and message of the first error matter.
class ErrorLocator final : public nlohmann::json_sax<json> {
public:
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex) override {
        m_position = position;
        m_message = ex.what();
        return false;
    }

    std::size_t position() const { return m_position; }
    const std::string& message() const { return m_message; }

private:
    std::size_t m_position = 0;
    std::string m_message;
};

} // namespace

std::string describeInvalidJson(std::string_view bytes) {
    ErrorLocator locator;
    if (json::sax_parse(bytes.begin(), bytes.end(), &locator, json::input_format_t::json, true)) {
        return {};
    }
    std::string message =
        locator.position() >= bytes.size()
            ? "truncated JSON (the input ends at byte " + std::to_string(bytes.size()) + " in the middle of a value)"
            : "not valid JSON at byte " + std::to_string(locator.position());
    // nlohmann's message names the token it expected; keep it after our own words.
    const auto detail = locator.message().find("syntax error");
    if (detail != std::string::npos) {
        message += ": " + locator.message().substr(detail);
    }
    return message;
}

std::string reencodeBigNumbers(std::string_view bytes) {
    const json document = json::parse(bytes, nullptr, false);
    if (document.is_discarded()) {
        return {};
    }
    return document.dump(-1, ' ', false, json::error_handler_t::replace);
}

} // namespace herald::ingest
