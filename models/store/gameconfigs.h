// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Game data documents from Data Dragon (game_configs): versions, champions, items, queues, stored zstd-compressed.
#pragma once

#include "common/result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace herald::store {

class Database;

struct GameConfigStamp {
    std::string version; // the Data Dragon version the document belongs to
    std::int64_t fetchedAt = 0;
};

struct GameConfigDocument {
    std::string name;       // versions, champions, items, queues
    std::string compressed; // zstd of the JSON document
};

// When the named document was fetched, and of which version; nullopt before the first refresh.
Result<std::optional<GameConfigStamp>> gameConfigStamp(Database& db, const std::string& name);

// Writer side: stores the documents of one version (replacing older ones) in the caller's transaction.
void saveGameConfigs(Database& db, const std::vector<GameConfigDocument>& documents, const std::string& version,
                     std::int64_t nowMs);
// Checked again now with nothing new: its age restarts.
void touchGameConfig(Database& db, const std::string& name, std::int64_t nowMs);

} // namespace herald::store
