// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/gameconfigs.h"

#include "store/database.h"

namespace herald::store {

Result<std::optional<GameConfigStamp>> gameConfigStamp(Database& db, const std::string& name) {
    return readResult("reading the game data", [&]() -> std::optional<GameConfigStamp> {
        Statement select(db, "SELECT version, fetched_at FROM game_configs WHERE name = ?");
        select.bind(1, name);
        if (!select.step()) {
            return std::nullopt;
        }
        return GameConfigStamp{select.columnText(0), select.columnInt64(1)};
    });
}

void saveGameConfigs(Database& db, const std::vector<GameConfigDocument>& documents, const std::string& version,
                     std::int64_t nowMs) {
    Statement upsert(db, "INSERT INTO game_configs (name, version, data, fetched_at) VALUES (?, ?, ?, ?) "
                         "ON CONFLICT (name) DO UPDATE SET version = excluded.version, data = excluded.data, "
                         "fetched_at = excluded.fetched_at");
    for (const GameConfigDocument& document : documents) {
        upsert.reset().bind(1, document.name).bind(2, version).bindBlob(3, document.compressed).bind(4, nowMs).run();
    }
}

void touchGameConfig(Database& db, const std::string& name, std::int64_t nowMs) {
    Statement touch(db, "UPDATE game_configs SET fetched_at = ? WHERE name = ?");
    touch.bind(1, nowMs).bind(2, name).run();
}

} // namespace herald::store
