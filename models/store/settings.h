// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Key/value settings kept in the store (user_settings). Never secrets: keys live in the OS keychain.
#pragma once

#include "common/result.h"

#include <optional>
#include <string>
#include <string_view>

namespace herald::store {

class Database;

inline constexpr std::string_view kCurrentAccountSetting = "current_account";

Result<std::optional<std::string>> getSetting(Database& db, std::string_view key);
// Writer side: throws StoreError inside a writer job.
void setSetting(Database& db, std::string_view key, std::string_view value);

} // namespace herald::store
