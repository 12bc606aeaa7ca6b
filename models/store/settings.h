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
// "1": other players' Riot IDs are hidden on screen and in every export and report.
inline constexpr std::string_view kStreamerModeSetting = "ui.streamer_mode";
// The IANA zone of local times (days, hours, exported dates); absent: the system's.
inline constexpr std::string_view kTimeZoneSetting = "analytics.time_zone";

Result<std::optional<std::string>> getSetting(Database& db, std::string_view key);
// A whole-number setting within [min, max]; fallback when it is missing, unreadable, not a number or out of range.
int intSetting(Database& db, std::string_view key, int fallback, int min, int max);
// Writer side: throws StoreError inside a writer job.
void setSetting(Database& db, std::string_view key, std::string_view value);

} // namespace herald::store
