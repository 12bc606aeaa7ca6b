// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "buildnames.h"

#include "embedded.h"
#include "gamedata/gamedata.h"
#include "store/database.h"

#include <charconv>
#include <string>
#include <string_view>

namespace herald::gamedata {

namespace {

// Which game data the names came from: the versions of the stored documents, and the bundled snapshot's (bumped
// when the bundled documents change). Kept as build_names' row (0, 0).
constexpr const char* kBundled = "bundled 15.22.1 + items 13.22.1";

std::string signature(store::Database& db) {
    store::Statement versions(db, "SELECT name || ' ' || version FROM game_configs WHERE name IN (?, ?, ?) "
                                  "ORDER BY name");
    versions.bind(1, kItemsConfig).bind(2, kRunesConfig).bind(3, kSummonersConfig);
    std::string out = kBundled;
    while (versions.step()) {
        out += "; " + versions.columnText(0);
    }
    return out;
}

} // namespace

bool buildNamesCurrent(store::Database& db) {
    store::Statement stamp(db, "SELECT name FROM build_names WHERE kind = 0 AND id = 0");
    return stamp.step() && stamp.columnText(0) == signature(db);
}

void writeBuildNames(store::Database& db) {
    const GameData data = GameData::fromStore(db);
    const GameData older({}, {}, resources::load("gamedata/items_13.22.1.json").value_or("{}"));
    db.execScript("DELETE FROM build_names");
    store::Statement insert(db, "INSERT OR REPLACE INTO build_names (kind, id, name) VALUES (?, ?, ?)");
    for (const GameData* source : {&older, &data}) { // the current documents' names win
        for (const int id : source->itemIds()) {
            if (const std::string name = source->itemName(id); !name.empty()) {
                insert.bind(1, kItemName).bind(2, id).bind(3, name).run();
            }
        }
    }
    for (const auto& [id, rune] : data.runes()) {
        if (!rune.name.empty()) {
            insert.bind(1, kRuneName).bind(2, id).bind(3, rune.name).run();
        }
    }
    for (const auto& [id, spell] : data.spells()) {
        if (!spell.name.empty()) {
            insert.bind(1, kSpellName).bind(2, id).bind(3, spell.name).run();
        }
    }
    insert.bind(1, 0).bind(2, 0).bind(3, signature(db)).run();
}

Result<std::vector<int>> itemIdsNamed(store::Database& db, const std::vector<std::string>& names) {
    return store::readResult("reading item names", [&] {
        store::Statement named(db, "SELECT min(id) FROM build_names WHERE kind = ? AND name = ?");
        std::vector<int> ids;
        ids.reserve(names.size());
        for (const std::string& name : names) {
            int id = 0;
            named.bind(1, kItemName).bind(2, name);
            if (named.step() && !named.isNull(0)) {
                id = named.columnInt(0);
            } else if (constexpr std::string_view prefix = "Item ";
                       std::string_view(name).substr(0, prefix.size()) == prefix) {
                const char* first = name.data() + prefix.size();
                const char* last = name.data() + name.size();
                if (const auto [end, error] = std::from_chars(first, last, id); error != std::errc{} || end != last) {
                    id = 0;
                }
            }
            named.reset();
            ids.push_back(id);
        }
        return ids;
    });
}

} // namespace herald::gamedata
