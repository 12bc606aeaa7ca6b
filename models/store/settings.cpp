// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

#include "store/database.h"

#include <charconv>

namespace herald::store {

Result<std::optional<std::string>> getSetting(Database& db, std::string_view key) {
    return readResult("reading the settings", [&]() -> std::optional<std::string> {
        Statement stmt(db, "SELECT value FROM user_settings WHERE key = ?");
        stmt.bind(1, key);
        if (stmt.step()) {
            return stmt.columnText(0);
        }
        return std::nullopt;
    });
}

int intSetting(Database& db, std::string_view key, int fallback, int min, int max) {
    const auto value = getSetting(db, key);
    if (!value || !value.value()) {
        return fallback;
    }
    const std::string& text = *value.value();
    int number = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (error != std::errc() || end != text.data() + text.size() || number < min || number > max) {
        return fallback;
    }
    return number;
}

void setSetting(Database& db, std::string_view key, std::string_view value) {
    Statement stmt(db, "INSERT INTO user_settings (key, value) VALUES (?, ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    stmt.bind(1, key).bind(2, value).run();
}

} // namespace herald::store
