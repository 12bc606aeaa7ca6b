// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Read-only files compiled into the binaries (migrations, game data, demo payloads).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace herald::resources {

// The decompressed content of an embedded file, or nullopt when no file has that name.
std::optional<std::string> load(std::string_view name);

// Names of embedded files that start with prefix, sorted.
std::vector<std::string> list(std::string_view prefix);

} // namespace herald::resources
